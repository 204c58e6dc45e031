"""Every record kind, field and action the audit log can hold has a Polish label (ui/labels.py).

A model that gains a column fails here until the column has a label, so the data-protection
officer never meets a raw field name."""

from __future__ import annotations

import dataclasses

from ops_desktop.domain.vocabulary import (
    ApplicationStatus,
    DecisionKind,
    DecisionStatus,
    ReferralStatus,
    Role,
    Sex,
)
from ops_desktop.services import backups
from ops_desktop.services.demo import DEMO_MARK
from ops_desktop.services.office import OfficeSettings
from ops_desktop.services.personal_data import RULES_KEY
from ops_desktop.storage.audit import ACTIONS, logged_fields
from ops_desktop.ui import labels


def unlabelled(fields: dict[str, tuple[str, ...]]) -> list[str]:
    missing = [entity for entity in fields if entity not in labels.AUDIT_ENTITIES]
    missing += [f"{entity}.{field}" for entity, names in fields.items() for field in names
                if (entity, field) not in labels.AUDIT_RECORD_FIELDS
                and field not in labels.AUDIT_FIELDS]
    return missing


def test_every_logged_record_and_field_has_a_label() -> None:
    fields = logged_fields()
    assert {"persons", "referrals", "decisions", "users", "settings"} <= set(fields)
    assert unlabelled(fields) == []


def test_a_new_column_without_a_label_is_caught() -> None:
    assert unlabelled({"persons": ("first_name", "shoe_size"), "pets": ()}) == [
        "pets", "persons.shoe_size"]


def test_every_action_has_a_label() -> None:
    assert [a for a in ACTIONS if a not in labels.AUDIT_ACTIONS] == []


def test_coded_fields_have_a_word_for_every_code() -> None:
    for (entity, field), enum in (
            (("referrals", "status"), ReferralStatus), (("applications", "status"), ApplicationStatus),
            (("decisions", "status"), DecisionStatus), (("decisions", "kind"), DecisionKind),
            (("users", "roles"), Role), (("persons", "sex"), Sex)):
        table = labels.audit_codes(entity, field)
        assert table is not None and all(code in table for code in enum), (entity, field)
    assert labels.audit_codes("referrals", "status") is labels.REFERRAL_STATUSES
    assert labels.audit_codes("applications", "status") is labels.APPLICATION_STATUSES


def test_every_setting_the_program_keeps_has_a_label() -> None:
    keys = {f.name for f in dataclasses.fields(OfficeSettings)}
    keys |= {getattr(backups, name) for name in dir(backups) if name.startswith("KEY_")}
    keys |= {RULES_KEY, DEMO_MARK, "idle_lock_minutes"}
    assert sorted(k for k in keys if k not in labels.AUDIT_SETTINGS) == []
