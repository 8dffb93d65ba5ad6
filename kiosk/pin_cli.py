"""The staff PIN for ``kiosk`` commands that change data: --pin, env KIOSK_PIN, or asked.

The rule of who must approve is kiosk.services.cli_approval; this only
gets the PIN from the person (never echoed) or from a script.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk.i18n import tr


def add_pin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pin", metavar="PIN", default=None, help=tr(
        "a staff or admin PIN (or env KIOSK_PIN; asked for when neither is given)"))


def pin_from(args: argparse.Namespace) -> str:
    """The PIN given, or typed at the terminal without echo ("" when nobody can type)."""
    given = getattr(args, "pin", None) or os.environ.get("KIOSK_PIN", "")
    if given:
        return given
    if not sys.stdin.isatty():
        return ""
    try:
        return getpass.getpass(tr("Staff or admin PIN:") + " ")
    except (EOFError, KeyboardInterrupt):
        return ""
