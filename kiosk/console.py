"""Talking to the person at the terminal, shared by the ``kiosk`` sub-commands.

Exit codes: 0 done, 1 a problem the user can fix (a message, never a traceback),
2 the system or a path cannot be used.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from types import ModuleType

from kiosk import i18n
from kiosk.i18n import tr

EXIT_OK, EXIT_FAILED, EXIT_SYSTEM = 0, 1, 2

# the words a user types to confirm wiping or replacing data: (Thai, English)
WIPE_WORDS = ("ล้าง", "wipe")
RESTORE_WORDS = ("กู้คืน", "restore")


def say(text: str = "") -> None:
    print(text, flush=True)


def complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def ask(prompt: str) -> str:
    """One line typed by the user ("" if there is nobody to type)."""
    try:
        return input(prompt)
    except EOFError:
        print(flush=True)
        return ""


def confirmed(prompt: str, words: tuple[str, str]) -> bool:
    """Ask the user to type one of ``words``; anything else means no."""
    thai, english = words
    answer = ask(prompt + " " + tr("Type {thai} or {english} to go on:").format(
        thai=thai, english=english) + " ")
    return answer.strip().casefold() in {thai, english}


def both_languages(make: Callable[[], str]) -> str:
    """A message in Thai and in English (for when the person may read either)."""
    with i18n.language("th"):
        thai = make()
    with i18n.language("en"):
        english = make()
    return thai if thai == english else f"{thai}\n{english}"


def optional(module: str) -> ModuleType | None:
    """An area's module, or None while that area is not built yet."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name != module:
            raise
        return None


def size_text(size_bytes: int) -> str:
    mb = 1024 * 1024
    if size_bytes >= mb:
        return f"{size_bytes // mb}.{size_bytes % mb * 10 // mb} MB"
    return f"{max(1, (size_bytes + 512) // 1024)} KB"
