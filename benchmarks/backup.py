"""Size and time of one encrypted backup of a generated office (production scrypt cost).

    python benchmarks/backup.py [--households N]

Prints the database size, the backup file's size, and the seconds taken to write (online
copy + encryption + verification), to verify alone and to restore.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ops_desktop.services.demo import create_demo_office  # noqa: E402
from ops_desktop.services.hub import Services  # noqa: E402
from ops_desktop.storage import backup, backup_file  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=80)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db, usb = root / "ops.sqlite", root / "usb"
        usb.mkdir()
        services = Services.open(f"sqlite:///{db}")
        counts = create_demo_office(services, households=args.households)
        services.close()  # folds the WAL into the file, so its size is the office's size
        start = time.perf_counter()
        info = backup.write_backup(db, usb, PASSPHRASE, dt.datetime.now().astimezone())
        written = time.perf_counter() - start
        start = time.perf_counter()
        backup.verify_backup(info.file, PASSPHRASE)
        verified = time.perf_counter() - start
        start = time.perf_counter()
        backup.restore_backup(info.file, PASSPHRASE, db)
        restored = time.perf_counter() - start
        print(f"office: {counts['persons']} persons in {counts['households']} households, "
              f"{info.rows} rows in all")
        print(f"database file      {db.stat().st_size / 1e6:8.2f} MB")
        print(f"backup file        {info.size / 1e6:8.2f} MB")
        print(f"write + verify     {written:8.2f} s  (scrypt n=2**{backup_file.SCRYPT_N.bit_length() - 1})")
        print(f"verify alone       {verified:8.2f} s")
        print(f"restore            {restored:8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
