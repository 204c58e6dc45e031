"""The family interview's rules around benefits (domain/interview_rules.py), where they bite:

- the 6-monthly update (art. 107 ust. 4 u.p.s.): a case whose completed interview a current
  benefit relies on waits for its Part IV update, dated the rules' months after the latest
  interview or update conducted on that case; it counts in "Moje sprawy" and the head's
  workload like any deadline (services/caseload.py), and a completed update moves it on;
- the interview before a decision (art. 106 ust. 4): a draft decision of a kind and form the
  rules name is signed only when its application is linked to a completed interview
  (`interview_missing`, asked by services/decisions.py before it signs and for its list),
  unless it is a refusal whose application is linked to an interview the person refused
  (art. 107 ust. 4a/5, the rules' refusal_exemptions): its paper then says so
  (`refusal_on_paper`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterable, Mapping

from ops_desktop.domain.errors import ConflictError
from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.interview_rules import InterviewRules, interview_rules
from ops_desktop.services import caseload
from ops_desktop.storage import interview_rule_queries as rule_q
from ops_desktop.storage.caseload_queries import DueDate
from ops_desktop.storage.database import Session
from ops_desktop.storage.models import DecisionRow, office_today

UPDATE_KIND = "interview_update"  # the caseload's code for the update falling due
DRAFT = "draft"


def update_due_dates(s: Session, cases: Collection[uuid.UUID] | None = None) -> list[DueDate]:
    """The caseload's deadline source: per case living on a current benefit (of `cases`
    when given), the day its interview must be updated by."""
    today = office_today()
    rules = interview_rules(today)
    living = rule_q.cases_living_on_a_benefit(s, rules.update_forms, today, cases)
    return [DueDate(case_id, rules.update_due(conducted_on), UPDATE_KIND)
            for case_id, conducted_on in rule_q.last_conducted(s, living).items()]


caseload.add_deadline_source(update_due_dates)


def _last_conducted_by(rules: InterviewRules, due_by: dt.date) -> dt.date:
    """The latest day an interview may have been conducted on for its update to fall due on
    or before `due_by` (the rules' months later: monotonic, so a cut-off day exists)."""
    day = add_months(due_by, -rules.update_months) + dt.timedelta(days=4)
    while rules.update_due(day) > due_by:
        day -= dt.timedelta(days=1)
    return day


def update_counts(s: Session, today: dt.date, until: dt.date
                  ) -> dict[tuple[str | None, uuid.UUID | None], tuple[int, int]]:
    """The dashboard's count of `update_due_dates` in one grouped query: per (team, worker),
    how many updates fall due by `until`, and how many were due before today."""
    rules = interview_rules(today)
    return rule_q.update_counts(s, rules.update_forms, today,
                                _last_conducted_by(rules, today - dt.timedelta(days=1)),
                                _last_conducted_by(rules, until))


def interview_missing(s: Session, drafts: Iterable[DecisionRow]) -> set[uuid.UUID]:
    """Of these decisions, the drafts the law wants an interview for whose application is
    not linked to a completed one (by the rules in force today, the day they would be
    signed)."""
    rules = interview_rules(office_today())
    needing = [d for d in drafts
               if d.status == DRAFT and rules.requires_interview(d.kind, d.form)]
    interviewed = rule_q.interviewed_applications(s, (d.application_id for d in needing))
    missing = [d for d in needing if d.application_id not in interviewed]
    # A refusal grounded on the person's refusal of the interview or of the statement of
    # assets (art. 107 ust. 4a/5) needs no completed interview; a grant still does.
    refused = rule_q.refused_links(s, (d.application_id for d in missing))
    return {d.id for d in missing
            if rules.exemption(d.kind, refused.get(d.application_id, "")) is None}


def refused_interviews(s: Session, decisions: Iterable[DecisionRow]) -> dict[uuid.UUID, str]:
    """Of these decisions' applications, those whose interview the person refused:
    application -> the refusal's status code, read once for a stack (refusal_on_paper)."""
    return rule_q.refused_links(s, (d.application_id for d in decisions))


def refusal_on_paper(decision: DecisionRow, refused: Mapping[uuid.UUID, str]) -> str:
    """The sentence a refusal's reasoning says when its ground is the person's refusal of
    the interview or of the statement of assets; "" for any other decision. `refused` is
    refused_interviews' answer for a set of decisions holding this one."""
    status = refused.get(decision.application_id)
    if status is None:
        return ""
    on = decision.signed_at.date() if decision.signed_at is not None else office_today()
    exemption = interview_rules(on).exemption(decision.kind, status)
    return "" if exemption is None else exemption.wording


def require_interview(s: Session, draft: DecisionRow) -> None:
    """Refuse to sign a draft the law wants an interview for when none is linked."""
    if interview_missing(s, [draft]):
        raise ConflictError("decision_needs_interview", draft.case_sign)
