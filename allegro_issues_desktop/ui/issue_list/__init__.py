"""The issue list: model, filter proxy, row delegate, filter bar and the panel holding them."""

from ...domain.text import display_text
from .delegate import IssueDelegate, RowTexts, row_texts_for
from .filter_bar import IssueFilterBar
from .model import (
    DeadlineRole,
    IssueIdRole,
    IssueListModel,
    IssueRole,
    LastMessageRole,
    OpenedDateRole,
    RowFacts,
    SearchTextRole,
    SortKey,
    fold,
)
from .panel import IssueListPanel
from .proxy import IssueFilterProxy, KindFilter, StatusFilter

__all__ = [
    "DeadlineRole",
    "IssueDelegate",
    "IssueFilterBar",
    "IssueFilterProxy",
    "IssueIdRole",
    "IssueListModel",
    "IssueListPanel",
    "IssueRole",
    "KindFilter",
    "LastMessageRole",
    "OpenedDateRole",
    "RowFacts",
    "RowTexts",
    "SearchTextRole",
    "SortKey",
    "StatusFilter",
    "display_text",
    "fold",
    "row_texts_for",
]
