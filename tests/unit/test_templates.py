"""Canned replies: placeholders, missing values, starter sets, storage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from allegro_issues_desktop.services.templates import (
    PLACEHOLDERS,
    Template,
    TemplateStore,
    missing_values,
    placeholders_in,
    render,
    starter_templates,
)

VALUES = {
    "buyer": "jan_kowalski",
    "reference": "12345/2026",
    "order": "29738e61-7f6a-11e8-ac45-09db60ede9d6",
    "offer_title": "Kubek termiczny 450 ml",
    "deadline": "30 Nov 2026, 12:00",
}


def test_every_placeholder_is_filled() -> None:
    text = "Hi {buyer}, {reference} / {order}: “{offer_title}” by {deadline}."
    assert render(text, VALUES) == (
        "Hi jan_kowalski, 12345/2026 / 29738e61-7f6a-11e8-ac45-09db60ede9d6: "
        "“Kubek termiczny 450 ml” by 30 Nov 2026, 12:00."
    )
    assert placeholders_in(text) == list(PLACEHOLDERS)


def test_missing_values_stay_visible_as_markers() -> None:
    text = "Order {order}, due {deadline}, again {order}."
    values = {"order": None, "deadline": ""}
    assert render(text, values) == "Order [order], due [deadline], again [order]."
    assert missing_values(text, values) == ["order", "deadline"]
    assert missing_values(text, VALUES) == []
    # the UI passes translated markers
    assert render("{order}", {}, lambda name: f"[{name.upper()}?]") == "[ORDER?]"


def test_other_braces_are_kept_as_typed() -> None:
    text = "{foo} { buyer} {buyer {{buyer}} {"
    assert render(text, VALUES) == "{foo} { buyer} {buyer {jan_kowalski} {"


def test_values_are_inserted_literally() -> None:
    # a value that looks like a placeholder or a regex replacement is not expanded again
    values = {"buyer": r"{order} \1 \g<0>", "order": "X"}
    assert render("{buyer}", values) == r"{order} \1 \g<0>"


def test_filter_matches_every_word_in_name_or_text() -> None:
    template = Template("Gdzie jest paczka", "Paczka z zamówienia {order} została nadana.")
    assert template.matches("paczka")
    assert template.matches("GDZIE nadana")
    assert not template.matches("paczka zwrot")
    assert template.matches("")


@pytest.mark.parametrize("language", ["pl", "pl_PL", "en", "en_US", "de"])
def test_starter_sets_use_only_known_placeholders(language: str) -> None:
    templates = starter_templates(language)
    assert len(templates) >= 5
    for template in templates:
        assert template.name and template.text
        assert missing_values(template.text, VALUES) == []
        assert "{" not in render(template.text, VALUES)
    polish = language.startswith("pl")
    assert ("Dzień dobry" in templates[0].text) is polish


def test_store_offers_the_starter_set_then_keeps_what_was_saved(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path / "config")
    assert not store.exists()
    assert store.load("pl") == starter_templates("pl")
    mine = [Template("A", "first {buyer}"), Template("B", "second")]
    store.save(mine)
    assert TemplateStore(tmp_path / "config").load("en") == mine
    saved = json.loads(store.path.read_text(encoding="utf-8"))
    assert saved["templates"][0] == {"name": "A", "text": "first {buyer}"}
    assert [p.name for p in store.path.parent.iterdir()] == ["templates.json"]  # no temp left


def test_saving_nothing_keeps_an_empty_list(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path)
    store.save([])
    assert store.load("pl") == []


@pytest.mark.parametrize("content", ["{not json", "[1, 2", '"a string"', "null", "[" * 5000])
def test_a_damaged_file_is_put_aside(tmp_path: Path, content: str) -> None:
    store = TemplateStore(tmp_path)
    store.path.write_text(content, encoding="utf-8")
    assert store.load("en") == starter_templates("en")
    assert store.problem is not None
    assert not store.path.exists()
    [aside] = list(tmp_path.glob("templates.json.damaged-*"))
    assert aside.read_text(encoding="utf-8") == content


def test_odd_entries_are_skipped_not_fatal(tmp_path: Path) -> None:
    store = TemplateStore(tmp_path)
    entries = [{"name": "ok", "text": "t"}, {"name": 1}, "x", {"name": "", "text": " "}]
    store.path.write_text(json.dumps({"templates": entries}), encoding="utf-8")
    assert store.load("pl") == [Template("ok", "t")]
    assert store.problem is None


def test_a_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = TemplateStore(tmp_path)
    store.save([Template("old", "kept")])

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken)
    with pytest.raises(OSError):
        store.save([Template("new", "lost")])
    monkeypatch.undo()
    assert store.problem is not None
    assert store.load("pl") == [Template("old", "kept")]
    assert [p.name for p in tmp_path.iterdir()] == ["templates.json"]
