"""First start on an empty store: the office's data, then the first administrator account,
and – for a store encrypted from its first start – the recovery key for the office's safe.

There is no default password anywhere: the person installing the program chooses the
administrator's password here, and the administrator then creates the colleagues' accounts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from ops_desktop.domain.errors import FieldError, ValidationError
from ops_desktop.services.accounts import REQUIRED_SETTINGS, NewAccount, SignedIn
from ops_desktop.services.hub import Services
from ops_desktop.services.office import OfficeSettings, settings_problems
from ops_desktop.services.store_access import UnlockRefused
from ops_desktop.ui import guard, labels
from ops_desktop.ui.forms import FieldErrors, named
from ops_desktop.ui.recovery_key import EncryptedStore, NewRecoveryKey, RecoveryKeyPage
from ops_desktop.ui.sign_in import password_field

# Office fields asked on the first page: (settings field, label, multi-line).
OFFICE_FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("office_name", QT_TRANSLATE_NOOP("OfficePage", "Nazwa ośrodka"), False),
    ("office_address", QT_TRANSLATE_NOOP("OfficePage", "Adres ośrodka (ulica, kod i miejscowość – w osobnych wierszach)"), True),
    ("office_place", QT_TRANSLATE_NOOP("OfficePage", "Miejscowość (do daty na pismach)"), False),
    ("mayor_genitive", QT_TRANSLATE_NOOP("OfficePage", "Organ „z upoważnienia” (np. Burmistrza Miasta i Gminy Lipowiec, Wójta Gminy …)"), False),
    ("appeal_body", QT_TRANSLATE_NOOP("OfficePage", "Samorządowe Kolegium Odwoławcze – nazwa"), False),
    ("appeal_body_address", QT_TRANSLATE_NOOP("OfficePage", "Adres SKO"), False),
    ("office_phone", QT_TRANSLATE_NOOP("OfficePage", "Telefon"), False),
    ("office_email", QT_TRANSLATE_NOOP("OfficePage", "E-mail"), False),
)


def wide_form(page: QWizardPage) -> QFormLayout:
    """Labels above their fields: beside the long explanatory labels the fields were
    squeezed to a few characters and the office's name could not be read while typed."""
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(4)
    return form


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dane ośrodka"))
        self.setSubTitle(self.tr("Drukowane na każdej decyzji. Można je później zmienić "
                                 "w zakładce administratora."))
        self.errors = FieldErrors()
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = wide_form(self)
        # A PC of an office that already works on other PCs joins it instead (join_dialog).
        self.join_button = named(QPushButton(self.tr("&Dołącz do biura…")), "join_office",
                                 self.tr("Dołącz do biura"))
        join_row = QHBoxLayout()
        join_hint = QLabel(self.tr("Ośrodek już pracuje w programie na innym komputerze "
                                   "i masz zaproszenie z kodem?"))
        join_hint.setWordWrap(True)
        join_row.addWidget(join_hint, 1)
        join_row.addWidget(self.join_button)
        form.addRow(join_row)
        for field, label, multi in OFFICE_FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if multi:
                widget = named(QPlainTextEdit(), field, self.tr(label))
                widget.setFixedHeight(60)
                widget.setTabChangesFocus(True)
            else:
                widget = named(QLineEdit(), field, self.tr(label))
                widget.setMaxLength(400)
            self.inputs[field] = widget
            form.addRow(self.tr(label) + (" *" if field in REQUIRED_SETTINGS else ""), widget)
            form.addRow("", self.errors.label_for(field, widget))

    def fill(self, settings: OfficeSettings) -> None:
        """Start from what the store already holds (a store from before sign-in existed)."""
        for field, widget in self.inputs.items():
            value = str(getattr(settings, field))
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)

    def settings(self) -> OfficeSettings:
        values = {f: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
                  for f, w in self.inputs.items()}
        return OfficeSettings(**values)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        problems = settings_problems(self.settings(), REQUIRED_SETTINGS)
        if problems:
            self.errors.show(ValidationError(problems))
            return False
        self.errors.clear()
        return True


class AdminPage(QWizardPage):
    def __init__(self, services: Services, office: OfficePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.office = services, office
        self.signed: SignedIn | None = None
        self.setTitle(self.tr("Konto administratora"))
        self.setSubTitle(self.tr("Administrator zakłada konta pracowników, nadaje role i "
                                 "resetuje hasła. Nie ma wglądu w sprawy podopiecznych."))
        self.errors = FieldErrors()
        self.login = named(QLineEdit(), "admin_login", self.tr("Login"))
        self.full_name = named(QLineEdit(), "admin_full_name", self.tr("Imię i nazwisko"))
        self.position = named(QLineEdit(), "admin_position", self.tr("Stanowisko"))
        self.password = password_field("admin_password", self.tr("Hasło"))
        self.repeat = password_field("admin_repeat", self.tr("Powtórz hasło"))
        form = wide_form(self)
        for label, field, widget in (
            (self.tr("Login *"), "login", self.login),
            (self.tr("Imię i nazwisko *"), "full_name", self.full_name),
            (self.tr("Stanowisko"), "position", self.position),
            (self.tr("Hasło * (co najmniej 10 znaków)"), "password", self.password),
            (self.tr("Powtórz hasło *"), "repeat_password", self.repeat),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))
        # The head's account made at once: the set-up is the one time roles are given without
        # a second person, and the head is that second person for every later grant.
        self.head_login = named(QLineEdit(), "head_login", self.tr("Login kierownika"))
        self.head_full_name = named(QLineEdit(), "head_full_name",
                                    self.tr("Imię i nazwisko kierownika"))
        self.head_password = named(QLineEdit(), "head_password",
                                   self.tr("Hasło tymczasowe kierownika"))
        head_note = QLabel(self.tr(
            "Konto kierownika ośrodka (zalecane): role z dostępem do spraw nadane później "
            "działają dopiero po zatwierdzeniu przez kierownika. Kierownik zmieni hasło "
            "tymczasowe przy pierwszym logowaniu."))
        head_note.setWordWrap(True)
        form.addRow(head_note)
        for label, field, widget in (
            (self.tr("Login kierownika"), "head_login", self.head_login),
            (self.tr("Imię i nazwisko kierownika"), "head_full_name", self.head_full_name),
            (self.tr("Hasło tymczasowe kierownika"), "head_password", self.head_password),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field, widget))

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.password.text() != self.repeat.text():
            self.errors.show(ValidationError([FieldError("repeat_password", "password_mismatch")]))
            return False
        admin = NewAccount(self.login.text(), self.full_name.text(), self.position.text(),
                           self.password.text())
        head = None
        if self.head_login.text().strip():
            head = NewAccount(self.head_login.text(), self.head_full_name.text(),
                              self.tr("kierownik ośrodka"), self.head_password.text())
        self.signed = guard.attempt(
            self, lambda: self.services.accounts.set_up_office(self.office.settings(), admin,
                                                               head), self.errors)
        return self.signed is not None


class SetupWizard(QWizard):
    def __init__(self, services: Services, encrypted: EncryptedStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pierwsze uruchomienie – konfiguracja ośrodka"))
        self.office_page = OfficePage()
        self.office_page.fill(services.office.settings())
        self.admin_page = AdminPage(services, self.office_page)
        self.addPage(self.office_page)
        self.addPage(self.admin_page)
        self.encrypted = encrypted
        self.recovery_page: RecoveryKeyPage | None = None
        if encrypted is not None:
            # The office and its administrator are saved when the admin page is left: no
            # way back to it, and the recovery key is made once, for the saved office.
            self.admin_page.setCommitPage(True)
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Dalej >"))
            self.recovery_page = RecoveryKeyPage(self._recovery_key)
            self.addPage(self.recovery_page)
            self.currentIdChanged.connect(self._cancel_only_before_the_key)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Dalej >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Wstecz"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Zakończ"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Anuluj"))
        self.resize(720, 640)
        self.services = services
        # Set when the person joined an office: the program goes on with that database.
        self.joined: Services | None = None
        self.joined_as: SignedIn | None = None
        self.office_page.join_button.clicked.connect(self.join_office)

    @property
    def signed(self) -> SignedIn | None:
        return self.admin_page.signed

    def _cancel_only_before_the_key(self, _page_id: int) -> None:
        # The office is saved by then: "Anuluj" would undo nothing, and the key must be kept.
        on_key_page = self.currentPage() is self.recovery_page
        if self.testOption(QWizard.WizardOption.NoCancelButton) != on_key_page:
            self.setOption(QWizard.WizardOption.NoCancelButton, on_key_page)

    def _recovery_key(self) -> NewRecoveryKey | None:
        assert self.encrypted is not None
        encrypted = self.encrypted
        try:
            recovery = encrypted.new_recovery_key()
        except UnlockRefused as exc:
            guard.message(self, labels.error(exc.code))
            return None
        except OSError as exc:  # the folder went read-only under the new file
            guard.message(self, labels.error("read_only") + f"\n\n{exc}")
            return None
        return NewRecoveryKey(self.services.office.settings().on_paper(), encrypted.file_name,
                              recovery)

    def reject(self) -> None:
        """On the recovery key's page the office is already saved: the wizard ends only
        once the key is kept (Esc and the close button do nothing before)."""
        page = self.recovery_page
        if page is not None and self.currentPage() is page and page.panel.new_key is not None:
            if page.isComplete():
                self.accept()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.recovery_page is not None:
            self.recovery_page.panel.discard_printed()
        super().done(result)

    def join_office(self) -> None:
        from ops_desktop.ui.join_dialog import JoinDialog

        dialog = JoinDialog(self.services, self)
        if dialog.exec() and dialog.joined is not None:
            self.joined, self.joined_as = dialog.joined, dialog.signed
            # Not self.accept(): QWizard's checks the page it is on, which would ask for a
            # new office's data – left empty by whoever joins – and keep the wizard open.
            QDialog.done(self, QDialog.DialogCode.Accepted)
