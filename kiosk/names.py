"""How a participant is named on screens and paper: the one home for that rule."""

from __future__ import annotations


def display_name(name_th: str, nickname: str | None) -> str:
    """"สมศรี ใจดี (ศรี)": the full name, then the nickname in brackets when there is one."""
    nickname = (nickname or "").strip()
    return f"{name_th} ({nickname})" if nickname else name_th


def short_name(name_th: str, nickname: str | None) -> str:
    """The nickname where space is short (a task chip, an attendance list), else the name."""
    return (nickname or "").strip() or name_th
