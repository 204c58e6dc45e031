"""First-contact desk: recording an intake (zgłoszenie) and referring the person to a team."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ops_desktop.documents.data import ReferralSlipDocument
from ops_desktop.domain.clock import wall_now
from ops_desktop.domain.errors import FieldError, NotFound, ValidationError
from ops_desktop.domain.fields import (
    INVALID,
    choice_errors,
    flag_errors,
    id_errors,
    local_time_errors,
    require_id,
    text_errors,
)
from ops_desktop.domain.ids import new_id
from ops_desktop.domain.packages import is_sensitive
from ops_desktop.domain.permissions import SPECIAL_GROUNDS, Permission
from ops_desktop.domain.vocabulary import (
    POLISH_GROUNDS,
    Channel,
    Ground,
    IntakeOutcome,
    ReferralStatus,
    Team,
)
from ops_desktop.services import mapping, need_to_know
from ops_desktop.services.context import Actor, require
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, package_queries, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import IntakeRow, PersonRow, ReferralRow

MAX_TEXT = 4000
SHORT_TEXT = 200  # IntakeRow.reported_by, IntakeRow.other_ground
# An intake older than this is a typing error (1926 for 2026), not a late entry.
OLDEST_INTAKE = dt.timedelta(days=3660)
# Outcomes after which a team carries on: an application lodged at the desk goes to the team
# that decides it by the same referral, so it waits in an inbox and is never lost.
HANDED_OVER = (IntakeOutcome.REFERRED, IntakeOutcome.APPLICATION)


@dataclass(frozen=True)
class IntakeInput:
    person_id: uuid.UUID
    received_at: dt.datetime
    channel: Channel
    problem: str  # the problem in the worker's words
    grounds: tuple[Ground, ...]
    outcome: IntakeOutcome
    reported_by: str = ""  # empty: the person came themselves
    other_ground: str = ""
    urgent: bool = False
    advice_given: str = ""
    refer_to: Team | None = None
    # Written for the receiving team; required with a referral, never the problem text.
    referral_reason: str = ""
    # Special-category grounds of this intake the receiving team may read although its role
    # does not (domain/permissions.py): benefits deciding on the basis of a disability.
    shared_grounds: tuple[Ground, ...] = ()


@dataclass(frozen=True)
class IntakeResult:
    intake_id: uuid.UUID
    referral_id: uuid.UUID | None
    referral_number: str = ""  # "SK/12/2026", printed on the slip


def _grounds_errors(grounds: object) -> list[FieldError]:
    if not isinstance(grounds, (tuple, list, frozenset, set)) or not all(
            isinstance(g, Ground) for g in grounds):
        return [FieldError("grounds", INVALID)]
    return []


def validate_intake(data: IntakeInput, now: dt.datetime) -> list[FieldError]:
    if not isinstance(data, IntakeInput):
        return [FieldError("intake", INVALID)]
    # Free text may run over several lines; the short fields are single lines.
    errors = text_errors("problem", data.problem, MAX_TEXT, required=True, multiline=True)
    errors += text_errors("reported_by", data.reported_by, SHORT_TEXT)
    errors += text_errors("advice_given", data.advice_given, MAX_TEXT, multiline=True)
    errors += text_errors("referral_reason", data.referral_reason, MAX_TEXT, multiline=True)
    errors += text_errors("other_ground", data.other_ground, SHORT_TEXT)
    errors += id_errors("person_id", data.person_id)
    errors += choice_errors("channel", data.channel, Channel)
    errors += choice_errors("outcome", data.outcome, IntakeOutcome)
    errors += choice_errors("refer_to", data.refer_to, Team, required=False)
    errors += flag_errors("urgent", data.urgent)
    errors += _grounds_errors(data.grounds)
    received = local_time_errors("received_at", data.received_at)
    errors += received
    if not received:
        if data.received_at > now + dt.timedelta(minutes=5):
            errors.append(FieldError("received_at", "future_date"))
        elif data.received_at < now - OLDEST_INTAKE:
            errors.append(FieldError("received_at", "too_old"))
    if (not any(e.field in ("grounds", "other_ground") for e in errors)
            and Ground.OTHER in data.grounds and not data.other_ground.strip()):
        errors.append(FieldError("other_ground", "required"))
    if data.outcome in HANDED_OVER and not any(e.field == "refer_to" for e in errors):
        if data.refer_to is None:
            errors.append(FieldError("refer_to", "required"))
        elif data.refer_to is Team.FIRST_CONTACT:
            errors.append(FieldError("refer_to", "cannot_refer_to_own_team"))
    if (data.outcome in HANDED_OVER and isinstance(data.referral_reason, str)
            and not data.referral_reason.strip()
            and not any(e.field == "referral_reason" for e in errors)):
        # The problem is the desk's note about the person; what the team is told is
        # written for it, so nothing of the narrative travels by default.
        errors.append(FieldError("referral_reason", "referral_reason_required"))
    errors += _shared_errors(data)
    return errors


def _shared_errors(data: IntakeInput) -> list[FieldError]:
    """Only special-category grounds ticked on this intake can be shared."""
    shared = data.shared_grounds
    if not isinstance(shared, (tuple, list, frozenset, set)) or not all(
            isinstance(g, Ground) for g in shared):
        return [FieldError("shared_grounds", INVALID)]
    grounds = set(data.grounds) if isinstance(data.grounds, (tuple, list, frozenset, set)) else set()
    if any(g not in SPECIAL_GROUNDS or g not in grounds for g in shared):
        return [FieldError("shared_grounds", INVALID)]
    return []


def referral_number(s: Session, year: int) -> str:
    """The next number in the desk's register of referrals, e.g. "SK/12/2026" ("SK-2/…" on
    the office's second PC), printed on the slip the person takes."""
    mark = queries.number_mark(s)  # "-2" on the office's second PC, else nothing
    return f"SK{mark}/{queries.next_number(s, f'referral{mark}', year)}/{year}"


class IntakeService:
    def __init__(self, db: Database, office: OfficeService) -> None:
        self.db = db
        self.office = office

    def record(self, actor: Actor, data: IntakeInput) -> IntakeResult:
        """Record the intake and, when the outcome is a referral, the referral with it."""
        require(actor, Permission.RECORD_INTAKE)
        errors = validate_intake(data, wall_now())
        if errors:
            raise ValidationError(errors)
        with self.db.session(actor.user_id) as s:
            if queries.get(s, PersonRow, data.person_id) is None:
                raise NotFound("person", data.person_id)
            # The register number is taken first and ids are made here, so the intake and
            # its referral reach the store in one flush at commit.
            handed_over = data.outcome in HANDED_OVER and data.refer_to is not None
            number = referral_number(s, data.received_at.year) if handed_over else None
            intake = IntakeRow(
                id=new_id(),
                person_id=data.person_id,
                received_at=data.received_at,
                channel=data.channel.value,
                reported_by=data.reported_by.strip(),
                problem=data.problem.strip(),
                # Each ground once, in the order ticked.
                grounds=",".join(dict.fromkeys(g.value for g in data.grounds)),
                other_ground=data.other_ground.strip(),
                urgent=data.urgent,
                outcome=data.outcome.value,
                advice_given=data.advice_given.strip(),
                worker_id=actor.user_id,
            )
            s.add(intake)
            referral_id, referral_no = None, ""
            if number is not None and data.refer_to is not None:
                referral = ReferralRow(
                    id=new_id(),
                    person_id=data.person_id,
                    intake_id=intake.id,
                    number=number,
                    from_team=Team.FIRST_CONTACT.value,
                    to_team=data.refer_to.value,
                    reason=data.referral_reason.strip(),
                    urgent=data.urgent,
                    status=ReferralStatus.PENDING.value,
                    shared_grounds=",".join(dict.fromkeys(g.value for g in data.shared_grounds)),
                )
                s.add(referral)
                referral_id, referral_no = referral.id, referral.number
            return IntakeResult(intake.id, referral_id, referral_no)

    def referral_slip(self, actor: Actor, referral_id: uuid.UUID,
                      confidential: bool = False) -> ReferralSlipDocument:
        """The data of the slip handed to the person; print it with documents.referral_slip.

        The person takes the slip home, where others may read it: by default it carries
        neither the reason written for the team nor a ground of a special category (nor the
        free text of "other"). `confidential` is the worker's explicit choice at printing
        to add them – only what the worker may read. A team the referral never went through
        gets the slip without any reason or ground. Every reading is audited.
        """
        return self._slip(actor, referral_id, confidential, "view")

    def _slip(self, actor: Actor, referral_id: uuid.UUID, confidential: bool,
              action: str) -> ReferralSlipDocument:
        require(actor, Permission.PRINT_REFERRAL_SLIP)
        require_id("referral_id", referral_id)
        office = self.office.settings()
        teams = self.office.team_names()
        with self.db.session(actor.user_id) as s:
            row = queries.get(s, ReferralRow, referral_id)
            if row is None:
                raise NotFound("referral", referral_id)
            seen = need_to_know.referral(actor, row)
            # A referral of a package for a special-category group (violence, disability):
            # the slip never tells the group, so the worker's "confidential" adds nothing.
            group = package_queries.referral_group(s, row.id)
            if group is not None and is_sensitive(group):
                confidential = False
            intake = row.intake
            every = mapping.grounds(intake.grounds) if intake else ()
            # Confidential: what this reader may see, "other" in words only beside no ground
            # withheld from them (services/need_to_know.with_other).
            grounds, other = (need_to_know.with_other(seen.grounds, every, intake.other_ground)
                              if confidential and intake else
                              (tuple(g for g in every if g not in SPECIAL_GROUNDS
                                     and g is not Ground.OTHER), ""))
            told = need_to_know.involved(actor, row)
            if not told:
                grounds = ()
            audit.record(s, actor.user_id, action, "referral_slip", str(row.id),
                         row.person_id, {"confidential": confidential})
            return ReferralSlipDocument(
                office=office.on_paper(),
                number=row.number,
                created_at=mapping.local_time(row.created_at),
                person_name=mapping.full_name(row.person),
                person_pesel=row.person.pesel,
                person_address=tuple(mapping.address_line(row.person).split(", ", 1)),
                from_team=teams.get(row.from_team, row.from_team),
                to_team=teams.get(row.to_team, row.to_team),
                reason=seen.reason if confidential and told else "",
                grounds=tuple(
                    (f"art. 7 pkt {g.value} – " if g is not Ground.OTHER else "")
                    + (other if g is Ground.OTHER else POLISH_GROUNDS[g])
                    for g in grounds
                ),
                urgent=row.urgent,
                worker_name=actor.full_name,
                grounds_left_out=len(grounds) < len(every),
            )

    def render_referral_slip(self, actor: Actor, referral_id: uuid.UUID,
                             confidential: bool = False) -> bytes:
        from ops_desktop.documents.referral_slip import render_referral_slip

        return render_referral_slip(self._slip(actor, referral_id, confidential, "print"))


def now_local() -> dt.datetime:
    """Intake times are the office's wall-clock time, as the worker reads it on the wall."""
    return wall_now().replace(second=0, microsecond=0)

