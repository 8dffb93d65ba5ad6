"""Journal descriptions in the language on screen.

Entries are append-only and hash-chained, so their stored description (written
in the language of the moment it was posted) is never changed. The kiosk wrote
it from one of a few sentence patterns; reading a description back against the
patterns, in every language, gives its parameters, and the sentence is made
again in the current language. A description that matches none (a reversal's
reason, anything typed by staff) is shown as it was written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kiosk.i18n import LANGUAGES, QT_TRANSLATE_NOOP, catalogue, tr

# every pattern the kiosk writes a journal description with, by entry kind
PATTERNS: dict[str, tuple[str, ...]] = {
    "donation": (QT_TRANSLATE_NOOP("journal", "Donation from {donor}"),),
    "grant": (QT_TRANSLATE_NOOP("journal", "Grant to {name}: {purpose}"),),
    "payout": (QT_TRANSLATE_NOOP("journal", "Payout to {name}"),),
    "loan": (QT_TRANSLATE_NOOP("journal", "Loan {number}: {purpose}"),),
    "repayment": (QT_TRANSLATE_NOOP("journal", "Repayment {number}"),
                  QT_TRANSLATE_NOOP("journal", "Deducted from sales for {numbers}")),
    "sale": (QT_TRANSLATE_NOOP("journal", "Sale {ref}"),),
    "refund": (QT_TRANSLATE_NOOP("journal", "Refund {ref}"),),
    "write_off": (QT_TRANSLATE_NOOP("journal", "Write-off {number}: {reason}"),),
}


def _regex(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", pattern)
    out = []
    for index, part in enumerate(parts):
        out.append(f"(?P<{part}>.+?)" if index % 2 else re.escape(part))
    return re.compile("^" + "".join(out) + "$", re.DOTALL)


@lru_cache(maxsize=None)
def _matchers(kind: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    kinds = [kind] if kind in PATTERNS else list(PATTERNS)
    found = []
    for name in kinds:
        for source in PATTERNS[name]:
            for lang in LANGUAGES:
                written = catalogue(lang).get(source, source) if lang != "en" else source
                found.append((source, _regex(written)))
    return tuple(found)


def parameters(description: str, kind: str | None = None) -> tuple[str, dict[str, str]] | None:
    """(pattern, its parameters) a description was written with; None if it is free text."""
    for source, regex in _matchers(kind):
        match = regex.match(description)
        if match:
            return source, match.groupdict()
    return None


def describe(description: str, kind: str | None = None) -> str:
    """``description`` as the kiosk would write it now, in the current language."""
    found = parameters(description, kind)
    if found is None:
        return description
    source, values = found
    return tr(source).format(**values)
