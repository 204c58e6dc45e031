"""The screen: PySide6 main window, one package per team tab, table models and dialogs."""
