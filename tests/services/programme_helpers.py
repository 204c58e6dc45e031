"""Inputs for individual programmes and help plans, shared by the programme tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ops_desktop.services.programmes import ProgrammeInput

from .helpers import SECRET, START, actions

HOMELESS_STORY = "Bezdomny od 2024 r. po eksmisji; uzależniony od alkoholu."


def programme_input(kind: str = "homelessness", **changes: object) -> ProgrammeInput:
    data = ProgrammeInput(
        kind=kind, worker_phone="95 761 00 01", diagnosis=f"{HOMELESS_STORY} {SECRET}",
        main_goal="Wyjście z bezdomności.",
        specific_goals=("Podjęcie terapii", "Mieszkanie chronione"), actions=actions(),
        starts_on=START, ends_on=START + dt.timedelta(days=180))
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]
