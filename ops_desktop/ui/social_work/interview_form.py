"""The family interview's form, built from the questionnaire's data (resources/law/
interview_form.json): one tab per segment, compulsory ones marked with an asterisk, each
field with its red message under it. The worker saves as often as needed, carries the last
interview's answers forward to confirm them, and completes the interview; a frozen one only
reads. Segment titles and field labels are the questionnaire's own words (always Polish)."""

from __future__ import annotations


from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.domain.clock import wall_today
from ops_desktop.domain.interviews import (
    NO,
    YES,
    Answers,
    FieldKind,
    InterviewStatus,
    Segment,
    field_name,
    interview_form,
)
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.interviews import InterviewView
from ops_desktop.ui import labels
from ops_desktop.ui.benefits.application_dialog import date_edit, field_box
from ops_desktop.ui.first_contact.inputs import labelled_row, plain_text
from ops_desktop.ui.forms import FieldErrors, named, push_button
from ops_desktop.ui.guard import attempt
from ops_desktop.ui.social_work.contract_form import day

Input = QLineEdit | QPlainTextEdit | QComboBox


def _value(widget: Input) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    return widget.text()


def _set(widget: Input, value: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    else:
        widget.setText(value)


class InterviewForm(QDialog):
    def __init__(self, services: Services, actor: Actor, interview: InterviewView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.interview = services, actor, interview
        self.setWindowTitle(self.tr("Wywiad środowiskowy – %1").replace("%1", interview.person_name))
        self.fields = FieldErrors()
        self.inputs: dict[str, dict[str, Input]] = {}
        form = interview_form(interview.form_valid_from)
        self.tabs = named(QTabWidget(), "interview_segments", self.tr("Segmenty kwestionariusza"))
        for segment in form.segments(interview.kind):
            self.tabs.addTab(self._segment_page(segment), segment.code + (" *" if segment.compulsory else ""))
            self.tabs.setTabToolTip(self.tabs.count() - 1, segment.title)
        self.state = named(QLabel(), "interview_state")
        self.state.setWordWrap(True)
        self.conducted = named(QCheckBox(self.tr("Wywiad &przeprowadzono dnia")), "interview_conducted",
                               self.tr("Wywiad przeprowadzono"))
        self.conducted_on = date_edit("interview_conducted_on", self.tr("Data przeprowadzenia wywiadu"),
                                      interview.conducted_on or wall_today())
        self.conducted.setChecked(interview.conducted_on is not None)
        self.conducted_on.setEnabled(self.conducted.isChecked())
        self.conducted.toggled.connect(self.conducted_on.setEnabled)
        self.place = named(QLineEdit(interview.place), "interview_place", self.tr("Miejsce wywiadu"))
        when = QFormLayout()
        when.addRow(field_box(self.fields, "conducted_on", self.conducted_on, self.conducted,
                              self.conducted_on))
        labelled_row(when, self.tr("&Miejsce:"), field_box(self.fields, "place", self.place),
                     self.place)
        self.fields.label_for("answers", self.tabs)
        buttons = QHBoxLayout()
        self.carry = push_button(self.tr("&Przenieś odpowiedzi z ostatniego wywiadu"),
                                 "interview_carry_forward", self.carry_forward)
        self.save_button = push_button(self.tr("&Zapisz"), "interview_save", self.save)
        self.complete_button = push_button(self.tr("Zakończ &wywiad"), "interview_complete",
                                           self.complete)
        close = push_button(self.tr("Zamknij"), "interview_close", self.reject)
        for button in (self.carry, self.save_button, self.complete_button):
            buttons.addWidget(button)
        # The person would not let it be conducted (or sign the statement of assets): recorded
        # on the day and place above, instead of completing it (art. 107 ust. 4a/5).
        self.refusal_ground = named(QComboBox(), "interview_refusal_ground",
                                    self.tr("Powód odmowy"))
        for ground in (InterviewStatus.REFUSED_INTERVIEW, InterviewStatus.REFUSED_STATEMENT):
            self.refusal_ground.addItem(labels.vocab(labels.INTERVIEW_STATUSES, ground.value),
                                        ground)
        self.refuse_button = push_button(self.tr("Zapisz &odmowę"), "interview_refuse",
                                         self.refuse)
        self.refuse_button.setToolTip(self.tr(
            "Osoba nie zgodziła się na wywiad albo nie złożyła oświadczenia o stanie "
            "majątkowym – podstawa odmowy świadczenia (art. 107 ust. 4a i 5)."))
        buttons.addSpacing(12)
        buttons.addWidget(field_box(self.fields, "ground", self.refusal_ground))
        buttons.addWidget(self.refuse_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(when)
        layout.addLayout(buttons)
        self.resize(760, 620)
        self._show(interview)

    def _segment_page(self, segment: Segment) -> QWidget:
        page = QWidget()
        rows = QFormLayout(page)
        # The questionnaire's labels are long: each above its field, the field full width.
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        title = QLabel(f"{segment.code}. {segment.title}"
                       + (self.tr(" – segment obowiązkowy") if segment.compulsory else ""))
        title.setWordWrap(True)
        rows.addRow(title)
        widgets: dict[str, Input] = {}
        for f in segment.fields:
            name = field_name(segment.code, f.code)
            widget: Input
            if f.kind is FieldKind.MULTILINE:
                widget = plain_text(f"answer_{name}", f.label, 70)
            elif f.kind is FieldKind.YESNO:
                widget = named(QComboBox(), f"answer_{name}", f.label)
                for text, value in (("", ""), (self.tr("tak"), YES), (self.tr("nie"), NO)):
                    widget.addItem(text, value)
            else:
                widget = named(QLineEdit(), f"answer_{name}", f.label)
            widgets[f.code] = widget
            label = f.label + (" *" if f.required and segment.compulsory else "")
            labelled_row(rows, label, field_box(self.fields, name, widget), widget)
        self.inputs[segment.code] = widgets
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    # --- what the form shows and holds ---------------------------------------------------
    def answers(self) -> Answers:
        return {code: {name: _value(w) for name, w in widgets.items()}
                for code, widgets in self.inputs.items()}

    def fill(self, answers: Answers) -> None:
        for code, widgets in self.inputs.items():
            for name, widget in widgets.items():
                _set(widget, answers.get(code, {}).get(name, ""))

    def _show(self, interview: InterviewView) -> None:
        self.interview = interview
        self.fill(interview.answers)
        frozen = interview.status is InterviewStatus.FROZEN
        state = labels.vocab(labels.INTERVIEW_STATUSES, interview.status.value)
        text = self.tr("%1 – %2; stan: %3").replace("%1", interview.case_sign) \
            .replace("%2", labels.vocab(labels.INTERVIEW_KINDS, interview.kind.value)) \
            .replace("%3", state)
        if frozen:
            text += self.tr(". Na wywiadzie opiera się podpisana decyzja – zmiany wpisuje się "
                            "w aktualizacji (część IV).")
        self.state.setText(text)
        for widgets in self.inputs.values():
            for widget in widgets.values():
                widget.setEnabled(not frozen)
        for widget in (self.conducted, self.place, self.carry, self.save_button):
            widget.setEnabled(not frozen)
        self.conducted_on.setEnabled(not frozen and self.conducted.isChecked())
        draft = interview.status is InterviewStatus.DRAFT
        for widget in (self.complete_button, self.refusal_ground, self.refuse_button):
            widget.setEnabled(draft)

    # --- actions ---------------------------------------------------------------------------
    def carry_forward(self) -> None:
        """The last completed interview's answers into the fields, to be read and confirmed
        by saving; fields the last interview left empty keep what is typed here."""
        carried = attempt(self, lambda: self.services.interviews.carried_forward(
            self.actor, self.interview.id))
        if carried:
            mine = self.answers()
            for code, given in carried.items():
                mine.setdefault(code, {}).update(given)
            self.fill(mine)

    def _save(self) -> InterviewView | None:
        answers = self.answers()
        conducted_on = day(self.conducted_on) if self.conducted.isChecked() else None
        place = self.place.text()
        saved = attempt(self, lambda: self.services.interviews.save(
            self.actor, self.interview.id, answers, conducted_on, place), self.fields)
        if saved is not None:
            self.fields.clear()
            self.interview = saved
        else:
            self._to_first_error()
        return saved

    def _to_first_error(self) -> None:
        """Messages may sit on another segment's tab: show the first tab that has one."""
        for index, (code, widgets) in enumerate(self.inputs.items()):
            for name in widgets:
                label = self.findChild(QLabel, f"error_{field_name(code, name)}")
                if label is not None and not label.isHidden():
                    self.tabs.setCurrentIndex(index)
                    return

    def save(self) -> None:
        self._save()

    def complete(self) -> None:
        if self._save() is None:
            return
        done = attempt(self, lambda: self.services.interviews.complete(
            self.actor, self.interview.id), self.fields)
        if done is None:
            self._to_first_error()
        else:
            self._show(done)

    def refuse(self) -> None:
        """Record the person's refusal on the day and in the place typed above."""
        ground = InterviewStatus(self.refusal_ground.currentData())
        on, place = day(self.conducted_on), self.place.text()
        done = attempt(self, lambda: self.services.interviews.refuse(
            self.actor, self.interview.id, ground, on, place), self.fields)
        if done is not None:
            self.fields.clear()
            self._show(done)
