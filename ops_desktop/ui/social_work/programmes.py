"""The individual programmes of a case ("Programy indywidualne") or its help plans ("Plan
pomocy z wywiadu"): a table of them, and what the worker does with the chosen one – draw up
(a help plan from the case's last completed interview, its part J carried forward), correct
the draft, record the signatures, print, review and end (the contract's own dialogs)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ops_desktop.domain.interviews import InterviewStatus
from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.programmes import ProgrammeView
from ops_desktop.services.views import CaseView
from ops_desktop.ui import pdf
from ops_desktop.ui.guard import attempt, message
from ops_desktop.ui.social_work.contracts import EndDialog, ReviewDialog, SignDialog
from ops_desktop.ui.social_work.plan_dialogs import PlanListDialog, plan_state
from ops_desktop.ui.social_work.programme_form import ProgrammeForm
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table


class ProgrammesDialog(PlanListDialog):
    """The case's programmes (or help plans); the buttons offer what the chosen one allows."""

    def __init__(self, services: Services, actor: Actor, case: CaseView, help_plans: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case, self.help_plans = services, actor, case, help_plans
        title = self.tr("Plan pomocy z wywiadu") if help_plans else self.tr("Programy indywidualne")
        self.setWindowTitle(f"{title} – {case.sign}")
        self.model: PagedTableModel[ProgrammeView] = PagedTableModel([
            Column(self.tr("Rodzaj"), lambda p: p.kind.title.capitalize()),
            Column(self.tr("Okres"), lambda p: f"{date_short(p.period.starts_on)} – "
                                               f"{date_short(p.period.ends_on)}"),
            Column(self.tr("Stan"), plan_state),
            Column(self.tr("Cel główny"), lambda p: p.main_goal.splitlines()[0]
                   if p.main_goal else ""),
        ], parent=self)
        self.table = make_table(self.model, "programmes_list", title)
        new_text = self.tr("&Nowy z wywiadu…") if help_plans else self.tr("&Nowy program…")
        self.lay_out(case, self.table, "programme", (
            ("new", new_text, self.new_programme),
            ("edit", self.tr("&Popraw projekt…"), self.edit),
            ("sign", self.tr("Po&dpisany…"), self.sign),
            ("print", self.tr("&Drukuj"), self.print_chosen),
            ("review", self.tr("&Ocena…"), self.review),
            ("end", self.tr("&Zakończ…"), self.end)), 860, 420)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reload()

    def reload(self, choose: object = None) -> None:
        rows = attempt(self, lambda: self.services.programmes.programmes_of_case(
            self.actor, self.case.id, self.help_plans)) or []
        self.model.set_rows(rows)
        ids = [p.id for p in rows]
        if ids:
            self.table.selectRow(ids.index(choose) if choose in ids else 0)
        self._enable()

    def chosen(self) -> ProgrammeView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _enable(self) -> None:
        p = self.chosen()
        # The head reads and prints them; the team that plans writes them.
        write = self.actor.may(Permission.WRITE_PROGRAMMES)
        draft = write and p is not None and not p.signed
        running = write and p is not None and p.signed and p.ended_on is None
        self.buttons["new"].setEnabled(write and not self.case.closed)
        self.buttons["edit"].setEnabled(draft)
        self.buttons["sign"].setEnabled(draft)
        self.buttons["print"].setEnabled(p is not None)
        self.buttons["review"].setEnabled(running)
        self.buttons["end"].setEnabled(running)

    def new_programme(self) -> None:
        if not self.help_plans:
            self._run(ProgrammeForm(self.services, self.actor, self.case, parent=self))
            return
        # The help plan follows the case's last completed interview (or update).
        done = [i for i in self.services.interviews.interviews(self.actor)
                if i.case_id == self.case.id
                and i.status in (InterviewStatus.COMPLETED, InterviewStatus.FROZEN)]
        if not done:
            message(self, self.tr("W tej sprawie nie ma zakończonego wywiadu środowiskowego – "
                                  "plan pomocy sporządza się na podstawie jego części J."))
            return
        last = max(done, key=lambda i: (i.conducted_on or i.learned_on, str(i.id)))
        start = attempt(self, lambda: self.services.programmes.proposal(self.actor, last.id))
        if start is not None:
            self._run(ProgrammeForm(self.services, self.actor, self.case, start=start,
                                    interview_id=last.id, parent=self))

    def edit(self) -> None:
        p = self.chosen()
        if p is not None and not p.signed:
            self._run(ProgrammeForm(self.services, self.actor, self.case, p, parent=self))

    def sign(self) -> None:
        self._with_chosen(lambda p: SignDialog(
            self.services, self.actor, p, self, self.services.programmes,  # type: ignore[arg-type]
            self.tr("Podpisanie programu")))

    def review(self) -> None:
        self._with_chosen(lambda p: ReviewDialog(
            self.services, self.actor, p, self, self.services.programmes,  # type: ignore[arg-type]
            self.tr("Ocena realizacji programu")))

    def end(self) -> None:
        self._with_chosen(lambda p: EndDialog(
            self.services, self.actor, p, self, self.services.programmes,  # type: ignore[arg-type]
            self.tr("Zakończenie programu")))

    def print_chosen(self) -> None:
        p = self.chosen()
        if p is None:
            return
        data = attempt(self, lambda: self.services.programmes.render(self.actor, p.id))
        if data is not None:
            kind = "plan_pomocy" if p.help_plan else "program"
            pdf.hand_over(self, data, f"{kind}_{self.case.sign}_{p.id.hex[-12:]}.pdf")
