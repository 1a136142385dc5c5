"""Picture of a claim with the return-decision dialog open, for the README.

The app's own ``--screenshot`` cannot open dialogs, so this runs the same app (``--demo``,
offscreen, a throw-away data folder), selects the first open claim whose return decision is
pending, opens *Decide on the return…*, fills it in as a seller would (label PDF attached, a
message), and saves the window with the dialog painted over it, centred.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshot_return_dialog.py \\
        --language pl --size 1024x640 docs/screenshots/return-decision-pl-1024x640.png

Without ``--size`` the window is 1280×800. Set ``ALLEGRO_ISSUES_HOME`` to reuse a data folder.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

_MESSAGES = {
    "pl": (
        "Dzień dobry, proszę odesłać produkt z etykietą z załącznika (nadanie w dowolnym"
        " punkcie InPost). Po otrzymaniu przesyłki od razu rozpatrzę reklamację."
    ),
    "en": (
        "Hello, please send the product back with the attached label (any InPost point)."
        " I will settle the claim as soon as the parcel arrives."
    ),
}


def _pick_claim(window) -> str:  # type: ignore[no-untyped-def]
    """An open claim with a pending return decision whose reason makes a return sensible
    (a damaged or faulty product rather than one that never arrived)."""
    from allegro_issues_desktop.domain import can_write, return_decision_pending

    claims = [i for i in map(window.issue, window.visible_issue_ids()) if i is not None]
    claims = [i for i in claims if return_decision_pending(i) and can_write(i) and i.id]
    fitting = [
        i for i in claims if i.reason and any(w in (i.reason.type or "") for w in _RETURNABLE)
    ]
    chosen = (fitting or claims)[0] if (fitting or claims) else None
    return chosen.id if chosen is not None and chosen.id else "first:pending-return"


_RETURNABLE = ("DAMAGED", "NOT_MATCHING")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--language", choices=("pl", "en"), default="pl")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="allegro-issues-shot-"))
    os.environ.setdefault("ALLEGRO_ISSUES_HOME", str(work / "home"))

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPen

    from allegro_issues_desktop import app as app_module
    from allegro_issues_desktop.app_session import App
    from allegro_issues_desktop.demo.assets import RETURN_LABEL, documents

    label = documents()[RETURN_LABEL]
    label_path = work / label.file_name
    label_path.write_bytes(label.data)

    async def screenshot(self: App, window, controller, target: Path) -> int:  # type: ignore[no-untyped-def]
        await self._loaded(window, controller, all_pages=True)
        await self._select(window, _pick_claim(window))
        dialog = window.detail.open_return_dialog()
        if dialog is None:
            print(
                "screenshot failed: the selected claim offers no return decision", file=sys.stderr
            )
            return 1
        dialog.set_choice("RETURN_REQUIRED_SELLER_LABEL")
        dialog.set_label_path(str(label_path))
        dialog.message.setPlainText(_MESSAGES[args.language])
        dialog.adjustSize()
        for _ in range(3):
            await asyncio.sleep(0.05)
            self.qapp.processEvents()
        picture = window.grab()
        shot = dialog.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the window behind a modal dialog
        at = QPoint(
            max((picture.width() - shot.width()) // 2, 0),
            max((picture.height() - shot.height()) // 2, 0),
        )
        painter.drawPixmap(at, shot)
        painter.setPen(QPen(QColor("#78909c"), 1))
        painter.drawRect(at.x(), at.y(), shot.width() - 1, shot.height() - 1)
        painter.end()
        dialog.reject()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(target)):
            print(f"screenshot failed: cannot write {target}", file=sys.stderr)
            return 1
        print(f"screenshot saved: {target} ({dialog.width()}x{dialog.height()} dialog)")
        return 0

    App._screenshot = screenshot  # type: ignore[method-assign]
    argv = ["--demo", "--screenshot", str(args.target), "--size", args.size]
    code = app_module.main([*argv, "--language", args.language])
    return code


if __name__ == "__main__":
    sys.exit(main())
