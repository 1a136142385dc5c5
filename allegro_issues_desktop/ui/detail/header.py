"""The top of the detail: kind, title, return badge and action, verdict button, status, deadline.

Signals:
verdict_clicked(): the seller wants to accept or reject the claim.
return_decision_clicked(): the seller wants to decide on the return (shown beside the badge
    while an open claim has no return decision, see ``domain.facts.return_decision_pending``).
"""

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
    can_write,
    deadline,
    issue_kind,
    return_decision_pending,
)
from ...domain.text import display_text
from .. import labels, timefmt
from ..badges import ReturnBadge
from ..issue_list.flow_layout import FlowLayout
from ..palette import DUE_SOON, NEUTRAL, OVERDUE
from .text import plain_label

COUNTDOWN_INTERVAL_MS = 60_000


class IssueHeader(QWidget):
    verdict_clicked = Signal()
    return_decision_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueHeader")
        self._issue: Issue | None = None
        self._busy = False
        self._return_sent = False

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
        self.return_button = QPushButton(self.tr("Decide on the return…"), self)
        self.return_button.setObjectName("returnDecisionButton")
        self.return_button.clicked.connect(self.return_decision_clicked)
        self.return_button.hide()
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

        # The return badge and its action stay together; the line wraps instead of clipping
        # (a narrow detail pane at 1024 px puts the actions on a line of their own).
        return_group = QWidget(self)
        return_group.setObjectName("returnGroup")
        group_layout = QHBoxLayout(return_group)
        group_layout.setContentsMargins(0, 0, 0, 0)
        group_layout.setSpacing(8)
        group_layout.addWidget(self.badge)
        group_layout.addWidget(self.return_button)
        line = FlowLayout(spacing=14)
        for widget in (
            self.status_label,
            self.reference_label,
            self.deadline_label,
            return_group,
            self.verdict_button,
        ):
            line.add_widget(widget)

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
        self.title_label.setText(labels.issue_title(issue) or labels.kind_name(kind))
        self.status_label.setText(display_text(labels.status_name(issue.current_state.status)))
        self.status_label.setStyleSheet("font-weight: 600;")
        reference = display_text(issue.reference_number)
        if reference:
            self.reference_label.setText(self.tr("No. %1").replace("%1", reference))
            self.reference_label.show()
        else:
            self.reference_label.hide()
        self._update_verdict_button()
        self._update_return_button()
        self.update_deadline()

    def set_busy_verdict(self, busy: bool) -> None:
        self._busy = busy
        self._update_verdict_button()

    def set_return_sent(self, sent: bool) -> None:
        """A return decision for the shown claim is on its way (until Allegro's state shows it)."""
        self._return_sent = sent
        self._update_return_button()

    def _update_return_button(self) -> None:
        issue = self._issue
        pending = issue is not None and return_decision_pending(issue)
        self.return_button.setVisible(pending)
        if not pending or issue is None:
            return
        writable = can_write(issue)
        self.return_button.setEnabled(writable and not self._return_sent)
        if self._return_sent:
            self.return_button.setText(self.tr("Return decision sent"))
            tip = self.tr(
                "Your return decision is on its way to Allegro; the badge changes once Allegro"
                " confirms it."
            )
        elif writable:
            self.return_button.setText(self.tr("Decide on the return…"))
            tip = self.tr(
                "Tell the buyer whether to send the product back: with your label, on their"
                " own, or not at all"
            )
        else:
            self.return_button.setText(self.tr("Decide on the return…"))
            tip = self.tr(
                "Allegro does not accept messages in this claim now, so the return decision"
                " cannot be sent."
            )
        self.return_button.setToolTip(tip)
        self.return_button.setAccessibleDescription(tip)

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
