"""Beds, plantings, tasks and training on the plot (filled in by the plot issue)."""
