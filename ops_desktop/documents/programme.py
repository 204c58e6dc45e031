"""An individual programme or a help plan on paper: its title and legal basis from the dated
kinds, the date it was agreed, the person and the worker, the diagnosis, the goals and the
actions table (drawn as on a kontrakt socjalny: documents/plan_paper.py), the period, the
signature lines and the monitoring part. A help plan names the interview it follows. Always
Polish; every fact comes from the programme."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ops_desktop.documents import plan_paper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.plan_paper import para
from ops_desktop.documents.social_work_data import ProgrammeOnPaper
from ops_desktop.documents.styles import styles
from ops_desktop.documents.values import date_short
from ops_desktop.domain.contracts import EndReason

END_WORDS = {
    EndReason.ACHIEVED: "osiągnięcie celu",
    EndReason.ENDED_EARLY: "zakończenie przed terminem",
    EndReason.BROKEN: "niewywiązywanie się osoby z ustaleń",
}


def programme_story(doc: ProgrammeOnPaper) -> list[Flowable]:
    st = styles()
    made = f"{date_short(doc.plan.signed_on)} r." if doc.plan.signed_on else "…………………"
    diagnosis = "Diagnoza sytuacji osoby (przyczyny, zasoby, ograniczenia)"
    story: list[Flowable] = [
        para(f"Data uzgodnienia: {made}", st.left),
        para(f"Znak sprawy: {doc.plan.case_sign}", st.label),
        Spacer(1, 3 * mm),
        para(doc.kind.title, st.title),
        para(f"({doc.kind.basis})", st.subtitle),
    ]
    if doc.interview_on is not None:
        story.append(para("sporządzony na podstawie rodzinnego wywiadu środowiskowego "
                          f"przeprowadzonego dnia {date_short(doc.interview_on)} r.", st.left))
        diagnosis = "Wnioski z wywiadu (ocena sytuacji)"
    story += [
        *plan_paper.parties("uzgodniony między osobą:", doc.plan.parties, doc.plan.worker_name,
                            doc.plan.worker_phone),
        para(diagnosis, st.heading), para(doc.diagnosis, st.body),
        para("Cele", st.heading),
        *plan_paper.goals(doc.plan.main_goal, doc.plan.specific_goals),
        *plan_paper.actions_table(doc.plan.actions, "Działania"),
        Spacer(1, 3 * mm),
        para(f"Okres realizacji: od {date_short(doc.plan.starts_on)} r. "
             f"do {date_short(doc.plan.ends_on)} r.", st.body),
        plan_paper.signatures(doc.plan.parties, doc.plan.worker_name),
        *plan_paper.monitoring("OCENA REALIZACJI", doc.plan.actions, doc.plan.reviews,
                               plan_paper.ended("Realizację", doc.plan.ended_on, doc.plan.end_reason,
                                                END_WORDS)),
    ]
    return story


def render_programme(doc: ProgrammeOnPaper) -> bytes:
    section = Section(office=doc.plan.office, reference=f"Znak sprawy: {doc.plan.case_sign}",
                      watermark="PROJEKT" if doc.plan.draft else "")
    return build_pdf([(section, programme_story(doc))], title=doc.kind.title)
