"""The administrator's sub-commands, one module each.

Each module listed in COMMANDS has `register(subparsers)`, which adds its parser and sets
`handler` (a function taking the parsed arguments and returning the exit code).
"""

from __future__ import annotations

import argparse
import importlib

COMMANDS: tuple[str, ...] = ("verify", "backup", "accounts", "move", "office", "simulate")


def register_all(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name in COMMANDS:
        importlib.import_module(f"ops_desktop.cli.{name}").register(sub)
