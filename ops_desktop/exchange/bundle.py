"""The bundle file: one member's changes, encrypted and authenticated with the office key.

Layout of a `.opsx` file:

    OPS-DESKTOP-EXCHANGE\\n     magic line
    {"format": 2, …}\\n          header: plain JSON (office, member, sequence range, the office
                               key's generation, nonce)
    ciphertext+tag             AES-256-GCM of the zlib-compressed JSON body; the magic and
                               the header line are the associated data

The header says only which office and PC wrote the file and which changes it holds; every
name, number and narrative is in the body. A changed byte anywhere, a header moved onto
another body, or a file of another office fails here and is refused, never applied.

Format 2 adds `keygen`, the generation of the office key the file is sealed with: a new key
is made when a PC is removed (exchange/keys.py), and readers keep the older keys for the
older files. A format 1 file has no `keygen` and was sealed with the invitation's key,
generation 1; it is still read.

`keyby` (from generation 2 on, when the sealing PC knows it) names the PC that made the key:
two PCs that removed a PC while apart each made a key of the same generation, and a reader
holding only the other one's key must wait for this one (`key_missing`), not call the file
altered. Older readers ignore the field; the header is authenticated, so it cannot be moved.
"""

from __future__ import annotations

import base64
import json
import secrets
import zlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ops_desktop.domain.errors import DomainError

MAGIC = b"OPS-DESKTOP-EXCHANGE\n"
KEY_FILE_MAGIC = b"OPS-DESKTOP-OFFICE-KEY\n"  # a new office key's file (exchange/keys.py)
FORMAT_VERSION = 2
FIRST_GENERATION = 1  # the key that came with the invitation
SUFFIX = ".opsx"
MAX_HEADER = 4096
MAX_BODY = 512 * 1024 * 1024  # inflated: a bundle of a month offline is a few megabytes


class BundleError(DomainError):
    """A bundle cannot be applied; `code`: not_a_bundle, damaged, altered, foreign_office,
    newer_format (written by a newer program: kept until this one is updated)."""


@dataclass(frozen=True)
class BundleHeader:
    format: int
    office: str
    member: str
    first: int
    last: int
    kind: str
    raw: bytes
    keygen: int = FIRST_GENERATION
    keyby: str = ""  # the PC that made the sealing key; "" when not said


# What a bundle holds: a PC's changes, or the entries of its audit log.
CHANGES, AUDIT = "changes", "audit"


def file_name(first: int, last: int, kind: str = CHANGES) -> str:
    prefix = "" if kind == CHANGES else f"{kind}-"
    return f"{prefix}{first:012d}-{last:012d}{SUFFIX}"


def seal(key: bytes, office: str, member: str, first: int, last: int,
         changes: list[dict[str, Any]], kind: str = CHANGES,
         keygen: int = FIRST_GENERATION, keyby: str | None = None) -> bytes:
    nonce = secrets.token_bytes(12)
    header = {"format": FORMAT_VERSION, "office": office, "member": member, "first": first,
              "last": last, "kind": kind, "keygen": keygen,
              "nonce": base64.b64encode(nonce).decode("ascii")}
    if keyby:
        header["keyby"] = keyby
    raw = json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
    body = zlib.compress(json.dumps({kind: changes}, ensure_ascii=False,
                                    separators=(",", ":")).encode("utf-8"), 6)
    return MAGIC + raw + AESGCM(key).encrypt(nonce, body, MAGIC + raw)


def read_header(data: bytes) -> BundleHeader:
    if not data.startswith(MAGIC):
        raise BundleError("not_a_bundle")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise BundleError("damaged", "header line")
    raw = data[len(MAGIC):end + 1]
    try:
        header = json.loads(raw)
        result = BundleHeader(format=int(header["format"]), office=str(header["office"]),
                              member=str(header["member"]), first=int(header["first"]),
                              last=int(header["last"]),
                              kind=str(header.get("kind", CHANGES)), raw=raw,
                              keygen=int(header.get("keygen", FIRST_GENERATION)),
                              keyby=str(header.get("keyby", "")))
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError("damaged", f"header: {exc}") from exc
    return result


def open_bundle(data: bytes, keys: bytes | Mapping[int, bytes | Sequence[bytes]], office: str,
                kind: str = CHANGES,
                makers: Mapping[int, Collection[str | None]] | None = None,
                ) -> tuple[BundleHeader, list[dict[str, Any]]]:
    """The header and the changes of an authentic bundle of this office, or BundleError.

    `keys`: the office keys this PC holds by generation (one key: whatever the file's
    generation). A generation may have several keys – two PCs each removed a PC while
    apart (exchange/keys.py) – and the one that authenticates the file opens it. A file
    sealed with a key this PC does not hold is `key_missing`: it waits until the key comes,
    or for ever on a PC removed from the office. `makers`: which PC made each key held, by
    generation, None where not known; a file whose `keyby` names none of them is
    `key_missing` too, unless a key of unknown maker might be the one."""
    header = read_header(data)
    if header.format > FORMAT_VERSION:
        raise BundleError("newer_format", str(header.format))
    if header.office != office:
        raise BundleError("foreign_office", header.office)
    if isinstance(keys, bytes):
        candidates: Sequence[bytes] = (keys,)
    elif header.keygen in keys:
        held = keys[header.keygen]
        candidates = (held,) if isinstance(held, bytes) else held
    else:
        raise BundleError("key_missing", str(header.keygen))
    if header.keyby and makers is not None:
        held_by = makers.get(header.keygen, ())
        if None not in held_by and header.keyby not in held_by:
            raise BundleError("key_missing", str(header.keygen))
    try:
        nonce = base64.b64decode(json.loads(header.raw)["nonce"], validate=True)
    except (ValueError, KeyError) as exc:
        raise BundleError("altered") from exc
    sealed, aad = data[len(MAGIC) + len(header.raw):], MAGIC + header.raw
    for key in candidates:
        try:
            body = AESGCM(key).decrypt(nonce, sealed, aad)
            break
        except (InvalidTag, ValueError):
            continue
    else:
        raise BundleError("altered")
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(body, MAX_BODY)
        changes = json.loads(plain)[kind]
    except (zlib.error, ValueError, KeyError) as exc:
        raise BundleError("damaged", str(exc)) from exc
    if not isinstance(changes, list) or header.kind != kind:
        raise BundleError("damaged", "body")
    return header, changes


def is_damaged(data: bytes, keys: Mapping[int, bytes | Sequence[bytes]], office: str,
               makers: Mapping[int, Collection[str | None]] | None = None) -> bool:
    """Whether `data` is certainly a damaged copy of an exchange file: cut short within its
    first line or its header, or a file of this office that fails its check under a key
    this PC holds. A file this PC cannot judge – a newer format, sealed with a key it does
    not hold yet, a key file (exchange/keys.py) – is not called damaged."""
    if not data.startswith(MAGIC):
        return any(magic.startswith(data) for magic in (MAGIC, KEY_FILE_MAGIC))
    try:
        open_bundle(data, keys, office, read_header(data).kind, makers)
    except BundleError as exc:
        return exc.code in ("damaged", "altered")
    return False
