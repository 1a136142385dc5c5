"""The issue list: model, filter proxy, row delegate, filter bar and the panel holding them."""

from ...domain.text import display_text
from .delegate import IssueDelegate, RowTexts, row_texts_for
from .filter_bar import IssueFilterBar
from .model import (
    AccountRole,
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
from .proxy import (
    DEFAULT_QUEUE,
    DEFAULT_SORT,
    IssueFilterProxy,
    KindFilter,
    Queue,
    QueueCounts,
    StatusFilter,
    count_queues,
)
from .queue_bar import BAR_QUEUES, QueueCountsBar, queue_name

__all__ = [
    "BAR_QUEUES",
    "DEFAULT_QUEUE",
    "DEFAULT_SORT",
    "AccountRole",
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
    "Queue",
    "QueueCounts",
    "QueueCountsBar",
    "RowFacts",
    "RowTexts",
    "SearchTextRole",
    "SortKey",
    "StatusFilter",
    "count_queues",
    "display_text",
    "fold",
    "queue_name",
    "row_texts_for",
]
