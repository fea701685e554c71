"""Choosing a backup to restore: every backup and safety copy, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mobility_app.storage import BackupFile
from mobility_app.ui import style
from mobility_app.ui.data_views import BackupsTable
from mobility_app.ui.panels import PrimaryButton


class RestoreDialog(QDialog):
    """Lists the backups; accepting returns the chosen one (the caller confirms, then restores)."""

    def __init__(
        self,
        backups: Sequence[BackupFile],
        safety_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(72 * style.UNIT, 48 * style.UNIT)
        self._backups = list(backups)
        unit = style.UNIT
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * unit, 3 * unit, 3 * unit, 3 * unit)
        layout.setSpacing(2 * unit)

        heading = QVBoxLayout()
        heading.setSpacing(unit)
        heading.addWidget(style.label(self.tr("Restore a backup"), style.HEADING_2, bold=True))
        explanation = self.tr(
            "Choose the point to go back to. What is stored now is replaced by the backup; "
            "a copy of it is kept first, and appears in this list. The copies are in:"
        )
        heading.addWidget(style.label(explanation, secondary=True))
        heading.addWidget(style.label(str(safety_folder), style.SECONDARY, secondary=True))
        layout.addLayout(heading)

        self.table = BackupsTable()
        self.table.set_backups(self._backups)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table, 1)
        self.empty = style.label(
            self.tr("There are no backups yet. Use File › Back up now to make one.")
        )
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox()
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setMinimumSize(14 * unit, 6 * unit)  # as tall as the primary one
        self.restore_button = PrimaryButton(self.tr("Restore…"))
        self.restore_button.setMinimumWidth(22 * unit)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.table.setVisible(bool(self._backups))
        self.empty.setVisible(not self._backups)
        self.restore_button.setEnabled(bool(self._backups))
        if self._backups:
            self.table.selectRow(0)
            self.table.setFocus()
        self.resize(88 * unit, 60 * unit)

    def selected(self) -> BackupFile | None:
        """The backup whose row is selected, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self._backups:
            return None
        return self._backups[rows[0].row()]

    def accept(self) -> None:
        if self.selected() is not None:
            super().accept()
