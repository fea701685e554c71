"""The painted containers and the primary button."""

from mobility_app.ui import style
from mobility_app.ui.panels import PrimaryButton


def test_the_primary_button_leaves_room_beside_its_words(qtbot):
    button = PrimaryButton("Do the knee-to-wall test")
    qtbot.addWidget(button)
    words = button.fontMetrics().horizontalAdvance(button.text())
    assert button.sizeHint().width() >= words + 6 * style.UNIT
