"""What a unit of work can say it changed: the topics of the UI's one "data changed" bus.

A service names them with ``kiosk.db.mark_changed(session, Topic.SALES, ...)``;
a screen's ``on_data_changed(topics)`` asks ``Topic.SALES in topics``.
tests/test_topics.py fails on a topic a screen listens for that no service
emits, and on one emitted that nothing listens for.
"""

from __future__ import annotations

from enum import StrEnum


class Topic(StrEnum):
    SALES = "sales"  # sales, refunds, voids, the day opened or closed
    STOCK = "stock"  # stock movements: deliveries, waste, counts
    CATALOG = "catalog"  # products and categories
    PARTICIPANTS = "participants"  # the people of the programme
    OPERATORS = "operators"  # who may sign in, and their PINs
    LEDGER = "ledger"  # the fund's journal: donations, grants, payouts, closed months
    LOANS = "loans"  # loans, repayments, reschedules, write-offs
    SETTINGS = "settings"
    PLOT = "plot"  # beds, crops, plantings, tasks, harvests
    TRAINING = "training"  # the plot's training sessions and who came
    AUDIT = "audit"  # the audit log
    DEMO = "demo"  # the demo market was reset: everything changed
    BACKUP = "backup"  # a verified backup was made (the overdue-backup note reads it again)
