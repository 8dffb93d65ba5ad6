"""Who may change the plot plan."""

from __future__ import annotations

from kiosk.errors import NotAllowed
from kiosk.i18n import tr
from kiosk.services.auth import SignedIn


def require_staff(who: SignedIn) -> None:
    if not who.is_staff:
        raise NotAllowed(tr("Only staff can change the plot plan."))
