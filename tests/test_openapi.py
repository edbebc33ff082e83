"""The OpenAPI document is valid and tells the truth, as schemathesis checks on a live server."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from events.models import Source
from tests.quality import html_errors

SCHEMA = "/api/schema/?format=json"
# What the API answers must match the document: no 5xx, only documented status
# codes, content types and headers, and bodies that fit their schemas. Checks on
# how inputs are judged are left out on purpose: an unknown slug is schema-valid
# yet rightly refused with 400, and an empty date is "no date", as HTML forms send it.
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
    ]
)


@pytest.fixture
def schema(client):
    response = client.get(SCHEMA)
    assert response.status_code == 200
    return response.json()


@pytest.mark.django_db
def test_openapi_document_is_valid(schema):
    validate(schema)


@pytest.mark.django_db
def test_every_filter_is_explained_and_repeated_ones_are_bounded(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/events/"]["get"]["parameters"]}
    for name, parameter in parameters.items():
        assert len(parameter["description"]) > 30, name
    assert "overlaps" in parameters["date_from"]["description"]
    assert "/api/people/" in parameters["person"]["description"]
    assert parameters["person"]["schema"]["maxItems"] == 50
    assert parameters["person"]["explode"] is True


@pytest.mark.django_db
def test_the_exports_are_documented_with_the_same_filters(client, schema):
    filters = {p["name"] for p in schema["paths"]["/api/events/"]["get"]["parameters"]}
    for path in ["/export/events.csv", "/export/citations.csv", "/export/events.ics"]:
        operation = schema["paths"][path]["get"]
        assert {p["name"] for p in operation["parameters"]} == filters - {"page", "page_size"}
        assert set(operation["responses"]) == {"200", "400"}
        [media_type] = operation["responses"]["200"]["content"]
        assert client.get(path)["Content-Type"].startswith(media_type)
    assert (
        "application/zip"
        in schema["paths"]["/export/dataset.zip"]["get"]["responses"]["200"]["content"]
    )


@pytest.mark.django_db
def test_openapi_document_lists_error_answers(schema):
    events = schema["paths"]["/api/events/"]["get"]
    assert set(events["responses"]) == {"200", "400", "404"}
    assert set(schema["paths"]["/api/events/{slug}/"]["get"]["responses"]) == {
        "200",
        "400",
        "404",
    }
    page = next(p for p in events["parameters"] if p["name"] == "page_size")
    assert (page["schema"]["minimum"], page["schema"]["maximum"]) == (1, 500)


@pytest.mark.django_db
def test_unknown_source_address_is_null_not_an_empty_url(client):
    Source.objects.filter(slug="brussels-gazette-report").update(url="")
    source = client.get("/api/sources/brussels-gazette-report/").json()
    assert source["original_url"] is None


@pytest.mark.usefixtures("dataset_transactional_db")
def test_schemathesis_finds_no_server_errors_or_schema_violations(live_server, tmp_path):
    schemathesis = Path(sys.executable).parent / "schemathesis"
    result = subprocess.run(
        [
            str(schemathesis),
            "run",
            f"{live_server.url}{SCHEMA}",
            f"--checks={CHECKS}",
            "--max-examples=15",
            "--workers=2",
            # A busy two-core CI machine can be slow; slowness is not what this checks.
            "--request-timeout=30",
            "--generation-database=none",
            "--no-color",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert re.search(r"Tested: [1-9]", result.stdout), result.stdout[-2000:]


@pytest.mark.django_db
@pytest.mark.parametrize("slug", [".exe", "%00", "a%20b", "nato.json.x", "%E2%80%94"])
def test_odd_slugs_get_the_apis_json_404(client, slug):
    response = client.get(f"/api/events/{slug}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


@pytest.mark.django_db
def test_api_docs_page_shows_every_route_and_parameter_without_scripts(client, schema):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    page = response.text
    for path, methods in schema["paths"].items():
        for method in methods:
            assert f"<code>{method.upper()} {path}</code>" in page
    for parameter in schema["paths"]["/api/events/"]["get"]["parameters"]:
        assert f"<code>{parameter['name']}</code>" in page
    assert "overlaps" in page
    assert "<script" not in page.split("<main", 1)[-1].split("</main>")[0]
    assert 'href="/api/docs/"' in client.get("/").text


@pytest.mark.html_checker
@pytest.mark.django_db
def test_api_docs_page_is_valid_html(client):
    assert html_errors({"API docs": client.get("/api/docs/").text}) == []
