"""Small widgets and models every screen shares: a rows table model, a date field,
a status line, named widgets, and actions run off the UI thread."""
