"""Allegro Issues Desktop: post-purchase discussions and claims for Allegro sellers."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/allegro-issues-desktop/allegro-issues-desktop"
APP_NAME = "Allegro Issues Desktop"
APP_ID = "allegro-issues-desktop"
