"""The Elixir-O (PLI) file of an approved transfer list: one line per transfer.

Sixteen comma-separated fields in the order of the Elixir-O record (resources/law/
payments.json names the source and what is still to be confirmed): order code, execution
date RRRRMMDD, amount in grosze, the sender's bank (NRB digits 3–10), 0, the sender's and the
recipient's account in quotes, their names in quotes with `|` between lines (at most 4 lines
of 35 characters), 0, the recipient's bank, the title, two empty fields, the classification
and the office's own reference. Lines end with CR LF and the text is in the bank profile's
code page (Windows-1250 by default). The title names no form of help: a bank statement is
read by others than the payee (art. 100 u.p.s., confidentiality).
"""

from __future__ import annotations

import textwrap
import unicodedata

from ops_desktop.documents.payment_data import Payer, PaymentListPaper
from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.payment_rules import payment_rules
from ops_desktop.domain.person import validate_iban
from ops_desktop.domain.vocabulary import PaymentMethod

LINE_CHARS = 35
MAX_LINES = 4
CODE_PAGES = ("cp1250", "iso8859_2", "cp852")


def nrb(account: str) -> str:
    """The 26 digits of a Polish account number, checked (mod 97) by python-stdnum."""
    compact = validate_iban(account)
    if not compact.startswith("PL"):
        raise DomainError("iban_invalid", "not a Polish account")
    return compact[2:]


def _clean(value: str) -> str:
    """One line of a text field: no quotes, separators or control characters."""
    value = "".join(" " if unicodedata.category(c).startswith("C") else c for c in value)
    return " ".join(value.replace('"', "'").replace("|", "/").split())


def _lines(*values: str) -> str:
    """Up to 4 lines of 35 characters, broken between words where a word allows it."""
    out: list[str] = []
    for value in values:
        out += textwrap.wrap(_clean(value), LINE_CHARS)
    return "|".join(out[:MAX_LINES])


def _quoted(value: str) -> str:
    return f'"{value}"'


def elixir_lines(paper: PaymentListPaper, payer: Payer) -> list[str]:
    """The records of the file, one per transfer, as text (before encoding)."""
    if paper.method is not PaymentMethod.BANK_TRANSFER:
        raise DomainError("not_a_transfer_list", paper.number)
    if not paper.approved:
        raise DomainError("list_not_approved", paper.number)
    rules = payment_rules(paper.benefit_month).elixir
    sender = nrb(payer.account)
    sender_name = _lines(*payer.name_lines)
    day = paper.payment_date.strftime("%Y%m%d")
    month = paper.benefit_month.strftime("%m.%Y")
    records: list[str] = []
    for line in paper.lines:
        if line.net_grosze <= 0:
            continue  # nothing to transfer (a deduction took the whole payment)
        recipient = nrb(line.bank_account or "")
        fields = [
            rules.transaction_code, day, str(line.net_grosze), sender[2:10], "0",
            _quoted(sender), _quoted(recipient), _quoted(sender_name),
            _quoted(_lines(line.party_name, *line.party_address.splitlines())), "0",
            recipient[2:10], _quoted(_lines(f"Świadczenie za {month}", line.case_sign)),
            '""', '""', _quoted(rules.classification),
            _quoted(_clean(f"{paper.number}/{line.position}")[:LINE_CHARS]),
        ]
        records.append(",".join(fields))
    return records


def _encodable(text: str, code_page: str) -> str:
    """Letters the code page lacks lose their accents (or become '?'), never the file."""
    out = []
    for char in text:
        try:
            char.encode(code_page)
            out.append(char)
        except UnicodeEncodeError:
            plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
            out.append(plain or "?")
    return "".join(out)


def elixir_file(paper: PaymentListPaper, payer: Payer) -> bytes:
    """The file as the bank takes it: the profile's code page, CR LF after every line."""
    if payer.code_page not in CODE_PAGES:
        raise DomainError("code_page_invalid", payer.code_page)
    end = payment_rules(paper.benefit_month).elixir.line_end
    text = "".join(record + end for record in elixir_lines(paper, payer))
    return _encodable(text, payer.code_page).encode(payer.code_page)
