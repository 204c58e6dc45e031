"""Two PCs of one office in one process, each on its own SQLite file, sharing one folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.hub import Services
from ops_desktop.storage import backup_file


@pytest.fixture
def two_pcs(services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[tuple[Services, Services]]:
    """PC 1 (the `services` office) shares into tmp_path/wymiana; PC 2 joins. The code is
    left in tmp_path/code.txt for a PC that joins later."""
    monkeypatch.setattr(backup_file, "SCRYPT_N", 2**10)
    (tmp_path / "wymiana").mkdir()
    code = ExchangeService(services.db).share(tmp_path / "wymiana", "Sekretariat",
                                              tmp_path / "zaproszenie.opsbak")
    (tmp_path / "code.txt").write_text(code)
    joined = ExchangeService.join(tmp_path / "zaproszenie.opsbak", code,
                                  tmp_path / "pc2.sqlite", "Laptop")
    second = Services.over(joined.db)
    yield services, second
    second.close()


def sync_all(*pcs: Services) -> None:
    """Two rounds on each PC in turn: afterwards every PC has everything."""
    for _ in range(2):
        for pc in pcs:
            ExchangeService(pc.db).sync()
