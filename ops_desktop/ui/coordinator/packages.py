"""The coordinator's service packages: the catalogue (one package per target group, its parts
and the teams delivering them) edited here, and the packages in use by group with the list
behind each count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.errors import DomainError, FieldError, ValidationError
from ops_desktop.domain.packages import (
    DELIVERING,
    MAX_LABEL,
    MAX_NAME,
    MAX_PARTS,
    PackagePart,
    PartState,
    TargetGroup,
)
from ops_desktop.domain.vocabulary import Team
from ops_desktop.i18n.format import datetime_short
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.services.packages import GroupUse, PackageInUse, PackageView
from ops_desktop.ui import guard, labels
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.forms import FieldErrors, named, push_button, save_cancel, vocab_combo
from ops_desktop.ui.read_when_shown import ReadWhenShown
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table

T = TypeVar("T")


class PackageEditDialog(QDialog):
    """One group's package: its name and up to twelve parts, each with its team. A row left
    empty is no part; what was typed stays when the service refuses it."""

    def __init__(self, services: Services, actor: Actor, package: PackageView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.package = services, actor, package
        self.saved: PackageView | None = None
        group = labels.vocab(labels.TARGET_GROUPS, package.group)
        self.setWindowTitle(self.tr("Pakiet usług – %1").replace("%1", group))
        self.errors = FieldErrors()
        self.name = named(QLineEdit(package.name), "package_name", self.tr("Nazwa pakietu"))
        self.name.setMaxLength(MAX_NAME)
        grid = QGridLayout()
        name_label = QLabel(self.tr("&Nazwa pakietu:"))
        name_label.setBuddy(self.name)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name, 0, 1, 1, 2)
        grid.addWidget(self.errors.label_for("name", self.name), 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Forma pomocy lub działanie")), 2, 1)
        grid.addWidget(QLabel(self.tr("Zespół, który realizuje")), 2, 2)
        self.labels: list[QLineEdit] = []
        self.teams: list[QComboBox] = []
        for i in range(MAX_PARTS):
            part = package.parts[i] if i < len(package.parts) else None
            label = named(QLineEdit(part.label if part else ""), f"part_label_{i}",
                          self.tr("Część %1 – forma pomocy lub działanie").replace("%1", str(i + 1)))
            label.setMaxLength(MAX_LABEL)
            label.setMinimumWidth(360)
            team = vocab_combo(f"part_team_{i}", self.tr("Część %1 – zespół").replace(
                "%1", str(i + 1)), labels.TEAMS, [t.value for t in DELIVERING])
            if part is not None:
                team.setCurrentIndex(max(team.findData(part.team.value), 0))
            row = 3 + 2 * i
            grid.addWidget(QLabel(f"{i + 1}."), row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(team, row, 2)
            errors = QVBoxLayout()
            errors.addWidget(self.errors.label_for(f"parts.{i}.label", label))
            errors.addWidget(self.errors.label_for(f"parts.{i}.team", team))
            grid.addLayout(errors, row + 1, 1, 1, 2)
            self.labels.append(label)
            self.teams.append(team)
        self.parts_error = self.errors.label_for("parts", self.labels[0])
        grid.setColumnStretch(1, 1)
        note = QLabel(self.tr("Zmiana obowiązuje przy kolejnym przydzieleniu pakietu; pakiety już "
                              "przydzielone zachowują swoje części."))
        note.setWordWrap(True)
        buttons, self.save_button, _cancel = save_cancel(self, self.tr("Zapisz pakiet"),
                                                         "package_edit", self.save)
        layout = QVBoxLayout(self)
        if package.example:
            example = named(QLabel(self.tr("To przykład dostarczony z programem – do ustalenia "
                                           "przez ośrodek.")), "package_example")
            layout.addWidget(example)
        layout.addLayout(grid)
        layout.addWidget(self.parts_error)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def entered(self) -> tuple[tuple[PackagePart, ...], list[int]]:
        """The parts typed (rows left empty skipped) and the row of each."""
        rows = [i for i, label in enumerate(self.labels) if label.text().strip()]
        return tuple(PackagePart(self.labels[i].text(), Team(self.teams[i].currentData()))
                     for i in rows), rows

    def save(self) -> None:
        parts, rows = self.entered()

        def call() -> PackageView:
            try:
                return self.services.packages.save(self.actor, self.package.group,
                                                   self.name.text(), parts, self.package.version)
            except ValidationError as exc:  # the service counts parts; the form counts rows
                raise ValidationError([_on_row(e, rows) for e in exc.errors]) from exc

        saved = guard.attempt(self, call, self.errors)
        if saved is not None:
            self.saved = saved
            self.accept()


def _on_row(error: FieldError, rows: list[int]) -> FieldError:
    head, _, rest = error.field.partition(".")
    index, _, field = rest.partition(".")
    if head == "parts" and index.isdigit() and int(index) < len(rows):
        return replace(error, field=f"parts.{rows[int(index)]}.{field}")
    return error


class PackagesPage(ReadWhenShown):
    """Left: the packages in use by group; right: the ones behind the chosen group's count."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.use: PagedTableModel[GroupUse] = PagedTableModel([
            Column(self.tr("Grupa docelowa"), lambda u: labels.vocab(labels.TARGET_GROUPS, u.group)),
            Column(self.tr("Przydzielone"), lambda u: str(u.given), sort_key=lambda u: u.given,
                   align_right=True),
            Column(self.tr("W realizacji"), lambda u: str(u.in_progress),
                   sort_key=lambda u: u.in_progress, align_right=True),
            Column(self.tr("Zrealizowane"), lambda u: str(u.completed),
                   sort_key=lambda u: u.completed, align_right=True),
        ], parent=self)
        self.use_table = make_table(self.use, "package_use", self.tr("Pakiety w użyciu według grup"))
        self.use_table.selectionModel().selectionChanged.connect(lambda *_: self._show_behind())
        self.behind: PagedTableModel[PackageInUse] = PagedTableModel([
            Column(self.tr("Osoba"), lambda p: p.person_name),
            Column(self.tr("Przydzielony"), lambda p: datetime_short(p.assigned_at),
                   sort_key=lambda p: p.assigned_at),
            Column(self.tr("Części zrealizowane"), lambda p: f"{p.done}/{len(p.parts)}"),
            Column(self.tr("W toku u zespołów"), self._pending_teams),
        ], parent=self)
        self.behind_table = make_table(self.behind, "package_behind",
                                       self.tr("Pakiety przydzielone w wybranej grupie"))
        self.edit_button = push_button(self.tr("&Edytuj pakiet grupy…"), "edit_package",
                                       self.edit_selected)
        self.total = QLabel()
        self.total.setObjectName("package_total")
        # The chosen group's package as the desk will give it: the catalogue at a glance.
        self.catalogue = named(QLabel(), "package_catalogue", self.tr("Pakiet wybranej grupy"))
        self.catalogue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.catalogue.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.use_table, 1)
        left_layout.addWidget(self.total)
        left_layout.addWidget(self.catalogue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.behind_table)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # Read when first shown: the head's tab builds every page at sign-in
        # (ui/read_when_shown.py).
        bus.changed.connect(self.refresh)

    def _pending_teams(self, p: PackageInUse) -> str:
        teams = dict.fromkeys(x.team for x in p.parts if x.state is not PartState.DONE)
        return ", ".join(labels.vocab(labels.TEAMS, t) for t in teams)

    def selected_use(self) -> GroupUse | None:
        rows = self.use_table.selectionModel().selectedRows()
        return self.use.row_object(rows[0].row()) if rows else None

    def selected_group(self) -> TargetGroup | None:
        use = self.selected_use()
        return use.group if use is not None else None

    def _reading(self, action: Callable[[], T]) -> T | None:
        """A reading on refresh: a refusal (roles changed meanwhile) or an unreachable store
        is said on the page, never in a modal box that would stop every tab's refresh."""
        try:
            return action()
        except (DomainError, StorageEnvironmentError) as exc:
            self.total.setText(guard.describe(exc))
            return None

    def refresh(self) -> None:
        self.read_again()

    def load(self) -> None:
        keep = self.selected_group()
        found = self._reading(lambda: self.services.packages.use_by_group(self.actor))
        if found is None:
            self.use.set_rows([])
            self._show_behind()
            return
        self.use.set_rows(found)
        self.total.setText(self.tr("Razem przydzielonych pakietów: %1").replace(
            "%1", str(sum(u.given for u in found))))
        groups = [u.group for u in found]
        if found:
            self.use_table.selectRow(groups.index(keep) if keep in groups else 0)
        self._show_behind()

    def _show_behind(self) -> None:
        use = self.selected_use()
        self.edit_button.setEnabled(use is not None)
        self._show_catalogue(use.group if use is not None else None)
        if use is None:
            self.behind.set_rows([])
            return
        self.behind.set_source(
            lambda offset, limit: self.services.packages.in_use(self.actor, use.group, limit,
                                                                offset),
            lambda: use.given)

    def _show_catalogue(self, group: TargetGroup | None) -> None:
        catalogue = [] if group is None else self._reading(
            lambda: self.services.packages.catalogue(self.actor)) or []
        package = next((p for p in catalogue if p.group is group), None)
        if package is None:
            self.catalogue.setText("")
            return
        lines = [self.tr("Pakiet: %1").replace("%1", package.name)]
        lines += [f"• {p.label} – {labels.vocab(labels.TEAMS, p.team)}" for p in package.parts]
        if package.example:
            lines.append(self.tr("(przykład, do ustalenia przez ośrodek)"))
        self.catalogue.setText("\n".join(lines))

    def edit_selected(self) -> PackageView | None:
        group = self.selected_group()
        catalogue = guard.attempt(self, lambda: self.services.packages.catalogue(self.actor)) or []
        package = next((p for p in catalogue if p.group is group), None)
        if package is None:
            return None
        dialog = PackageEditDialog(self.services, self.actor, package, self)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            self._show_catalogue(saved.group)
        return saved
