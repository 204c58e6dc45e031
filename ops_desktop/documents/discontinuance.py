"""The parts of a decision discontinuing the proceedings after the party withdrew the
application (umorzenie postępowania, KPA art. 105): the rest of the paper – organ, date,
party, instruction on appeal (art. 127–129, 127a), signature – is the same as in every
decision (documents/decision.py)."""

from __future__ import annotations

from ops_desktop.documents.data import DecisionDocument, WithdrawalOnPaper
from ops_desktop.documents.decision import BLANK, _party_description, _tidy, date_long
from ops_desktop.documents.styles import text
from ops_desktop.documents.texts import DecisionTexts, DiscontinuanceTexts
from ops_desktop.domain.vocabulary import POLISH_WITHDRAWAL_MANNERS


def _values(doc: DecisionDocument, texts: DecisionTexts) -> dict[str, str]:
    w = doc.withdrawal
    d = texts.discontinuance
    basis = d.legal_basis_on_request if _on_request(w) else d.legal_basis_groundless
    return {
        "legal_basis": " w związku z ".join(basis),
        "application_date": date_long(doc.application_received_on),
        "party": doc.party.full_name,
        "party_description": _party_description(doc.party),
        "form_genitive": texts.form(doc.form).name_genitive,
        "withdrawn_on": date_long(w.withdrawn_on) if w else BLANK,
        "manner": POLISH_WITHDRAWAL_MANNERS[w.manner] if w else BLANK,
    }


def _on_request(w: WithdrawalOnPaper | None) -> bool:
    """Art. 105 § 2 when the party asked for the discontinuance; § 1 otherwise."""
    return w is not None and w.requested_discontinuance


def introduction(doc: DecisionDocument, texts: DecisionTexts) -> str:
    return text(texts.discontinuance.introduction.format(**_values(doc, texts)))


def ruling_points(doc: DecisionDocument, texts: DecisionTexts) -> list[str]:
    values = _values(doc, texts)
    return [_tidy(point.format(**values)) for point in texts.discontinuance.ruling]


def facts(doc: DecisionDocument, texts: DecisionTexts) -> list[str]:
    """The withdrawal – its day and manner – then anything the worker added."""
    paragraphs = [_tidy(texts.discontinuance.withdrawal.format(**_values(doc, texts)))]
    paragraphs += [line.strip() for line in doc.reasoning.splitlines() if line.strip()]
    return paragraphs


def legal_reasoning(doc: DecisionDocument, texts: DecisionTexts) -> list[str]:
    d: DiscontinuanceTexts = texts.discontinuance
    reasoning = d.reasoning_on_request if _on_request(doc.withdrawal) else d.reasoning_groundless
    return [*reasoning, *d.closing]
