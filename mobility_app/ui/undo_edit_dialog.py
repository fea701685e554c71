"""The dialog that edits one stored knee-to-wall result, with the test page's fields and checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mobility_app.measures.validation import validate_entry
from mobility_app.settings import Settings
from mobility_app.storage.connection import local_now
from mobility_app.storage.details import Details
from mobility_app.storage.measurements import Measurement
from mobility_app.ui import style
from mobility_app.ui.test_form import FieldMessage, SideForm, qdatetime, radio_group, to_aware


class EditResultDialog(QDialog):
    """Edit one stored result: the same fields and checks as the test page, for one leg."""

    def __init__(
        self,
        measurement: Measurement,
        details: Details | None,
        settings: Settings,
        *,
        now: Callable[[], dt.datetime] = local_now,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editResultDialog")
        self.measurement = measurement
        self.original_details = details
        self.settings = settings
        self._now = now
        self.locale_ = locale if locale is not None else QLocale()
        self.setWindowTitle(self.tr("Edit result"))
        self.setMinimumWidth(56 * style.UNIT)  # room for messages; Spanish runs longer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * style.UNIT, 3 * style.UNIT, 3 * style.UNIT, 3 * style.UNIT)
        layout.setSpacing(style.UNIT)

        self.footwear = self.toe = None
        if details is not None:
            grid = QGridLayout()
            grid.setHorizontalSpacing(2 * style.UNIT)
            shoes, toes = QWidget(), QWidget()
            self.footwear = radio_group(
                shoes,
                self.tr("Footwear"),
                (("barefoot", self.tr("Barefoot")), ("shod", self.tr("Shoes"))),
            )
            self.toe = radio_group(
                toes,
                self.tr("Measured from"),
                (("big", self.tr("Big toe")), ("longest", self.tr("Longest toe"))),
            )
            self.footwear.button(1 if details.footwear == "shod" else 0).setChecked(True)
            self.toe.button(1 if details.toe == "longest" else 0).setChecked(True)
            grid.addWidget(style.label(self.tr("Footwear"), bold=True, selectable=False), 0, 0)
            grid.addWidget(shoes, 0, 1)
            grid.addWidget(style.label(self.tr("Measured from"), bold=True, selectable=False), 1, 0)
            grid.addWidget(toes, 1, 1)
            layout.addLayout(grid)
            layout.addSpacing(style.UNIT)

        trials = details.trials if details is not None and details.trials else ()
        stored = trials or (
            (measurement.distance_cm,) if measurement.distance_cm is not None else ()
        )
        method = (
            "best" if details is not None and details.aggregate == "best" else settings.aggregate
        )
        self.form = SideForm(
            measurement.side,
            unit=settings.unit,
            method=method,
            # Room for the trials that were taken; a result without them is one distance.
            trials=max(len(trials), settings.trials_per_side) if trials else 1,
            decimal_point=self.locale_.decimalPoint(),
            with_checks=details is not None,
        )
        self.form.set_values(stored, measurement.angle_deg, details)
        self.form.changed.connect(self.revalidate)
        layout.addWidget(self.form)

        layout.addSpacing(style.UNIT)
        self.when_edit = QDateTimeEdit(qdatetime(measurement.taken_at))
        self.when_edit.setLocale(self.locale_)
        self.when_edit.setDisplayFormat(self.locale_.dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleName(self.tr("Date and time of the test"))
        self._shown_when = self.when_edit.dateTime()
        self.when_edit.dateTimeChanged.connect(self.revalidate)
        self.when_message = FieldMessage(self.tr("Date and time problem"))
        self.note_edit = QLineEdit(measurement.note)
        self.note_edit.setMaxLength(1000)
        self.note_edit.setAccessibleName(self.tr("Note, optional"))
        self.note_edit.returnPressed.connect(self.accept)
        for title, widget in (
            (self.tr("Date and time"), self.when_edit),
            (self.tr("Note (optional)"), self.note_edit),
        ):
            caption = style.label(title, bold=True, selectable=False)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
            if widget is self.when_edit:
                layout.addWidget(self.when_message)
        self.sides_message = FieldMessage(self.tr("What is missing"))
        layout.addWidget(self.sides_message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save changes"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addSpacing(style.UNIT)
        layout.addWidget(self.buttons)
        self.revalidate()

    def when(self) -> dt.datetime:
        if self.when_edit.dateTime() == self._shown_when:
            return self.measurement.taken_at  # unchanged: keep its exact offset and seconds
        naive = self.when_edit.dateTime().toPython()
        assert isinstance(naive, dt.datetime)
        return to_aware(naive, self._now)

    def revalidate(self) -> bool:
        state = self.form.evaluate()
        result = validate_entry(
            distances={state.side: state.distance_text},
            angles={state.side: state.angle_text},
            unit=self.settings.unit,
            when=self.when(),
            now=self._now(),
            decimal_point=self.locale_.decimalPoint(),
        )
        errors = {e.field: e.message for e in result} if isinstance(result, list) else {}
        self.when_message.show_message(errors.get("when", ""))
        missing = self.tr("Enter a distance or an angle. To remove the result, delete it.")
        self.sides_message.show_message(missing if "sides" in errors else "")
        valid = not errors and not state.errors
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)
        self._fit_height()
        return valid

    def _fit_height(self) -> None:
        """Grow to show every message: a window's minimum size leaves out the height its
        wrapped labels need, so a long message would otherwise be cut off."""
        layout = self.layout()
        if self.isVisible() and layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def accept(self) -> None:
        if self.revalidate():
            super().accept()

    def values(self) -> tuple[Measurement, Details | None]:
        """The edited result, with the same id; unchanged fields keep their exact values."""
        state = self.form.evaluate()
        distance = state.result_cm
        if self.form.trials_unchanged():
            distance = self.measurement.distance_cm
        measurement = replace(
            self.measurement,
            taken_at=self.when(),
            distance_cm=distance,
            angle_deg=state.angle_deg,
            note=self.note_edit.text().strip(),
        )
        if self.original_details is None or self.footwear is None or self.toe is None:
            return measurement, None
        footwear = "shod" if self.footwear.checkedId() == 1 else "barefoot"
        toe = "longest" if self.toe.checkedId() == 1 else "big"
        details = self.form.details(footwear, toe)
        if not self.original_details.trials:
            details = replace(details, trials=(), aggregate=self.original_details.aggregate)
        return measurement, details
