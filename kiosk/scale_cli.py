"""``kiosk scale read``: the next steady weight from a serial scale, to try one without the screen.

    kiosk scale read --port /dev/ttyUSB0 [--protocol cas|sics] [--baud 9600] [--timeout 10]

Prints the weight in kg with three decimals and exits 0; exits 1 with a
message when no steady weight above zero came in time or the port failed.
Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse

from kiosk.devices.scale_link import BAUDS, PARITIES, ScaleConfig, next_stable
from kiosk.devices.scale_protocols import PROTOCOLS
from kiosk.errors import InvalidInput
from kiosk.i18n import tr

EXIT_OK = 0
MAX_TIMEOUT = 600


def cmd_read(args: argparse.Namespace) -> int:
    if not 0 < args.timeout <= MAX_TIMEOUT:
        raise InvalidInput(tr("The timeout must be between 0 and {most} seconds.").format(
            most=MAX_TIMEOUT))
    config = ScaleConfig(args.port, args.baud, args.parity, args.protocol)
    kg = next_stable(config, args.timeout)
    print(f"{kg:.3f}", flush=True)
    return EXIT_OK


def register(command) -> None:
    """Add ``scale read`` through kiosk.cli's ``command(name, handler, help)``."""
    scale = command("scale", lambda args: _usage(scale), tr("try the weighing scale"))
    verbs = scale.add_subparsers(dest="scale_command", metavar="COMMAND")
    read = command("read", cmd_read, tr("print the next steady weight in kg"), under=verbs)
    read.add_argument("--port", required=True, metavar="PORT",
                      help=tr("the serial port, e.g. /dev/ttyUSB0 or COM3"))
    read.add_argument("--protocol", choices=PROTOCOLS, default="cas",
                      help=tr("cas (continuous output) or sics (METTLER TOLEDO)"))
    read.add_argument("--baud", type=int, choices=BAUDS, default=9600, metavar="N",
                      help=tr("the speed in baud (default 9600)"))
    read.add_argument("--parity", choices=PARITIES, default="N", help=tr("N, E or O (default N)"))
    read.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                      help=tr("give up after this many seconds (default 10)"))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2
