"""``python -m whitebit_sandbox --port 0 [--seed FILE]``: serve a sandbox on loopback until
Ctrl-C/SIGTERM. Its control endpoints (``POST /sandbox/deposit``, ``/sandbox/advance``,
``/sandbox/faults``, ``/sandbox/reset`` ...) let a test suite in any language drive it."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from ._app import Sandbox
from ._config import DEMO_API_KEY, DEMO_API_SECRET
from ._seedfile import load_seed
from ._server import SandboxHTTPServer
from ._urls import check_loopback


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whitebit_sandbox", description=__doc__)
    parser.add_argument(
        "--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--no-rate-limit", action="store_true", help="disable the 429 limiter")
    parser.add_argument("--seed", metavar="FILE", help="the starting state, as a JSON seed file")
    args = parser.parse_args(argv)
    try:
        check_loopback(args.host)
        sandbox = Sandbox(load_seed(args.seed) if args.seed else None)
    except (ValueError, OSError) as exc:
        parser.error(str(exc))
    if args.no_rate_limit:
        sandbox.limiter = None
    server = SandboxHTTPServer(sandbox, args.host, args.port)

    def stop(signum: int, frame: FrameType | None) -> None:
        # shutdown() waits for serve_forever, which runs in this thread: ask from another.
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"WhiteBIT sandbox listening on {server.url}", flush=True)
    print(f"WHITEBIT_API_KEY={DEMO_API_KEY}", flush=True)
    print(f"WHITEBIT_API_SECRET={DEMO_API_SECRET}  (sandbox only)", flush=True)
    print(f"control endpoints: {server.url}/sandbox/ (POST JSON, loopback only)", flush=True)
    try:
        server.serve_forever(poll_interval=0.05)
    finally:
        server.server_close()
    print("sandbox stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
