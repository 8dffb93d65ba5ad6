"""Printing adapters: papers built from service results (kiosk.reports) and sent or saved.

The layer between kiosk.ui and kiosk.reports: it may call services and
build reports; services never import it. Qt-free: a system printer is
driven by kiosk/ui with the PDF these return.
"""
