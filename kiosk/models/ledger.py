"""The fund's double-entry books (filled in by the fund ledger issue)."""
