"""What screen readers are told about widgets Qt cannot describe well on its own.

- A "Press" action on widgets that act like buttons but are not ones. A library card is a
  frame holding several labels, so it reaches assistive technology as a panel with only a
  "SetFocus" action: a screen-reader user can read it but must know to focus it and press
  Enter. Widgets that provide `accessible_press()` are reported instead as buttons with the
  standard Press action (AT-SPI's "Press", UIA's Invoke), which calls that method.
- A role for plain widgets that are windows: a top-level QWidget (the kiosk's full-screen
  window) reaches AT-SPI as a "filler", which screen readers do not announce as a window.
  A widget class that sets `ACCESSIBLE_ROLE` is reported with that role.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleInterface
    from PySide6.QtWidgets import QWidget


@runtime_checkable
class Pressable(Protocol):
    def accessible_press(self) -> None:
        """Do what a click does."""


@cache
def _interfaces() -> tuple[type, type]:
    """The interface classes, made on first use: Qt asks the factory only once assistive
    technology is active, so an ordinary start-up never pays for them."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessibleActionInterface
    from PySide6.QtWidgets import QAccessibleWidget

    class PressableAccessible(QAccessibleWidget):
        def __init__(self, widget: QWidget) -> None:
            super().__init__(widget, QAccessible.Role.Button)

        def actionNames(self) -> list[str]:
            names = [QAccessibleActionInterface.pressAction()]
            if self.widget().focusPolicy() != Qt.FocusPolicy.NoFocus:
                names.append(QAccessibleActionInterface.setFocusAction())
            return names

        def doAction(self, name: str) -> None:
            widget = self.widget()
            if name == QAccessibleActionInterface.pressAction() and isinstance(widget, Pressable):
                widget.accessible_press()
            elif name == QAccessibleActionInterface.setFocusAction():
                widget.setFocus()

    return PressableAccessible, QAccessibleWidget


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    from PySide6.QtWidgets import QWidget

    if not isinstance(target, QWidget):
        return None
    pressable, plain = _interfaces()
    if isinstance(target, Pressable):
        return pressable(target)  # type: ignore[no-any-return]
    role = getattr(type(target), "ACCESSIBLE_ROLE", None)
    if isinstance(role, QAccessible.Role):
        return plain(target, role)  # type: ignore[no-any-return]
    return None


_installed = False


def install() -> None:
    """Register the factory once; Qt asks it only while assistive technology is active."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
