"""The settings page: units, test scoring, cues, colours, text size, motion, target, language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mobility_app.i18n import LANGUAGES, NATIVE_NAMES, fill
from mobility_app.settings import TEXT_SCALE_RANGE, WEEKLY_TARGET_RANGE, Settings
from mobility_app.ui import style
from mobility_app.ui.panels import Panel, back_bar

CONTENT_MAX_WIDTH = 90 * style.UNIT
LABEL_WIDTH = 20 * style.UNIT
# Steps offered for the text size; a hand-edited value in between is shown as its own item.
TEXT_SCALE_STEPS = (100, 125, 150, 175, 200)


class SettingsPage(QWidget):
    """Edits a copy of the settings; every change is applied at once and emitted."""

    settingsChanged = Signal(object)  # Settings
    backRequested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._settings = settings
        self._loading = False
        self._labels: list[QLabel] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar, self.back_button = back_bar(self.backRequested.emit)
        outer.addLayout(bar)

        scroll = QScrollArea()
        style.name_scroll_area(scroll, self.tr("Settings"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        centring = QHBoxLayout(body)
        centring.setContentsMargins(4 * style.UNIT, 2 * style.UNIT, 4 * style.UNIT, 4 * style.UNIT)
        column = QWidget()
        # A comfortable measure at 100% text; larger text widens it (up to the window) so the
        # choices keep their words on one line at 200%.
        column.setMaximumWidth(max(CONTENT_MAX_WIDTH, 95 * column.fontMetrics().averageCharWidth()))
        centring.addWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * style.UNIT)
        layout.addWidget(style.label(self.tr("Settings"), style.HEADING_1, bold=True))

        self.unit = QComboBox()
        self.unit.addItem(self.tr("Centimetres (cm)"), "cm")
        self.unit.addItem(self.tr("Inches (in)"), "in")
        self.aggregate = QComboBox()
        self.aggregate.addItem(self.tr("Mean of the trials (as the studies scored it)"), "mean")
        self.aggregate.addItem(self.tr("Best trial"), "best")
        self.trials = QSpinBox()
        self.trials.setRange(1, 6)
        self.trials.setSuffix(self.tr(" per leg"))
        layout.addWidget(
            self._section(
                self.tr("Knee-to-wall test"),
                [
                    (self.tr("Distance unit"), self.unit),
                    (self.tr("Result of a test"), self.aggregate),
                    (self.tr("Trials"), self.trials),
                ],
                self.tr(
                    "Results are always stored in centimetres; inches are converted for "
                    "display. The measurement-error figures the app uses come from studies "
                    "that scored the mean of three trials."
                ),
            )
        )

        self.sound = QCheckBox(self.tr("Play sound cues"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(self.tr("Volume of the sound cues"))
        self.speech = QCheckBox(self.tr("Speak the cues (\u201cswitch to the left leg\u201d)"))
        layout.addWidget(
            self._section(
                self.tr("Cues during a routine"),
                [("", self.sound), (self.tr("Volume"), self.volume), ("", self.speech)],
                self.tr("The countdown ring always flashes at each change, with or without sound."),
            )
        )

        self.reduced_motion = QCheckBox(self.tr("Reduce motion"))
        self.reduced_motion.setAccessibleDescription(
            self.tr("Demonstrations show their key positions side by side instead of moving.")
        )
        self.weekly_target = QSpinBox()
        self.weekly_target.setRange(*WEEKLY_TARGET_RANGE)
        self.weekly_target.valueChanged.connect(self._word_target)
        self._word_target(self.weekly_target.value())
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        # Each language by its own name, untranslated: a person must find their own language.
        for tag in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[tag], tag)
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.addItem(self.tr("Follow the system (light or dark)"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.addItem(self.tr("High contrast (white and yellow on black)"), "high-contrast")
        self.text_scale = QComboBox()
        self.text_scale.setObjectName("textScaleChoice")
        for percent in TEXT_SCALE_STEPS:
            self.text_scale.addItem(self._percent(percent), percent)
        layout.addWidget(
            self._section(
                self.tr("Display and goals"),
                [
                    (self.tr("Colours"), self.theme),
                    (self.tr("Text size"), self.text_scale),
                    ("", self.reduced_motion),
                    (self.tr("Practice target"), self.weekly_target),
                    (self.tr("Language"), self.language),
                ],
                self.tr(
                    "Reduce motion shows each demonstration's key positions side by side "
                    "instead of moving. A language change applies the next time the app starts."
                ),
            )
        )
        layout.addStretch(1)
        # One label width on every panel, so all fields start on one line: the design width,
        # or the widest label when the text is scaled up, so no label is cut off.
        width = max([LABEL_WIDTH] + [label.sizeHint().width() for label in self._labels])
        for label in self._labels:
            label.setFixedWidth(width)

        for combo in (self.unit, self.aggregate, self.language, self.theme, self.text_scale):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.sound, self.speech, self.reduced_motion):
            box.toggled.connect(self._changed)
        for spin in (self.trials, self.weekly_target):
            spin.valueChanged.connect(self._changed)
        self.volume.valueChanged.connect(self._changed)
        self.set_settings(settings)

    def _section(self, title: str, rows: list[tuple[str, QWidget]], note: str = "") -> QWidget:
        panel = Panel()
        box = QVBoxLayout(panel)
        box.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
        box.setSpacing(style.UNIT)
        box.addWidget(style.label(title, style.HEADING_2, bold=True))
        form = QFormLayout()
        form.setHorizontalSpacing(3 * style.UNIT)
        form.setVerticalSpacing(style.UNIT)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Too narrow for label and field side by side (large text, a small window): the field
        # goes under its label rather than being cut short.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label_text, widget in rows:
            widget.setMinimumHeight(4 * style.UNIT)
            if label_text:
                widget.setAccessibleName(widget.accessibleName() or label_text)
                label = QLabel(label_text)
                self._labels.append(label)
                label.setMinimumHeight(4 * style.UNIT)
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        box.addLayout(form)
        if note:
            box.addWidget(style.label(note, style.SECONDARY, secondary=True))
        return panel

    def _word_target(self, days: int) -> None:
        # The suffix follows the number: " day a week" after 1.
        self.weekly_target.setSuffix(self.tr(" days a week", "", days))

    def _percent(self, value: int) -> str:
        low, _high = TEXT_SCALE_RANGE
        text = self.tr("%1% (normal)") if value == low else self.tr("%1%")
        return fill(text, value)

    def settings(self) -> Settings:
        return self._settings

    def set_settings(self, settings: Settings) -> None:
        self._loading = True
        try:
            self._settings = settings
            self.unit.setCurrentIndex(max(0, self.unit.findData(settings.unit)))
            self.aggregate.setCurrentIndex(max(0, self.aggregate.findData(settings.aggregate)))
            self.trials.setValue(settings.trials_per_side)
            self.sound.setChecked(settings.sound_enabled)
            self.volume.setValue(round(settings.volume * 100))
            self.volume.setEnabled(settings.sound_enabled)
            self.speech.setChecked(settings.speech_enabled)
            self.reduced_motion.setChecked(settings.reduced_motion)
            self.weekly_target.setValue(settings.weekly_target_days)
            self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
            self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
            if self.text_scale.findData(settings.text_scale) < 0:
                self.text_scale.addItem(self._percent(settings.text_scale), settings.text_scale)
            self.text_scale.setCurrentIndex(self.text_scale.findData(settings.text_scale))
        finally:
            self._loading = False

    def _changed(self) -> None:
        if self._loading:
            return
        self._settings = replace(
            self._settings,
            unit=self.unit.currentData(),
            aggregate=self.aggregate.currentData(),
            trials_per_side=self.trials.value(),
            sound_enabled=self.sound.isChecked(),
            volume=self.volume.value() / 100,
            speech_enabled=self.speech.isChecked(),
            reduced_motion=self.reduced_motion.isChecked(),
            weekly_target_days=self.weekly_target.value(),
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            text_scale=self.text_scale.currentData(),
        )
        self.volume.setEnabled(self._settings.sound_enabled)
        self.settingsChanged.emit(self._settings)
