"""Kontrakt socjalny on paper, on the layout of the template of 8.11.2010 (Dz.U. 2010 nr 218
poz. 1439): the heading, the date it was made, the parties, part I (the assessment and the
goals), part II (the actions table), the period, the art. 11 ust. 2 notice and the signature
lines; then the monitoring part – reviews and the ending – when there are any. An annex prints
as its own page referring to the contract. Always Polish; every fact comes from the contract.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ops_desktop.documents import plan_paper
from ops_desktop.documents.pages import Section, build_pdf
from ops_desktop.documents.plan_paper import para
from ops_desktop.documents.social_work_data import ContractOnPaper
from ops_desktop.documents.styles import styles
from ops_desktop.documents.values import date_short
from ops_desktop.domain.contracts import EndReason, Variant

END_WORDS = {
    EndReason.ACHIEVED: "osiągnięcie celu",
    EndReason.ENDED_EARLY: "zakończenie przed terminem",
    EndReason.BROKEN: "niedotrzymanie postanowień kontraktu przez osobę/rodzinę",
}
ASSESSMENT_A = (("causes", "Przyczyny trudnej sytuacji życiowej"),
                ("strengths", "Mocne strony, możliwości i zasoby"),
                ("limitations", "Ograniczenia i bariery"))
ASSESSMENT_B = (("unemployment_causes", "Przyczyny pozostawania bez pracy"),
                ("qualifications", "Kwalifikacje, wykształcenie i doświadczenie zawodowe"),
                ("earlier_activation",
                 "Dotychczasowe działania aktywizacyjne i przyczyny ich niepowodzenia"))


def _parties(doc: ContractOnPaper) -> list[Flowable]:
    who = "osobą/rodziną" if doc.variant is Variant.A else "osobą"
    story = plan_paper.parties(f"zawarty między {who}:", doc.plan.parties, doc.plan.worker_name,
                               doc.plan.worker_phone)
    if doc.labour_office_referral:
        story.append(para(f"Skierowanie z powiatowego urzędu pracy: {doc.labour_office_referral}",
                          styles().left))
    return story


def _assessment(doc: ContractOnPaper) -> list[Flowable]:
    st = styles()
    part = "I A" if doc.variant is Variant.A else "I B"
    story: list[Flowable] = [para(f"Część {part} – ocena sytuacji i cele", st.heading)]
    fields = ASSESSMENT_A + (ASSESSMENT_B if doc.variant is Variant.B else ())
    for name, label in fields:
        story += [para(label + ":", st.label), para(getattr(doc.assessment, name), st.body)]
    return story + plan_paper.goals(doc.plan.main_goal, doc.plan.specific_goals)


def contract_story(doc: ContractOnPaper) -> list[Flowable]:
    st = styles()
    made = f"{date_short(doc.plan.signed_on)} r." if doc.plan.signed_on else "…………………"
    if doc.annex_text:
        story: list[Flowable] = [
            para(doc.texts.annex_title, st.title),
            para(f"do kontraktu socjalnego zawartego dnia "
                 f"{date_short(doc.annex_of_signed_on)} r. (sprawa {doc.plan.case_sign})",
                 st.subtitle),
            para(f"Data zawarcia aneksu: {made}", st.left),
            *_parties(doc),
            para("Treść aneksu", st.heading), para(doc.annex_text, st.body),
            *plan_paper.actions_table(doc.plan.actions, "Działania po zmianie"),
        ]
    else:
        part = "II A" if doc.variant is Variant.A else "II B"
        story = [
            para(f"Data zawarcia kontraktu socjalnego: {made}", st.left),
            para(f"Znak sprawy: {doc.plan.case_sign}", st.label),
            Spacer(1, 3 * mm),
            para(doc.texts.title, st.title),
            para(doc.texts.heading, st.subtitle),
            *_parties(doc),
            *_assessment(doc),
            *plan_paper.actions_table(doc.plan.actions, f"Część {part} – uzgodnienia (działania)"),
        ]
    story += [
        Spacer(1, 3 * mm),
        # The period and the art. 11 notice are what the parties sign: never split from the
        # signature lines by a page break.
        KeepTogether([
            para(f"Kontrakt obowiązuje w okresie od {date_short(doc.plan.starts_on)} r. "
                 f"do {date_short(doc.plan.ends_on)} r.", st.body),
            para(doc.clause, st.body),
            plan_paper.signatures(doc.plan.parties, doc.plan.worker_name),
        ]),
        *plan_paper.monitoring(doc.texts.review_title, doc.plan.actions, doc.plan.reviews,
                               plan_paper.ended("Kontrakt", doc.plan.ended_on, doc.plan.end_reason,
                                                END_WORDS)),
    ]
    return story


def render_contract(doc: ContractOnPaper) -> bytes:
    title = doc.texts.annex_title if doc.annex_text else doc.texts.title
    section = Section(office=doc.plan.office, reference=f"Znak sprawy: {doc.plan.case_sign}",
                      watermark="PROJEKT" if doc.plan.draft else "")
    return build_pdf([(section, contract_story(doc))], title=title)
