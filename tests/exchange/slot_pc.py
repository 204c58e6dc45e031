"""One PC of an office encrypted at rest, run as its own process by tests/exchange/
test_slot_travel.py. Every action but `setup` unlocks the file with a login and password,
as a person at that PC does.

    python -m tests.exchange.slot_pc DB setup PASSWORD HEAD_PASSWORD
        the office, its administrator and its head (coordinator, a temporary password)
    python -m tests.exchange.slot_pc DB LOGIN PASSWORD create NEW TEMPORARY
    python -m tests.exchange.slot_pc DB LOGIN PASSWORD change NEW_PASSWORD
    python -m tests.exchange.slot_pc DB LOGIN PASSWORD switch-off OTHER
    python -m tests.exchange.slot_pc DB LOGIN PASSWORD forge-slot OTHER PASSWORD
        a tampered program: LOGIN writes OTHER's slot, past the services' permissions
    python -m tests.exchange.slot_pc DB LOGIN PASSWORD greedy-slot
        a tampered program: LOGIN's own slot asking Argon2 for 4 GiB
    python -m tests.exchange.slot_pc DB LOGIN PASSWORD refused   JSON: quarantine reasons

Prints JSON on its last line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ops_desktop.domain.vocabulary import Role
from ops_desktop.services import store_access
from ops_desktop.services.accounts import NewAccount
from ops_desktop.services.demo import SETTINGS
from ops_desktop.services.hub import Services
from ops_desktop.storage import account_queries, replica
from ops_desktop.storage.key_slots import KeySlots

ADMIN = "admin"


def main(db: str, *args: str) -> object:
    url = f"sqlite:///{Path(db)}"
    if args[0] == "setup":
        key = store_access.new_office_key(url)
        services = Services.open(url, key)
        services.accounts.set_up_office(
            SETTINGS, NewAccount(ADMIN, "Robert Krawczyk", "informatyk", args[1]),
            NewAccount("head", "Barbara Żółkiewska", "kierownik", args[2]))
        store_access.add_recovery_key(url, key)  # type: ignore[arg-type]
        services.close()
        return "ok"
    login, password, action, *rest = args
    services = Services.open(url, store_access.unlock_with_password(url, login, password))
    try:
        me = services.accounts.sign_in(login, password).actor
        if action == "create":
            return str(services.accounts.create_account(me, NewAccount(
                rest[0], "Anna Nowicka", "inspektor ochrony danych", rest[1],
                frozenset({Role.AUDITOR}))))  # held at once: no second person needed
        if action == "change":
            services.accounts.change_password(me, password, rest[0])
            return "ok"
        if action == "switch-off":
            other = next(a for a in services.accounts.accounts(me) if a.login == rest[0])
            services.accounts.update_account(me, other.id, other.full_name, other.position,
                                             other.roles, False)
            return "ok"
        if action in ("forge-slot", "greedy-slot"):
            return _tampered(services, me.user_id, action, rest)
        if action == "refused":
            with services.db.session() as s:
                return [(q.table_name, q.reason) for q in replica.quarantined(s)]
        raise SystemExit(f"unknown action {action}")
    finally:
        services.close()


def _tampered(services: Services, author: object, action: str, rest: list[str]) -> str:
    """What a program changed to write another's slot, or an out-of-bounds one, would send:
    the row written directly, under the author's name, so the exchange captures it."""
    assert services.db.key is not None and services.db.file is not None
    target = rest[0] if action == "forge-slot" else None
    scratch = KeySlots.new(services.db.file.with_name("scratch"), services.db.key)
    with services.db.session(author) as s:  # type: ignore[arg-type]
        row = account_queries.user_by_login(s, target) if target else \
            next(u for u in account_queries.all_users(s) if u.id == author)
        assert row is not None
        scratch.add_password(services.db.key, row.login, rest[1] if target else "x" * 12)
        slot = json.loads(scratch.travelling(row.login) or "")
        if action == "greedy-slot":
            slot["kdf"]["m"] = 4 * 1024 * 1024  # KiB: 4 GiB
        row.password_slot = json.dumps(slot)
    return "ok"


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:]), ensure_ascii=False, default=str))
