"""The knee-to-wall entry's behaviour: its time, its checks, its keyboard path, its results."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from mobility_app.measures.validation import ValidatedEntry, validate_entry
from mobility_app.settings import Settings
from mobility_app.storage.details import Details
from mobility_app.storage.measurements import Measurement
from mobility_app.ui.demonstration import DemonstrationView
from mobility_app.ui.panels import PrimaryButton
from mobility_app.ui.test_form import FieldMessage, SideForm, qdatetime, to_aware


class EntryPage(QWidget):
    """What the test's entry does once its widgets exist: TestPage builds, lays out and words
    the widgets declared below; this class checks them as they change and collects them.

    It holds no text of its own on purpose: every string stays in TestPage, in its context.
    """

    # Built by the subclass's layout before _wire_keyboard or revalidate run.
    demonstration: DemonstrationView
    footwear: QButtonGroup
    toe: QButtonGroup
    forms: dict[str, SideForm]
    when_edit: QDateTimeEdit
    note_edit: QLineEdit
    save_button: PrimaryButton
    when_message: FieldMessage
    sides_message: FieldMessage
    _scroll: QScrollArea

    def __init__(
        self,
        settings: Settings,
        *,
        now: Callable[[], dt.datetime],
        locale: QLocale | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._now = now
        self.locale_ = locale if locale is not None else QLocale()
        self._decimal_point = self.locale_.decimalPoint()
        self._when_touched = False  # untouched, the time saved is the moment of saving

    def save(self) -> bool:
        """Save (or only show) a valid entry; the subclass words its outcome."""
        raise NotImplementedError

    # --- keyboard -----------------------------------------------------------------------------

    def _wire_keyboard(self) -> None:
        # Reading order: set-up, left leg, right leg, when, note, Save; the demonstration's
        # controls last, as they are a reference rather than part of the entry.
        chain: list[QWidget] = [
            *self.footwear.buttons(),
            *self.toe.buttons(),
            *self.forms["left"].inputs(),
            *self.forms["right"].inputs(),
            self.when_edit,
            self.note_edit,
            self.save_button,
            self.demonstration.play_button,
            self.demonstration.speed_button,
            self.demonstration.slider,
            self.demonstration.left_button,
            self.demonstration.right_button,
            self._scroll,  # last: arrow keys then scroll the page
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Enter in a number field moves on, as on a paper form; in the note it saves.
        edits = [w for w in chain if isinstance(w, QLineEdit) and w is not self.note_edit]
        for edit in edits:
            edit.returnPressed.connect(lambda e=edit: self._next_field(e))
        self.note_edit.returnPressed.connect(self.save)

    def _next_field(self, edit: QLineEdit) -> None:
        following = edit.nextInFocusChain()
        while following is not None and not (
            following.isVisible() and following.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            following = following.nextInFocusChain()
        if following is not None:
            following.setFocus(Qt.FocusReason.TabFocusReason)

    # --- validation ---------------------------------------------------------------------------

    def _reset_when(self) -> None:
        naive = self._now().replace(tzinfo=None, second=0, microsecond=0)
        self.when_edit.blockSignals(True)
        self.when_edit.setDateTime(qdatetime(naive))
        self.when_edit.blockSignals(False)
        self._when_touched = False

    def _when_changed(self) -> None:
        self._when_touched = True
        self.revalidate()

    def when(self) -> dt.datetime:
        """The time the test was done, with its UTC offset."""
        if not self._when_touched:
            return self._now()
        naive = self.when_edit.dateTime().toPython()
        assert isinstance(naive, dt.datetime)
        return to_aware(naive, self._now)

    def revalidate(self) -> ValidatedEntry | None:
        """Check every field, show each message next to its field; return the entry if valid."""
        states = {side: form.evaluate() for side, form in self.forms.items()}
        result = validate_entry(
            distances={side: s.distance_text for side, s in states.items()},
            angles={side: s.angle_text for side, s in states.items()},
            unit=self.settings.unit,
            when=self.when(),
            now=self._now(),
            decimal_point=self._decimal_point,
        )
        # Distances and angles already have their messages beside their fields (the same
        # checks, per trial); the checks across fields are shown here.
        errors = {e.field: e.message for e in result} if isinstance(result, list) else {}
        self.sides_message.show_message(errors.get("sides", ""))
        self.when_message.show_message(errors.get("when", ""))
        valid = isinstance(result, ValidatedEntry) and not any(s.errors for s in states.values())
        self.save_button.setEnabled(valid)
        return result if valid and isinstance(result, ValidatedEntry) else None

    def is_valid(self) -> bool:
        return self.save_button.isEnabled()

    # --- results ------------------------------------------------------------------------------

    def collect(self, entry: ValidatedEntry) -> tuple[list[Measurement], list[Details]]:
        """One measurement and its details per leg that has a value."""
        footwear = "shod" if self.footwear.checkedId() == 1 else "barefoot"
        toe = "longest" if self.toe.checkedId() == 1 else "big"
        note = self.note_edit.text().strip()
        measurements: list[Measurement] = []
        details: list[Details] = []
        for reading in entry.readings:
            form = self.forms[reading.side]
            state = form.evaluate()
            measurements.append(
                Measurement(entry.taken_at, reading.side, state.result_cm, state.angle_deg, note)
            )
            details.append(form.details(footwear, toe))
        return measurements, details
