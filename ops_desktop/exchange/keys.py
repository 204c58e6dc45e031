"""A new office key when a PC is removed, handed to every remaining PC through the folder.

Each PC has two key pairs of its own (made when it shares or joins, or at its first round
after this came in): X25519, to which a new office key is wrapped for it, and Ed25519, with
which it signs the new keys it hands out. The private keys stay in this PC's exchange state;
the public keys travel in its office_members row like any change.

When the administrator removes a PC, that PC's copy of the office key must stop opening the
folder's later files. The administrator's PC makes a new key (the next generation), wraps it
for every remaining PC whose public key it knows (ECIES: an ephemeral X25519 key, HKDF-SHA256,
AES-256-GCM) and writes the wrapped copies, signed, as a key file into its own folder:

    <exchange>/<member-id>/key-<generation>-<serial>.opsx

From then on it seals its files with the new key; every other PC picks the key up at the
start of its next round (a PC away then, at its first round back) and does the same. Older
keys are kept to read older files. A PC that had no key pair yet when the key was made gets
one at its next round; the PC that made the key then writes another key file for it.

Two PCs may each remove a PC while they do not exchange: both make the next generation, each
with its own key, and each hands it to the PC the other removed. Each PC keeps the other's
key as a rival that opens that PC's files (so nothing stays unread), and a PC whose key went
to a PC removed since makes yet another one (`retire_exposed_key`), handed to no removed PC.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ops_desktop.exchange import folder as exchange_folder
from ops_desktop.exchange.bundle import FIRST_GENERATION, KEY_FILE_MAGIC, BundleError, file_name
from ops_desktop.exchange.sync import (
    COVERED_PREFIX,
    KEY_PREFIX,
    MAKER_PREFIX,
    RIVAL_PREFIX,
    Membership,
    Problem,
    RoundReport,
    export,
    key_maker,
    membership,
)
from ops_desktop.storage.change_feed import put_state, read_state
from ops_desktop.storage.database import Database
from ops_desktop.storage.models import OfficeMemberRow
from ops_desktop.storage.replica import members, removed_members

# Keys of exchange_state: this PC's private keys (which PCs a key it made covers: sync.py).
EXCHANGE_SECRET, SIGNING_SECRET = "member_exchange_secret", "member_signing_secret"
KEYS = "key"  # the kind of file: key-<generation>-<serial>.opsx
MAGIC = KEY_FILE_MAGIC
_HKDF_INFO = b"ops-desktop office key"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def new_member_keys() -> tuple[dict[str, str], dict[str, str]]:
    """(private keys for exchange_state, public keys for the office_members row)."""
    exchange, signing = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    private = {EXCHANGE_SECRET: _b64(exchange.private_bytes_raw()),
               SIGNING_SECRET: _b64(signing.private_bytes_raw())}
    public = {"exchange_key": _b64(exchange.public_key().public_bytes_raw()),
              "signing_key": _b64(signing.public_key().public_bytes_raw())}
    return private, public


def ensure_member_keys(db: Database, me: Membership) -> None:
    """A PC that joined before keys came in makes its pairs now and publishes the public
    halves (the change travels with its next bundle)."""
    with db.session() as s:
        connection = s.connection()
        row = s.get(OfficeMemberRow, uuid.UUID(me.member))
        if row is None or (EXCHANGE_SECRET in read_state(connection) and row.exchange_key):
            return
        private, public = new_member_keys()
        put_state(connection, private)
        row.exchange_key, row.signing_key = public["exchange_key"], public["signing_key"]


# --- wrapping one key for one PC ---------------------------------------------------------


def _aad(office: str, generation: int, member: str) -> bytes:
    return f"{office}|{generation}|{member}".encode("ascii")


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_HKDF_INFO + ephemeral + recipient).derive(shared)


def wrap(public_key: str, key: bytes, aad: bytes) -> dict[str, str]:
    recipient = X25519PublicKey.from_public_bytes(_unb64(public_key))
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes_raw()
    kek = _kek(ephemeral.exchange(recipient), eph_public, recipient.public_bytes_raw())
    nonce = secrets.token_bytes(12)
    return {"ephemeral": _b64(eph_public), "nonce": _b64(nonce),
            "key": _b64(AESGCM(kek).encrypt(nonce, key, aad))}


def unwrap(private_key: str, wrapped: Mapping[str, str], aad: bytes) -> bytes:
    own = X25519PrivateKey.from_private_bytes(_unb64(private_key))
    eph_public = _unb64(wrapped["ephemeral"])
    shared = own.exchange(X25519PublicKey.from_public_bytes(eph_public))
    kek = _kek(shared, eph_public, own.public_key().public_bytes_raw())
    return AESGCM(kek).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["key"]), aad)


# --- key files ------------------------------------------------------------------------------


def _write_key_file(me: Membership, signing_secret: str, generation: int, key: bytes,
                    recipients: Mapping[str, str]) -> None:
    payload = json.dumps({"office": me.office, "generation": generation, "by": me.member,
                          "wrapped": {m: wrap(pub, key, _aad(me.office, generation, m))
                                      for m, pub in sorted(recipients.items())}},
                         sort_keys=True).encode("ascii")
    signature = Ed25519PrivateKey.from_private_bytes(_unb64(signing_secret)).sign(
        MAGIC + payload)
    folder = exchange_folder.member_folder(me.root, me.member)
    serial = 1 + sum(1 for g, _, _ in exchange_folder.bundles(folder, KEYS) if g == generation)
    exchange_folder.write_once(folder, file_name(generation, serial, KEYS),
                               MAGIC + payload + b"\n" + _b64(signature).encode("ascii"))


def _read_key_file(data: bytes, signing_key: str) -> dict[str, Any]:
    """The payload of a key file whose signature is the given PC's, else BundleError."""
    if not data.startswith(MAGIC):
        raise BundleError("not_a_bundle")
    payload, _, signature = data[len(MAGIC):].rpartition(b"\n")
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(signing_key)).verify(
            _unb64(signature.decode("ascii")), MAGIC + payload)
        return dict(json.loads(payload))
    except (InvalidSignature, ValueError, UnicodeDecodeError) as exc:
        raise BundleError("altered", "key file") from exc


def rotate(db: Database) -> int:
    """Make the next office key, hand it to every remaining PC whose public key this PC
    knows, and seal with it from now on; returns its generation.

    This PC's changes so far (the removal among them, and its own public keys) go out first,
    sealed with the key the others hold, so they can check the key file's signature."""
    me = membership(db)
    if me is None:
        raise BundleError("not_a_member")
    exchange_folder.check_reachable(me.root)
    ensure_member_keys(db, me)
    export(db, me)
    generation, key = me.generation + 1, secrets.token_bytes(32)
    with db.session() as s:
        connection = s.connection()
        recipients = {str(m.id): m.exchange_key for m in members(s) if m.exchange_key}
        _write_key_file(me, read_state(connection)[SIGNING_SECRET], generation, key,
                        recipients)
        put_state(connection, {KEY_PREFIX + str(generation): _b64(key),
                               COVERED_PREFIX + str(generation): ",".join(sorted(recipients))})
    return generation


def cover_latecomers(db: Database, me: Membership) -> int:
    """The PC that made a key hands it to PCs that published their public key since (they
    joined before keys came in, or later); how many PCs it covered.

    Every key it made, not only the newest: its files sealed with an older one stay in the
    folder until every PC has them, and a PC that joined from another PC's invitation while
    this one was away must read them too (two removals apart, then both moved on)."""
    covered_now: set[str] = set()
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        published = {str(m.id): m.exchange_key for m in members(s) if m.exchange_key}
        for name, covered_text in sorted(state.items()):
            if not name.startswith(COVERED_PREFIX):
                continue  # only keys this PC made: another PC covers its own
            generation = int(name[len(COVERED_PREFIX):])
            covered = set(covered_text.split(",")) - {""}
            missing = {m: pub for m, pub in published.items() if m not in covered}
            if not missing or generation not in me.keys:
                continue
            _write_key_file(me, state[SIGNING_SECRET], generation, me.keys[generation],
                            missing)
            put_state(connection, {name: ",".join(sorted(covered | set(missing)))})
            covered_now |= set(missing)
    return len(covered_now)


def pick_up(db: Database, me: Membership, report: RoundReport) -> Membership:
    """Take the new office keys handed to this PC by PCs still in the office; the
    membership with them. A key file is believed only with the signature of the PC in
    whose folder it lies, as that PC published its key.

    Two PCs that each removed a PC while apart both made a key of the same generation. The
    first one found is the one this PC seals with; the other is kept as a rival, which only
    opens that PC's files (`Membership.opening_keys`)."""
    with db.session() as s:
        connection = s.connection()
        state = read_state(connection)
        secret = state.get(EXCHANGE_SECRET)
        if secret is None:
            return me
        removed = removed_members(s)
        signers = {str(m.id): m.signing_key for m in s.query(OfficeMemberRow)
                   if m.signing_key and str(m.id) not in removed}
        found: dict[str, str] = {}  # exchange_state entries to add
        keys = dict(me.keys)

        def known(generation: int, member: str) -> bool:
            """Whether this PC already holds `member`'s key of that generation."""
            if generation not in keys:
                return False
            return member == key_maker(state | found, generation) or (
                f"{RIVAL_PREFIX}{generation}:{member}" in state | found)

        for member in [me.member, *exchange_folder.other_members(me.root, me.member)]:
            if member not in signers:
                continue  # its key is not known yet, or it was removed
            folder = exchange_folder.member_folder(me.root, member)
            for generation, _, path in exchange_folder.bundles(folder, KEYS):
                if known(generation, member):
                    continue
                try:
                    payload = _read_key_file(path.read_bytes(), signers[member])
                    if (payload.get("office"), payload.get("by"), payload.get("generation")
                            ) != (me.office, member, generation):
                        raise BundleError("altered", "key file header")
                    wrapped = payload["wrapped"].get(me.member)
                    if wrapped is None:
                        continue  # made before this PC's key was known: a later file
                    key = unwrap(secret, wrapped, _aad(me.office, generation, me.member))
                except (BundleError, InvalidTag, ValueError, KeyError, TypeError,
                        AttributeError) as exc:
                    code = exc.code if isinstance(exc, BundleError) else "altered"
                    report.problems.append(Problem(member, path.name, code))
                    continue
                if generation not in keys:
                    keys[generation] = key
                    found[KEY_PREFIX + str(generation)] = _b64(key)
                    found[MAKER_PREFIX + str(generation)] = member
                elif key == keys[generation]:
                    found[MAKER_PREFIX + str(generation)] = member  # learnt before makers were
                else:
                    found[f"{RIVAL_PREFIX}{generation}:{member}"] = _b64(key)
        if found:
            put_state(connection, found)
            state |= found
    return Membership.of(state) or me


def retire_exposed_key(db: Database, me: Membership) -> Membership:
    """A new key when the one this PC seals with may be held by a removed PC: this PC made
    it and handed it to a PC another PC removed while the two were apart, or the PC that
    made it has been removed since. Several PCs may do so at once; their keys of the same
    generation are rivals that each opens the other's files, and none is handed to a
    removed PC, so the office settles there."""
    if me.generation == FIRST_GENERATION:
        return me  # the invitation's key: the removal's own new key is on its way
    with db.session() as s:
        state = read_state(s.connection())
        removed = removed_members(s)
    covered = state.get(COVERED_PREFIX + str(me.generation))
    if covered is not None:
        exposed = bool(set(covered.split(",")) & removed)
    else:
        exposed = key_maker(state, me.generation) in removed
    if not exposed:
        return me
    rotate(db)
    return membership(db) or me
