"""Sales, their lines and payments (filled in by the point-of-sale issue)."""
