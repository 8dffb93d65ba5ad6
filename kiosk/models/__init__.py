"""SQLAlchemy mapped classes. Importing this package registers every table."""

from kiosk.models.base import Base, UTCDateTime
from kiosk.models import audit, catalog, ledger, people, plot, sales, settings  # noqa: F401
from kiosk.models import statements  # noqa: F401
from kiosk.models.audit import AuditEvent
from kiosk.models.catalog import Category, Crop, Product, StockLevel, StockMovement
from kiosk.models.people import Operator, Participant, Role
from kiosk.models.settings import Setting

__all__ = [
    "AuditEvent", "Base", "Category", "Crop", "Operator", "Participant", "Product",
    "Role", "Setting", "StockLevel", "StockMovement", "UTCDateTime",
]
