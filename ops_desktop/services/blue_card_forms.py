"""Printing the Niebieska Karta forms of a procedure: A, C and D as recorded, and B for one
person experiencing violence.

Only the social-work team and the head print them (READ_BLUE_CARD on the team, checked
here, not by a screen), and every print is an audit entry naming the procedure and the form
(for B, the person it was printed for). Forms C and D print once the procedure records
them; B only for a person form A names as experiencing violence, and it names that person
alone.
"""

from __future__ import annotations

import uuid

from ops_desktop.documents.social_work_data import FormB, PersonOnForm, PersonsOnForm, RecordedForm
from ops_desktop.domain.blue_card import PartyRole
from ops_desktop.domain.blue_card_forms import FORM_STEPS, FORMS, blue_card_forms
from ops_desktop.domain.errors import ConflictError, FieldError, ValidationError
from ops_desktop.domain.fields import INVALID
from ops_desktop.domain.permissions import Permission
from ops_desktop.services import mapping
from ops_desktop.services.blue_card import ENTITY, TEAM, BlueCardService, BlueCardView
from ops_desktop.services.context import Actor, require_team
from ops_desktop.services.office import OfficeService
from ops_desktop.storage import audit, queries
from ops_desktop.storage.database import Database, Session
from ops_desktop.storage.models import BlueCardRow, PersonRow, UserRow, office_today

TITLES = {PartyRole.VICTIM: "Osoby doznające przemocy domowej",
          PartyRole.USING_VIOLENCE: "Osoby stosujące przemoc domową"}
# Whom each form concerns: A every party, C the victims (filled with them), D the persons
# using violence (filled with them).
FORM_ROLES = {"A": (PartyRole.VICTIM, PartyRole.USING_VIOLENCE), "C": (PartyRole.VICTIM,),
              "D": (PartyRole.USING_VIOLENCE,)}
GROUP = "grupa diagnostyczno-pomocowa"


def _person(s: Session, person_id: uuid.UUID, name: str) -> PersonOnForm:
    row = queries.get(s, PersonRow, person_id)
    if row is None:
        return PersonOnForm(name, "", None, "")
    return PersonOnForm(f"{row.first_name} {row.last_name}", row.pesel or "", row.birth_date,
                        mapping.address_line(row))


class BlueCardFormsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def paper(self, actor: Actor, card_id: uuid.UUID, form: str,
              victim_id: uuid.UUID | None = None) -> RecordedForm | FormB:
        """What form `form` of the procedure prints; putting it on paper is logged."""
        require_team(actor, Permission.READ_BLUE_CARD, TEAM)
        if form not in FORMS:
            raise ValidationError([FieldError("form", INVALID)])
        office = OfficeService(self.db).settings().on_paper()
        with self.db.session(actor.user_id) as s:
            card = BlueCardService._get(s, card_id)
            texts = blue_card_forms(card.form_a_on)
            if form == "B":
                victim = next((p for p in card.of_role(PartyRole.VICTIM)
                               if p.person_id == victim_id), None)
                if victim is None:
                    raise ValidationError([FieldError("victim_id", "not_a_victim")])
                audit.record(s, actor.user_id, "print", ENTITY, str(card.id), victim.person_id,
                             {"form": form})
                return FormB(office, texts.form(form), texts.source,
                             _person(s, victim.person_id, victim.name).name,
                             texts.form_b_text, actor.full_name, actor.position)
            paper = self._recorded(s, card, form)
            audit.record(s, actor.user_id, "print", ENTITY, str(card.id), None, {"form": form})
        return RecordedForm(office=office, form=texts.form(form), source=texts.source,
                            printed_on=office_today(), **paper)

    @staticmethod
    def _recorded(s: Session, card: BlueCardView, form: str) -> dict[str, object]:
        if form == "A":
            filled_on, filled_by, note = card.form_a_on, card.filled_by, card.note
            row = queries.get(s, BlueCardRow, card.id)
            user = None if row is None else queries.get(s, UserRow, row.recorded_by)
            recorded_by = "" if user is None else user.full_name
        else:
            step = next((d for d in card.done if d.code == FORM_STEPS[form]), None)
            if step is None:
                raise ConflictError("blue_card_form_not_recorded", form)
            filled_on, filled_by, note, recorded_by = step.done_on, GROUP, step.note, \
                step.recorded_by
        groups = tuple(PersonsOnForm(TITLES[role], tuple(
            _person(s, p.person_id, p.name) for p in card.of_role(role)))
            for role in FORM_ROLES[form])
        return dict(case_sign=card.case_sign, form_a_on=card.form_a_on, filled_on=filled_on,
                    filled_by=filled_by, recorded_by=recorded_by, groups=groups, note=note)

    def render(self, actor: Actor, card_id: uuid.UUID, form: str,
               victim_id: uuid.UUID | None = None) -> bytes:
        from ops_desktop.documents.blue_card_forms import render_form_b, render_recorded_form
        paper = self.paper(actor, card_id, form, victim_id)
        return render_form_b(paper) if isinstance(paper, FormB) else render_recorded_form(paper)
