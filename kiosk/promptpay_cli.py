"""``kiosk promptpay TARGET``: a PromptPay QR payload (and PNG).

Registered in kiosk.cli with one line (``register(command)``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.console import EXIT_FAILED, EXIT_OK, complain, optional, say
from kiosk.i18n import tr
from kiosk.money import Money


def cmd_promptpay(args: argparse.Namespace) -> int:
    promptpay = optional("kiosk.promptpay")
    if promptpay is None:
        complain(tr("This version of the kiosk cannot make PromptPay codes yet."))
        return EXIT_FAILED
    amount = Money.parse(args.amount) if args.amount is not None else None
    payload = promptpay.payload(args.target, amount)
    say(payload)
    if args.png:
        promptpay.write_png(payload, Path(args.png))
        complain(tr("QR code saved to {path}.").format(path=args.png))
    return EXIT_OK


def register(command) -> None:
    """Add ``promptpay`` through kiosk.cli's ``command(name, handler, help)``."""
    promptpay = command("promptpay", cmd_promptpay, tr("print a PromptPay QR payload"))
    promptpay.add_argument("target", metavar="TARGET",
                           help=tr("phone number or 13-digit national or tax ID"))
    promptpay.add_argument("--amount", metavar="BAHT", help=tr("amount in baht, e.g. 45.50"))
    promptpay.add_argument("--png", metavar="FILE", help=tr("also save the QR code as a PNG image"))
