"""The demo office on an encrypted file: its staff's published password opens it, and a
demo file whose staff lack slots gets them when the program opens it again – but never for
a login whose password is no longer the demo one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ops_desktop.services import store_access
from ops_desktop.services.demo import DEMO_PASSWORD, create_demo_office, refresh_demo_passwords
from ops_desktop.services.hub import Services
from ops_desktop.storage import account_queries
from ops_desktop.storage.key_slots import KeySlots


def test_demo_staff_slots_are_made_and_kept(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPS_DESKTOP_PLAIN_TEST_DB")
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    key = store_access.new_office_key(url)
    assert key is not None
    services = Services.open(url, key)
    create_demo_office(services, households=0)
    slots = KeySlots.load(services.db.file)  # type: ignore[arg-type]
    assert slots.logins() == {"anowicka", "kwisniewska", "pzielinski", "mkowalczyk",
                              "tlewandowski", "edabrowska", "jmazur", "bzolkiewska",
                              "rkrawczyk", "iszymanska"}
    # A demo file from before slots: two logins lost theirs; one of the two changed the
    # password meanwhile (the store holds another hash for it).
    slots.remove_login("jmazur")
    slots.remove_login("pzielinski")
    slots.save()
    with services.db.session() as s:
        row = account_queries.user_by_login(s, "pzielinski")
        assert row is not None
        row.password_hash = services.accounts.hasher.hash("inne-haslo-pzielinskiego")
    refresh_demo_passwords(services)
    services.close()
    assert store_access.unlock_with_password(url, "jmazur", DEMO_PASSWORD) == key
    with pytest.raises(store_access.UnlockRefused):
        store_access.unlock_with_password(url, "pzielinski", DEMO_PASSWORD)
