"""Papers printed in one go: PDFs rendered by different services joined into one file, so the
head's day's print holds the decisions and the services team's acts (DPS, shelter, posiłek)
alike."""

from __future__ import annotations

from collections.abc import Sequence


def join_papers(parts: Sequence[bytes]) -> bytes:
    """The parts, in order, as one PDF (one part is returned as it is)."""
    from ops_desktop.documents.pdf_join import join_pdfs

    return parts[0] if len(parts) == 1 else join_pdfs(parts)
