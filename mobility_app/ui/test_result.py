"""The knee-to-wall result in plain words: each leg, the difference between legs, typical values."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mobility_app.i18n import fill, number
from mobility_app.measures import facts
from mobility_app.measures.interpret import Aggregate, Asymmetry, Kind, asymmetry, typical_context
from mobility_app.measures.units import Unit, format_number, from_cm, unit_symbol
from mobility_app.storage.details import SITES, Details
from mobility_app.storage.measurements import Measurement
from mobility_app.ui import style
from mobility_app.ui.panels import Panel
from mobility_app.ui.test_form import (
    CHECKS,
    amount_text,
    check_labels,
    method_text,
    qdatetime,
    side_colour,
    site_labels,
    with_unit,
)

# Typical shin angles depend on where the inclinometer sits (see measures.facts).
ANGLE_TYPICAL_SOURCE = "Hall & Docherty 2017; Baumbach et al. 2014"
Paragraph = tuple[str, str, str]  # heading, text, sources


class ResultView(QWidget):
    """The result in plain words: each leg, the difference between legs, typical values.

    The kiosk ("Try the ankle test") reuses it with stored=False. `againRequested` asks the
    page for an empty form.
    """

    againRequested = Signal()

    def __init__(
        self, unit: Unit, locale: QLocale, *, stored: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("testResult")
        self.unit: Unit = unit
        self.locale_ = locale
        self.stored = stored
        self.paragraphs: list[Paragraph] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 2 * style.UNIT, 3 * style.UNIT)
        self._layout.setSpacing(2 * style.UNIT)
        self._content = QWidget()
        self._layout.addWidget(self._content)
        self.again_button = QPushButton(self.tr("Test again"))
        self.again_button.setObjectName("testAgain")
        self.again_button.setMinimumHeight(5 * style.UNIT)
        self.again_button.clicked.connect(self.againRequested)
        self._layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)

    def _amount(self, value_cm: float) -> str:
        return amount_text(value_cm, self.unit, self.locale_.decimalPoint())

    def _limit(self, value_cm: float) -> str:
        """A threshold as people say it: '2 cm', '1.5 cm', '0.8 in'."""
        value = round(from_cm(value_cm, self.unit), 1)
        return with_unit(number(value, self.locale_.decimalPoint()), self.unit)

    def _degrees(self, value: float) -> str:
        return f"{format_number(value, self.locale_.decimalPoint(), 0)}°"

    def _range(self, low_cm: float, high_cm: float) -> str:
        digits = 0 if self.unit == "cm" else 1
        low, high = (
            format_number(from_cm(v, self.unit), self.locale_.decimalPoint(), digits)
            for v in (low_cm, high_cm)
        )
        return fill(
            self.tr("%1–%2 %3", "a range: low, high, unit symbol"),
            low,
            high,
            unit_symbol(self.unit),
        )

    def show_result(self, measurements: list[Measurement], details: list[Details]) -> None:
        """Replace the content with the interpretation of one test (one entry per leg)."""
        old, self._content = self._content, QWidget()
        self._layout.replaceWidget(old, self._content)
        old.deleteLater()
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.UNIT)
        layout.addWidget(style.label(self.tr("Your result"), style.HEADING_2, bold=True))
        when = qdatetime(measurements[0].taken_at)
        stamp = fill(
            self.tr("%1, %2", "date, time"),
            self.locale_.toString(when.date(), QLocale.FormatType.LongFormat),
            self.locale_.toString(when.time(), QLocale.FormatType.ShortFormat),
        )
        status = self.tr("Saved.") if self.stored else self.tr("Shown only: nothing was stored.")
        layout.addWidget(style.label(f"{stamp} · {status}", secondary=True))
        layout.addSpacing(style.UNIT)
        cards = QHBoxLayout()
        cards.setSpacing(2 * style.UNIT)
        for measurement, detail in zip(measurements, details, strict=True):
            cards.addWidget(self._card(measurement, detail), 1)
        if len(measurements) == 1:
            cards.addStretch(1)
        layout.addLayout(cards)
        self.paragraphs = self.interpretation(measurements, details)
        for heading, text, source in self.paragraphs:
            layout.addSpacing(style.UNIT)
            layout.addWidget(style.label(heading, style.HEADING_3, bold=True))
            layout.addWidget(style.label(text))
            layout.addWidget(style.label(source, style.SECONDARY, secondary=True))

    def _card(self, measurement: Measurement, detail: Details) -> QWidget:
        # The colour repeats the side's name, never replaces it.
        card = Panel(accent=side_colour(measurement.side))
        layout = QVBoxLayout(card)
        layout.setContentsMargins(3 * style.UNIT, 2 * style.UNIT, 3 * style.UNIT, 2 * style.UNIT)
        layout.setSpacing(style.UNIT // 2)
        leg = self.tr("Left leg") if measurement.side == "left" else self.tr("Right leg")
        layout.addWidget(style.label(leg.upper(), 0.8, bold=True, secondary=True))
        spoken = [leg]
        if measurement.distance_cm is not None:
            amount = self._amount(measurement.distance_cm)
            value = style.label(amount, style.HEADING_1, bold=True)
            value.setObjectName(f"{measurement.side}Value")
            layout.addWidget(value)
            how = method_text(_method(detail.aggregate), len(detail.trials))
            layout.addWidget(style.label(how[:1].upper() + how[1:], style.SECONDARY))
            spoken += [amount, how]
        if measurement.angle_deg is not None:
            if measurement.distance_cm is None:  # an angle alone is this leg's headline
                big = style.label(self._degrees(measurement.angle_deg), style.HEADING_1, bold=True)
                big.setObjectName(f"{measurement.side}Value")
                layout.addWidget(big)
            sites = dict(zip(SITES, site_labels(), strict=True))
            degrees = self._degrees(measurement.angle_deg)
            if detail.inclinometer_site in sites:
                site = sites[detail.inclinometer_site or ""].lower()
                text = fill(self.tr("Shin angle %1 (%2)"), degrees, site)
            else:
                text = fill(self.tr("Shin angle %1"), degrees)
            layout.addWidget(style.label(text, style.SECONDARY))
            spoken.append(text)
        if detail.form_note:
            labels = dict(zip(CHECKS, check_labels(), strict=True))
            missing = [labels[key] for key in CHECKS if getattr(detail, key) is False]
            if len(missing) == len(CHECKS):
                text = self.tr("With a form note: the form check was left empty.")
            else:
                quoted = [fill(self.tr("“%1”"), m) for m in missing]
                if len(quoted) > 1:
                    names = fill(self.tr("%1 and %2"), ", ".join(quoted[:-1]), quoted[-1])
                    text = fill(self.tr("With a form note: %1 were not ticked."), names)
                else:
                    text = fill(self.tr("With a form note: %1 was not ticked."), quoted[0])
            text += " " + self.tr("Treat this score with care.")
            note = style.label(text, style.SECONDARY)
            palette = note.palette()
            palette.setColor(QPalette.ColorRole.WindowText, style.warning_colour(palette))
            note.setPalette(palette)
            note.setObjectName(f"{measurement.side}FormNote")
            layout.addWidget(note)
            spoken.append(note.text())
        layout.addStretch(1)
        card.setAccessibleName(". ".join(spoken))
        return card

    # --- wording ------------------------------------------------------------------------------

    def interpretation(
        self, measurements: list[Measurement], details: list[Details]
    ) -> list[Paragraph]:
        """What the result means, paragraph by paragraph, each with its sources."""
        sides = {m.side: m for m in measurements}
        left, right = sides.get("left"), sides.get("right")
        out: list[Paragraph] = []
        between = self.tr("Between your legs")
        if left is None or right is None:
            text = self.tr(
                "You tested one leg. Test both next time: the difference between your legs "
                "often tells more than either score."
            )
            out.append((between, text, "Chisholm et al. 2012"))
        elif left.distance_cm is not None and right.distance_cm is not None:
            gap = asymmetry(left.distance_cm, right.distance_cm, "distance")
            out.append((between, self._difference(gap), facts.ASYMMETRY_SOURCE))
        if left and right and left.angle_deg is not None and right.angle_deg is not None:
            if len({d.inclinometer_site for d in details}) == 1:
                text = self._difference(asymmetry(left.angle_deg, right.angle_deg, "angle"))
            else:
                text = self.tr(
                    "The angles were taken at different places on the shin, so they cannot be "
                    "compared."
                )
            out.append((self.tr("Between your shin angles"), text, facts.ASYMMETRY_ANGLE_SOURCE))
        out.extend(self._context(measurements, details))
        out.append(self._next_time(details[0], any(m.angle_deg is not None for m in measurements)))
        return out

    def _difference(self, gap: Asymmetry) -> str:
        show = self._amount if gap.kind == "distance" else self._degrees
        limit = self._limit if gap.kind == "distance" else self._degrees
        if gap.lower_side is None:
            return self.tr("Both legs scored the same.")
        if gap.flagged and gap.lower_side == "left":
            text = self.tr(
                "Your legs differ by %1: your left ankle bends less. A difference of more than "
                "%2 is worth noting: it is larger than most healthy people show, and larger "
                "than the test's own error."
            )
        elif gap.flagged:
            text = self.tr(
                "Your legs differ by %1: your right ankle bends less. A difference of more than "
                "%2 is worth noting: it is larger than most healthy people show, and larger "
                "than the test's own error."
            )
        else:
            text = self.tr(
                "Your legs differ by %1. Up to %2 is common in healthy adults and within the "
                "test's own error, so treat your legs as alike."
            )
        return fill(text, show(gap.difference), limit(gap.threshold))

    def _context(self, measurements: list[Measurement], details: list[Details]) -> list[Paragraph]:
        heading = self.tr("Compared with other adults")
        both = {
            "below": self.tr("both legs are below it"),
            "within": self.tr("both legs are within it"),
            "above": self.tr("both legs are above it"),
        }
        one = {
            ("left", "below"): self.tr("your left leg is below it"),
            ("left", "within"): self.tr("your left leg is within it"),
            ("left", "above"): self.tr("your left leg is above it"),
            ("right", "below"): self.tr("your right leg is below it"),
            ("right", "within"): self.tr("your right leg is within it"),
            ("right", "above"): self.tr("your right leg is above it"),
        }

        def legs(kind: Kind) -> str:
            found = [
                (m.side, typical_context(value, kind))
                for m in measurements
                if (value := m.distance_cm if kind == "distance" else m.angle_deg) is not None
            ]
            if len(found) == 2 and found[0][1] == found[1][1]:
                return both[found[0][1]]
            parts = [one[(side, context)] for side, context in found]
            if len(parts) == 2:
                return fill(self.tr("%1 and %2"), *parts)
            return parts[0]

        point = self.locale_.decimalPoint()
        out: list[Paragraph] = []
        if any(m.distance_cm is not None for m in measurements):
            text = self.tr(
                "Many healthy adults score about %1; %2. This is a guide, not a pass mark: "
                "people differ, and your own trend over time matters more."
            )
            text = fill(text, self._range(*facts.TYPICAL_DISTANCE_CM), legs("distance"))
            if any(d.footwear == "shod" for d in details):
                text += " " + self.tr(
                    "These figures come from barefoot tests; shoes raise the heel."
                )
            out.append((heading, text, facts.TYPICAL_SOURCE))
        if any(m.angle_deg is not None for m in measurements):
            low, high = facts.TYPICAL_ANGLE_DEG
            text = self.tr(
                "Shin angles in this test are typically about %1–%2, depending on where the "
                "inclinometer sits; %3."
            )
            text = fill(text, format_number(low, point, 0), self._degrees(high), legs("angle"))
            out.append((self.tr("Your shin angle"), text, ANGLE_TYPICAL_SOURCE))
        return out

    def _next_time(self, detail: Details, with_angle: bool) -> Paragraph:
        if with_angle:
            text = self.tr(
                "When you test again, a change smaller than %1 (%2 for the shin angle) may be "
                "measurement error, so look for a trend over several weeks."
            )
        else:
            text = self.tr(
                "When you test again, a change smaller than %1 may be measurement error, so look "
                "for a trend over several weeks."
            )
        text = fill(text, self._limit(facts.MDC_DISTANCE_CM), self._degrees(facts.MDC_ANGLE_DEG))
        barefoot, big = detail.footwear == "barefoot", detail.toe == "big"
        if barefoot and big:
            keep = self.tr(
                "Keep the set-up the same: barefoot, from the big toe, at the same wall, before "
                "you stretch."
            )
        elif barefoot:
            keep = self.tr(
                "Keep the set-up the same: barefoot, from the longest toe, at the same wall, "
                "before you stretch."
            )
        elif big:
            keep = self.tr(
                "Keep the set-up the same: in shoes, from the big toe, at the same wall, before "
                "you stretch."
            )
        else:
            keep = self.tr(
                "Keep the set-up the same: in shoes, from the longest toe, at the same wall, "
                "before you stretch."
            )
        return (self.tr("Next time"), f"{text} {keep}", facts.MDC_SOURCE)


def _method(value: str | None) -> Aggregate:
    return "best" if value == "best" else "mean"
