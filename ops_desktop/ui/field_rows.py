"""A decision dialog's form: one row a field, its label's Alt+letter focusing the input and the
service's refusal for the field shown right under it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QWidget

from ops_desktop.ui.benefits.application_dialog import field_box
from ops_desktop.ui.first_contact.inputs import labelled_row
from ops_desktop.ui.forms import FieldErrors


Row = tuple[str, str, QWidget, *tuple[QWidget, ...]]


def field_rows(fields: FieldErrors, rows: Iterable[Row],
               form: QFormLayout | None = None) -> QFormLayout:
    """(label text, service field, input[, what stands beside it]) rows added to `form` (a new
    one if none). With something beside it (a "bez terminu" box, the unit of the hours) the input
    keeps its width at the left and the row's message is still the input's."""
    form = form if form is not None else QFormLayout()
    for text, field, widget, *beside in rows:
        labelled_row(form, text, field_box(fields, field, widget, *(
            (widget, *beside) if beside else ())), widget)
    return form
