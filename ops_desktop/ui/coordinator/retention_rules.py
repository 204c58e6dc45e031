"""The head sets how long each team's case files are kept, from the office's file list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.retention import MAX_YEARS, RetentionRule
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard
from ops_desktop.ui.forms import FieldErrors, named, save_cancel


class RetentionRulesDialog(QDialog):
    """One row per document class: archival category (A, B10, BE5, Bc) and years."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Okresy przechowywania akt"))
        self.errors = FieldErrors()
        self.rules = services.personal_data.rules(actor)
        names = services.office.team_names()
        self.categories: list[QLineEdit] = []
        self.years: list[QSpinBox] = []
        form = QFormLayout()
        for i, rule in enumerate(self.rules):
            team = rule.document_class.removeprefix("case_file.")
            what = self.tr("Akta spraw – %1").replace("%1", names.get(team, rule.document_class))
            category = named(QLineEdit(rule.category), f"category_{i}",
                             self.tr("Kategoria archiwalna: %1").replace("%1", what))
            category.setMaxLength(5)
            years = named(QSpinBox(), f"years_{i}", self.tr("Lata przechowywania: %1")
                          .replace("%1", what))
            years.setRange(0, MAX_YEARS)
            years.setValue(rule.years)
            row = QHBoxLayout()
            row.addWidget(category)
            row.addWidget(QLabel(self.tr("lat:")))
            row.addWidget(years)
            form.addRow(what, row)
            box = QVBoxLayout()
            box.addWidget(self.errors.label_for(f"rules.{i}.category", category))
            box.addWidget(self.errors.label_for(f"rules.{i}.years", years))
            form.addRow("", box)
            self.categories.append(category)
            self.years.append(years)
        note = QLabel(self.tr("Kategorie z jednolitego rzeczowego wykazu akt ośrodka; okres liczy "
                              "się od 1 stycznia roku następującego po zakończeniu sprawy."))
        note.setWordWrap(True)
        buttons, self.save_button, _cancel = save_cancel(self, self.tr("Zapisz"), "retention_rules",
                                                         self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def entered(self) -> list[RetentionRule]:
        return [RetentionRule(rule.document_class, c.text().strip(), y.value())
                for rule, c, y in zip(self.rules, self.categories, self.years, strict=True)]

    def save(self) -> None:
        rules = self.entered()
        done = guard.attempt(self, lambda: self.services.personal_data.save_rules(
            self.actor, rules) or True, self.errors)
        if done:
            self.accept()
