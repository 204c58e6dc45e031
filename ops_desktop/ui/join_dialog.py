"""First start on a PC of an office that already works elsewhere: join it from the
invitation file and its code instead of setting up a new office (setup_wizard.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from ops_desktop.domain.errors import SignInRefused
from ops_desktop.services.accounts import SignedIn
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.services.exchange import MAX_NAME, BundleError, ExchangeFolderError, ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.ui import guard, office_text
from ops_desktop.ui.forms import named
from ops_desktop.ui.office_form import OfficeForm, choose_folder
from ops_desktop.ui.sign_in import refusal_text

# Which field a refusal belongs next to; anything else is said under the form.
CODE_FIELDS = {"wrong_passphrase"}
INVITATION_FIELDS = {"not_a_backup", "not_an_invitation", "damaged", "integrity_failed",
                     "counts_differ", "read_failed", "made_by_newer_program",
                     "unsupported_format", "invitation_outdated"}
NAME_FIELDS = {"invalid_name"}


def choose_invitation(parent: QWidget | None, start: str) -> str:
    """The system's file chooser; tests patch it."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("JoinDialog", "Plik zaproszenia do biura"), start,
        QCoreApplication.translate("JoinDialog", "Zaproszenie (*.opsbak);;Wszystkie pliki (*)"))
    return chosen


class JoinDialog(OfficeForm):
    """Invitation, code, this PC's name, optionally another path to the exchange folder.
    On success `joined` holds the services over the joined database."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("join", parent)
        self.setWindowTitle(self.tr("Dołącz do biura"))
        self.intro.setText(self.tr("Ten komputer dostanie pełną kopię danych biura i od tej chwili będzie "
                    "wymieniać zmiany z pozostałymi komputerami przez folder wymiany. Plik "
                    "zaproszenia i kod przekazuje administrator biura – kod osobno, nie razem "
                    "z plikiem. Dołączając, logujesz się swoim loginem i hasłem w biurze; "
                    "pozostali pracownicy logują się potem swoimi."))
        self.ok.setText(self.tr("&Dołącz"))
        self.services = services
        self.joined: Services | None = None
        self.signed: SignedIn | None = None
        self.invitation = named(QLineEdit(), "join_invitation", self.tr("Plik zaproszenia"))
        self.invitation_browse = self.browse_button(
            self.tr("Wy&bierz…"), "join_invitation_browse", self.invitation,
            lambda parent, start: choose_invitation(parent, start))
        self.code = named(QLineEdit(), "join_code", self.tr("Kod zaproszenia"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.name = named(QLineEdit(), "join_name", self.tr("Nazwa tego komputera"))
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("np. Pokój 12 – świadczenia"))
        self.login = named(QLineEdit(), "join_login", self.tr("Login"))
        self.password = named(QLineEdit(), "join_password", self.tr("Hasło"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = named(QLineEdit(), "join_folder", self.tr("Folder wymiany"))
        self.folder.setPlaceholderText(self.tr("jak na komputerze, który udostępnił biuro"))
        self.folder_browse = self.browse_button(
            self.tr("Wyb&ierz…"), "join_folder_browse", self.folder,
            lambda parent, start: choose_folder(parent, start))
        self.add_field(self.tr("&Plik zaproszenia *"), "invitation", self.invitation,
                       self.invitation_browse)
        self.add_field(self.tr("&Kod zaproszenia *"), "code", self.code)
        self.add_field(self.tr("&Nazwa tego komputera * (np. pokój i zespół)"), "name",
                       self.name)
        self.add_field(self.tr("&Twój login w biurze *"), "login", self.login)
        self.add_field(self.tr("&Hasło *"), "password", self.password)
        self.add_field(self.tr("&Folder wymiany – tylko gdy na tym komputerze ma inną ścieżkę"),
                       "folder", self.folder, self.folder_browse)
        self.buttons.accepted.connect(self.join)

    def _missing(self) -> bool:
        if self.missing((("invitation", self.invitation), ("code", self.code),
                         ("name", self.name), ("login", self.login),
                         ("password", self.password))):
            return True
        if not Path(self.invitation.text().strip()).is_file():
            self.say("invitation", self.tr("Nie ma takiego pliku."))
            return True
        return False

    def join(self) -> None:
        if self._missing():
            return
        folder = self.folder.text().strip()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            joined = ExchangeService.join_in_place(
                self.services.db, Path(self.invitation.text().strip()), self.code.text(),
                self.name.text(), Path(folder) if folder else None,
                login=self.login.text().strip(), password=self.password.text())
        except SignInRefused as exc:  # the empty store stays: try again
            self.password.clear()
            self.say("password", refusal_text(exc))
            self.password.setFocus()
            return
        except ExchangeFolderError as exc:
            self.say("folder", office_text.message(exc.code))
            return
        except BundleError as exc:
            field = ("code" if exc.code in CODE_FIELDS else "invitation"
                     if exc.code in INVITATION_FIELDS else "name" if exc.code in NAME_FIELDS
                     else None)
            self.say(field, office_text.message(exc.code))
            return
        except StorageEnvironmentError as exc:
            self.say(None, guard.describe(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        self.joined, self.signed = Services.over(joined.db), joined.joined_as
        self.accept()
