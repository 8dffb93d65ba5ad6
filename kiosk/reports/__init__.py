"""reportlab documents built from service dataclasses; never query the database."""
