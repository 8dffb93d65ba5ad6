"""Qt-free use cases. Each public function is one unit of work (one user action)."""
