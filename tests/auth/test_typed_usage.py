"""The types reach the user's code: the example script and the README's code, under
``mypy --strict`` as a user would run it, and the example run against the sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from testkit.support import sandbox_client
from whitebit_sandbox import Sandbox

pytestmark = pytest.mark.slow  # mypy over user code

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples"))

import typed_usage  # noqa: E402


def test_the_example_tours_every_area_against_the_sandbox() -> None:
    sandbox = Sandbox(check_answers=True)
    found = typed_usage.tour(sandbox_client(sandbox))
    assert found["start"] == Decimal(10000)
    # 10.5 to trade, 25 withdrawn, a 5 USDT code, 100 in Fixed, 100.5 in Flex.
    assert found["end"] == Decimal(10000) - Decimal("241")
    assert found["flex_investments"] == 1
    assert sandbox.world.ledger.balanced()


def _readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def test_the_readme_code_type_checks_as_a_user_would_write_it(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="the type checker is a dev tool (make test has it)")
    blocks = _readme_blocks()
    assert len(blocks) >= 2
    for n, block in enumerate(blocks):
        (tmp_path / f"readme_{n}.py").write_text(block, "utf-8")
    # From a folder of its own, with no configuration: what a user's project has.
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "."],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_answer_without_a_required_field_names_it() -> None:
    import httpx
    import pytest
    from whitebit_auth import MalformedResponseError, create_client
    from whitebit_main_api.api.crypto_lending_flex import create_flex_investment
    from whitebit_main_api.models import CreateFlexInvestmentBody

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"data": {}})  # no transaction_id

    transport = httpx.MockTransport(answer)
    client = create_client("k", "s", base_url="http://127.0.0.1", transport=transport)
    body = CreateFlexInvestmentBody(plan="p", amount=Decimal(10))
    with pytest.raises(MalformedResponseError) as caught:
        create_flex_investment.sync(client=client, body=body)
    assert caught.value.field == "data.transaction_id"
    assert caught.value.executed  # a write: it ran; only its answer is unreadable
    assert "lacks the field data.transaction_id" in str(caught.value)
