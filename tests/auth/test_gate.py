"""The async client's gate: places, order, timeouts, cancellation, and more than one loop."""

from __future__ import annotations

import asyncio

import pytest
from whitebit_auth._gate import AsyncGate


def test_places_are_counted_and_given_back() -> None:
    gate = AsyncGate(2)
    assert gate.try_enter()
    assert gate.try_enter()
    assert not gate.try_enter()
    gate.leave()
    assert gate.try_enter()


def test_waiters_are_served_first_come_first_served() -> None:
    async def main() -> list[int]:
        gate = AsyncGate(1)
        assert gate.try_enter()
        served: list[int] = []

        async def wait(n: int) -> None:
            await gate.enter(None)
            served.append(n)

        tasks = [asyncio.create_task(wait(n)) for n in range(3)]
        await asyncio.sleep(0)
        # A newcomer does not jump the queue, even at the moment a place comes free.
        gate.leave()
        assert not gate.try_enter()
        for _ in range(3):
            await asyncio.sleep(0)
            gate.leave()
        await asyncio.gather(*tasks)
        return served

    assert asyncio.run(main()) == [0, 1, 2]


def test_a_timed_out_waiter_holds_no_place() -> None:
    async def main() -> None:
        gate = AsyncGate(1)
        assert gate.try_enter()
        with pytest.raises(TimeoutError):
            await gate.enter(0.01)
        gate.leave()  # back to the pool, not to the waiter that gave up
        assert gate.try_enter()

    asyncio.run(main())


def test_a_place_handed_to_a_cancelled_waiter_is_passed_on() -> None:
    async def main() -> None:
        gate = AsyncGate(1)
        assert gate.try_enter()
        first = asyncio.create_task(gate.enter(None))
        second = asyncio.create_task(gate.enter(None))
        await asyncio.sleep(0)
        gate.leave()  # the first waiter is handed the place...
        first.cancel()  # ...and cancelled before it runs: the place goes on to the second
        await asyncio.sleep(0)
        await asyncio.wait_for(second, 1)
        assert first.cancelled()
        assert not gate.try_enter()
        gate.leave()
        assert gate.try_enter()

    asyncio.run(main())


def test_one_gate_serves_one_loop_after_another() -> None:
    gate = AsyncGate(1)

    async def use() -> None:
        await gate.enter(1)
        waiter = asyncio.create_task(gate.enter(1))
        await asyncio.sleep(0)
        gate.leave()
        await waiter
        gate.leave()

    for _ in range(3):
        asyncio.run(use())  # asyncio.Semaphore would be bound to the first loop
    assert gate.try_enter()
