"""About dialog: version, licence, where logs and data live, and "Copy diagnostics"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, PROJECT_URL, __version__
from ..diagnostics import diagnostics_text
from ..logging_setup import log_file_path
from ..settings import app_paths
from .icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setWindowIcon(app_icon())

        icon_label = QLabel(self)
        icon_label.setObjectName("aboutIcon")
        icon_label.setPixmap(app_icon().pixmap(64, 64))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(APP_NAME, self)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setTextFormat(Qt.TextFormat.PlainText)

        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        summary = QLabel(
            self.tr(
                "Answer discussions and claims from your Allegro buyers in one place "
                "(Allegro: Discussions and claims)."
            ),
            self,
        )
        summary.setObjectName("aboutSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)

        self.licence_label = QLabel(
            self.tr("Free software under the MIT licence. Not affiliated with Allegro."), self
        )
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.licence_label.setWordWrap(True)

        link = QLabel(self)
        link.setObjectName("aboutProjectLink")
        link.setTextFormat(Qt.TextFormat.RichText)  # our own constant text, not user input
        link.setText(f'<a href="{PROJECT_URL}">{PROJECT_URL}</a>')
        link.setOpenExternalLinks(True)

        paths = app_paths()
        self.paths_label = QLabel(self)
        self.paths_label.setObjectName("aboutPaths")
        self.paths_label.setTextFormat(Qt.TextFormat.PlainText)
        self.paths_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paths_label.setText(
            "\n".join(
                (
                    self.tr("Logs: %1").replace("%1", str(log_file_path())),
                    self.tr("Data: %1").replace("%1", str(paths.data_dir)),
                    self.tr("Settings: %1").replace("%1", str(paths.config_dir)),
                )
            )
        )

        self.status_label = QLabel(self)
        self.status_label.setObjectName("aboutStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.copy_button = QPushButton(self.tr("Copy diagnostics"), self)
        self.copy_button.setObjectName("copyDiagnosticsButton")
        self.copy_button.setToolTip(
            self.tr(
                "Copies versions, system and folder paths for a bug report. No passwords or tokens."
            )
        )
        self.copy_button.clicked.connect(self.copy_diagnostics)

        self.open_logs_button = QPushButton(self.tr("Open log folder"), self)
        self.open_logs_button.setObjectName("openLogFolderButton")
        self.open_logs_button.clicked.connect(self._on_open_logs_clicked)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for widget in (title, self.version_label, summary, self.licence_label, link):
            text.addWidget(widget)
        text.addSpacing(8)
        text.addWidget(self.paths_label)
        text.addWidget(self.status_label)

        top = QHBoxLayout()
        top.addWidget(icon_label)
        top.addLayout(text, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(4000)
        self._status_timer.timeout.connect(self.status_label.clear)

    def copy_diagnostics(self) -> str:
        """Put diagnostics_text() on the clipboard and return it."""
        text = diagnostics_text()
        QGuiApplication.clipboard().setText(text)
        self.status_label.setText(self.tr("Diagnostics copied to the clipboard."))
        self._status_timer.start()
        return text

    def _on_open_logs_clicked(self) -> None:
        folder: Path = log_file_path().parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
