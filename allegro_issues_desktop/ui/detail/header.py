"""The top of the detail: kind, title, return badge, verdict button, status and deadline."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import (
    DeadlineKind,
    Issue,
    can_give_verdict,
    deadline,
    issue_kind,
)
from ...domain.text import display_text
from .. import labels, timefmt
from ..badges import ReturnBadge
from ..palette import DUE_SOON, NEUTRAL, OVERDUE
from .text import plain_label

COUNTDOWN_INTERVAL_MS = 60_000


class IssueHeader(QWidget):
    verdict_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueHeader")
        self._issue: Issue | None = None
        self._busy = False

        self.kind_label = plain_label(self, "issueKind")
        self.kind_label.setStyleSheet(
            f"QLabel#issueKind {{ {NEUTRAL.stylesheet()} font-weight: 600; }}"
        )
        self.title_label = plain_label(self, "issueTitle", wrap=True)
        font = self.title_label.font()
        font.setPointSizeF(max(font.pointSizeF() * 1.25, 11))
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.badge = ReturnBadge(self)
        self.verdict_button = QPushButton(self.tr("Decide on claim…"), self)
        self.verdict_button.setObjectName("verdictButton")
        self.verdict_button.setToolTip(self.tr("Accept or reject the claim and tell the buyer why"))
        self.verdict_button.clicked.connect(self.verdict_clicked)
        self.verdict_button.hide()

        self.status_label = plain_label(self, "issueStatus")
        self.reference_label = plain_label(self, "issueReference")
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline_label = plain_label(self, "issueDeadline")

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.kind_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.verdict_button, 0, Qt.AlignmentFlag.AlignTop)

        line = QHBoxLayout()
        line.setSpacing(16)
        line.addWidget(self.status_label)
        line.addWidget(self.reference_label)
        line.addWidget(self.deadline_label)
        line.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(line)

        # The countdown is relative ("in 3 h"): refresh it while an issue is shown.
        self.countdown = QTimer(self)
        self.countdown.setInterval(COUNTDOWN_INTERVAL_MS)
        self.countdown.timeout.connect(self.update_deadline)

    def set_issue(self, issue: Issue | None) -> None:
        self._issue = issue
        self.badge.set_issue(issue)
        if issue is None:
            self.countdown.stop()
            return
        kind = issue_kind(issue)
        self.kind_label.setText(labels.kind_name(kind))
        # Unknown reasons and statuses are shown as Allegro sent them: outside text, like the
        # subject and the reference number.
        reason = display_text(labels.reason_name(issue.reason.type if issue.reason else None))
        self.title_label.setText(reason or display_text(issue.subject) or labels.kind_name(kind))
        self.status_label.setText(display_text(labels.status_name(issue.current_state.status)))
        self.status_label.setStyleSheet("font-weight: 600;")
        reference = display_text(issue.reference_number)
        if reference:
            self.reference_label.setText(self.tr("No. %1").replace("%1", reference))
            self.reference_label.show()
        else:
            self.reference_label.hide()
        self._update_verdict_button()
        self.update_deadline()

    def set_busy_verdict(self, busy: bool) -> None:
        self._busy = busy
        self._update_verdict_button()

    def _update_verdict_button(self) -> None:
        issue = self._issue
        visible = issue is not None and can_give_verdict(issue)
        self.verdict_button.setVisible(visible)
        self.verdict_button.setEnabled(not self._busy)
        self.verdict_button.setText(
            self.tr("Sending decision…") if self._busy else self.tr("Decide on claim…")
        )

    def update_deadline(self) -> None:
        issue = self._issue
        due = deadline(issue) if issue is not None else None
        if due is None:
            self.deadline_label.hide()
            self.countdown.stop()
            return
        urgency = timefmt.urgency(due.at)
        when = timefmt.local_datetime(due.at)
        relative = timefmt.relative_deadline(due.at)
        if due.kind is DeadlineKind.STATUS:
            text = self.tr("Decide by %1 (%2)")
        else:
            text = self.tr("Deadline %1 (%2)")
        self.deadline_label.setText(text.replace("%1", when).replace("%2", relative))
        colour = {
            timefmt.Urgency.OVERDUE: OVERDUE.name(),
            timefmt.Urgency.SOON: DUE_SOON.name(),
        }.get(urgency)
        self.deadline_label.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")
        self.deadline_label.setProperty("urgency", urgency.value)
        self.deadline_label.setToolTip(self.tr("Deadline set by Allegro: %1").replace("%1", when))
        self.deadline_label.show()
        if not self.countdown.isActive():
            self.countdown.start()
