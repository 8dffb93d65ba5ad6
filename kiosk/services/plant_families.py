"""Plant families as a vendor knows them: the Latin name is what is stored (crops.csv,
the crop form), the Thai label (ตระกูลกะหล่ำ...) is what screens and warnings show."""

from __future__ import annotations

from kiosk.i18n import QT_TRANSLATE_NOOP, tr

FAMILY_LABELS = {
    "Amaryllidaceae": QT_TRANSLATE_NOOP("QCoreApplication", "onion family"),
    "Apiaceae": QT_TRANSLATE_NOOP("QCoreApplication", "coriander family"),
    "Asteraceae": QT_TRANSLATE_NOOP("QCoreApplication", "lettuce family"),
    "Brassicaceae": QT_TRANSLATE_NOOP("QCoreApplication", "cabbage family"),
    "Convolvulaceae": QT_TRANSLATE_NOOP("QCoreApplication", "morning glory family"),
    "Cucurbitaceae": QT_TRANSLATE_NOOP("QCoreApplication", "gourd family"),
    "Fabaceae": QT_TRANSLATE_NOOP("QCoreApplication", "bean family"),
    "Lamiaceae": QT_TRANSLATE_NOOP("QCoreApplication", "basil family"),
    "Poaceae": QT_TRANSLATE_NOOP("QCoreApplication", "grass family"),
    "Solanaceae": QT_TRANSLATE_NOOP("QCoreApplication", "chili and eggplant family"),
    "Amaranthaceae": QT_TRANSLATE_NOOP("QCoreApplication", "amaranth family"),
}


def family_label(family: str) -> str:
    """The family in the current language; a family staff typed themselves shows as typed."""
    return tr(FAMILY_LABELS[family]) if family in FAMILY_LABELS else family
