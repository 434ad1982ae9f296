"""README.md's Python example runs, from the checkout, and prints what its
comment says."""

import contextlib
import io
import os
import re

from conftest import ROOT


def test_readme_python_block_runs(monkeypatch):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        blocks = re.findall(r"```python\n(.*?)```", f.read(), re.S)
    assert blocks, "README.md has no python block"
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for b in blocks:
            exec(compile(b, "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert lines[0] == "CHNGOV 042 RUS"
    assert any(re.match(r"^04\s+\d+$", l) for l in lines), lines
