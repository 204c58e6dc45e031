"""What the benefits team may know of the household's kontrakty socjalne: that a member broke
one, and the day (a possible ground under art. 11 ust. 2 u.p.s. for refusing, revoking or
stopping a benefit). The contract's narrative, goals and actions stay with social work."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QWidget

from ops_desktop.domain.permissions import Permission
from ops_desktop.i18n.format import date_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui.forms import named
from ops_desktop.ui.guard import attempt


class BrokenContractNote(QLabel):
    """Hidden unless a member of the applicant's household broke a contract."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        named(self, "broken_contract_note", self.tr("Niedotrzymany kontrakt socjalny"))
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a5a00;")
        self.setVisible(False)

    def load(self, person_id: uuid.UUID, names: dict[uuid.UUID, str]) -> None:
        """`names`: the household's members by id, to say who broke it."""
        if not self.actor.may(Permission.READ_BROKEN_CONTRACTS):
            self.setVisible(False)
            return
        broken = attempt(self, lambda: self.services.contracts.broken_contracts(
            self.actor, person_id)) or []
        lines = [self.tr("Kontrakt socjalny niedotrzymany: %1, %2 (art. 11 ust. 2 u.p.s.)")
                 .replace("%1", names.get(b.person_id, "?")).replace("%2", date_short(b.broken_on))
                 for b in broken]
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
