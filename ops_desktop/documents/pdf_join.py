"""Joining PDFs this program wrote (reportlab, documents/pages.py) into one, pages in order.

A batch is laid out in slices by several processes (documents/batch.py); each slice is a
whole PDF with its own fonts. Joining keeps every object of every slice as it is, numbered
anew, and puts all their pages under one page tree: no page is drawn or parsed again, so it
costs a copy of the bytes. It reads only what reportlab writes (a classic cross-reference
table, one flat page tree); anything else is refused rather than joined wrongly.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

_REF = re.compile(rb"(\d+) 0 R\b")
_HEADER = re.compile(rb"(\d+) 0 obj\b")


@dataclass
class _Part:
    objects: dict[int, bytes]  # number -> "N 0 obj ... endobj\n"
    root: int  # the catalogue
    info: int
    pages: int  # the page tree's root
    kids: list[int]


def _entry(pdf: bytes, name: bytes) -> int:
    found = re.search(rb"/" + name + rb" (\d+) 0 R", pdf[pdf.rindex(b"trailer"):])
    if found is None:
        raise ValueError(f"not a PDF of this program: no /{name.decode()} in the trailer")
    return int(found.group(1))


def _parse(pdf: bytes) -> _Part:
    xref = int(pdf[pdf.rindex(b"startxref") + 9:].split()[0])
    if not pdf.startswith(b"xref", xref):
        raise ValueError("not a PDF of this program: no cross-reference table")
    lines = pdf[xref:pdf.index(b"trailer", xref)].split(b"\n")
    first, count = (int(x) for x in lines[1].split())
    offsets = {first + i: int(line[:10]) for i, line in enumerate(lines[2:2 + count])
               if line[17:18] == b"n"}
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    ends = [offset for _n, offset in ordered[1:]] + [xref]
    objects = {n: pdf[offset:end] for (n, offset), end in zip(ordered, ends, strict=True)}
    root, info = _entry(pdf, b"Root"), _entry(pdf, b"Info")
    pages_ref = re.search(rb"/Pages (\d+) 0 R", _dictionary(objects[root]))
    if pages_ref is None:
        raise ValueError("not a PDF of this program: the catalogue has no page tree")
    pages = int(pages_ref.group(1))
    tree = _dictionary(objects[pages])
    kids_array = re.search(rb"/Kids \[([^\]]*)\]", tree)
    if kids_array is None:
        raise ValueError("not a PDF of this program: a page tree without kids")
    kids = [int(k) for k in _REF.findall(kids_array.group(1))]
    if not all(re.search(rb"/Type /Page\b", _dictionary(objects[kid])) for kid in kids):
        raise ValueError("not a PDF of this program: a nested page tree")
    return _Part(objects, root, info, pages, kids)


def _dictionary(obj: bytes) -> bytes:
    """The object without its stream: the part where references may stand."""
    at = obj.find(b"\nstream")
    return obj if at < 0 else obj[:at]


def _renumbered(obj: bytes, new: int, numbers: dict[int, int]) -> bytes:
    head = _dictionary(obj)
    rest = obj[len(head):]
    head = _HEADER.sub(lambda m: b"%d 0 obj" % new, head, count=1)
    head = _REF.sub(lambda m: b"%d 0 R" % numbers[int(m.group(1))], head)
    return head + rest


def join_pdfs(parts: Sequence[bytes]) -> bytes:
    """One PDF with the pages of `parts` in order; its catalogue and title are the first's."""
    if len(parts) == 1:
        return parts[0]
    parsed = [_parse(pdf) for pdf in parts]
    tree = 1  # the new page tree
    out: list[bytes] = [parts[0][:_HEADER.search(parts[0]).start()]]  # type: ignore[union-attr]
    offsets: dict[int, int] = {}
    size = len(out[0])
    kids: list[int] = []
    following = 2
    root = info = 0
    for index, part in enumerate(parsed):
        # Only the first slice's catalogue and document information stay; every page tree
        # gives way to the new one.
        dropped = {part.pages} | ({part.root, part.info} if index else set())
        numbers = {part.pages: tree}
        for n in sorted(part.objects):
            if n not in dropped:
                numbers[n] = following
                following += 1
        for n in sorted(part.objects):
            if n in dropped:
                continue
            obj = _renumbered(part.objects[n], numbers[n], numbers)
            offsets[numbers[n]] = size
            out.append(obj)
            size += len(obj)
        kids += [numbers[k] for k in part.kids]
        if index == 0:
            root, info = numbers[part.root], numbers[part.info]
    pages = (b"%d 0 obj\n<<\n/Count %d /Kids [ " % (tree, len(kids))
             + b" ".join(b"%d 0 R" % k for k in kids) + b" ] /Type /Pages\n>>\nendobj\n")
    offsets[tree] = size
    out.append(pages)
    size += len(pages)
    digest = hashlib.md5(b"".join(p[-200:] for p in parts), usedforsecurity=False).hexdigest()
    table = [b"xref\n0 %d\n0000000000 65535 f \n" % following]
    table += [b"%010d 00000 n \n" % offsets[n] for n in range(1, following)]
    table.append(b"trailer\n<<\n/ID [<%s><%s>]\n/Info %d 0 R\n/Root %d 0 R\n/Size %d\n>>\n"
                 b"startxref\n%d\n%%%%EOF\n" % (digest.encode(), digest.encode(), info, root,
                                                 following, size))
    out += table
    return b"".join(out)
