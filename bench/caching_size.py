"""The size of the caching code, then and now (issue 19's goal: at most half).

Counts lines of code: not blank, not comments, not docstrings. "Then" is the code at
4aca165, before the one cache: the five files that held caching; "now" is the cache and
the data version it rests on.

    .venv/bin/python bench/caching_size.py
"""

import ast
import io
import subprocess
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "4aca165"
THEN = [
    "events/data_cache.py",
    "events/data_version.py",
    "events/http_caching.py",
    "events/cards.py",
    "events/pagination.py",
]
NOW = ["events/caching.py", "events/data_version.py"]


def code_lines(source):
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and ast.get_docstring(
            node, clean=False
        ):
            first = node.body[0]
            docstrings.update(range(first.lineno, first.end_lineno + 1))
    lines = set()
    skipped = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT}
    skipped |= {tokenize.DEDENT, tokenize.ENDMARKER}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in skipped:
            lines.update(set(range(token.start[0], token.end[0] + 1)) - docstrings)
    return len(lines)


def main():
    then = sum(
        code_lines(
            subprocess.check_output(["git", "show", f"{BEFORE}:{path}"], cwd=ROOT, text=True)
        )
        for path in THEN
    )
    now = sum(code_lines((ROOT / path).read_text()) for path in NOW)
    print(f"then ({BEFORE}, {len(THEN)} files): {then} lines of code")
    print(f"now ({', '.join(NOW)}): {now} lines of code, {now / then:.0%} of then")


if __name__ == "__main__":
    main()
