"""Reading each team's lists once in the background right after the window opens.

The first time a tab is opened in a session, its queries are compiled (SQLAlchemy) and the
pages of its indexes read from disk; on a city's database that made the first look at the
coordinator's tab take about 170 ms on the GUI thread, every later one a third of that.
Doing the same reads on a pool thread while the person reads the first screen moves that
cost off the GUI thread. Nothing is written and nothing is audited: only list pages and
counts are read, with the signed-in person's own permissions.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QThreadPool

from ops_desktop.domain.errors import DomainError
from ops_desktop.domain.vocabulary import DecisionStatus, Team
from ops_desktop.i18n import format as fmt
from ops_desktop.services.context import Actor
from ops_desktop.services.hub import Services
from ops_desktop.ui import collector
from ops_desktop.ui.worker import Job

log = logging.getLogger(__name__)


def reads(services: Services, actor: Actor) -> list[Callable[[], object]]:
    """The first pages and counts the tabs show; each is tried, refusals are skipped."""
    s, a = services, actor
    out: list[Callable[[], object]] = [
        # babel loads its locale data on the first amount and date shown
        lambda: (fmt.money(Decimal("1229")), fmt.datetime_short(dt.datetime(2026, 1, 2, 3, 4)),
                 fmt.date_long(dt.date(2026, 1, 2))),
        lambda: s.persons.search(a, "kowal", 50),
                                       lambda: s.persons.count(a, "kowal")]
    for team in Team:
        out += [lambda t=team.value: s.referrals.inbox(a, t, 50),
                lambda t=team.value: s.referrals.inbox_count(a, t),
                lambda t=team.value: s.referrals.cases(a, t, 50),
                lambda t=team.value: s.referrals.cases_count(a, t)]
    for open_only in (True, False):
        out += [lambda o=open_only: s.applications.page(a, o, 50),
                lambda o=open_only: s.applications.count(a, o)]
    for status in DecisionStatus:
        out += [lambda st=status: s.decisions.page(a, st, 50),
                lambda st=status: s.decisions.count(a, st)]
    return out


def run(services: Services, actor: Actor) -> int:
    """Every read in turn; the number that succeeded (the others were not the actor's)."""
    done = 0
    for read in reads(services, actor):
        try:
            read()
            done += 1
        except DomainError:  # a tab this person does not have
            continue
        except Exception:  # a warm-up must never disturb the work; the tab will say it
            log.exception("warm-up read failed")
    return done


def start(services: Services, actor: Actor) -> Job:
    """The reads on a pool thread; then the program's start-up is done with, and what it
    left alive is frozen out of the garbage collector's full passes (ui/collector.py)."""

    def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> int:
        done = run(services, actor)
        collector.settle()
        return done

    job = Job(work)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
    return job
