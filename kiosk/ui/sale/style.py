"""The sale screen's own look, on top of kiosk.ui.theme (same colours)."""

from kiosk.ui.theme import DANGER, GREEN, GREEN_DARK, GREEN_LIGHT, INK, LEAF, MUTED, PAPER, SUN

SALE_STYLE = f"""
QPushButton[role="category"] {{
    min-height: 52px; padding: 2px 20px; border-radius: 26px; font-size: 20px;
    background: white; border: 2px solid {LEAF};
}}
QPushButton[role="category"]:checked {{ background: {GREEN}; color: white; border-color: {GREEN_DARK}; }}
QListView#sale_tiles {{ background: {PAPER}; border: none; }}
QFrame#sale_cart_panel {{ background: white; border-left: 2px solid {LEAF}; }}
QLabel#sale_cart_title {{ font-size: 24px; font-weight: 700; color: {GREEN_DARK}; }}
QLabel#sale_item_count {{ font-size: 20px; color: {MUTED}; }}
QLabel#sale_total_caption {{ font-size: 22px; color: {MUTED}; }}
QLabel#sale_total {{ font-size: 52px; font-weight: 800; color: {GREEN_DARK}; }}
QLabel#sale_empty_hint {{ font-size: 22px; color: {MUTED}; }}
QTableView#sale_cart {{ border: none; background: white; }}
QPushButton#sale_pay {{
    min-height: 88px; font-size: 32px; font-weight: 800; border-radius: 16px;
    background: {GREEN}; color: white; border: 3px solid {GREEN_DARK};
}}
QPushButton#sale_pay:disabled {{ background: #C8D8C9; color: #F4F7F4; border-color: #C8D8C9; }}
QPushButton[role="tool"] {{ min-height: 52px; font-size: 18px; padding: 2px 10px; }}
QPushButton[role="method"] {{ font-size: 24px; border-radius: 14px; }}
QPushButton[role="method"]:checked {{ background: {GREEN}; color: white; border-color: {GREEN_DARK}; }}
QPushButton[role="segment"] {{ font-size: 20px; min-height: 60px; }}
QPushButton[role="segment"]:checked {{ background: {GREEN}; color: white; border-color: {GREEN_DARK}; }}
QPushButton[role="exact"] {{ font-size: 28px; background: {GREEN_LIGHT}; border: 3px solid {GREEN}; color: {GREEN_DARK}; }}
QPushButton[role="split"] {{ font-size: 22px; min-height: 64px; border: 3px solid #1565C0; color: #0D47A1; }}
QLabel[role="figure"] {{ font-size: 44px; font-weight: 700; color: {INK}; }}
QLabel[role="change"] {{ font-size: 64px; font-weight: 800; color: {GREEN_DARK}; }}
QLabel[role="change"][state="short"] {{ color: {DANGER}; }}
QFrame#payment_qr_card {{ background: white; border: 3px solid #1A3C6E; border-radius: 18px; }}
QLabel#payment_qr_brand {{ background: #1A3C6E; color: white; font-size: 22px; font-weight: 700;
    border-radius: 8px; padding: 4px; }}
QLabel#payment_qr_amount {{ font-size: 44px; font-weight: 800; color: #1A3C6E; }}
QPushButton#payment_confirm_promptpay, QPushButton#payment_confirm_cash {{ font-size: 28px; }}
QLabel#done_tick {{ font-size: 72px; color: {GREEN}; }}
QLabel#done_change {{ font-size: 96px; font-weight: 800; color: {GREEN_DARK}; }}
QLabel#done_number {{ font-size: 24px; color: {MUTED}; }}
QLabel#done_print_status {{ font-size: 22px; }}
QLabel#done_print_status[state="error"] {{ color: {DANGER}; background: #FFEBEE;
    border: 2px solid {DANGER}; border-radius: 10px; padding: 8px; font-weight: 600; }}
QLabel#done_warning {{ color: #8D4E00; background: #FFF8E1; border: 2px solid {SUN};
    border-radius: 10px; padding: 6px 10px; font-size: 18px; }}
QLabel#sale_day_closed {{ color: {DANGER}; background: #FFEBEE; border: 2px solid {DANGER};
    border-radius: 10px; padding: 8px 12px; font-size: 22px; font-weight: 700; }}
QLabel#sale_banner[state="info"] {{ color: #0D47A1; background: #E3F2FD; border-color: #1565C0; }}
QLabel#sale_banner {{ color: {DANGER}; background: #FFEBEE; border: 2px solid {DANGER};
    border-radius: 10px; padding: 6px 10px; font-weight: 600; }}
"""
