"""Translation without Qt: the CLI, services and reports use it.

Every translatable string in the code goes through a function named ``tr``
so that ``pyside6-lupdate`` finds it (it files them all under the context
``QCoreApplication``). The widgets use ``kiosk.ui.i18n.tr``, backed by Qt's
compiled ``.qm`` files; everything else uses this module, which reads the
same ``.ts`` sources. Thai is the default; English is the source language.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from functools import lru_cache

from kiosk.paths import TRANSLATIONS

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"

_state = threading.local()
_process_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Switch the language of messages made from now on (whole process)."""
    global _process_language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _process_language = language


def current_language() -> str:
    return getattr(_state, "language", None) or _process_language


class language:
    """Context manager: messages in ``lang`` inside the block (this thread)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __enter__(self) -> None:
        self._saved = getattr(_state, "language", None)
        _state.language = self.lang

    def __exit__(self, *exc: object) -> None:
        _state.language = self._saved


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    """Source text -> translation, read from assets/translations/kiosk_<lang>.ts."""
    path = TRANSLATIONS / f"kiosk_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    result: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or not (node.text or "").strip():
            continue
        if node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        result[source] = node.text or ""
    return result


def tr(text: str) -> str:
    """The text in the current language (the English source if untranslated)."""
    return catalogue(current_language()).get(text, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation without translating it now (translate with tr later)."""
    return text
