"""The office's data printed on every decision: name, address, the organ, the SKO, case signs."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor
from ops_desktop.services.errors import StorageEnvironmentError
from ops_desktop.services.hub import Services
from ops_desktop.services.office import OfficeSettings
from ops_desktop.ui import guard, labels
from ops_desktop.ui.admin.common import done
from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.bus import Bus
from ops_desktop.ui.first_contact.inputs import hint, labelled_row
from ops_desktop.ui.forms import FieldErrors, named

CONTEXT = "OfficeSettingsPanel"

# Every OfficeSettings field with its label; a field missing here still gets an input.
FIELD_LABELS: dict[str, str] = {
    "office_name": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "&Nazwa ośrodka *"),
    "office_address": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "&Adres ośrodka"),
    "office_place": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "&Miejscowość (w dacie pism)"),
    "office_phone": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "&Telefon"),
    "office_email": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "&E-mail"),
    "mayor_genitive": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "&Organ – „z upoważnienia …” *"),
    "appeal_body": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "Samorządowe &Kolegium Odwoławcze *"),
    "appeal_body_address": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "Adres &SKO"),
    "sign_unit": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "S&ymbol komórki w znaku sprawy"),
}
PLACEHOLDERS: dict[str, str] = {
    "office_address": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "ulica i numer\nkod pocztowy i miejscowość"),
    "mayor_genitive": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "np. Wójta Gminy Lipowiec, Burmistrza Miasta i Gminy …"),
    "sign_unit": QT_TRANSLATE_NOOP("OfficeSettingsPanel", "np. OPS"),
}
MULTI_LINE = frozenset({"office_address", "appeal_body_address"})


def _label(name: str) -> str:
    if name in FIELD_LABELS:
        return QCoreApplication.translate(CONTEXT, FIELD_LABELS[name])
    if name.startswith("class_"):
        team = name.removeprefix("class_")
        if team in {t.value for t in Team}:
            return QCoreApplication.translate("OfficeSettingsPanel", "Symbol z wykazu akt – %1").replace(
                "%1", labels.vocab(labels.TEAMS, team))
    return name


class OfficeSettingsPanel(QWidget):
    """One form over every field of OfficeSettings; Save checks them all at once."""

    def __init__(self, services: Services, actor: Actor, bus: Bus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.bus = services, actor, bus
        self.fields = FieldErrors()
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for f in fields(OfficeSettings):
            widget = self._input(f.name)
            self.inputs[f.name] = widget
            labelled_row(form, _label(f.name), field_box(self.fields, f.name, widget), widget)
        self.preview = QLabel()
        self.preview.setObjectName("signature_preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.inputs["mayor_genitive"].textChanged.connect(self._show_preview)  # type: ignore[union-attr]
        self.save_button = named(QPushButton(self.tr("&Zapisz dane ośrodka")), "office_save")
        self.save_button.clicked.connect(self.save)
        self.revert_button = named(QPushButton(self.tr("&Przywróć zapisane")), "office_revert")
        self.revert_button.clicked.connect(self.load)
        self.notice = named(QLabel(), "office_notice")
        self.notice.setWordWrap(True)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(hint(self.tr("Dane drukowane na każdej decyzji i piśmie. Pola z gwiazdką "
                                     "są wymagane; adresy można wpisać w kilku wierszach.")))
        inner.addLayout(form)
        inner.addWidget(self.preview)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.notice, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(buttons)
        self.load()

    def _input(self, name: str) -> QLineEdit | QPlainTextEdit:
        accessible = _label(name).replace("&", "").rstrip(" *")
        placeholder = PLACEHOLDERS.get(name)
        widget: QLineEdit | QPlainTextEdit
        if name in MULTI_LINE:
            widget = named(QPlainTextEdit(), name, accessible)
            widget.setTabChangesFocus(True)  # Tab moves on; Enter starts the next address line
            widget.setFixedHeight(64)
        else:
            widget = named(QLineEdit(), name, accessible)
            widget.setMaxLength(400)
        if placeholder:
            widget.setPlaceholderText(QCoreApplication.translate(CONTEXT, placeholder))
        return widget

    # --- the form ---
    def load(self) -> None:
        """Show what the store holds (also: throw away unsaved edits)."""
        try:
            current = self.services.office.settings()
        except StorageEnvironmentError as exc:
            self.notice.setText(guard.describe(exc))
            return
        for name, widget in self.inputs.items():
            value = str(getattr(current, name))
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.fields.clear()
        self._show_preview()

    def values(self) -> OfficeSettings:
        return OfficeSettings(**{
            name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
            for name, w in self.inputs.items()})

    def _show_preview(self) -> None:
        organ = self.inputs["mayor_genitive"]
        text = organ.text() if isinstance(organ, QLineEdit) else organ.toPlainText()
        self.preview.setText(self.tr("Pod decyzją: „z upoważnienia %1”").replace("%1", text.strip()))

    def save(self) -> None:
        new = self.values()
        self.notice.clear()
        saved = guard.attempt(
            self, done(lambda: self.services.office.update_settings(self.actor, new)), self.fields)
        if not saved:
            return  # the messages stand by the fields; what was typed stays
        self.fields.clear()
        self.notice.setText(self.tr("Zapisano dane ośrodka."))
        self.bus.changed.emit()
