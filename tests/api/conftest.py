"""Emulator test helpers: an httpx client fixture, contract validation, issue pickers."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from allegro_issues_desktop.demo.server import Emulator

SPEC_PATH = Path(__file__).parent.parent / "fixtures" / "post-purchase-issues.openapi.yaml"
SPEC_URI = "urn:allegro:post-purchase-issues"
BETA = "application/vnd.allegro.beta.v1+json"


@cache
def _registry() -> Registry[Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, DRAFT4)
    )
    return registry


@cache
def _validator(schema_name: str) -> Any:
    schema = {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"}
    return OAS30Validator(schema, registry=_registry(), format_checker=oas30_format_checker)


def validate(schema_name: str, instance: object) -> None:
    """Validate against components/schemas/<schema_name> of the official contract."""
    _validator(schema_name).validate(instance)


@pytest.fixture
def api(emulator: Emulator) -> Iterator[httpx.Client]:
    """A client with the headers every Allegro JSON call needs, for the `emulator` fixture."""
    headers = {"Accept": BETA, "Authorization": "Bearer test-token", "Content-Type": BETA}
    with httpx.Client(base_url=emulator.base_url, headers=headers, timeout=10) as client:
        yield client


def error_of(response: httpx.Response) -> dict[str, Any]:
    validate("ErrorsHolder", response.json())
    return dict(response.json()["errors"][0])


def writable(emulator: Emulator, kind: str) -> str:
    """An open issue of `kind` ("DISPUTE" / "CLAIM") with an active chat."""
    status = "CLAIM_SUBMITTED" if kind == "CLAIM" else "DISPUTE_ONGOING"
    issue_id = next(i for i in emulator.issue_ids() if emulator.issue_json(i)["type"] == kind)
    emulator.set_state(issue_id, status=status, chatActive=True, returnRequired=None)
    return issue_id
