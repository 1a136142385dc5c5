"""Issue detail and chat: the right side of the main window."""

from .chat_panel import ChatPanel
from .composer import Composer
from .facts_view import FactsView
from .header import IssueHeader
from .panel import IssueDetailPanel
from .requests import OutgoingMessage, VerdictRequest
from .verdict_dialog import VerdictDialog, VerdictForm

__all__ = [
    "ChatPanel",
    "Composer",
    "FactsView",
    "IssueDetailPanel",
    "IssueHeader",
    "OutgoingMessage",
    "VerdictDialog",
    "VerdictForm",
    "VerdictRequest",
]
