"""Accessibility (axe-core) and HTML validity (the Nu Html Checker) gates for tests.

Both tools come pinned from package.json (`npm ci`); nothing is downloaded at run time.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
HTML_CHECKER_MISSING = "needs java and node_modules/vnu-jar: run make test-tools"
#: CSL-JSON's schema (tests/schemas/README.md says where it comes from), for citations.
CSL_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "csl-data.json").read_text())


def html_checker_missing():
    """Why the Nu Html Checker cannot run here, or "" when it can."""
    return "" if shutil.which("java") and VNU_JAR.exists() else HTML_CHECKER_MISSING


def axe_violations(page):
    """WCAG 2.1 A and AA violations on the page, as readable strings.

    The page's context must be opened with ``bypass_csp=True`` for axe to be injected
    into a page served under a strict Content-Security-Policy.
    """
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return [
        f"{violation['id']}: {violation['help']} at {node['target']}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def html_errors(documents):
    """Nu Html Checker errors for ``{name: html}``, checked in one run of the checker."""
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{index}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        files = [str(Path(folder) / file_name) for file_name in names]
        completed = subprocess.run(
            ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
            capture_output=True,
            text=True,
            check=False,
        )
    # The checker always reports in JSON, an empty list included: no output is a failure.
    messages = json.loads(completed.stderr)["messages"]
    return [
        f"{names.get(Path(message.get('url', '')).name, '?')}:{message.get('lastLine')}: "
        f"{message['message']}"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]


def audit(page, base_url, pages):
    """Visit each of ``pages`` (``{name: path}``) and check it with axe and, all in one run,
    the Nu Html Checker: ``({name: axe violations}, html errors)``, both empty when clean."""
    documents, violations = {}, {}
    for name, path in pages.items():
        documents[name] = page.goto(f"{base_url}{path}").text()
        if found := axe_violations(page):
            violations[name] = found
    return violations, html_errors(documents)


def watch_for_problems(page):
    """Record the page's console errors (CSP violations among them) and script errors in
    ``page.problems``."""
    page.problems = []

    def record(message):
        # The browser asks for /favicon.ico by itself; whether there is one is not our concern.
        if message.type == "error" and not message.location["url"].endswith("/favicon.ico"):
            page.problems.append(message.text)

    page.on("console", record)
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    return page
