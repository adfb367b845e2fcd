"""`python -m pyport.testing`: serve a Port simulator on loopback until Ctrl-C.

Example:
    $ python -m pyport.testing --port 8765 --latency-ms 20 --error-rate 503=0.1
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Literal

from pyport.testing._faults import Faults, RateLimit
from pyport.testing._simulator import PortSimulator


def _error_rate(text: str) -> tuple[int, float]:
    status, sep, rate = text.partition("=")
    try:
        if not sep:
            raise ValueError
        return int(status), float(rate)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected STATUS=RATE such as 503=0.1, got {text!r}"
        ) from None


def _rate_limit(text: str) -> RateLimit | Literal["port"]:
    if text == "port":
        return "port"
    limit, sep, period = text.partition("/")
    try:
        if not sep:
            raise ValueError
        return RateLimit(int(limit), float(period))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected LIMIT/SECONDS such as 1000/60, or port, got {text!r}"
        ) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pyport.testing",
        description="Serve a local Port simulator over HTTP until interrupted.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--client-id", default="sim-client-id")
    parser.add_argument("--client-secret", default="sim-client-secret")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--jitter-ms", type=float, default=0.0)
    parser.add_argument(
        "--error-rate", type=_error_rate, action="append", default=[], metavar="STATUS=RATE"
    )
    parser.add_argument("--reset-rate", type=float, default=0.0, help="half before, half after")
    parser.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=None,
        metavar="LIMIT/SECONDS|port",
        help="enforce a window of your own, or Port's published limits (default: Port's limits "
        "in the x-ratelimit-* headers, not enforced)",
    )
    parser.add_argument(
        "--persist", default=None, metavar="FILE", help="load at start, save at exit"
    )
    parser.add_argument(
        "--deliver-webhooks",
        action="store_true",
        help="POST each run of a WEBHOOK action to its URL, signed with the client secret "
        "(loopback URLs only)",
    )
    parser.add_argument(
        "--no-validate",
        action="store_true",
        help="skip checking requests (bodies, query strings) against Port's spec (cheaper)",
    )
    return parser


# The cyclic collector's thresholds for the served process: Python's defaults (700, 10, 10)
# run a full collection every time the stored organization grows by a quarter, and over tens of
# thousands of stored entities one took 55 ms, stalling every request in flight: a latency Port
# would not show. Less frequent collections keep requests' latency what --latency-ms says.
SERVING_GC_THRESHOLDS = (50_000, 20, 100)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        faults = Faults(
            latency=args.latency_ms / 1000,
            jitter=args.jitter_ms / 1000,
            error_rates=dict(args.error_rate),
            reset_before_rate=args.reset_rate / 2,
            reset_after_rate=args.reset_rate / 2,
        )
        sim = PortSimulator(
            client_id=args.client_id,
            client_secret=args.client_secret,
            seed=args.seed,
            faults=faults if faults != Faults() else None,
            rate_limit=args.rate_limit,
            persist_path=args.persist,
            validate_requests=not args.no_validate,
            deliver_webhooks=args.deliver_webhooks,
        )
    except (ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    # This process is the simulator's own (unlike PortSimulator in a test process), so tuning
    # its collector touches nobody else's program.
    gc.set_threshold(*SERVING_GC_THRESHOLDS)
    try:
        with sim.serve(host=args.host, port=args.port) as url:
            print(f"Port simulator listening on {url}", flush=True)
            print(f"  client id:     {sim.client_id}", flush=True)
            print(f"  client secret: {sim.client_secret}", flush=True)
            print("Press Ctrl-C to stop.", flush=True)
            while not stop.wait(0.2):
                pass
    except KeyboardInterrupt:
        pass
    except OSError as error:
        print(f"error: cannot serve on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    finally:
        if sim.persist_path is not None:
            sim.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
