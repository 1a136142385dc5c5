"""Pictures of the order and offer in the detail, and of the canned-reply picker, for the README.

The app's own ``--screenshot`` does not wait for the order and the offer's picture, nor open the
picker, so this runs the same app (``--demo``, offscreen, a throw-away data folder), selects the
first claim whose return decision is pending and that has parcels, waits until its order, offer
and picture are painted, and saves the window. With ``--picker`` it then opens the picker
(Ctrl+T) with a few letters typed into its filter and paints it over the window where it opens.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshot_context.py \\
        --language pl docs/screenshots/detail-order-pl.png
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshot_context.py \\
        --language en --picker docs/screenshots/template-picker-en.png

Without ``--size`` the window is 1280×1000 (room for the facts and the order above the chat).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

_FILTER = {"pl": "prosimy", "en": "send"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--language", choices=("pl", "en"), default="pl")
    parser.add_argument("--size", default="1280x1000")
    parser.add_argument("--picker", action="store_true", help="open the canned-reply picker")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="allegro-issues-shot-"))
    os.environ.setdefault("ALLEGRO_ISSUES_HOME", str(work / "home"))

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPen

    from allegro_issues_desktop import app as app_module
    from allegro_issues_desktop.app_session import App
    from allegro_issues_desktop.domain import can_write, return_decision_pending
    from allegro_issues_desktop.ui.detail.template_picker import TemplatePicker

    def pick(window) -> str | None:  # type: ignore[no-untyped-def]
        issues = [i for i in map(window.issue, window.visible_issue_ids()) if i is not None]
        fitting = [
            i for i in issues if i.id and i.offer and return_decision_pending(i) and can_write(i)
        ]
        return fitting[0].id if fitting else None

    async def screenshot(self: App, window, controller, target: Path) -> int:  # type: ignore[no-untyped-def]
        await self._loaded(window, controller, all_pages=True)
        view = window.detail.order_view
        issue_id = pick(window)
        if issue_id is None:
            print("screenshot failed: no claim fits", file=sys.stderr)
            return 1
        shown: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def on_picture(shown_id: str) -> None:
            if shown_id == issue_id and not shown.done():
                shown.set_result(shown_id)

        view.picture_shown.connect(on_picture)
        await self._select(window, issue_id)
        await asyncio.wait_for(shown, 20)
        for _ in range(3):
            await asyncio.sleep(0.05)
            self.qapp.processEvents()
        picture = window.grab()
        if args.picker:
            composer = window.detail.chat.composer
            composer.editor.setFocus()
            picker = composer.open_templates()
            if not isinstance(picker, TemplatePicker):
                print("screenshot failed: the picker did not open", file=sys.stderr)
                return 1
            picker.filter.setText(_FILTER[args.language])
            for _ in range(3):
                await asyncio.sleep(0.05)
                self.qapp.processEvents()
            picture = window.grab()
            shot = picker.grab()
            # Where it opens on a real screen: above the Templates… button, left edges aligned.
            button = composer.templates_button
            at = button.mapTo(window, QPoint(0, 0)) - QPoint(0, shot.height() + 6)
            at = QPoint(
                max(0, min(at.x(), picture.width() - shot.width())),
                max(0, min(at.y(), picture.height() - shot.height())),
            )
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(
                at.x() + 4, at.y() + 4, shot.width(), shot.height(), QColor(0, 0, 0, 40)
            )
            painter.drawPixmap(at, shot)
            painter.setPen(QPen(QColor("#78909c"), 1))
            painter.drawRect(at.x(), at.y(), shot.width() - 1, shot.height() - 1)
            painter.end()
            picker.reject()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not picture.save(str(target)):
            print(f"screenshot failed: cannot write {target}", file=sys.stderr)
            return 1
        print(f"screenshot saved: {target}")
        return 0

    App._screenshot = screenshot  # type: ignore[method-assign]
    argv = ["--demo", "--screenshot", str(args.target), "--size", args.size]
    return app_module.main([*argv, "--language", args.language])


if __name__ == "__main__":
    sys.exit(main())
