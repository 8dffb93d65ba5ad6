"""Named widgets: every interactive widget has an objectName (tests, style sheets) and
an accessibleName (screen readers, and what a person would call it)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str = "") -> W:
    """``widget`` with its objectName and (when given) its accessibleName set."""
    widget.setObjectName(object_name)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget
