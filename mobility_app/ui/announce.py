"""Spoken announcements for screen readers: what changed when nobody moved the focus.

A phase change or the end of a hold happens while the person's eyes (and the reader's focus)
may be elsewhere; changing a label's text is then silent. Qt 6.8's announcement event goes to
the platform's accessibility bus (AT-SPI's object:announcement, UIA's notification), which
Orca and NVDA speak at once.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

Politeness = QAccessible.AnnouncementPoliteness


def announce(source: QWidget, message: str, *, interrupt: bool = False) -> bool:
    """Ask screen readers to speak `message`, from `source` (a widget on screen).

    `interrupt` cuts into what is being read (the end of a hold; a stop); otherwise the
    message waits its turn. Returns False when no assistive technology is listening, so
    nothing was sent (the usual case, and free).
    """
    if not message or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(Politeness.Assertive if interrupt else Politeness.Polite)
    QAccessible.updateAccessibility(event)
    return True
