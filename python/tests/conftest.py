"""What the tests of the Python package share: the checkout, the dyad
program to compare with, the example articles."""

import json
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "examples")
SHARED = os.environ.get("DYAD_SHARED", os.path.join(ROOT, "..", "shared"))


@pytest.fixture(scope="session")
def cli():
    """The dyad program built beside the library (tests/py_package.sh sets
    DYAD_CLI; the release build's by default)."""
    path = os.environ.get("DYAD_CLI", os.path.join(ROOT, "build", "dyad"))
    if not os.access(path, os.X_OK):
        pytest.fail("no dyad program at %s: run 'make build/dyad' or set DYAD_CLI" % path)
    return path


def run_cli(cli, args, stdin=None):
    """dyad's stdout (bytes) for args; fails the test on a non-zero exit."""
    p = subprocess.run([cli] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, check=False)
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout


@pytest.fixture(scope="session")
def articles():
    """The example articles, as the records of examples/articles.jsonl."""
    with open(os.path.join(EXAMPLES, "articles.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def coder():
    import dyad
    with dyad.Coder() as c:
        yield c
