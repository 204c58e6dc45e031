"""Printed papers built with reportlab from plain data: one module per document. Qt-free."""
