"""The toolbar's account button: the current account's name, a menu to switch, add, rename,
sign out. It only emits intents; the window does the work and calls :meth:`set_accounts`.

With a server and token given at start (``--api-url``) there is no account: the button names
the server (and the seller's login once known) and its menu only says so (:meth:`set_direct`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QToolButton, QWidget

from ...auth.accounts import Account


class AccountSwitcher(QToolButton):
    account_selected = Signal(str)  # account id
    add_account_requested = Signal()
    rename_requested = Signal(str, str)  # account id, new label
    sign_out_requested = Signal(str)  # account id
    sign_in_requested = Signal(str)  # account id (signed out: sign in again)
    all_accounts_requested = Signal()  # show every open account's issues in one list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountSwitcher")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._accounts: list[Account] = []
        self._current: Account | None = None
        self._signed_out: frozenset[str] = frozenset()
        self._open_count = 0  # accounts whose issues are in the list
        self._all_shown = False
        #: The server (and login, once known) of a token given at start; None: accounts.
        self._direct: tuple[str, str | None] | None = None
        self.set_accounts([], None)

    def environment_name(self, key: str) -> str:
        return {
            "production": self.tr("Allegro"),
            "sandbox": self.tr("Sandbox"),
            "demo": self.tr("Demo"),
        }.get(key, key)

    def set_accounts(
        self,
        accounts: Sequence[Account],
        current_id: str | None,
        signed_out_ids: Collection[str] = (),
    ) -> None:
        self._accounts = list(accounts)
        self._current = next((a for a in accounts if a.id == current_id), None)
        self._signed_out = frozenset(signed_out_ids)
        self._rebuild()

    def set_direct(self, server: str, login: str | None = None) -> None:
        """Connected to ``server`` (a host name) with a token given at start, as ``login`` if
        known: no account to switch, add, rename or sign out of, for the rest of the run."""
        self._direct = (server, login or None)
        self._rebuild()

    def set_all_shown(self, open_count: int, all_shown: bool) -> None:
        """With several accounts open the menu offers "All accounts"; while the list shows
        them all, the button says so instead of naming one."""
        if (open_count, all_shown) != (self._open_count, self._all_shown):
            self._open_count, self._all_shown = open_count, all_shown
            self._rebuild()

    def _several_shown(self) -> bool:
        return self._open_count > 1 and self._all_shown

    def _caption(self, account: Account) -> str:
        where = self.environment_name(account.environment)
        # "Demo · Demo" says nothing twice: the environment only when the label differs.
        caption = account.label if account.label == where else f"{account.label} · {where}"
        if account.id in self._signed_out:
            caption += " " + self.tr("(signed out)")
        return caption

    def _rebuild(self) -> None:
        if self._direct is not None:
            self._rebuild_direct(*self._direct)
            return
        current = self._current
        every = self.tr("All accounts (%n)", "", self._open_count)
        if self._several_shown():
            self.setText(every)
        else:
            self.setText(self._caption(current) if current else self.tr("No account"))
        self.setToolTip(self.tr("Switch, add or rename Allegro accounts"))
        menu = self._menu
        menu.clear()
        group = QActionGroup(menu)
        group.setExclusive(True)
        if self._open_count > 1:
            everything = QAction(every, menu)
            everything.setCheckable(True)
            everything.setChecked(self._all_shown)
            everything.triggered.connect(self._on_all_chosen)
            group.addAction(everything)
            menu.addAction(everything)
        for account in self._accounts:
            action = QAction(self._caption(account), menu)
            action.setCheckable(True)
            action.setChecked(
                current is not None and account.id == current.id and not self._several_shown()
            )
            action.setData(account.id)
            action.triggered.connect(
                lambda _checked=False, account_id=account.id: self._on_account_chosen(account_id)
            )
            group.addAction(action)
            menu.addAction(action)
        if self._accounts:
            menu.addSeparator()
        menu.addAction(self.tr("Add an account…"), self.add_account_requested.emit)
        if current is not None:
            menu.addAction(
                self.tr("Rename “%1”…").replace("%1", current.label), self._on_rename_chosen
            )
            if current.id in self._signed_out:
                menu.addAction(
                    self.tr("Sign in to “%1” again").replace("%1", current.label),
                    lambda: self.sign_in_requested.emit(current.id),
                )
            else:
                menu.addAction(
                    self.tr("Sign out of “%1”").replace("%1", current.label),
                    lambda: self.sign_out_requested.emit(current.id),
                )

    def _rebuild_direct(self, server: str, login: str | None) -> None:
        self.setText(
            f"{login} · {server}" if login else self.tr("Token · %1").replace("%1", server)
        )
        about = self.tr("Connected to %1 with the token given at start (no account sign-in)")
        about = about.replace("%1", server)
        self.setToolTip(about)
        menu = self._menu
        menu.clear()
        # Nothing to switch to or sign out of: the menu only says what the button means.
        menu.addAction(about).setEnabled(False)

    def menu_actions(self) -> list[QAction]:
        return list(self._menu.actions())

    def _on_account_chosen(self, account_id: str) -> None:
        # The current account chosen while all are shown: narrow the list to it.
        if self._current is None or account_id != self._current.id or self._several_shown():
            self.account_selected.emit(account_id)

    def _on_all_chosen(self) -> None:
        if not self._all_shown:
            self.all_accounts_requested.emit()

    def _on_rename_chosen(self) -> None:
        if self._current is None:
            return
        label = self.ask_label(self._current.label)
        if label and label.strip() and label.strip() != self._current.label:
            self.rename_requested.emit(self._current.id, label.strip())

    def ask_label(self, current: str) -> str | None:
        """Asks the seller for a name (a method so tests can answer without a modal dialog)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Rename account"),
            self.tr("Name shown for this account:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return text if ok else None
