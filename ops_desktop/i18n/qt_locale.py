"""Qt's half of the locale decision: QLocale and the translators (the app's and Qt's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ops_desktop import config


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for `language`; returns them so the caller keeps them alive."""
    QLocale.setDefault(QLocale(QLocale.Language.Polish if language == "pl"
                               else QLocale.Language.English))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own = QTranslator(app)
    # Source strings are Polish, so Polish needs no translator of our own.
    if language != "pl" and own.load(f"ops_desktop_{language}", str(config.translations_dir())):
        app.installTranslator(own)
        installed.append(own)
    base = QTranslator(app)
    if base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(base)
        installed.append(base)
    return installed
