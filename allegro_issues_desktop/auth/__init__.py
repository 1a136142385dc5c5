"""Signing in to Allegro: OAuth flows, token refresh, secret storage, accounts. No Qt here.

See ``docs/SIGN_IN.md`` for how the pieces fit together.
"""
