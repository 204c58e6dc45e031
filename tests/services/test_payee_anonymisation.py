"""The one change an approved payment list's item takes, on a real store (and the server):
anonymising the person blanks the payee once – the list's amounts, months and signs stay –
and the store refuses anything else: a faked anonymisation of someone not anonymised, a
second change, and undoing the mark."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.calendar import add_months
from ops_desktop.domain.clock import wall_today
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.server_db import RawSQL

from .test_personal_data import World, _close, world  # noqa: F401 (fixture)

IMMUTABLE = "approved payment list is immutable"


def _items(services: Services) -> list[tuple]:  # type: ignore[type-arg]
    with RawSQL(services.db) as conn:
        return conn.execute("SELECT id, party_name, party_address, party_pesel, bank_account, "
                            "amount_grosze, case_sign, anonymised_at FROM payment_items "
                            "ORDER BY position").fetchall()


def test_only_anonymisation_blanks_an_approved_payee_and_only_once(
        services: Services, coordinator: Actor, benefits_worker: Actor,
        world: World) -> None:  # noqa: F811
    for made in services.payments.prepare(benefits_worker,
                                          add_months(wall_today().replace(day=1), 1)):
        services.payments.approve(coordinator, made.id)
    [(item_id, name, _addr, pesel, _account, amount, sign, mark)] = _items(services)
    assert name == "Jan Żółkiewski" and pesel and mark is None
    with RawSQL(services.db) as conn:
        # Blanked by hand while the person is not anonymised: refused.
        with pytest.raises(conn.IntegrityError, match=IMMUTABLE):
            conn.execute("UPDATE payment_items SET anonymised_at = ?, party_address = '', "
                         "party_pesel = NULL, bank_account = NULL WHERE id = ?",
                         ("2025-01-01 00:00:00", item_id))
    _close(services, [world.benefits_sign, world.social_sign])
    services.personal_data.anonymise(coordinator, [world.jan], "ANONIMIZUJ 1", dt.date(2025, 1, 1))
    [(item_id, name, address, pesel, account, kept, same_sign, mark)] = _items(services)
    assert "Żółkiewski" not in name and (address, pesel, account) == ("", None, None)
    assert (kept, same_sign) == (amount, sign) and mark is not None
    with RawSQL(services.db) as conn:
        for change in ("amount_grosze = 1", "anonymised_at = NULL", "party_name = 'X'"):
            with pytest.raises(conn.IntegrityError, match=IMMUTABLE):
                conn.execute(f"UPDATE payment_items SET {change} WHERE id = ?", (item_id,))
