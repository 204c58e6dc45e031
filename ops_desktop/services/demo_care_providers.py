"""The demo office's providers of care: its own carer and a contracted firm, who serves which
client on which days, the hours of each month – typed by the services team for the office's
own carer, imported from the firm's monthly file for its carer – and one check and one
complaint. services/demo_care.py calls it for its two orders."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.care_providers import ProviderKind, SupervisionKind
from ops_desktop.domain.supervision_closing import SupervisionOutcome
from ops_desktop.services.care_providers import ProviderInput
from ops_desktop.services.care_supervision import SupervisionInput
from ops_desktop.services.care_supervision_closing import ClosingInput
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services

OWN = ProviderInput(ProviderKind.OWN, "Opiekunki MGOPS Lipowiec", "", dt.date(2020, 1, 1),
                    None, Decimal("35.00"))
FIRM = ProviderInput(ProviderKind.CONTRACTED, "Usługi Opiekuńcze „Pogodna Jesień” s.c.",
                     "UM/3/2024", dt.date(2020, 1, 1), None, Decimal("31.50"))


@dataclass(frozen=True)
class Carer:
    provider_id: uuid.UUID
    carer_id: uuid.UUID
    name: str


def set_up_providers(services: Services, worker: Actor) -> tuple[Carer, Carer]:
    """The office's own carer and the firm's, each with a colleague who stands in."""
    made = []
    for provider, names in ((OWN, ("Maria Kowal", "Teresa Lis")),
                            (FIRM, ("Halina Wójcik", "Zofia Mazur"))):
        pid = services.care_providers.add_provider(worker, provider).id
        carers = [services.care_providers.add_carer(worker, pid, n, "") for n in names]
        made.append(Carer(pid, carers[0].id, carers[0].name))
    return made[0], made[1]


def serve(services: Services, worker: Actor, order_id: uuid.UUID, starts_on: dt.date,
          carer: Carer, weekdays: tuple[int, ...], hours: tuple[int, int]) -> None:
    """The carer serves the client from the start, on `weekdays` from–to (whole hours)."""
    services.care_providers.assign(worker, order_id, carer.carer_id, starts_on)
    for weekday in weekdays:
        services.care_providers.add_slot(worker, order_id, weekday, hours[0] * 60,
                                         hours[1] * 60, carer.carer_id)


def firm_file(case_sign: str, carer: str, month: dt.date, weekdays: tuple[int, ...],
              hours: tuple[int, int]) -> bytes:
    """The firm's file of the month's visits, as its spreadsheet saves it (Windows-1250)."""
    lines = ["klient;data;od;do;godziny;opiekun"]
    day = month
    while day < add_months(month, 1):
        if day.isoweekday() in weekdays:
            lines.append(f"{case_sign};{day:%d.%m.%Y};{hours[0]:02d}:00;{hours[1]:02d}:00;;"
                         f"{carer}")
        day += dt.timedelta(days=1)
    return ("\r\n".join(lines) + "\r\n").encode("cp1250")


def supervise(services: Services, worker: Actor, orders: list[uuid.UUID], firm: Carer,
              today: dt.date) -> None:
    """A home visit that found the care as ordered (closed: its protocol prints), and a
    complaint about the firm still open."""
    visit = services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.CHECK, today - dt.timedelta(days=40), "Ewa Opiekun – wizyta w domu",
        "Usługi wykonywane zgodnie z harmonogramem; podopieczna zadowolona.", "", None,
        order_id=orders[0]))
    services.care_supervision_closing.close(worker, visit.id, ClosingInput(
        SupervisionOutcome.NO_REMARKS, today - dt.timedelta(days=38)))
    services.care_supervision.record(worker, SupervisionInput(
        SupervisionKind.COMPLAINT, today - dt.timedelta(days=12), "syn podopiecznego",
        "Opiekunka dwa razy przyszła godzinę później niż w harmonogramie.",
        "Rozmowa z wykonawcą; kontrola bez zapowiedzi w przyszłym miesiącu.",
        today + dt.timedelta(days=20), order_id=orders[-1], carer_id=firm.carer_id))
