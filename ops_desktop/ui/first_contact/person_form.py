"""Registering a walk-in person and their household: the applicant's data and the members."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.person import Address, PersonInput
from ops_desktop.domain.vocabulary import IdDocumentType, Relation, Sex
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import FieldError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.persons import MemberInput
from ops_desktop.ui import labels
from ops_desktop.ui.first_contact.inputs import (
    OptionalDate,
    code,
    document_combo,
    field_box,
    hint,
    labelled_row,
    line,
)
from ops_desktop.ui.forms import FieldErrors, save_cancel
from ops_desktop.ui.guard import attempt

# Member rows are a grid of fixed-width columns so that the rows line up under the headers.
MEMBER_COLUMNS = (150, 115, 135, 110, 125, 100, 140, 70)


def typed_identity(form: MemberRow | PersonFields) -> dict[str, Any]:
    """The name and identity fields as typed, the same in a member's row and the person box."""
    return dict(
        first_name=form.first_name.text(),
        last_name=form.last_name.text(),
        pesel=form.pesel.text().strip() or None,
        id_document_type=code(form.id_document_type, IdDocumentType),
        id_document_number=form.id_document_number.text().strip() or None,
        birth_date=form.birth_date.value(),
    )


class MemberRow(QWidget):
    """One household member as a row of inputs, with its own messages under the inputs."""

    FIELDS = ("relation", "first_name", "last_name", "pesel", "id_document_type",
              "id_document_number", "birth_date")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = FieldErrors()
        self.relation = QComboBox()
        for relation in Relation:
            if relation is not Relation.APPLICANT:
                self.relation.addItem(labels.vocab(labels.RELATIONS, relation), relation)
        self.first_name = line("", "")
        self.last_name = line("", "")
        self.pesel = line("", "", 15, self.tr("11 cyfr"))
        self.id_document_type = document_combo("", "")
        self.id_document_number = line("", "", 30)
        self.birth_date = OptionalDate("", "")
        self.remove = QPushButton(self.tr("Usuń"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        self.errors: dict[str, QLabel] = {}
        for column, field in enumerate(self.FIELDS):
            widget: QWidget = getattr(self, field)
            focus = self.birth_date.edit if field == "birth_date" else widget
            widget.setFixedWidth(MEMBER_COLUMNS[column])
            label = self.fields.label_for(field, focus)
            label.setFixedWidth(MEMBER_COLUMNS[column])
            self.errors[field] = label
            grid.addWidget(widget, 0, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, 1, column, Qt.AlignmentFlag.AlignTop)
        self.remove.setFixedWidth(MEMBER_COLUMNS[-1])
        grid.addWidget(self.remove, 0, len(self.FIELDS), Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(len(self.FIELDS) + 1, 1)

    def set_index(self, index: int) -> None:
        """Names follow the position, as the service reports errors as `member.<i>.<field>`."""
        number = str(index + 1)
        names = {
            "relation": self.tr("Członek %1 – stopień pokrewieństwa"),
            "first_name": self.tr("Członek %1 – imię"),
            "last_name": self.tr("Członek %1 – nazwisko"),
            "pesel": self.tr("Członek %1 – PESEL"),
            "id_document_type": self.tr("Członek %1 – rodzaj dokumentu"),
            "id_document_number": self.tr("Członek %1 – numer dokumentu"),
            "birth_date": self.tr("Członek %1 – data urodzenia"),
        }
        for field, accessible in names.items():
            widget = self.birth_date.edit if field == "birth_date" else getattr(self, field)
            widget.setObjectName(f"member_{index}_{field}")
            widget.setAccessibleName(accessible.replace("%1", number))
            self.errors[field].setObjectName(f"error_member.{index}.{field}")
        self.birth_date.known.setObjectName(f"member_{index}_birth_date_known")
        self.birth_date.known.setAccessibleName(names["birth_date"].replace("%1", number))
        self.remove.setObjectName(f"remove_member_{index}")
        self.remove.setAccessibleName(self.tr("Usuń członka %1").replace("%1", number))

    def focus_order(self) -> list[QWidget]:
        return [self.relation, self.first_name, self.last_name, self.pesel, self.id_document_type,
                self.id_document_number, self.birth_date.known, self.birth_date.edit, self.remove]

    def member(self, address: Address, homeless: bool = False) -> MemberInput:
        """Members live with the applicant, so they share the applicant's address."""
        return MemberInput(Relation(self.relation.currentData()), PersonInput(
            **typed_identity(self),
            sex=None,
            address=address,
            homeless=homeless,
        ))


class HouseholdErrors(FieldErrors):
    """Applicant fields by name; `member.<i>.<field>` goes to the messages of row i."""

    def __init__(self, rows: list[MemberRow]) -> None:
        super().__init__()
        self.rows = rows

    def clear_all(self) -> None:
        self.clear()
        for row in self.rows:
            row.fields.clear()

    def show(self, error: ValidationError) -> list[str]:
        own: list[FieldError] = []
        by_row: dict[int, list[FieldError]] = {}
        unplaced: list[str] = []
        for e in error.errors:
            if not e.field.startswith("member."):
                own.append(e)
                continue
            _member, index, field = (e.field.split(".", 2) + ["", ""])[:3]
            if index.isdigit() and int(index) < len(self.rows) and field:
                by_row.setdefault(int(index), []).append(FieldError(field, e.code))
            else:
                unplaced.append(labels.error(e.code))
        for row in self.rows:
            row.fields.clear()
        # Rows bottom-up and the applicant last, so the focus lands on the first problem.
        for index in sorted(by_row, reverse=True):
            unplaced += self.rows[index].fields.show(ValidationError(by_row[index]))
        if own:
            return super().show(ValidationError(own)) + unplaced
        self.clear()
        return unplaced


class PersonFields(QGroupBox):
    """One person's own data: identity, residence (or a homeless person's place of stay),
    an optional delivery address and the phone, with each field's message under it.

    The desk's registration and the correction of a person's data share it."""

    DELIVERY = ("street", "building", "flat", "postal_code", "city")

    def __init__(self, title: str, fields: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.first_name = line("first_name", self.tr("Imię"))
        self.last_name = line("last_name", self.tr("Nazwisko"))
        self.pesel = line("pesel", self.tr("PESEL"), 15, self.tr("11 cyfr"))
        self.id_document_type = document_combo("id_document_type", self.tr("Rodzaj dokumentu tożsamości"))
        self.id_document_number = line("id_document_number", self.tr("Numer dokumentu tożsamości"), 30,
                                       self.tr("numer dokumentu"))
        self.birth_date = OptionalDate("birth_date", self.tr("Data urodzenia"))
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.setAccessibleName(self.tr("Płeć"))
        self.sex.addItem(self.tr("– nie podano –"), None)
        self.sex.addItem(self.tr("kobieta"), Sex.FEMALE)
        self.sex.addItem(self.tr("mężczyzna"), Sex.MALE)
        self.homeless = QCheckBox(self.tr("Osoba &bezdomna – adres to miejsce pobytu"))
        self.homeless.setObjectName("homeless")
        self.street = line("street", self.tr("Ulica"), 200, self.tr("puste, gdy miejscowość bez ulic"))
        self.building = line("building", self.tr("Numer domu"), 20)
        self.flat = line("flat", self.tr("Numer lokalu"), 20)
        self.postal_code = line("postal_code", self.tr("Kod pocztowy"), 6, "00-000")
        self.city = line("city", self.tr("Miejscowość"), 200)
        self.phone = line("phone", self.tr("Telefon"), 30)
        self.has_delivery = QCheckBox(self.tr("Inny adres do &doręczeń"))
        self.has_delivery.setObjectName("has_delivery_address")
        self.delivery: dict[str, QLineEdit] = {
            "street": line("delivery_street", self.tr("Adres do doręczeń – ulica"), 200),
            "building": line("delivery_building", self.tr("Adres do doręczeń – numer domu"), 20),
            "flat": line("delivery_flat", self.tr("Adres do doręczeń – numer lokalu"), 20),
            "postal_code": line("delivery_postal_code", self.tr("Adres do doręczeń – kod pocztowy"),
                                6, "00-000"),
            "city": line("delivery_city", self.tr("Adres do doręczeń – miejscowość"), 200),
        }
        for short in (self.building, self.flat, self.postal_code, self.delivery["building"],
                      self.delivery["flat"], self.delivery["postal_code"]):
            short.setMaximumWidth(90)

        person = QFormLayout()
        address = QFormLayout()
        for form in (person, address):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        f = fields
        labelled_row(person, self.tr("&Imię:"), field_box(f, ("first_name", self.first_name)), self.first_name)
        labelled_row(person, self.tr("&Nazwisko:"), field_box(f, ("last_name", self.last_name)), self.last_name)
        labelled_row(person, self.tr("&PESEL:"), field_box(f, ("pesel", self.pesel)), self.pesel)
        labelled_row(person, self.tr("&Dokument:"), field_box(
            f, ("id_document_type", self.id_document_type),
            ("id_document_number", self.id_document_number)), self.id_document_type)
        labelled_row(person, self.tr("Data &urodzenia:"), field_box(f, ("birth_date", self.birth_date),
                                                                  stretch=True), self.birth_date.known)
        labelled_row(person, self.tr("Pł&eć:"), field_box(f, ("sex", self.sex), stretch=True), self.sex)
        person.addRow(hint(self.tr("Przy numerze PESEL datę urodzenia i płeć odczytamy z numeru. "
                                   "Osobę bez PESEL rejestruje się po rodzaju i numerze dokumentu.")))
        address.addRow(field_box(f, ("homeless", self.homeless)))
        labelled_row(address, self.tr("U&lica:"), field_box(f, ("street", self.street)), self.street)
        labelled_row(address, self.tr("Nr do&mu / lokalu:"), field_box(
            f, ("building", self.building), ("flat", self.flat), stretch=True), self.building)
        labelled_row(address, self.tr("&Kod, miejscowość:"), field_box(
            f, ("postal_code", self.postal_code), ("city", self.city)), self.postal_code)
        labelled_row(address, self.tr("&Telefon:"), field_box(f, ("phone", self.phone)), self.phone)
        address.addRow(self.has_delivery)
        self.delivery_box = QWidget()
        delivery = QFormLayout(self.delivery_box)
        delivery.setContentsMargins(0, 0, 0, 0)
        d = self.delivery
        delivery.addRow(self.tr("Ulica:"), field_box(f, ("delivery_street", d["street"])))
        delivery.addRow(self.tr("Nr domu / lokalu:"), field_box(
            f, ("delivery_building", d["building"]), ("delivery_flat", d["flat"]), stretch=True))
        delivery.addRow(self.tr("Kod, miejscowość:"), field_box(
            f, ("delivery_postal_code", d["postal_code"]), ("delivery_city", d["city"])))
        address.addRow(self.delivery_box)
        self.stay_hint = hint(self.tr("Dla osoby bezdomnej wystarczy miejscowość, w której "
                                      "przebywa – ona wyznacza właściwą gminę."), "homeless_hint")
        address.addRow(self.stay_hint)
        self.homeless.toggled.connect(self.stay_hint.setVisible)
        self.has_delivery.toggled.connect(self._delivery_toggled)
        self.stay_hint.setVisible(False)
        self.delivery_box.setVisible(False)

        columns = QHBoxLayout(self)
        columns.addLayout(person, 1)
        columns.addSpacing(16)
        columns.addLayout(address, 1)

    def _delivery_toggled(self, on: bool) -> None:
        self.delivery_box.setVisible(on)
        if on:
            self.delivery["street"].setFocus()

    def focus_chain(self) -> list[QWidget]:
        return [self.first_name, self.last_name, self.pesel, self.id_document_type,
                self.id_document_number, self.birth_date.known, self.birth_date.edit, self.sex,
                self.homeless, self.street, self.building, self.flat, self.postal_code,
                self.city, self.phone, self.has_delivery,
                *(self.delivery[part] for part in self.DELIVERY)]

    def address(self) -> Address:
        return Address(street=self.street.text(), building=self.building.text(),
                       flat=self.flat.text(), postal_code=self.postal_code.text(),
                       city=self.city.text())

    def delivery_address(self) -> Address | None:
        """None while the box is unticked: what was typed there stays, but is not sent."""
        if not self.has_delivery.isChecked():
            return None
        return Address(**{part: self.delivery[part].text() for part in self.DELIVERY})

    def person(self) -> PersonInput:
        return PersonInput(
            **typed_identity(self),
            sex=code(self.sex, Sex),
            address=self.address(),
            phone=self.phone.text(),
            homeless=self.homeless.isChecked(),
            delivery_address=self.delivery_address(),
        )

    def load(self, p: PersonInput) -> None:
        """Fill the fields with a stored person's data (the correction form)."""
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.pesel.setText(p.pesel or "")
        self.id_document_type.setCurrentIndex(max(0, self.id_document_type.findData(p.id_document_type)))
        self.id_document_number.setText(p.id_document_number or "")
        self.birth_date.set_value(p.birth_date)
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex)))
        self.homeless.setChecked(p.homeless)
        for widget, value in ((self.street, p.address.street), (self.building, p.address.building),
                              (self.flat, p.address.flat), (self.postal_code, p.address.postal_code),
                              (self.city, p.address.city), (self.phone, p.phone)):
            widget.setText(value)
        delivery = p.delivery_address
        self.has_delivery.setChecked(delivery is not None)
        for part in self.DELIVERY:
            self.delivery[part].setText(getattr(delivery, part) if delivery else "")


class HouseholdDialog(QDialog):
    """Save registers the applicant with the members; `person_id` then holds the applicant."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.person_id: uuid.UUID | None = None
        self.rows: list[MemberRow] = []
        self.fields = HouseholdErrors(self.rows)
        self.setWindowTitle(self.tr("Nowa osoba / gospodarstwo domowe"))
        self.applicant_box = PersonFields(self.tr("Wnioskodawca"), self.fields)
        applicant = self.applicant_box

        self.add_button = QPushButton(self.tr("Dod&aj członka gospodarstwa"))
        self.add_button.setObjectName("add_member")
        self.add_button.clicked.connect(lambda: self.add_member(focus=True))
        members = QGroupBox(self.tr("Członkowie gospodarstwa domowego (mieszkają pod adresem wnioskodawcy)"))
        self.members_box = QVBoxLayout()
        self.members_box.setSpacing(4)
        self.members_box.addWidget(self._member_header())
        self.alone = hint(self.tr("Brak – osoba samotnie gospodarująca. "
                                  "Dodaj członków, jeśli prowadzą wspólne gospodarstwo."), "household_alone")
        self.members_box.addWidget(self.alone)
        self.members_box.addStretch()
        inner = QWidget()
        inner.setLayout(self.members_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(150)
        members_layout = QVBoxLayout(members)
        members_layout.addWidget(scroll)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch()
        members_layout.addLayout(add_row)

        buttons, self.save_button, self.cancel_button = save_cancel(
            self, self.tr("&Zapisz"), "household", self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(applicant)
        layout.addWidget(members, 1)
        layout.addWidget(buttons)
        self.resize(1080, 700)
        self._fix_tab_order()
        applicant.first_name.setFocus()

    # --- layout helpers ---
    def _member_header(self) -> QWidget:
        header = QWidget()
        grid = QGridLayout(header)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        titles = (self.tr("Pokrewieństwo"), self.tr("Imię"), self.tr("Nazwisko"),
                  self.tr("PESEL"), self.tr("Dokument"), self.tr("Nr dokumentu"),
                  self.tr("Data urodzenia"))
        for column, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            label.setFixedWidth(MEMBER_COLUMNS[column])
            grid.addWidget(label, 0, column)
        grid.setColumnStretch(len(titles) + 1, 1)
        return header

    # --- members ---
    def add_member(self, focus: bool = False) -> MemberRow:
        row = MemberRow()
        row.remove.clicked.connect(lambda: self.remove_member(row))
        self.rows.append(row)
        self.members_box.insertWidget(len(self.rows), row)
        row.show()  # at once, not when the event loop gets round to it
        self._renumber()
        if focus:
            row.relation.setFocus()
        return row

    def remove_member(self, row: MemberRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self.members_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        target = self.rows[min(index, len(self.rows) - 1)].relation if self.rows else self.add_button
        target.setFocus()

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            row.set_index(i)
        self.alone.setVisible(not self.rows)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain = self.applicant_box.focus_chain()
        for row in self.rows:
            chain += row.focus_order()
        chain += [self.add_button, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- saving ---
    def applicant(self) -> PersonInput:
        return self.applicant_box.person()

    def members(self) -> list[MemberInput]:
        """Members live with the applicant: the same address, the same homelessness."""
        applicant = self.applicant()
        return [row.member(applicant.address, applicant.homeless) for row in self.rows]

    def save(self) -> None:
        """On failure every message sits by its field and everything typed stays in place."""
        applicant, members = self.applicant(), self.members()
        person_id = attempt(self, lambda: self.services.persons.register_household(
            self.actor, applicant, members), self.fields)
        if person_id is not None:
            self.fields.clear_all()
            self.person_id = person_id
            self.accept()
