"""Ad-hoc lists: filters, columns, sort, saved under a name, exported; permissions hold."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from ops_desktop.domain import adhoc_lists as adhoc
from ops_desktop.domain.adhoc_lists import ListDefinition, ListFilter
from ops_desktop.domain.errors import PermissionDenied, ValidationError
from ops_desktop.domain.permissions import Permission
from ops_desktop.domain.vocabulary import Role
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.services.test_mrpips03 import Known, known  # noqa: F401 - the office as a fixture

GRANTS = ListDefinition(
    name="Zasiłki celowe I półrocza", entity="decisions",
    columns=("case_sign", "issued_on", "amount"),
    filters=(ListFilter("form", "eq", "Zasiłek celowy"), ListFilter("kind", "eq", "grant"),
             ListFilter("issued_on", "from", "2025-01-01"),
             ListFilter("issued_on", "to", "2025-06-30")),
    sort="amount", descending=True)


def test_a_list_filters_sorts_and_shows_the_chosen_columns(
        services: Services, coordinator: Actor, known: Known) -> None:  # noqa: F811
    result = services.adhoc_lists.run(coordinator, GRANTS)
    assert result.headers == ("Znak sprawy", "Data wydania", "Kwota")
    assert result.rows == [(known.jan_march, dt.date(2025, 3, 10), Decimal("300")),
                           (known.maria, dt.date(2025, 6, 30), Decimal("200.5")),
                           (known.jan_may, dt.date(2025, 5, 5), Decimal("100"))]
    persons = services.adhoc_lists.run(coordinator, ListDefinition(
        "Ewy", "persons", ("first_name", "last_name"), (ListFilter("first_name", "contains", "ew"),),
        sort="first_name"))
    assert {r[0] for r in persons.rows} == {"Ewa"} and len(persons.rows) == 2


def test_saved_under_a_name_and_exported(
        services: Services, coordinator: Actor, auditor: Actor, known: Known) -> None:  # noqa: F811
    services.adhoc_lists.save(coordinator, GRANTS)
    assert services.adhoc_lists.saved(coordinator) == [GRANTS]
    book = load_workbook(io.BytesIO(services.adhoc_lists.export(coordinator, GRANTS, "xlsx")))
    sheet = book.active
    assert [c.value for c in sheet[1]] == ["Znak sprawy", "Data wydania", "Kwota"]
    assert sheet["C2"].value == 300 and sheet["C2"].number_format == "#,##0.00"
    text = services.adhoc_lists.export(coordinator, GRANTS, "csv").decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text), delimiter=";"))[1] == [
        known.jan_march, "10.03.2025", "300,00"]
    services.adhoc_lists.delete(coordinator, GRANTS.name)
    assert services.adhoc_lists.saved(coordinator) == []
    logged = [e.action for e in services.audit.entries(auditor, user_id=coordinator.user_id,
                                                       limit=50) if e.entity == "adhoc_list"]
    assert logged.count("export") == 2 and "view" in logged


def test_no_list_reads_a_field_its_reader_could_not(
        services: Services, coordinator: Actor, known: Known,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.adhoc_lists.save(coordinator, GRANTS)
    # Were the amount a field only the administrator reads, the head could neither choose
    # it, nor run or see a list that shows, filters or sorts by it.
    fields = adhoc.CATALOGUE["decisions"]
    monkeypatch.setitem(adhoc.CATALOGUE, "decisions", tuple(
        dataclasses.replace(f, permission=Permission.MANAGE_USERS) if f.key == "amount" else f
        for f in fields))
    assert "amount" not in {f.key for f in services.adhoc_lists.fields(coordinator, "decisions")}
    with pytest.raises(PermissionDenied):
        services.adhoc_lists.run(coordinator, GRANTS)
    assert services.adhoc_lists.saved(coordinator) == []
    social_worker = Actor(coordinator.user_id, "X", "", frozenset({Role.SOCIAL_WORK}))
    with pytest.raises(PermissionDenied):  # the builder is the head's
        services.adhoc_lists.fields(social_worker, "persons")
    with pytest.raises(ValidationError) as caught:
        services.adhoc_lists.run(coordinator, ListDefinition("", "decisions", ("grounds",)))
    assert {e.field for e in caught.value.errors} == {"name", "columns"}
    with pytest.raises(ValidationError):
        services.adhoc_lists.run(coordinator, ListDefinition(
            "x", "decisions", ("case_sign",), (ListFilter("issued_on", "from", "wczoraj"),)))


def test_a_wrong_filter_value_is_refused_for_its_own_filter(
        services: Services, coordinator: Actor) -> None:
    d = dataclasses.replace(GRANTS, filters=(
        ListFilter("issued_on", "from", "2025-01-01"), ListFilter("amount", "from", "1,234"),
        ListFilter("issued_on", "to", "30.06.2025"), ListFilter("party_name", "contains", "x")))
    with pytest.raises(ValidationError) as refused:
        services.adhoc_lists.run(coordinator, d)
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("filters.1", "filter_amount_invalid"), ("filters.2", "filter_date_invalid")}
