"""What a reader may see of intakes and referrals (DOMAIN.md §10, domain/permissions.py).

Every service that hands intakes or referrals to a screen passes them through here, so the
inbox, the returned list, the person's file and the slip follow one rule:
- an art. 7 ground of a special category (health, disability, violence, addiction) reaches
  only the roles that read it, or the team the desk shared it with on that referral;
- an intake carrying a ground the reader may not see is shown without its narrative, since
  the narrative is where that ground is told;
- an application's art. 7 grounds: a special one stays in the applicant's own file, and
  there reaches the benefits team that recorded it and the roles that read it;
- an application's purpose and inability to work, and a decision's amount, account,
  purpose and reasoning, are read by the roles domain/permissions.DETAILS names; others get
  them blank;
- a case's closing remarks are read by the team carrying the case and the head; others
  see that and when it closed, and for what reason in a word;
- a text written on a referral is read by its author's team, the team it was written for,
  and the head: the desk's reason by the desk and the team it first sent the referral to,
  a forwarding's reason by the two teams of that forwarding and the desk (which answers for
  the routing and learns from it), a return reason by the returning team and the desk;
- a referral's slip names reasons and grounds only to a team the referral went through.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ops_desktop.domain.permissions import (
    DETAILS,
    Permission,
    details_read,
    is_special,
    visible_grounds,
)
from ops_desktop.domain.vocabulary import Ground, Team
from ops_desktop.services import mapping
from ops_desktop.services.context import Actor
from ops_desktop.services.views import (
    ApplicationView,
    CaseView,
    DecisionView,
    IntakeView,
    ReferralView,
)


def _own(actor: Actor) -> set[str]:
    return {t.value for t in actor.teams()}


def special_intake(row: Any | None) -> bool:
    """The intake carries a special-category ground: it stays in its own person's file."""
    return row is not None and is_special(mapping.grounds(row.grounds))


def intake(actor: Actor, row: Any) -> IntakeView:
    view = mapping.intake_view(row)
    grounds = visible_grounds(view.grounds, actor.roles)
    if actor.may(Permission.READ_INTAKE_NARRATIVE) and len(grounds) == len(view.grounds):
        return view
    return dataclasses.replace(view, grounds=grounds, problem="", reported_by="",
                               narrative_hidden=True)


# What a withheld detail reads as: nothing written, no amount, no account.
_BLANK: dict[str, object] = {"amount": None, "bank_account": None, "reasoning": "",
                             "purpose": "", "unable_to_work": False}


def _details(actor: Actor, view: Any, kind: str) -> Any:
    """The view with the details of `kind` the actor's roles do not read left blank."""
    withheld = DETAILS[kind] - details_read(actor.roles, kind)
    return dataclasses.replace(view, **{f: _BLANK[f] for f in withheld}) if withheld else view


def decision(actor: Actor, row: Any) -> DecisionView:
    return _details(actor, mapping.decision_view(row), "decision")


def application(actor: Actor, row: Any, file_of: Any) -> ApplicationView:
    """An application as it reads in the file of `file_of` (the applicant or a member)."""
    view = _details(actor, mapping.application_view(row), "application")
    if row.person_id == file_of and actor.may(Permission.READ_APPLICATIONS):
        return view
    roles = actor.roles if row.person_id == file_of else frozenset()
    grounds, other = with_other(visible_grounds(view.grounds, roles), view.grounds,
                                view.other_ground)
    return dataclasses.replace(view, grounds=grounds, other_ground=other)


def with_other(seen: tuple[Ground, ...], every: tuple[Ground, ...],
               other: str) -> tuple[tuple[Ground, ...], str]:
    """The grounds seen and "other" in words; beside a ground withheld the words go too,
    since, like a narrative, they may tell what the ground withheld is."""
    if len(seen) < len(every):
        return tuple(g for g in seen if g is not Ground.OTHER), ""
    return seen, other


def case(actor: Actor, row: Any) -> CaseView:
    view = mapping.case_view(row)
    if actor.may(Permission.OVERSEE_TEAMS) or view.team in _own(actor):
        return view
    return dataclasses.replace(view, close_note="")


def first_receiver(row: Any) -> str:
    """The team the desk wrote its reason for: where the referral went before any forwarding."""
    live = [f for f in row.forwards if f.deleted_at is None]
    return live[0].from_team if live else row.to_team


def involved(actor: Actor, row: Any) -> bool:
    """The reader's team sent the referral, received it or passed it on, or the reader is the
    head: only they learn from its slip why and on what grounds the person was referred."""
    live = [f for f in row.forwards if f.deleted_at is None]
    teams = {row.from_team, row.to_team} | {f.from_team for f in live} | {f.to_team for f in live}
    return actor.may(Permission.OVERSEE_TEAMS) or bool(_own(actor) & teams)


def referral(actor: Actor, row: Any) -> ReferralView:
    view = mapping.referral_view(row)
    own = _own(actor)
    head = actor.may(Permission.OVERSEE_TEAMS)
    receiver = first_receiver(row)
    shared = (frozenset(mapping.grounds(row.shared_grounds))
              if receiver in own else frozenset())
    forwards = tuple(
        f if head or f.from_team in own or f.to_team in own or view.from_team in own
        else dataclasses.replace(f, reason="")
        for f in view.forwards)
    desk_reason = head or view.from_team in own or receiver in own
    returned = head or view.from_team in own or view.to_team in own
    return dataclasses.replace(
        view,
        grounds=visible_grounds(view.grounds, actor.roles, shared),
        reason=view.reason if desk_reason else "",
        return_reason=view.return_reason if returned else "",
        forwards=forwards,
    )


# --- values two PCs wrote into one field while apart (services/exchange_inbox.py) ---------
#
# A conflict entry holds both values of whatever field it was: a phone, or a social-work
# note's words, a Niebieska Karta mark, an intake's story. Each table's values reach the
# readers of that table; its narratives (those the audit log withholds) only the readers of
# the narrative, and, where the record carries a special-category ground, only those who
# read that ground. A password's hash reaches nobody.
_TABLE_READERS: dict[str, frozenset[Permission]] = {
    "persons": frozenset({Permission.READ_PERSON_FILE}),
    "households": frozenset({Permission.READ_PERSON_FILE}),
    "household_members": frozenset({Permission.READ_PERSON_FILE}),
    "cases": frozenset({Permission.READ_CASES}),
    "intakes": frozenset({Permission.READ_INTAKE_NARRATIVE}),
    "referrals": frozenset({Permission.READ_INBOX}),
    "referral_forwards": frozenset({Permission.READ_INBOX}),
    "applications": frozenset({Permission.READ_APPLICATIONS}),
    "incomes": frozenset({Permission.READ_INCOMES}),
    "decisions": frozenset({Permission.READ_DECISIONS}),
    "social_work_notes": frozenset({Permission.READ_SOCIAL_WORK_NOTES}),
    "social_contracts": frozenset({Permission.READ_SOCIAL_CONTRACTS}),
    "plan_actions": frozenset({Permission.READ_SOCIAL_CONTRACTS, Permission.READ_PROGRAMMES}),
    "plan_reviews": frozenset({Permission.READ_SOCIAL_CONTRACTS, Permission.READ_PROGRAMMES}),
    "programmes": frozenset({Permission.READ_PROGRAMMES}),
    "users": frozenset({Permission.MANAGE_USERS, Permission.OVERSEE_TEAMS}),
    "authorisations": frozenset({Permission.MANAGE_USERS, Permission.OVERSEE_TEAMS}),
    "teams": frozenset({Permission.MANAGE_SETTINGS, Permission.OVERSEE_TEAMS}),
    "settings": frozenset({Permission.MANAGE_SETTINGS, Permission.OVERSEE_TEAMS}),
    "office_members": frozenset({Permission.MANAGE_SETTINGS, Permission.OVERSEE_TEAMS}),
    # The catalogue of service packages is the head's; a given package's parts the head
    # oversees (its group may be violence: services/packages.py).
    "service_packages": frozenset({Permission.MANAGE_PACKAGES}),
    "package_parts": frozenset({Permission.OVERSEE_TEAMS}),
}
# Narratives read beyond the table's readers: a referral's or a case's texts are read by
# the teams they were written between and the head (above); an entry does not say which
# teams, so here only the head reads them. A social-work note only within the team.
_NARRATIVE_READERS: dict[str, Permission] = {
    "referrals": Permission.OVERSEE_TEAMS,
    "referral_forwards": Permission.OVERSEE_TEAMS,
    "cases": Permission.OVERSEE_TEAMS,
}
# Where the person's story is told: its words go only to those who read every ground it has.
_SOCIAL_WORK_TABLES = frozenset({"social_work_notes", "social_contracts", "plan_actions",
                                 "plan_reviews", "programmes"})
_STORY_TABLES = frozenset({"intakes", "referrals", "referral_forwards"})
_SECRET_WORDS = ("password", "passphrase", "secret")


def exchange_value(actor: Actor, table: str, field: str, narrative: bool,
                   grounds: tuple[Ground, ...] = ()) -> bool:
    """Whether the reader may see the values two PCs wrote into `table.field`; `narrative`:
    the field is one the audit log withholds, `grounds`: those the record carries."""
    if any(word in field.lower() for word in _SECRET_WORDS):
        return False
    if not any(actor.may(p) for p in _TABLE_READERS.get(table, frozenset())):
        return False
    if table in _SOCIAL_WORK_TABLES and Team.SOCIAL_WORK not in actor.teams():
        return False
    if not narrative:
        return True
    if table in _NARRATIVE_READERS and not actor.may(_NARRATIVE_READERS[table]):
        return False
    if table not in _STORY_TABLES:
        return True  # an application's readers read its grounds (need_to_know.application)
    return len(visible_grounds(grounds, actor.roles)) == len(grounds)
