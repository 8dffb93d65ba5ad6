"""Talad Jompol kiosk: point of sale, plot calendar, fund ledger and statements."""

__version__ = "0.1.0"
