"""Another PC's audit log is kept from its beginning: a later file that arrives before the
first one waits for it, so the copy of that PC's chain is whole and `verify` passes."""

from __future__ import annotations

import shutil
from pathlib import Path

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import AUDIT
from ops_desktop.exchange.sync import membership
from ops_desktop.services.context import Actor
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage.audit_copies import verify_copies
from tests.services.helpers import PESEL_WOMAN_1985, person


def test_a_pcs_first_log_file_arriving_late_is_still_read_first(
        desk: Actor, two_pcs: tuple[Services, Services], tmp_path: Path) -> None:
    _, second = two_pcs
    third = Services.over(ExchangeService.join(
        tmp_path / "zaproszenie.opsbak", (tmp_path / "code.txt").read_text(),
        tmp_path / "pc3.sqlite", "Pokój 3").db)
    try:
        second.persons.register_household(desk, person(), [])
        ExchangeService(second.db).sync()
        second.persons.register_household(desk, person("Ewa", "Kowalska", PESEL_WOMAN_1985), [])
        ExchangeService(second.db).sync()
        me = membership(second.db)
        assert me is not None
        folder = exchange_folder.member_folder(me.root, me.member)
        first_file = exchange_folder.bundles(folder, AUDIT)[0][2]
        held = tmp_path / first_file.name
        shutil.move(first_file, held)  # still on its way: the later files are there

        late = ExchangeService(third.db).sync()
        shutil.move(held, first_file)
        ExchangeService(third.db).sync()

        assert "missing_file" in {p.code for p in late.problems}
        with third.db.session() as s:
            chains = verify_copies(s.connection())
        assert chains[me.member].ok and chains[me.member].checked > 0
    finally:
        third.close()
