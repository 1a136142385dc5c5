"""Sign-in UI: device-flow and browser dialogs, first-run page, account switcher, banner, settings.

Widgets emit intent signals; the main window wires them to :class:`auth.session.AuthSession`
(see ``docs/SIGN_IN.md``). Slots only schedule coroutines; tests await those coroutines.
"""
