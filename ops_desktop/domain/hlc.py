"""A hybrid logical clock: one order of changes every PC of an office agrees on.

A stamp is (wall milliseconds, counter, member id). Its wall part follows the PC's clock but
never goes back, and every stamp seen from another PC pushes it forward, so a change made
after seeing another one always has the larger stamp – even when the two PCs' clocks
disagree by a day. Ties between PCs (the same milliseconds and counter) go to the larger
member id, so every PC picks the same winner. As text the stamp sorts like the clock.
"""

from __future__ import annotations

from dataclasses import dataclass

# A stamp from another PC this far ahead of our clock is refused: one PC whose clock says
# 2031 must not make every later edit in the office lose to its edits. A day of skew (a PC
# left on the wrong time zone or date) is tolerated with room to spare.
MAX_AHEAD_MS = 2 * 24 * 3600 * 1000
_WALL_DIGITS = 15
_COUNTER_DIGITS = 6
_MAX_COUNTER = 10**_COUNTER_DIGITS - 1

# The stamp of a value nobody stamped (rows copied into a member before it joined):
# every real stamp sorts after it.
ZERO = ""


class ClockSkewError(ValueError):
    """A stamp from another PC is further ahead of this PC's clock than MAX_AHEAD_MS."""


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    member: str

    def text(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.member}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, member = text.split(".", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not member:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter), member)


@dataclass(frozen=True)
class Clock:
    """The clock's state on one PC: the last wall time and counter it gave out."""

    wall_ms: int = 0
    counter: int = 0

    def tick(self, physical_ms: int, member: str) -> tuple[Clock, Stamp]:
        """A stamp for a change made here now; never smaller than any stamp before it."""
        if physical_ms > self.wall_ms:
            wall, counter = physical_ms, 0
        else:
            wall, counter = self.wall_ms, self.counter + 1
        if counter > _MAX_COUNTER:  # a million changes in one millisecond: move time on
            wall, counter = wall + 1, 0
        return Clock(wall, counter), Stamp(wall, counter, member)

    def receive(self, remote: Stamp, physical_ms: int) -> Clock:
        """The clock after seeing a stamp from another PC (its later ticks sort after it)."""
        if remote.wall_ms - physical_ms > MAX_AHEAD_MS:
            raise ClockSkewError(f"{remote.text()} is ahead of this PC's clock by "
                                 f"{(remote.wall_ms - physical_ms) // 1000} s")
        wall = max(self.wall_ms, remote.wall_ms, physical_ms)
        if wall == self.wall_ms and wall == remote.wall_ms:
            counter = max(self.counter, remote.counter)
        elif wall == self.wall_ms:
            counter = self.counter
        elif wall == remote.wall_ms:
            counter = remote.counter
        else:
            counter = 0
        return Clock(wall, counter)

    def text(self) -> str:
        return f"{self.wall_ms}:{self.counter}"

    @classmethod
    def parse(cls, text: str | None) -> Clock:
        if not text:
            return cls()
        wall, counter = text.split(":")
        return cls(int(wall), int(counter))
