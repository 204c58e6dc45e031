"""The print centre's further kinds of paper, each registered as a source of the queue
(services/print_centre.py): the Niebieska Karta forms A–D, the statement of assets and the
statement after an electronic interview, individual programmes and help plans, and the calls
to remedy formal defects.

The Niebieska Karta forms are the social-work team's alone (and the head's): the source says
so, so the queue never lists them to the desk, benefits or services, and the forms' own
service (services/blue_card_forms.py) refuses anyone else again when the paper is rendered.
A statement is listed for every completed interview, as the interview itself is: to whoever
may read that interview (its case's team and the head).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from ops_desktop.domain.errors import NotFound
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Team
from ops_desktop.services.context import Actor, require_team
from ops_desktop.services.interview_statements import Statement
from ops_desktop.services.print_centre import PrintKind, Renderer, Source, register
from ops_desktop.storage import print_paper_queries as ppq
from ops_desktop.storage import print_queries as pq
from ops_desktop.storage.database import Session

Found = tuple[uuid.UUID, uuid.UUID | None]  # (the procedure, the victim form B is for)

if TYPE_CHECKING:
    from ops_desktop.services.hub import Services

BLUE_CARDS = "blue_cards"  # the audit entity a form's print is logged under


def _procedure_paper(form: str, find: Callable[[Session, uuid.UUID], Found | None]
                     ) -> Renderer:
    """A form printed for a record of a procedure (its victim for B, its step for C and D):
    the record found, then the form rendered by the forms' own service."""
    def render(services: Services, actor: Actor, record_id: uuid.UUID) -> bytes:
        # The permission first: an id is looked up only for a reader of Niebieska Karta.
        require_team(actor, Permission.READ_BLUE_CARD, Team.SOCIAL_WORK)
        with services.db.session(actor.user_id) as s:
            found = find(s, record_id)
        if found is None:
            raise NotFound(f"blue_card_form_{form}", str(record_id))
        card_id, victim_id = found
        return services.blue_card_forms.render(actor, card_id, form, victim_id)
    return render


register(Source(PrintKind.BLUE_CARD_FORM_A, BLUE_CARDS, Permission.READ_BLUE_CARD,
                Team.SOCIAL_WORK, pq.blue_card_letters,
                lambda s, a, i: s.blue_card_forms.render(a, i, "A")))
register(Source(PrintKind.BLUE_CARD_FORM_B, BLUE_CARDS, Permission.READ_BLUE_CARD,
                Team.SOCIAL_WORK, ppq.blue_card_forms_b, _procedure_paper("B", ppq.blue_card_of_party)))
register(Source(PrintKind.BLUE_CARD_FORM_C, BLUE_CARDS, Permission.READ_BLUE_CARD,
                Team.SOCIAL_WORK, ppq.blue_card_forms_c, _procedure_paper("C", ppq.blue_card_of_step)))
register(Source(PrintKind.BLUE_CARD_FORM_D, BLUE_CARDS, Permission.READ_BLUE_CARD,
                Team.SOCIAL_WORK, ppq.blue_card_forms_d, _procedure_paper("D", ppq.blue_card_of_step)))
register(Source(PrintKind.ASSETS_STATEMENT, "interviews", Permission.READ_INTERVIEWS, None,
                pq.completed_interviews,
                lambda s, a, i: s.interview_statements.render(a, i, Statement.ASSETS)))
register(Source(PrintKind.ELECTRONIC_STATEMENT, "interviews", Permission.READ_INTERVIEWS, None,
                pq.completed_interviews,
                lambda s, a, i: s.interview_statements.render(a, i, Statement.ELECTRONIC)))
register(Source(PrintKind.PROGRAMME, "programmes", Permission.READ_PROGRAMMES, None,
                ppq.signed_programmes, lambda s, a, i: s.programmes.render(a, i)))
register(Source(PrintKind.DEFECT_CALL, "applications", Permission.PRINT_DECISION, None,
                ppq.defect_calls, lambda s, a, i: s.procedural_acts.render_defect_call(a, i)))
