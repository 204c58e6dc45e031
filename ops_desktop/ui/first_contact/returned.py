"""Referrals a team sent back to the desk lately, with the reason, so the desk can act on them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.vocabulary import Team
from ops_desktop.i18n.format import datetime_short
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.services.views import ReferralView
from ops_desktop.ui import labels
from ops_desktop.ui.table_model import Column, PagedTableModel, make_table, selected_object


class ReturnedReferrals(QWidget):
    """A short list (last 30 days); Enter or double-click shows the person's file."""

    person_chosen = Signal(object)  # person id

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.model: PagedTableModel[ReferralView] = PagedTableModel([
            Column(self.tr("Nr"), lambda r: r.number),
            Column(self.tr("Osoba"), lambda r: r.person_name),
            Column(self.tr("Zespół"), lambda r: labels.vocab(labels.TEAMS, r.to_team)),
            Column(self.tr("Zwrócono"), lambda r: datetime_short(r.decided_at)),
            Column(self.tr("Powód zwrotu"), lambda r: r.return_reason),
        ], parent=self)
        self.table = make_table(self.model, "returned_referrals",
                                self.tr("Skierowania zwrócone przez zespoły"))
        # A side list: a few rows high, so the search results keep the room.
        self.table.setMaximumHeight(self.table.verticalHeader().defaultSectionSize() * 4 + 30)
        self.table.activated.connect(self._choose)
        self.table.doubleClicked.connect(self._choose)
        self.title = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.refresh()

    SHOWN = 200

    def refresh(self) -> None:
        # One more than shown is asked for, so a busy month is not reported as exactly 200.
        rows = self.services.referrals.returned_to(self.actor, Team.FIRST_CONTACT.value,
                                                   limit=self.SHOWN + 1)
        self.model.set_rows(rows[:self.SHOWN])
        if len(rows) > self.SHOWN:
            self.title.setText(self.tr("Zwrócone skierowania (30 dni): ponad %1, pokazano "
                                       "najnowsze %1").replace("%1", str(self.SHOWN)))
        else:
            self.title.setText(self.tr("Zwrócone skierowania (30 dni): %1")
                               .replace("%1", str(len(rows))))
        self.setVisible(bool(rows))

    def _choose(self) -> None:
        referral = selected_object(self.table, self.model)
        if referral is not None:
            self.person_chosen.emit(referral.person_id)
