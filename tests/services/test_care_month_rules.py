"""The month's hours and bill on a real store, by the office's date: hours for days up to
today, never a day to come; a month's bill only once the month is over (from the 1st of the
next one); and one figure per month whichever page it was typed on – the order's total on
the care page or the carers' hours on "Harmonogram i godziny", never both."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ops_desktop.domain.errors import ValidationError
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.storage.models import replayed_at

from ..conftest import _staff
from .test_care_hours import PESEL
from .test_care_providers import FIRM, SEPT, codes, make_order

D = Decimal
OCT = dt.date(2026, 10, 1)


def _at(day: dt.date) -> dt.datetime:
    """Midday of the office's day (naive UTC, as the store's clock is replayed)."""
    return dt.datetime.combine(day, dt.time(12, 0))


@pytest.fixture
def worker(services: Services) -> Actor:
    return _staff(services, "uslugi", "Ewa Opiekun", "opiekunka", frozenset({Role.SERVICES}))


def test_a_month_is_billed_only_once_it_is_over(services: Services, desk: Actor,
                                                worker: Actor) -> None:
    with replayed_at(_at(dt.date(2026, 10, 3))):
        order = make_order(services, desk, worker)
        services.care_services.record_hours(worker, order, SEPT, D("40"))
        # On 3 October the hours of October so far may be typed ...
        services.care_services.record_hours(worker, order, OCT, D("6"))
        # ... but not November's, and October's bill waits for the month's end.
        with pytest.raises(ValidationError) as error:
            services.care_services.record_hours(worker, order, dt.date(2026, 11, 1), D("2"))
        assert codes(error) == {"month": "future_month"}
        preview = services.care_services.preview_bill(worker, order, OCT)
        assert (preview.billable, preview.billable_from) == (False, dt.date(2026, 11, 1))
        assert preview.amount == D("31.50")  # 6 h × 35 zł × 15 %: shown, not issued
        with pytest.raises(ValidationError) as error:
            services.care_services.issue_bill(worker, order, OCT)
        assert codes(error) == {"month": "care_month_not_over"}
        assert services.care_services.month_billable_from(worker, OCT) == dt.date(2026, 11, 1)
        # September is over: its bill is issued.
        assert services.care_services.preview_bill(worker, order, SEPT).billable
        assert services.care_services.month_billable_from(worker, SEPT) is None
        assert services.care_services.issue_bill(worker, order, SEPT).amount == D("210.00")
    with replayed_at(_at(dt.date(2026, 10, 31))):  # the month's last day: still not over
        with pytest.raises(ValidationError) as error:
            services.care_services.issue_bill(worker, order, OCT)
        assert codes(error) == {"month": "care_month_not_over"}
    with replayed_at(_at(dt.date(2026, 11, 1))):
        bill = services.care_services.issue_bill(worker, order, OCT)
    assert (bill.month, bill.issued_on, bill.amount) == (OCT, dt.date(2026, 11, 1), D("31.50"))
    assert [b.month for b in services.care_services.bills(worker, order)] == [SEPT, OCT]


def test_a_carers_day_to_come_is_refused_but_today_is_taken(services: Services, desk: Actor,
                                                            worker: Actor) -> None:
    with replayed_at(_at(dt.date(2026, 10, 3))):
        firm = services.care_providers.add_provider(worker, FIRM)
        maria = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
        order = make_order(services, desk, worker, pesel=PESEL)
        services.care_providers.assign(worker, order, maria.id, SEPT)
        data = (f"klient;data;godziny;opiekun\n{PESEL};03.10.2026;2;Maria Kowal\n"
                f"{PESEL};04.10.2026;2;Maria Kowal\n").encode()
        result = services.care_hours.import_file(worker, firm.id, "pazdziernik.csv", data)
    assert result.accepted == 1 and [(r.line, r.code) for r in result.rejected] == [
        (3, "future_date")]


def test_one_figure_per_month_whichever_page_it_was_typed_on(
        services: Services, desk: Actor, worker: Actor) -> None:
    firm = services.care_providers.add_provider(worker, FIRM)
    maria = services.care_providers.add_carer(worker, firm.id, "Maria Kowal")
    order = make_order(services, desk, worker, pesel=PESEL)
    services.care_providers.assign(worker, order, maria.id, SEPT)
    # Typed on the care page as the order's total: the carers' page reads the same figure ...
    services.care_services.record_hours(worker, order, SEPT, D("20"))
    month = services.care_hours.month_hours(worker, order, SEPT)
    assert (month.total, month.per_carer, month.granted) == (D("20.00"), False, None)
    # ... and a carer's hours would silently replace it, so they wait until it is cleared
    # there (typed or from the firm's file alike).
    with pytest.raises(ValidationError) as error:
        services.care_hours.record_month(worker, order, maria.id, SEPT, D("12"))
    assert codes(error) == {"hours": "care_hours_order_total"}
    data = f"klient;data;godziny;opiekun\n{PESEL};15.09.2026;2;Maria Kowal\n".encode()
    refused = services.care_hours.import_file(worker, firm.id, "wrzesien.csv", data)
    assert [(r.line, r.code) for r in refused.rejected] == [(2, "care_hours_order_total")]
    assert services.care_services.preview_bill(worker, order, SEPT).hours == D("20.00")
    # Cleared on the care page: the carers' hours are the month, and both pages see them.
    services.care_services.record_hours(worker, order, SEPT, D("0"))
    assert services.care_hours.record_month(worker, order, maria.id, SEPT, D("12")) == D(
        "12.00")
    month = services.care_hours.month_hours(worker, order, SEPT)
    assert (month.total, month.per_carer) == (D("12.00"), True)
    assert [(d.month, d.hours) for d in services.care_services.deliveries(worker, order)] == [
        (SEPT, D("12.00"))]
    assert services.care_services.preview_bill(worker, order, SEPT).hours == D("12.00")
