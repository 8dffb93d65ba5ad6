"""People widgets: the participants panel (Settings and Fund screens embed it)."""

from kiosk.ui.people.panel import ParticipantsPanel

__all__ = ["ParticipantsPanel"]
