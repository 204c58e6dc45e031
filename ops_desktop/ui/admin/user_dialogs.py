"""The administrator's forms on one account: new, edit, temporary password, upoważnienie.

Every form stays open until the service accepts it: a problem is shown next to its field
and whatever was typed (passwords included) stays in place to be corrected.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.permissions import Permission, allows
from ops_desktop.domain.vocabulary import Role
from ops_desktop.i18n.format import date_short
from ops_desktop.services.accounts import AccountView, NewAccount
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import FieldError, ValidationError
from ops_desktop.services.hub import Services
from ops_desktop.services.office import DEFAULT_SCOPE, AuthorisationView
from ops_desktop.ui import labels
from ops_desktop.ui.admin.common import done, password_field
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.first_contact.inputs import hint, labelled_row, line, plain_text
from ops_desktop.ui.forms import FieldErrors, named, save_cancel
from ops_desktop.ui.guard import attempt


class RoleChecks(QWidget):
    """One check box per role; a colleague in a small office often holds several."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roles")
        self.setAccessibleName(self.tr("Role"))
        self.boxes: dict[Role, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, role in enumerate(Role):
            box = named(QCheckBox(labels.vocab(labels.ROLES, role.value)), f"role_{role.value}")
            self.boxes[role] = box
            grid.addWidget(box, i // 2, i % 2)

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: frozenset[Role]) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in roles)

    @property
    def first(self) -> QCheckBox:
        """Where the focus goes for the roles' message and the form label's Alt+letter."""
        return self.boxes[Role.FIRST_CONTACT]


def _show_mismatch(fields: FieldErrors) -> None:
    fields.show(ValidationError([FieldError("password_repeat", "password_mismatch")]))


class NewUserDialog(QDialog):
    """A new colleague: login, name, position, roles and a temporary password typed twice."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.created: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Nowy użytkownik"))
        self.fields = FieldErrors()
        self.login = line("login", self.tr("Login"), 60, self.tr("np. jkowalska"))
        self.full_name = line("full_name", self.tr("Imię i nazwisko"), 160)
        self.position = line("position", self.tr("Stanowisko"), 160)
        self.roles = RoleChecks()
        self.password = password_field("password", self.tr("Hasło tymczasowe"))
        self.repeat = password_field("password_repeat", self.tr("Powtórz hasło"))
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Utwórz konto"), "new_user",
                                                   self.save)
        form = QFormLayout()
        f = self.fields
        labelled_row(form, self.tr("&Login:"), field_box(f, "login", self.login), self.login)
        labelled_row(form, self.tr("&Imię i nazwisko:"), field_box(f, "full_name", self.full_name),
                     self.full_name)
        labelled_row(form, self.tr("&Stanowisko:"), field_box(f, "position", self.position),
                     self.position)
        labelled_row(form, self.tr("&Role:"), field_box(f, "roles", self.roles.first, self.roles),
                     self.roles.first)
        labelled_row(form, self.tr("&Hasło tymczasowe:"), field_box(f, "password", self.password),
                     self.password)
        labelled_row(form, self.tr("Po&wtórz hasło:"), field_box(f, "password_repeat", self.repeat),
                     self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Co najmniej 10 znaków, bez loginu. Przekaż hasło osobiście – "
                                      "przy pierwszym logowaniu użytkownik musi je zmienić.")))
        layout.addWidget(buttons)
        self.resize(560, 0)
        self.login.setFocus()

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            _show_mismatch(self.fields)
            return
        new = NewAccount(self.login.text(), self.full_name.text(), self.position.text(),
                         self.password.text(), self.roles.roles())
        created = attempt(self, lambda: self.services.accounts.create_account(self.actor, new),
                          self.fields)
        if created is not None:
            self.fields.clear()
            self.created = created
            self.accept()


class EditUserDialog(QDialog):
    """Name, position, roles and whether the account may sign in; the login never changes."""

    def __init__(self, services: Services, actor: Actor, account: AccountView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.account = services, actor, account
        self.setWindowTitle(self.tr("Edycja użytkownika – %1").replace("%1", account.login))
        self.fields = FieldErrors()
        self.full_name = line("full_name", self.tr("Imię i nazwisko"), 160)
        self.full_name.setText(account.full_name)
        self.position = line("position", self.tr("Stanowisko"), 160)
        self.position.setText(account.position)
        self.roles = RoleChecks()
        self.roles.set_roles(account.roles)
        self.active = named(QCheckBox(self.tr("konto &aktywne (może się logować)")), "active")
        self.active.setChecked(account.active)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz"), "edit_user", self.save)
        form = QFormLayout()
        f = self.fields
        form.addRow(self.tr("Login:"), QLabel(account.login))
        labelled_row(form, self.tr("&Imię i nazwisko:"), field_box(f, "full_name", self.full_name),
                     self.full_name)
        labelled_row(form, self.tr("&Stanowisko:"), field_box(f, "position", self.position),
                     self.position)
        labelled_row(form, self.tr("&Role:"), field_box(f, "roles", self.roles.first, self.roles),
                     self.roles.first)
        form.addRow("", field_box(f, "active", self.active))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 0)
        self.full_name.setFocus()

    def save(self) -> None:
        saved = attempt(self, done(lambda: self.services.accounts.update_account(
            self.actor, self.account.id, self.full_name.text(), self.position.text(),
            self.roles.roles(), self.active.isChecked())), self.fields)
        if saved:
            self.fields.clear()
            self.accept()


class ResetPasswordDialog(QDialog):
    """A temporary password the colleague must change at once; it also lifts a lock-out."""

    def __init__(self, services: Services, actor: Actor, account: AccountView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.account = services, actor, account
        self.setWindowTitle(self.tr("Reset hasła – %1").replace("%1", account.login))
        self.fields = FieldErrors()
        self.password = password_field("password", self.tr("Hasło tymczasowe"))
        self.repeat = password_field("password_repeat", self.tr("Powtórz hasło"))
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Ustaw hasło tymczasowe"),
                                                   "reset_password", self.save)
        form = QFormLayout()
        form.addRow(self.tr("Użytkownik:"), QLabel(f"{account.full_name} ({account.login})"))
        labelled_row(form, self.tr("&Hasło tymczasowe:"),
                     field_box(self.fields, "password", self.password), self.password)
        labelled_row(form, self.tr("Po&wtórz hasło:"),
                     field_box(self.fields, "password_repeat", self.repeat), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Użytkownik musi zmienić to hasło przy pierwszym logowaniu. Reset zdejmuje też "
            "blokadę konta po nieudanych próbach. Przekaż hasło osobiście, nie e-mailem. "
            "Role z dostępem do spraw (i rola administratora) wrócą do konta, gdy zatwierdzi je "
            "kierownik albo inny administrator – znasz to hasło, więc nie możesz ich "
            "zatwierdzić sam."),
            "reset_hint"))
        layout.addWidget(buttons)
        self.resize(520, 0)
        self.password.setFocus()

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            _show_mismatch(self.fields)
            return
        temporary = self.password.text()
        saved = attempt(self, done(lambda: self.services.accounts.reset_password(
            self.actor, self.account.id, temporary)), self.fields)
        if saved:
            self.fields.clear()
            self.accept()


class AuthorisationDialog(QDialog):
    """The mayor's order (art. 110 ust. 7–8 u.p.s.) letting a colleague sign decisions."""

    def __init__(self, services: Services, actor: Actor, account: AccountView,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.account = services, actor, account
        self.today = today or wall_today()
        self.granted: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Upoważnienie – %1").replace("%1", account.full_name))
        self.fields = FieldErrors()
        self.existing = named(QListWidget(), "authorisations", self.tr("Dotychczasowe upoważnienia"))
        self.existing.setMaximumHeight(110)
        self.order_number = line("order_number", self.tr("Numer zarządzenia"), 80,
                                 self.tr("np. Zarządzenie nr 12/2026"))
        self.valid_from = date_edit("valid_from", self.tr("Obowiązuje od"), self.today)
        self.open_ended = named(QCheckBox(self.tr("bezterminowo")), "open_ended")
        self.open_ended.setChecked(True)
        self.valid_to = date_edit("valid_to", self.tr("Obowiązuje do"), self.today)
        self.valid_to.setEnabled(False)
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.scope = plain_text("scope", self.tr("Zakres upoważnienia"), 60)
        self.scope.setPlainText(DEFAULT_SCOPE)
        buttons, self.save_button, _ = save_cancel(self, self.tr("&Zapisz upoważnienie"),
                                                   "authorisation", self.save)
        form = QFormLayout()
        f = self.fields
        labelled_row(form, self.tr("&Numer zarządzenia:"),
                     field_box(f, "order_number", self.order_number), self.order_number)
        labelled_row(form, self.tr("Obowiązuje &od:"), field_box(f, "valid_from", self.valid_from),
                     self.valid_from)
        labelled_row(form, self.tr("Obowiązuje &do:"),
                     field_box(f, "valid_to", self.valid_to, self.valid_to, self.open_ended),
                     self.valid_to)
        labelled_row(form, self.tr("&Zakres:"), field_box(f, "scope", self.scope), self.scope)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Dotychczasowe upoważnienia:")))
        layout.addWidget(self.existing)
        if not allows(account.roles, Permission.SIGN_DECISION):
            # The order is a fact worth recording, but it is of no use without a signing role.
            layout.addWidget(hint(self.tr(
                "Uwaga: decyzje podpisują tylko osoby z rolą „Świadczenia” lub „Koordynator” – "
                "nadaj rolę w edycji użytkownika."), "no_signing_role"))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 0)
        self._load()
        self.order_number.setFocus()

    def _load(self) -> None:
        found = attempt(self, lambda: self.services.office.authorisations(self.actor, self.account.id))
        self.existing.clear()
        for a in found or []:
            self.existing.addItem(self._describe(a))
        if not found:
            self.existing.addItem(self.tr("brak"))

    def _describe(self, a: AuthorisationView) -> str:
        until = date_short(a.valid_to) if a.valid_to else self.tr("bezterminowo")
        state = self.tr("obowiązuje") if a.valid_on(self.today) else self.tr("nie obowiązuje")
        return (self.tr("%1 · od %2 do %3 · %4").replace("%1", a.order_number)
                .replace("%2", date_short(a.valid_from)).replace("%3", until).replace("%4", state))

    def save(self) -> None:
        valid_from: dt.date = self.valid_from.date().toPython()  # type: ignore[assignment]
        valid_to: dt.date | None = (None if self.open_ended.isChecked()
                                    else self.valid_to.date().toPython())  # type: ignore[assignment]
        order, scope = self.order_number.text(), self.scope.toPlainText()
        granted = attempt(self, lambda: self.services.office.grant_authorisation_as(
            self.actor, self.account.id, order, valid_from, valid_to, scope), self.fields)
        if granted is not None:
            self.fields.clear()
            self.granted = granted
            self.accept()
