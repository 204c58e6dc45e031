"""Python's cyclic garbage collector and the program's long-lived objects.

Every full collection walks every object the interpreter tracks. Once the window is open
that is mostly what lives for the whole session – the modules, SQLAlchemy's mappings, the
window's widgets – about 200,000 objects, and on a 2-core machine a full collection of them
held the GUI thread for 100–550 ms in the middle of scrolling a list (benchmarks/scale.py,
"scroll to bottom, one page more"). gc.freeze() leaves the objects alive at that moment to
reference counting alone, so later collections walk only what came since: the program
settles once, right after its first reads (ui/warm_up.py), and a long list settles the rows
it holds as it grows (ui/table_model.py). Frozen objects are still freed when their last
reference goes; only garbage in reference cycles among them would wait, and the objects
frozen at start live as long as the program anyway.
"""

from __future__ import annotations

import gc

_settled = False


def settle() -> None:
    """Freeze what is alive now: the program's start-up, done with."""
    global _settled
    _freeze()
    _settled = True


def hold_rows() -> None:
    """A long list's rows, read so far: frozen with everything else alive now."""
    _freeze()


def release_rows() -> None:
    """A long list let its rows go. Before the program settled (a test, a single screen)
    they are thawed again, so nothing outside the list stays frozen on their account; once
    settled, what lives stays frozen and the rows, gone, were freed by reference counting."""
    if not _settled:
        gc.unfreeze()


def _freeze() -> None:
    gc.collect(1)  # young garbage first: cheap, and it would otherwise be frozen with the rest
    gc.freeze()
