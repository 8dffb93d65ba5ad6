"""The kiosk's look: Sarabun for Thai, a calm market green, touch-sized targets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QLabel, QScroller,
                               QScrollerProperties, QWidget)

from kiosk.paths import FONTS

FAMILY = "Sarabun"
BODY_PX = 20  # body text (at least 18 px at 1280x800)
MIN_TARGET_PX = 56  # every touch target at least this high (48 px is the floor)
SCROLL_BAR_PX = 48  # a finger can hold a scroll bar (lists also scroll by swiping)
#: The one rule for button heights: the style sheet owns them. Every button is
#: at least MIN_TARGET_PX; a button that must be bigger gets a size class
#: (``set_size(button, "large")``), never a setMinimumHeight that the style
#: sheet's min-height would silently override.
SIZES = {"large": 84, "huge": 96}

# -- colours -----------------------------------------------------------------
GREEN = "#2E7D32"  # primary actions, selected navigation
GREEN_DARK = "#1B5E20"  # pressed, headings
GREEN_LIGHT = "#E8F5E9"  # panels
LEAF = "#A5D6A7"  # borders, hover
PAPER = "#F7FAF5"  # window background
INK = "#1C2B1E"  # text (contrast > 12:1 on PAPER)
MUTED = "#4A5E4D"  # secondary text (contrast > 6:1)
DANGER = "#B71C1C"  # errors
DANGER_LIGHT = "#FFEBEE"
SUN = "#F9A825"  # warnings, the focus ring

#: Background colours for operator avatars without a photo.
AVATAR_COLOURS = ("#2E7D32", "#00796B", "#EF6C00", "#6A1B9A", "#1565C0",
                  "#AD1457", "#558B2F", "#4E342E", "#00838F", "#C62828")

_registered: list[str] = []


def register_fonts() -> str:
    """Register the shipped Sarabun files with Qt (once); return the family."""
    if not _registered:
        for path in sorted(FONTS.glob("Sarabun-*.ttf")):
            if QFontDatabase.addApplicationFont(str(path)) >= 0:
                _registered.append(path.name)
    return FAMILY


def app_font() -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(BODY_PX)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


STYLE_SHEET = f"""
QWidget {{
    color: {INK};
    font-family: "{FAMILY}";
    font-size: {BODY_PX}px;
}}
#main_window, #signin_screen, #shell, QStackedWidget#shell_pages > QWidget {{
    background: {PAPER};
}}
QLabel[role="heading"] {{
    font-size: 30px; font-weight: 600; color: {GREEN_DARK};
}}
QLabel[role="subheading"] {{
    font-size: 24px; font-weight: 600; color: {GREEN_DARK};
}}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="total"] {{ font-size: 44px; font-weight: 700; color: {GREEN_DARK}; }}
QLabel[role="error"] {{
    font-size: 24px; font-weight: 600; color: {DANGER};
    background: {DANGER_LIGHT}; border: 2px solid {DANGER}; border-radius: 10px;
    padding: 8px 12px;
}}
QLabel[role="hint"] {{ font-size: 22px; color: {MUTED}; }}

QPushButton, QToolButton {{
    min-height: {MIN_TARGET_PX}px;
    padding: 4px 16px;
    border: 2px solid {LEAF};
    border-radius: 12px;
    background: white;
    font-weight: 600;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {GREEN}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {GREEN_LIGHT}; }}
QPushButton:focus, QToolButton:focus {{ border-color: {SUN}; }}
QPushButton:disabled, QToolButton:disabled {{ color: #9AA59B; border-color: #D5DDD5; background: #F1F3F0; }}
QPushButton[role="primary"] {{
    background: {GREEN}; color: white; border-color: {GREEN_DARK};
}}
QPushButton[role="primary"]:pressed {{ background: {GREEN_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9DBF9F; color: #F1F3F0; }}
QPushButton[role="danger"] {{ background: white; color: {DANGER}; border-color: {DANGER}; }}

/* the on-screen keypad */
QPushButton[role="key"], QPushButton[role="key_ok"], QPushButton[role="key_clear"],
QPushButton[role="key_back"] {{ padding: 2px 4px; }}
QPushButton[role="key"] {{ font-size: 32px; min-height: 54px; min-width: 72px; }}
QPushButton[role="key_ok"] {{
    font-size: 26px; min-height: 54px; background: {GREEN}; color: white;
    border-color: {GREEN_DARK};
}}
QPushButton[role="key_ok"]:disabled {{ background: #9DBF9F; }}
QPushButton[role="key_clear"], QPushButton[role="key_back"] {{
    font-size: 24px; min-height: 54px; background: {GREEN_LIGHT};
}}
QLabel#keypad_display {{
    font-size: 40px; font-weight: 700; letter-spacing: 6px;
    background: white; border: 2px solid {LEAF}; border-radius: 12px;
    padding: 2px 12px; min-height: 52px;
}}

/* sign-in tiles */
QToolButton[role="operator_tile"] {{
    background: white; border: 2px solid {LEAF}; border-radius: 18px;
    font-size: 20px; padding: 10px 4px;
}}
QToolButton[role="operator_tile"]:checked {{
    background: {GREEN_LIGHT}; border: 4px solid {GREEN};
}}

/* the shell */
#shell_top_bar {{ background: {GREEN_DARK}; }}
#shell_top_bar QLabel {{ color: white; }}
QLabel#shell_operator_name {{ font-size: 24px; font-weight: 700; }}
QLabel#shell_clock {{ font-size: 28px; font-weight: 700; }}
#shell_top_bar QPushButton {{
    background: transparent; color: white; border: 2px solid #7FB882;
}}
#shell_top_bar QPushButton:checked {{ background: white; color: {GREEN_DARK}; border-color: white; }}
#shell_nav {{ background: {GREEN_LIGHT}; border-right: 2px solid {LEAF}; }}
QToolButton[role="nav"] {{
    border: none; border-radius: 14px; background: transparent;
    font-size: 20px; padding: 8px 4px; min-height: 92px;
}}
QToolButton[role="nav"]:checked {{ background: {GREEN}; color: white; }}

/* language toggle */
QPushButton[role="lang"] {{ min-width: 72px; padding: 4px 12px; font-size: 22px; }}
#shell_top_bar QPushButton[role="lang"] {{ min-width: 48px; padding: 4px 6px; }}
QPushButton[role="lang"]:checked {{ background: {GREEN}; color: white; border-color: {GREEN_DARK}; }}

QTabWidget::pane {{ border: 2px solid {LEAF}; border-radius: 8px; background: white; }}
QTabBar::tab {{
    min-height: 52px; padding: 4px 24px; margin-right: 4px; font-size: 20px;
    background: {GREEN_LIGHT}; border: 2px solid {LEAF}; border-bottom: none;
    border-top-left-radius: 10px; border-top-right-radius: 10px;
}}
QTabBar::tab:selected {{ background: white; color: {GREEN_DARK}; font-weight: 700; }}

QTableView {{
    background: white; alternate-background-color: {GREEN_LIGHT};
    gridline-color: #DCE8DC; selection-background-color: {LEAF}; selection-color: {INK};
}}
QHeaderView::section {{
    background: {GREEN_DARK}; color: white; font-weight: 600; padding: 6px 8px;
    border: none; min-height: 40px;
}}
QLineEdit, QComboBox, QSpinBox, QDateEdit {{
    min-height: {MIN_TARGET_PX - 8}px; padding: 2px 10px;
    border: 2px solid {LEAF}; border-radius: 10px; background: white;
}}
QLineEdit:focus {{ border-color: {GREEN}; }}
QScrollBar:vertical {{ width: {SCROLL_BAR_PX}px; }}
QScrollBar:horizontal {{ height: {SCROLL_BAR_PX}px; }}
QPushButton[tall="large"], QToolButton[tall="large"] {{ min-height: {SIZES["large"]}px; }}
QPushButton[tall="huge"], QToolButton[tall="huge"] {{ min-height: {SIZES["huge"]}px; }}
QLabel[role="message"] {{
    font-size: 20px; font-weight: 600; padding: 6px 10px; border: 2px solid transparent;
    border-radius: 10px;
}}
QLabel[role="message"][state="error"] {{
    color: {DANGER}; background: {DANGER_LIGHT}; border-color: {DANGER};
}}
QLabel[role="message"][state="ok"] {{ color: {GREEN_DARK}; background: {GREEN_LIGHT}; }}
QDialog {{ background: {PAPER}; }}
"""


def two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` broken at spaces into at most two lines of ``width`` pixels.

    A name is cut (with …) only when even two lines cannot hold it, and then
    at the end of the second line, never in the middle of a word.
    """
    words = text.split()
    if not words or metrics.horizontalAdvance(text) <= width:
        return text
    first = words[0]
    rest = words[1:]
    while rest and metrics.horizontalAdvance(f"{first} {rest[0]}") <= width:
        first = f"{first} {rest.pop(0)}"
    first = metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)
    if not rest:
        return first
    second = metrics.elidedText(" ".join(rest), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{second}"


def set_size(button: QWidget, size: str) -> None:
    """Make ``button`` one of the larger touch targets (see SIZES)."""
    button.setProperty("tall", size)  # not "size": QWidget has a size property
    button.style().unpolish(button)
    button.style().polish(button)


def enable_swipe(area: QAbstractScrollArea) -> None:
    """A finger swipe (or a mouse drag on the touch screen) scrolls ``area``."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    properties = QScroller.scroller(viewport).scrollerProperties()
    # a tap that moves a few pixels is still a tap on a tile
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0)
    QScroller.scroller(viewport).setScrollerProperties(properties)


def apply_theme(app: QApplication) -> None:
    """Sarabun as the application font, and the kiosk's style sheet."""
    register_fonts()
    app.setFont(app_font())
    app.setStyleSheet(STYLE_SHEET)
