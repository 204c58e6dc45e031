"""Standard wording of decisions, loaded from the dated sets in decision_texts.json."""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ops_desktop.config import resource_path
from ops_desktop.domain.vocabulary import BenefitForm, DecisionKind


class DecisionTextsError(ValueError):
    """decision_texts.json is missing, malformed, or uses a placeholder the printer cannot fill."""


# The placeholders each kind of template may use; checked on load, so a typo in the data
# fails when the office installs the file, not when a worker prints a decision.
INTRODUCTION_FIELDS = frozenset(
    {"legal_basis", "application_date", "party", "party_description", "form", "form_genitive"}
)
RULING_FIELDS = frozenset(
    {"party", "recipient", "amount", "period", "period_from", "period_to", "purpose",
     "payment_method", "form", "part_months"}
)
# Art. 106 ust. 3 u.p.s.: "za grudzień 2026 r. w kwocie 561,29 zł (za 29 dni)".
PART_MONTH_FIELDS = frozenset({"month", "amount", "days"})
DISCONTINUANCE_FIELDS = frozenset(
    {"legal_basis", "application_date", "party", "party_description", "form_genitive",
     "withdrawn_on", "manner"}
)
PERIOD_FIELDS = frozenset({"period_from", "period_to"})
FIGURES_FIELDS = frozenset({"household_size", "persons", "income", "criterion"})
GROUNDS_FIELDS = frozenset({"grounds"})
INTERVIEW_FIELDS = frozenset({"interview_date"})
SOURCE_FIELDS = frozenset({"source"})
APPEAL_FIELDS = frozenset({"appeal_body", "office", "mayor", "appeal_days"})
SIGNATURE_FIELDS = frozenset({"mayor"})
NO_FIELDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class KindTexts:
    """Wording for one form of help and one kind of decision (grant or refusal)."""

    legal_basis: tuple[str, ...]  # first the KPA line, then the u.p.s. articles
    ruling: tuple[str, ...]  # numbered points of the ruling
    legal_reasoning: tuple[str, ...]  # the standard legal part of the reasoning

    def legal_basis_text(self) -> str:
        """"art. 104 KPA … w związku z art. 7, … ustawy … o pomocy społecznej …"."""
        return " w związku z ".join(self.legal_basis)


@dataclass(frozen=True)
class DiscontinuanceTexts:
    """Wording of a decision discontinuing the proceedings after a withdrawal (KPA art. 105)."""

    legal_basis_groundless: tuple[str, ...]  # § 1: the proceedings became groundless
    legal_basis_on_request: tuple[str, ...]  # § 2: the party asked for the discontinuance
    introduction: str
    ruling: tuple[str, ...]
    withdrawal: str  # the facts: the day and manner of the withdrawal
    reasoning_groundless: tuple[str, ...]
    reasoning_on_request: tuple[str, ...]
    closing: tuple[str, ...]


@dataclass(frozen=True)
class FormTexts:
    name: str  # "zasiłek stały"
    name_genitive: str  # "zasiłku stałego", for "w sprawie przyznania …"
    grant: KindTexts
    refusal: KindTexts


@dataclass(frozen=True)
class DecisionTexts:
    """One dated set of standard wording; templates use str.format placeholders."""

    valid_from: dt.date
    source: str
    introduction: str
    ruling_heading: str
    period_fixed: str
    period_indefinite: str
    figures_single: str
    figures_family: str
    criterion_source: str
    grounds: str  # names the art. 7 grounds recorded on the application
    grounds_withheld: str  # instead of a ground not printed (violence, addiction)
    interview: str  # the family interview (art. 106 ust. 4) on the date entered
    income_rule: tuple[str, ...]
    closing: tuple[str, ...]
    appeal: tuple[str, ...]
    grant_notices: tuple[str, ...]
    signature: str
    genitive: tuple[tuple[str, str], ...]  # (nominative word or phrase, genitive)
    forms: Mapping[BenefitForm, FormTexts]
    part_month: str
    discontinuance: DiscontinuanceTexts

    def form(self, form: BenefitForm) -> FormTexts:
        return self.forms[form]

    def kind(self, form: BenefitForm, kind: DecisionKind) -> KindTexts:
        texts = self.forms[form]
        return texts.grant if kind is DecisionKind.GRANT else texts.refusal

    def genitive_of(self, name: str) -> str:
        """"Samorządowe Kolegium Odwoławcze w Gorzowie" -> "Samorządowego Kolegium … w Gorzowie".

        Only the part before the seat (" w …", already locative) is declined, and only the words
        listed in the data; a name already in the genitive or not listed is left as it is.
        """
        if not self.genitive:
            return name
        head, sep, seat = name.partition(" w ")
        words = sorted(self.genitive, key=lambda pair: len(pair[0]), reverse=True)
        table = dict(words)
        pattern = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(nom) for nom, _ in words) + r")(?![\w-])"
        )
        return pattern.sub(lambda m: table[m.group(1)], head) + sep + seat


def decision_texts(on: dt.date, path: Path | None = None) -> DecisionTexts:
    """The set in force on `on` (date of issue): a reprint cites the law it was issued under."""
    sets = load_decision_text_sets(path or resource_path("law", "decision_texts.json"))
    in_force = [s for s in sets if s.valid_from <= on]
    if not in_force:
        raise DecisionTextsError(f"no decision texts in force on {on.isoformat()}")
    return max(in_force, key=lambda s: s.valid_from)


@lru_cache(maxsize=8)
def load_decision_text_sets(path: Path) -> tuple[DecisionTexts, ...]:
    """Parse and check every set in the file once per process."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DecisionTextsError(f"{path}: {exc}") from exc
    sets = _require(raw, "sets", list, "file")
    if not sets:
        raise DecisionTextsError(f"{path}: no sets")
    resolved = _resolve_inheritance(sets)
    return tuple(_parse_set(item, f"sets[{i}]") for i, item in enumerate(resolved))


def _resolve_inheritance(sets: list[Any]) -> list[Any]:
    """Expand sets written as "the set from <date>, with these citations replaced".

    Consolidated texts (teksty jednolite) of the statutes are republished every year or two
    while the wording barely changes, so an older set names the set it inherits from
    ("inherits": its valid_from) and lists literal replacements ("replace": {old: new}) applied
    to every inherited string; any other key it gives (its own "source" is required) replaces
    the inherited one. Inheritance is one level deep, and a replacement that matches nothing is
    an error, so a reworded parent cannot silently leave an old set citing the new law.
    """
    full: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    for i, item in enumerate(sets):
        if isinstance(item, dict) and isinstance(item.get("valid_from"), str):
            if item["valid_from"] in seen:
                raise DecisionTextsError(f"sets[{i}]: second set from {item['valid_from']}")
            seen.add(item["valid_from"])
            if "inherits" not in item:
                full[item["valid_from"]] = item
    return [
        _inherit(item, full, f"sets[{i}]") if isinstance(item, dict) and "inherits" in item
        else item
        for i, item in enumerate(sets)
    ]


def _inherit(item: dict[str, Any], full: dict[str, dict[str, Any]], where: str) -> dict[str, Any]:
    parent_date = _require(item, "inherits", str, where)
    parent = full.get(parent_date)
    if parent is None:
        raise DecisionTextsError(
            f"{where}.inherits: no set from {parent_date} written out in full")
    _require(item, "source", str, where)
    replace = item.get("replace", {})
    if not isinstance(replace, dict) or not all(
        isinstance(old, str) and old and isinstance(new, str) for old, new in replace.items()
    ):
        raise DecisionTextsError(f"{where}.replace: expected an object of non-empty strings")
    inherited = {k: v for k, v in parent.items() if k not in ("valid_from", "source")}
    for old, new in replace.items():
        inherited, count = _replaced(inherited, old, new)
        if not count:
            raise DecisionTextsError(
                f"{where}.replace: '{old}' does not occur in the set from {parent_date}")
    own = {k: v for k, v in item.items() if k not in ("inherits", "replace")}
    return {**inherited, **own}


def _replaced(value: Any, old: str, new: str) -> tuple[Any, int]:
    """`value` with `old` replaced by `new` in every string inside it, and how many were."""
    if isinstance(value, str):
        return value.replace(old, new), value.count(old)
    if isinstance(value, list):
        pairs = [_replaced(v, old, new) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        done = {k: _replaced(v, old, new) for k, v in value.items()}
        return {k: v for k, (v, _) in done.items()}, sum(n for _, n in done.values())
    return value, 0


def _parse_set(raw: Any, where: str) -> DecisionTexts:
    if not isinstance(raw, dict):
        raise DecisionTextsError(f"{where}: expected an object")
    try:
        valid_from = dt.date.fromisoformat(_require(raw, "valid_from", str, where))
    except ValueError as exc:
        raise DecisionTextsError(f"{where}.valid_from: {exc}") from exc
    forms_raw = _require(raw, "forms", dict, where)
    forms: dict[BenefitForm, FormTexts] = {}
    for form in BenefitForm:
        fraw = _require(forms_raw, form.value, dict, f"{where}.forms")
        fwhere = f"{where}.forms.{form.value}"
        forms[form] = FormTexts(
            name=_template(fraw, "name", NO_FIELDS, fwhere),
            name_genitive=_template(fraw, "name_genitive", NO_FIELDS, fwhere),
            grant=_parse_kind(_require(fraw, "grant", dict, fwhere), f"{fwhere}.grant"),
            refusal=_parse_kind(_require(fraw, "refusal", dict, fwhere), f"{fwhere}.refusal"),
        )
    genitive_raw = raw.get("genitive", [])
    if not isinstance(genitive_raw, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and w for w in p)
        for p in genitive_raw
    ):
        raise DecisionTextsError(f"{where}.genitive: expected a list of [nominative, genitive]")
    return DecisionTexts(
        valid_from=valid_from,
        source=_require(raw, "source", str, where),
        introduction=_template(raw, "introduction", INTRODUCTION_FIELDS, where),
        ruling_heading=_template(raw, "ruling_heading", NO_FIELDS, where),
        period_fixed=_template(raw, "period_fixed", PERIOD_FIELDS, where),
        period_indefinite=_template(raw, "period_indefinite", PERIOD_FIELDS, where),
        figures_single=_template(raw, "figures_single", FIGURES_FIELDS, where),
        figures_family=_template(raw, "figures_family", FIGURES_FIELDS, where),
        criterion_source=_template(raw, "criterion_source", SOURCE_FIELDS, where),
        grounds=_template(raw, "grounds", GROUNDS_FIELDS, where),
        grounds_withheld=_template(raw, "grounds_withheld", NO_FIELDS, where),
        interview=_template(raw, "interview", INTERVIEW_FIELDS, where),
        income_rule=_templates(raw, "income_rule", NO_FIELDS, where),
        closing=_templates(raw, "closing", NO_FIELDS, where),
        appeal=_templates(raw, "appeal", APPEAL_FIELDS, where, min_items=1),
        grant_notices=_templates(raw, "grant_notices", NO_FIELDS, where),
        signature=_template(raw, "signature", SIGNATURE_FIELDS, where),
        genitive=tuple((nom, gen) for nom, gen in genitive_raw),
        forms=forms,
        part_month=_template(raw, "part_month", PART_MONTH_FIELDS, where),
        discontinuance=_parse_discontinuance(
            _require(raw, "discontinuance", dict, where), f"{where}.discontinuance"),
    )


def _parse_discontinuance(raw: dict[str, Any], where: str) -> DiscontinuanceTexts:
    def many(key: str) -> tuple[str, ...]:
        return _templates(raw, key, DISCONTINUANCE_FIELDS, where, min_items=1)

    return DiscontinuanceTexts(
        legal_basis_groundless=many("legal_basis_groundless"),
        legal_basis_on_request=many("legal_basis_on_request"),
        introduction=_template(raw, "introduction", DISCONTINUANCE_FIELDS, where),
        ruling=many("ruling"),
        withdrawal=_template(raw, "withdrawal", DISCONTINUANCE_FIELDS, where),
        reasoning_groundless=many("reasoning_groundless"),
        reasoning_on_request=many("reasoning_on_request"),
        closing=many("closing"),
    )


def _parse_kind(raw: dict[str, Any], where: str) -> KindTexts:
    return KindTexts(
        legal_basis=_templates(raw, "legal_basis", NO_FIELDS, where, min_items=1),
        ruling=_templates(raw, "ruling", RULING_FIELDS, where, min_items=1),
        legal_reasoning=_templates(raw, "legal_reasoning", NO_FIELDS, where),
    )


def _require(raw: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in raw:
        raise DecisionTextsError(f"{where}: missing '{key}'")
    value = raw[key]
    if not isinstance(value, kind):
        raise DecisionTextsError(f"{where}.{key}: expected {kind.__name__}")
    return value


def _template(raw: dict[str, Any], key: str, allowed: frozenset[str], where: str) -> str:
    value: str = _require(raw, key, str, where)
    _check_fields(value, allowed, f"{where}.{key}")
    return value


def _templates(
    raw: dict[str, Any], key: str, allowed: frozenset[str], where: str, min_items: int = 0
) -> tuple[str, ...]:
    values = _require(raw, key, list, where)
    if len(values) < min_items or not all(isinstance(v, str) for v in values):
        raise DecisionTextsError(f"{where}.{key}: expected at least {min_items} strings")
    for i, value in enumerate(values):
        _check_fields(value, allowed, f"{where}.{key}[{i}]")
    return tuple(values)


def _check_fields(template: str, allowed: frozenset[str], where: str) -> None:
    try:
        used = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise DecisionTextsError(f"{where}: {exc}") from exc
    unknown = used - allowed
    if unknown:
        raise DecisionTextsError(f"{where}: unknown placeholder(s) {sorted(unknown)}")
