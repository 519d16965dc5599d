"""The Schemathesis checks every answer of the central API is held to, in one place.

The document tests (``test_openapi_document.py``: one request per route and answer) and the
schema fuzz (``test_openapi_fuzz.py``: generated requests) run the same checks: no server
error, and every status, content type, body and header as ``/openapi.json`` states it.
"""

from __future__ import annotations

from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

__all__ = ["CHECKS", "not_a_server_error"]

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
