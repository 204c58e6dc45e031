"""At the desk, after the intake: pick a service package for the person; the referrals to
every team it names are made at once and wait in those teams' inboxes."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.packages import TargetGroup
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.packages import GivenPackage, PackageView
from ops_desktop.ui import guard, labels
from ops_desktop.ui.forms import FieldErrors, named, save_cancel, vocab_combo


class PackageDialog(QDialog):
    """The group's package with its parts and teams; `given` holds the result once saved."""

    def __init__(self, services: Services, actor: Actor, intake_id: uuid.UUID,
                 person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.intake_id = services, actor, intake_id
        self.given: GivenPackage | None = None
        self.setWindowTitle(self.tr("Pakiet usług – %1").replace("%1", person_name))
        self.errors = FieldErrors()
        self.packages: dict[str, PackageView] = {
            p.group.value: p for p in guard.attempt(self, lambda: services.packages.catalogue(
                actor)) or []}
        self.group = vocab_combo("package_group", self.tr("Grupa docelowa"),
                                 labels.TARGET_GROUPS, list(self.packages))
        self.group.currentIndexChanged.connect(lambda _i: self._show_parts())
        self.parts = named(QLabel(), "package_parts", self.tr("Części pakietu"))
        # One line per part (a long one widens the dialog): a wrapped label lost lines.
        form = QFormLayout()
        form.addRow(self.tr("&Grupa docelowa:"), self.group)
        form.addRow("", self.errors.label_for("group", self.group))

        note = QLabel(self.tr("Do każdego zespołu, który realizuje część pakietu, trafi jedno "
                              "skierowanie z jego częściami. Pakiet dla rodzin dotkniętych "
                              "przemocą przydziela się po zgłoszeniu z przesłanką art. 7 pkt 7; "
                              "inne zespoły niż praca socjalna nie dowiedzą się, jaki to pakiet."))
        note.setWordWrap(True)
        buttons, self.save_button, _cancel = save_cancel(
            self, self.tr("Przydziel i skieruj"), "package", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Części pakietu i zespoły, które je realizują:")))
        layout.addWidget(self.parts)
        layout.addStretch()
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show_parts()
        self.resize(600, 360)

    def chosen(self) -> PackageView | None:
        return self.packages.get(str(self.group.currentData()))

    def _show_parts(self) -> None:
        self.errors.clear()
        package = self.chosen()
        if package is None:
            self.parts.setText("")
            return
        lines = [f"• {p.label} – {labels.vocab(labels.TEAMS, p.team)}" for p in package.parts]
        if package.example:
            lines.append(self.tr("(przykład, do ustalenia przez ośrodek)"))
        self.parts.setText("\n".join(lines))
        if self.layout() is not None:  # a package of more parts: room for every line now
            self.layout().activate()

    def save(self) -> None:
        package = self.chosen()
        if package is None:
            return
        group = TargetGroup(package.group)
        given = guard.attempt(self, lambda: self.services.packages.give(
            self.actor, self.intake_id, group), self.errors)
        if given is not None:
            self.given = given
            self.accept()
