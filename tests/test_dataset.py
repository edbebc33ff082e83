"""/export/dataset.zip: read back and compared with the API, cited, and built once a version."""

import csv
import hashlib
import io
import json
import zipfile

import bibtexparser
import jsonschema
import pytest
import rispy
from django.core.management import call_command
from django.urls import reverse

from events import data_version
from events.exports import dataset
from events.kinds import KINDS
from events.models import Citation, Event
from tests.dataset import VISIT
from tests.quality import CSL_SCHEMA

pytestmark = pytest.mark.django_db

DATASET = reverse("exports:dataset")


def download(client):
    response = client.get(DATASET)
    assert response.status_code == 200, response.content[:300]
    return response, b"".join(response.streaming_content)


def archive_files(content):
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert archive.testzip() is None
        return {
            name.removeprefix(f"{dataset.NAME}/"): archive.read(name).decode("utf-8")
            for name in archive.namelist()
        }


def api_list(client, url):
    return client.get(f"{url}?page_size=500").json()["results"]


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


@pytest.fixture
def files(client, media_root):
    return archive_files(download(client)[1])


def test_the_download_is_whole_and_says_so(client, media_root):
    response, content = download(client)
    assert response["Content-Disposition"] == f'attachment; filename="{dataset.NAME}.zip"'
    assert int(response["Content-Length"]) == len(content)
    assert response["X-Checksum-SHA256"] == hashlib.sha256(content).hexdigest()
    assert response["Repr-Digest"].startswith("sha-256=:")


def test_events_and_entities_are_what_the_api_answers(client, files):
    assert json.loads(files["events.json"]) == api_list(client, "/api/events/")
    for kind in KINDS:
        listed = api_list(client, reverse(f"{kind.api_basename}-list"))
        in_archive = json.loads(files[f"{kind.segment}.json"])
        assert [row["slug"] for row in in_archive] == [row["slug"] for row in listed]
        if kind.detail_serializer is None:
            assert in_archive == listed
        else:  # sources, with their text as one source's page in the API gives it
            for row in in_archive:
                assert row == client.get(f"/api/{kind.segment}/{row['slug']}/").json()


def test_citations_and_csv_files_read_back(client, files):
    citations = Citation.objects.filter(event__published=True)
    rows = csv_rows(files["citations.csv"])
    assert len(rows) == len(json.loads(files["citations.json"])) == citations.count()
    sources = {source["slug"]: source for source in json.loads(files["sources.json"])}
    for row in rows:
        text = sources[row["source"]]["text"]
        assert text[int(row["start_offset"]) : int(row["end_offset"])] == row["quote"]
    events = csv_rows(files["events.csv"])
    assert [row["slug"] for row in events] == [e["slug"] for e in json.loads(files["events.json"])]
    assert (
        files["events.csv"] == client.get(f"{reverse('exports:events-csv')}?q=").getvalue().decode()
    )
    people = csv_rows(files["people.csv"])
    assert [row["slug"] for row in people] == [p["slug"] for p in json.loads(files["people.json"])]


def test_readme_names_the_version_the_licence_and_the_address(files, settings):
    readme = files["README.md"]
    version = data_version.current()
    assert f"Data version {version.number}," in readme
    assert settings.DATASET_LICENCE in readme
    assert "http://testserver/export/dataset.zip" in readme


def test_the_dataset_citation_parses_in_each_format(files):
    version = data_version.current()
    library = bibtexparser.parse_string(files["citation.bib"])
    assert library.failed_blocks == []
    [entry] = library.entries
    assert entry.entry_type == "misc"
    assert entry["url"] == "http://testserver/export/dataset.zip"
    assert entry["version"] == str(version.number)
    [record] = rispy.loads(files["citation.ris"])
    assert record["type_of_reference"] == "DATA"
    assert record["urls"] == ["http://testserver/export/dataset.zip"]
    assert record["edition"] == str(version.number)
    items = json.loads(files["citation.json"])
    jsonschema.validate(items, CSL_SCHEMA)
    [item] = items
    assert item["type"] == "dataset"
    assert item["issued"]["date-parts"] == [list(version.changed_at.timetuple()[:3])]
    assert str(version.number) in files["citation.txt"]


def test_built_once_a_version_and_again_when_the_data_changes(client, media_root):
    first = download(client)[1]
    assert download(client)[1] == first  # served from the file
    [built] = (media_root / "datasets").glob("*.zip")
    Event.objects.filter(slug=VISIT).update(published=False)
    changed = archive_files(download(client)[1])
    assert VISIT not in [event["slug"] for event in json.loads(changed["events.json"])]
    [rebuilt] = (media_root / "datasets").glob("*.zip")
    assert rebuilt != built  # the older version is removed


def test_a_large_archive_is_built_by_the_command_not_by_a_request(client, media_root, monkeypatch):
    monkeypatch.setattr(dataset, "BUILD_IN_REQUEST_MAX_EVENTS", 0)
    response = client.get(DATASET)
    assert response.status_code == 503
    assert response["Retry-After"]
    call_command("build_dataset", site="http://testserver", stdout=io.StringIO())
    version = data_version.current().number
    assert f"Data version {version}," in archive_files(download(client)[1])["README.md"]
    # After an edit, the last archive built is served until the command runs again.
    Event.objects.filter(slug=VISIT).update(published=False)
    assert f"Data version {version}," in archive_files(download(client)[1])["README.md"]


def test_unknown_parameters_are_refused(client, media_root):
    response = client.get(f"{DATASET}?format=csv")
    assert response.status_code == 400
    assert response.json()["format"]


def test_the_footer_links_to_the_dataset(client):
    assert f'href="{DATASET}"' in client.get("/").text


@pytest.mark.parametrize(
    "url",
    [
        reverse("exports:events-csv"),
        reverse("exports:citations-csv"),
        reverse("exports:events-ics"),
    ],
)
def test_whole_exports_come_from_the_built_archive_with_their_length(client, media_root, url):
    streamed = client.get(url)
    assert streamed.streaming and not streamed.has_header("Content-Length")
    streamed = b"".join(streamed.streaming_content)
    download(client)  # builds the archive
    whole = client.get(url)
    content = b"".join(whole.streaming_content)
    assert content == streamed
    assert int(whole["Content-Length"]) == len(content)
    # A filtered export is the filtered events, streamed.
    filtered = client.get(f"{url}?event_type=visit")
    assert not filtered.has_header("Content-Length")
    assert b"".join(filtered.streaming_content) != content
    # After an edit, the archive is stale: the export is streamed again, with the edit.
    Event.objects.filter(slug=VISIT).update(title="Renamed visit")
    again = client.get(url)
    assert not again.has_header("Content-Length")
    assert b"Renamed visit" in b"".join(again.streaming_content) or "citations" in url
