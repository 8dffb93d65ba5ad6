"""The kiosk's look: Sarabun for Thai, a calm market green, touch-sized targets."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.paths import FONTS

FAMILY = "Sarabun"
BODY_PX = 20  # body text (at least 18 px at 1280x800)
MIN_TARGET_PX = 56  # every touch target at least this high (48 px is the floor)

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
QPushButton[role="key"] {{ font-size: 32px; min-height: 60px; min-width: 72px; }}
QPushButton[role="key_ok"] {{
    font-size: 26px; min-height: 60px; background: {GREEN}; color: white;
    border-color: {GREEN_DARK};
}}
QPushButton[role="key_ok"]:disabled {{ background: #9DBF9F; }}
QPushButton[role="key_clear"], QPushButton[role="key_back"] {{
    font-size: 24px; min-height: 60px; background: {GREEN_LIGHT};
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
QScrollBar:vertical {{ width: 24px; }}
QDialog {{ background: {PAPER}; }}
"""


def apply_theme(app: QApplication) -> None:
    """Sarabun as the application font, and the kiosk's style sheet."""
    register_fonts()
    app.setFont(app_font())
    app.setStyleSheet(STYLE_SHEET)
