"""Instalments and deductions of an undue-benefit claim, against cases computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.undue_benefits import Instalment, balance, deduction, instalments


def test_a_hundred_zloty_in_three_instalments_puts_the_odd_grosz_in_the_last() -> None:
    # 10 000 gr ÷ 3 = 3 333 gr, remainder 1 gr: 33,33 + 33,33 + 33,34 zł.
    assert instalments(10000, 3, dt.date(2027, 1, 31)) == [
        Instalment(1, dt.date(2027, 1, 31), 3333),
        Instalment(2, dt.date(2027, 2, 28), 3333),  # no 31 February: its last day
        Instalment(3, dt.date(2027, 3, 31), 3334),
    ]


def test_an_undue_benefit_of_1_234_56_in_seven_instalments() -> None:
    # 123 456 gr ÷ 7 = 17 636 gr (× 6 = 105 816), last 123 456 − 105 816 = 17 640 gr.
    plan = instalments(123456, 7, dt.date(2027, 3, 15))
    assert [i.amount_grosze for i in plan] == [17636] * 6 + [17640]
    assert sum(i.amount_grosze for i in plan) == 123456
    assert plan[-1].due_on == dt.date(2027, 9, 15)


def test_one_instalment_is_the_whole_claim() -> None:
    assert instalments(5001, 1, dt.date(2027, 1, 1)) == [Instalment(1, dt.date(2027, 1, 1), 5001)]


@pytest.mark.parametrize("total,count", [(0, 1), (-5, 1), (100, 0), (100, 61), (3, 4),
                                         (True, 1), (100, True), (100, 2.0)])
def test_impossible_instalments_are_refused(total: object, count: object) -> None:
    with pytest.raises(DomainError):
        instalments(total, count, dt.date(2027, 1, 1))  # type: ignore[arg-type]


def test_a_deduction_never_takes_more_than_the_payment_nor_the_balance() -> None:
    # 600,00 zł paid, 250,00 zł owed: 250,00 off, 350,00 zł net.
    assert deduction(60000, 25000) == 25000
    # 600,00 zł paid, 900,00 zł owed: the whole payment, net 0 – never below zero.
    assert deduction(60000, 90000) == 60000
    assert deduction(60000, 0) == 0
    with pytest.raises(DomainError):
        deduction(-1, 100)


def test_the_balance_follows_payments_to_zero_or_ends_by_a_waiver() -> None:
    assert balance(30000, [10000, 5000], waived=False) == 15000
    assert balance(30000, [10000, 20000], waived=False) == 0
    assert balance(30000, [10000], waived=True) == 0
