"""The Elixir-O record field by field, written out by hand from the field table."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from ops_desktop.documents.elixir import elixir_file, elixir_lines
from ops_desktop.documents.payment_data import Payer, PaymentLine, PaymentListPaper
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import BenefitForm, PaymentMethod

PAYER = Payer("PL61109010140000071219812874",
              ("Miejsko-Gminny Ośrodek Pomocy Społecznej w Lipowcu", "ul. Rynek 7",
               "66-999 Lipowiec"), "cp1250")


def _line(**changes: object) -> PaymentLine:
    data: dict[str, object] = dict(
        position=2, party_name="Jan Żółkiewski", party_address="ul. Polna 3/5\n66-999 Lipowiec",
        party_pesel="44051401458", case_sign="OPS.8310.12.2026", issued_on=dt.date(2026, 11, 20),
        form=BenefitForm.PERIODIC, benefit_month=dt.date(2026, 12, 1), days=29, month_days=31,
        amount_grosze=56129, bank_account="PL27114020040000300201355387")
    data.update(changes)
    return PaymentLine(**data)  # type: ignore[arg-type]


def _paper(*lines: PaymentLine, approved: bool = True,
           method: PaymentMethod = PaymentMethod.BANK_TRANSFER) -> PaymentListPaper:
    return PaymentListPaper(
        number="LW/4/2026", benefit_month=dt.date(2026, 12, 1), method=method, chapter="85214",
        chapter_name="Zasiłki", chapter_confirmed=False, payment_date=dt.date(2026, 12, 10),
        approved=approved, prepared_name="Piotr Zieliński", approved_name="Barbara Żółkiewska",
        approved_at=dt.datetime(2026, 12, 3, 9, 0), lines=lines or (_line(),))


def test_one_transfer_checked_against_the_field_table_by_hand() -> None:
    [record] = elixir_lines(_paper(), PAYER)
    assert record == (
        '110,20261210,56129,10901014,0,'
        '"61109010140000071219812874","27114020040000300201355387",'
        '"Miejsko-Gminny Ośrodek Pomocy|Społecznej w Lipowcu|ul. Rynek 7|66-999 Lipowiec",'
        '"Jan Żółkiewski|ul. Polna 3/5|66-999 Lipowiec",0,11402004,'
        '"Świadczenie za 12.2026|OPS.8310.12.2026","","","51","LW/4/2026/2"')


def test_the_file_is_windows_1250_with_crlf() -> None:
    data = elixir_file(_paper(_line(), _line(position=3, party_name="Anna Łęcka")), PAYER)
    assert data.count(b"\r\n") == 2 and data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert "Żółkiewski".encode("cp1250") in data and "Łęcka".encode("cp1250") in data
    assert "Żółkiewski".encode("utf-8") not in data
    latin2 = elixir_file(_paper(), Payer(PAYER.account, PAYER.name_lines, "iso8859_2"))
    assert "Żółkiewski".encode("iso8859_2") in latin2


def test_hostile_names_cannot_break_the_record() -> None:
    hostile = _line(party_name='Jan "X",0,"PL00"|Ж\r\nnowy', party_address="a" * 200)
    [record] = elixir_lines(_paper(hostile), PAYER)
    assert "\r" not in record and "\n" not in record
    fields = next(csv.reader([record]))
    assert len(fields) == 16 and fields[6] == "27114020040000300201355387"
    name = fields[8].split("|")
    assert len(name) == 4 and all(len(part) <= 35 for part in name)
    assert name[0].startswith("Jan 'X'")
    data = elixir_file(_paper(hostile), PAYER)  # a letter the code page lacks becomes "?"
    assert b"?" in data and data.count(b"\r\n") == 1


def test_no_file_from_a_draft_a_cash_list_or_a_bad_account() -> None:
    with pytest.raises(DomainError, match="list_not_approved"):
        elixir_lines(_paper(approved=False), PAYER)
    with pytest.raises(DomainError, match="not_a_transfer_list"):
        elixir_lines(_paper(method=PaymentMethod.CASH), PAYER)
    with pytest.raises(DomainError, match="iban_invalid"):
        elixir_lines(_paper(_line(bank_account="PL27114020040000300201355388")), PAYER)
    with pytest.raises(DomainError, match="iban_invalid"):
        elixir_lines(_paper(_line(bank_account="DE89370400440532013000")), PAYER)
    with pytest.raises(DomainError, match="code_page_invalid"):
        elixir_file(_paper(), Payer(PAYER.account, PAYER.name_lines, "utf-8"))
