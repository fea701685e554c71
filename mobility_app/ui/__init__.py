"""The desktop interface: main window and its pages. Uses the pure packages, never the reverse."""
