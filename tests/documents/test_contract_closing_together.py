"""The kontrakt socjalny's closing – the period, the art. 11 ust. 2 notice and the signatures –
stays on one page: a long contract no longer leaves the notice split across a page
break with the signature lines alone on the next page."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from tests.documents.test_social_contract import _case
from tests.services.helpers import actions
from tests.services.test_contracts import contract_b


def _pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", (p.extract_text() or "").replace("\u00a0", " "))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def _page_of(pages: list[str], words: str) -> int:
    [index] = [i for i, text in enumerate(pages) if words in text]
    return index


def test_the_period_notice_and_signatures_share_a_page_however_long_the_table(
        services: Services, desk: Actor, social_worker: Actor) -> None:
    case_id = _case(services, desk, social_worker)
    for n in range(0, 20):  # each goal pushes the closing further down, over a page break
        goals = tuple(f"Cel szczegółowy nr {i + 1}" for i in range(n + 1))
        made = services.contracts.draft(social_worker, case_id, contract_b(
            actions=actions(3), specific_goals=goals))
        pages = _pages(services.contracts.render(social_worker, made.id))
        signed_on = _page_of(pages, "podpis pracownika socjalnego")
        assert _page_of(pages, "Kontrakt obowiązuje w okresie") == signed_on, n
        assert _page_of(pages, "art. 11 ust. 2") == signed_on, n
        assert _page_of(pages, "świadczeń pieniężnych z pomocy społecznej") == signed_on, n
