"""A person's file as the desk sees it: personal data, household and the history with the office."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import ReferralStatus, Sex
from ops_desktop.i18n.format import date_short, datetime_short, money
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import (
    ApplicationView,
    CaseView,
    DecisionView,
    IntakeView,
    MemberView,
    PersonFile,
    ReferralView,
)
from ops_desktop.ui import labels
from ops_desktop.ui.first_contact.package_progress import PackageProgressPanel
from ops_desktop.ui.first_contact.person_edit import correct_person
from ops_desktop.ui.forms import close_only
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table


def one_line(text: str) -> str:
    return " ".join(text.split())


class PersonFileView(QWidget):
    """Read-only; `show_person` loads the file from the services, `clear` shows a hint instead.

    "Popraw dane…" opens the correction form; `corrected` tells the window a change was saved."""

    corrected = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.person_id: uuid.UUID | None = None
        self.file: PersonFile | None = None

        self.name = QLabel()
        self.name.setObjectName("file_name")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.correct_button = QPushButton(self.tr("Popraw dane…"))
        self.correct_button.setObjectName("correct_person")
        self.correct_button.setAccessibleName(self.tr("Popraw dane osoby"))
        self.correct_button.clicked.connect(self.correct)
        self.correct_button.setVisible(actor.may(Permission.UPDATE_PERSON))
        self.details: dict[str, QLabel] = {}
        data = QFormLayout()
        data.setContentsMargins(0, 0, 0, 0)
        for key, title in (("identity", self.tr("PESEL / dokument:")),
                           ("birth", self.tr("Data urodzenia:")),
                           ("address", self.tr("Adres:")),
                           ("phone", self.tr("Telefon:"))):
            label = QLabel()
            label.setObjectName(f"file_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.details[key] = label
            data.addRow(QLabel(title), label)

        self.household: PagedTableModel[MemberView] = PagedTableModel([
            Column(self.tr("Pokrewieństwo"), lambda m: labels.relation(m.relation, m.sex)),
            Column(self.tr("Imię i nazwisko"), lambda m: m.full_name),
            Column(self.tr("PESEL"), lambda m: m.pesel or ""),
            Column(self.tr("Data urodzenia"), lambda m: date_short(m.birth_date),
                   sort_key=lambda m: m.birth_date),
        ], parent=self)
        self.intakes: PagedTableModel[IntakeView] = PagedTableModel([
            Column(self.tr("Data"), lambda i: datetime_short(i.received_at), sort_key=lambda i: i.received_at),
            Column(self.tr("Osoba"), lambda i: i.person_name),
            Column(self.tr("Sposób"), lambda i: labels.vocab(labels.CHANNELS, i.channel)),
            Column(self.tr("Wynik"), lambda i: labels.vocab(labels.OUTCOMES, i.outcome)),
            Column(self.tr("Pilne"), lambda i: self.tr("PILNE") if i.urgent else ""),
            Column(self.tr("Problem"), lambda i: self.tr("(treść tylko dla zespołów pracy z osobą)")
                   if i.narrative_hidden else one_line(i.problem)),
        ], parent=self)
        self.referrals: PagedTableModel[ReferralView] = PagedTableModel([
            Column(self.tr("Numer"), lambda r: r.number),
            Column(self.tr("Osoba"), lambda r: r.person_name),
            Column(self.tr("Data"), lambda r: datetime_short(r.created_at), sort_key=lambda r: r.created_at),
            Column(self.tr("Do zespołu"), lambda r: labels.vocab(labels.TEAMS, r.to_team)),
            Column(self.tr("Status"), self._referral_status),
            Column(self.tr("Powód"), lambda r: one_line(r.reason)),
            Column(self.tr("Przekazanie dalej"), self._forwards),
        ], parent=self)
        self.cases: PagedTableModel[CaseView] = PagedTableModel([
            Column(self.tr("Znak sprawy"), lambda c: c.sign),
            Column(self.tr("Osoba"), lambda c: c.person_name),
            Column(self.tr("Zespół"), lambda c: labels.vocab(labels.TEAMS, c.team)),
            Column(self.tr("Założona"), lambda c: date_short(c.opened_on), sort_key=lambda c: c.opened_on),
        ], parent=self)
        self.applications: PagedTableModel[ApplicationView] = PagedTableModel([
            Column(self.tr("Data wpływu"), lambda a: date_short(a.received_on), sort_key=lambda a: a.received_on),
            Column(self.tr("Osoba"), lambda a: a.person_name),
            Column(self.tr("Forma pomocy"), lambda a: labels.vocab(labels.FORMS, a.form)),
            Column(self.tr("Status"), lambda a: labels.vocab(labels.APPLICATION_STATUSES, a.status)),
            Column(self.tr("Znak sprawy"), lambda a: a.case_sign),
        ], parent=self)
        self.decisions: PagedTableModel[DecisionView] = PagedTableModel([
            Column(self.tr("Znak sprawy"), lambda d: d.case_sign),
            Column(self.tr("Osoba"), lambda d: d.person_name),
            Column(self.tr("Forma pomocy"), lambda d: labels.vocab(labels.FORMS, d.form)),
            Column(self.tr("Rodzaj"), lambda d: labels.vocab(labels.DECISION_KINDS, d.kind)),
            Column(self.tr("Kwota"), lambda d: money(d.amount), sort_key=lambda d: d.amount,
                   align_right=True),
            Column(self.tr("Status"), lambda d: labels.vocab(labels.DECISION_STATUSES, d.status)),
            Column(self.tr("Data wydania"), lambda d: date_short(d.issued_on)),
        ], parent=self)

        self.household_table = make_table(self.household, "file_household", self.tr("Gospodarstwo domowe"))
        self.household_table.setMaximumHeight(150)
        self.household_table.setWordWrap(False)
        self.history = QTabWidget()
        self.history.setObjectName("file_history")
        self.tables: dict[str, QTableView] = {}
        self._titles = {
            "intakes": self.tr("Zgłoszenia (%1)"),
            "referrals": self.tr("Skierowania (%1)"),
            "cases": self.tr("Sprawy (%1)"),
            "applications": self.tr("Wnioski (%1)"),
            "decisions": self.tr("Decyzje (%1)"),
        }
        accessible = {
            "intakes": self.tr("Zgłoszenia osoby"),
            "referrals": self.tr("Skierowania osoby"),
            "cases": self.tr("Sprawy osoby"),
            "applications": self.tr("Wnioski osoby"),
            "decisions": self.tr("Decyzje wydane dla osoby"),
        }
        for key, title in self._titles.items():
            table = make_table(getattr(self, key), f"file_{key}", accessible[key])
            table.setWordWrap(False)
            self.tables[key] = table
            self.history.addTab(table, title.replace("%1", "0"))

        # The person's own service packages (never another member's), each part's progress.
        self.packages = PackageProgressPanel(services, actor)
        self.packages_title = self.tr("Pakiety usług (%1)")
        self.history.addTab(self.packages, self.packages_title.replace("%1", "0"))
        self.packages.counted.connect(lambda n: self.history.setTabText(
            self.history.indexOf(self.packages), self.packages_title.replace("%1", str(n))))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        title.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title)
        layout.addLayout(data)
        household_title = QLabel(self.tr("Gospodarstwo domowe"))
        bold = household_title.font()
        bold.setBold(True)
        household_title.setFont(bold)
        layout.addSpacing(6)
        layout.addWidget(household_title)
        layout.addWidget(self.household_table)
        layout.addSpacing(6)
        layout.addWidget(self.history, 1)
        self.placeholder = QLabel(self.tr("Wyszukaj osobę i naciśnij Enter, aby zobaczyć jej kartotekę."))
        self.placeholder.setObjectName("file_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _referral_status(self, r: ReferralView) -> str:
        status = labels.vocab(labels.REFERRAL_STATUSES, r.status)
        if r.status is ReferralStatus.RETURNED and r.return_reason:
            return self.tr("%1: %2").replace("%1", status).replace("%2", one_line(r.return_reason))
        return status

    def _forwards(self, r: ReferralView) -> str:
        """Each forwarding: "Świadczenia → Praca socjalna (Jan Nowak, 03.12.2026 10:15): why"."""
        parts = []
        for f in r.forwards:
            hop = self.tr("%1 → %2 (%3, %4)").replace("%1", labels.vocab(labels.TEAMS, f.from_team)) \
                .replace("%2", labels.vocab(labels.TEAMS, f.to_team)).replace("%3", f.forwarded_by) \
                .replace("%4", datetime_short(f.forwarded_at))
            parts.append(f"{hop}: {one_line(f.reason)}" if f.reason else hop)
        return "; ".join(parts)

    def _identity(self, f: PersonFile) -> str:
        parts = []
        if f.person.pesel:
            parts.append(self.tr("PESEL %1").replace("%1", f.person.pesel))
        if f.id_document:
            # The service joins the document type code and number: "passport AB1234567".
            kind, _, number = f.id_document.partition(" ")
            if kind in labels.DOCUMENT_TYPES:
                parts.append(f"{labels.vocab(labels.DOCUMENT_TYPES, kind)} {number}".strip())
            else:
                parts.append(f.id_document)
        return ", ".join(parts) or self.tr("brak")

    def show_person(self, person_id: uuid.UUID) -> bool:
        """Load and show the file; on failure the reason is shown and the view is cleared."""
        found = attempt(self, lambda: self.services.persons.file(self.actor, person_id))
        if found is None:
            self.clear()
            return False
        self.person_id, self.file = person_id, found
        person = found.person
        self.name.setText(f"{person.last_name} {person.first_name}")
        self.details["identity"].setText(self._identity(found))
        sex = {Sex.FEMALE: self.tr("kobieta"), Sex.MALE: self.tr("mężczyzna")}.get(found.sex, "")  # type: ignore[arg-type]
        birth = date_short(person.birth_date)
        self.details["birth"].setText(", ".join(x for x in (birth, sex) if x) or self.tr("nie podano"))
        self.details["address"].setText(person.address or self.tr("brak adresu"))
        self.details["phone"].setText(found.phone or "–")
        self.household.set_rows(list(found.household))
        rows = {"intakes": found.intakes, "referrals": found.referrals, "cases": found.cases,
                "applications": found.applications, "decisions": found.decisions}
        for i, (key, items) in enumerate(rows.items()):
            getattr(self, key).set_rows(list(items))
            self.history.setTabText(i, self._titles[key].replace("%1", str(len(items))))
        self.packages.show_person(person_id)
        self.stack.setCurrentIndex(1)
        return True

    def reload(self) -> None:
        if self.person_id is not None:
            self.show_person(self.person_id)

    def correct(self) -> None:
        """Open the correction form for the person shown; show the saved data after."""
        if self.person_id is not None and correct_person(self, self.services, self.actor,
                                                         self.person_id):
            self.reload()
            self.corrected.emit()

    def clear(self) -> None:
        self.person_id, self.file = None, None
        for model in (self.household, self.intakes, self.referrals, self.cases,
                      self.applications, self.decisions):
            model.set_rows([])
        self.packages.show_person(None)
        self.stack.setCurrentIndex(0)

    def latest_referral(self) -> ReferralView | None:
        """The newest referral of the person shown – never another household member's.

        The file lists the whole household's referrals (newest first), so the slip printed
        for this person must be picked by whose it is, not by its place in the list.
        """
        if self.file is None or self.person_id is None:
            return None
        own = [r for r in self.file.referrals if r.person_id == self.person_id]
        return max(own, key=lambda r: r.created_at, default=None)


    def latest_intake(self) -> IntakeView | None:
        """The newest intake of the person shown (never another member's): a package follows it."""
        if self.file is None or self.person_id is None:
            return None
        own = [i for i in self.file.intakes if i.person_id == self.person_id]
        return max(own, key=lambda i: i.received_at, default=None)


class PersonFileDialog(QDialog):
    """The same file for the other teams, read-only, opened from their inboxes and cases."""

    def __init__(self, services: Services, actor: Actor, person_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PersonFileView(services, actor, self)
        self.view.show_person(person_id)
        name = self.view.name.text()
        self.setWindowTitle(self.tr("Kartoteka osoby – %1").replace("%1", name) if name
                            else self.tr("Kartoteka osoby"))
        buttons = close_only(self, "file")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 640)
