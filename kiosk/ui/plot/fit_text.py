"""Text that fits a small box: month cells and week task buttons show names whole
where they fit, broken at a word where a line is spare, elided ("…") otherwise; the
full text stays in the tooltip and the accessible name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QWidget

from kiosk.ui.theme import MIN_TARGET_PX


def _split(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str] | None:
    """The longest run of whole words that fits ``width``, and the rest; None if no word fits."""
    words = text.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if metrics.horizontalAdvance(head) <= width:
            return head, " ".join(words[cut:])
    return None


def joined(entry: tuple[str, str]) -> str:
    head, tail = entry
    return f"{head} {tail}" if tail else head


def elide(entry: tuple[str, str], metrics: QFontMetrics, width: int) -> str:
    """``(head, tail)`` in ``width`` px: the head elided so that the short tail (a bed's
    name) stays whole, where it can."""
    head, tail = entry
    room = width - metrics.horizontalAdvance(" " + tail) if tail else width
    if tail and room < metrics.horizontalAdvance("……"):
        return metrics.elidedText(joined(entry), Qt.TextElideMode.ElideRight, width)
    text = metrics.elidedText(head, Qt.TextElideMode.ElideRight, room)
    return f"{text} {tail}" if tail else text


def fit_lines(entries: list[tuple[str, str]], metrics: QFontMetrics, width: int,
              rows: int) -> list[tuple[int, str]]:
    """``(head, tail)`` entries laid into ``rows`` lines of ``width`` px: (entry index,
    line text) pairs.

    An entry that is too long takes a second line while lines are spare (the
    first fitting whole words), and is elided, keeping its tail, where none is."""
    width = max(width, 1)
    spare = max(rows - len(entries), 0)
    shown: list[tuple[int, str]] = []
    for index, entry in enumerate(entries):
        text = joined(entry)
        if metrics.horizontalAdvance(text) <= width:
            shown.append((index, text))
            continue
        parts = _split(text, metrics, width) if spare else None
        if parts is not None:
            spare -= 1
            shown.append((index, parts[0]))
            rest, tail = parts[1], entry[1]
            rest_entry = (rest[:-len(tail) - 1], tail) if tail and rest.endswith(" " + tail) \
                else (rest, "")
            shown.append((index, elide(rest_entry, metrics, width)))
        else:
            shown.append((index, elide(entry, metrics, width)))
    return shown


class FittingButton(QPushButton):
    """A touch button whose lines are elided to its width, never cut mid-letter, and
    never narrower or lower than a finger's target."""

    def __init__(self, lines: list[tuple[str, str]], full: str,
                 parent: QWidget | None = None) -> None:
        super().__init__("\n".join(joined(line) for line in lines), parent)
        self._lines = lines
        self.setToolTip(full)
        self.setAccessibleName(full)
        self.setMinimumWidth(MIN_TARGET_PX)
        self._fix_height()

    def _fix_height(self) -> None:
        lines = len(self._lines) * self.fontMetrics().lineSpacing() + 12
        self.setMinimumHeight(max(MIN_TARGET_PX, lines))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        # the role's style sheet sets the font after the button is made
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()

    def text_width(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = self.text_width() - metrics.horizontalAdvance(" ")
        self.setText("\n".join(elide(line, metrics, width) for line in self._lines))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()
