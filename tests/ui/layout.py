"""Checks that what a screen lays out can be read: columns and fields not clipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def clipped_columns(table: QTableView) -> list[str]:
    """Headers of columns narrower than their title or their text, or cut off by the view's
    right edge (hidden until the person scrolls sideways). A stretched column gives way to
    the others (its text elided, whole in the tooltip), so only its title must fit."""
    header = table.horizontalHeader()
    model = table.model()
    visible = table.viewport().width()
    clipped = []
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        title = str(model.headerData(i, Qt.Orientation.Horizontal))
        size = header.sectionSize(i)
        right = header.sectionViewportPosition(i) + size
        needed = header.sectionSizeFromContents(i).width()
        if header.sectionResizeMode(i) != QHeaderView.ResizeMode.Stretch:
            needed = max(needed, table.sizeHintForColumn(i))
        if size < needed or right > visible:
            clipped.append(title)
    return clipped
