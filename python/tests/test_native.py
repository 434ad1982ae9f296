"""The declarations of dyad/_native.py against include/dyad.h: cffi's ABI
mode lays the structs out from them, so a field the header adds, moves or
retypes must show here, not as garbage at run time."""

import os
import shutil
import subprocess
import sys

import pytest

import dyad
from dyad import _native
from conftest import ROOT


def test_struct_layout_matches_the_header(tmp_path):
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not cc:
        pytest.skip("no C compiler to read the header's layout with")
    body = []
    for s, fields in _native.STRUCTS.items():
        body.append('printf("%s %%zu\\n", sizeof(%s));' % (s, s))
        for f in fields:
            body.append('printf("%s.%s %%zu\\n", offsetof(%s, %s));' % (s, f, s, f))
    src = tmp_path / "layout.c"
    src.write_text("#include <stddef.h>\n#include <stdio.h>\n#include \"dyad.h\"\n"
                   "int main(void) {\n%s\nreturn 0;\n}\n" % "\n".join(body))
    exe = tmp_path / "layout"
    subprocess.run([cc, "-I", os.path.join(ROOT, "include"), "-o", str(exe), str(src)],
                   check=True)
    want = subprocess.run([str(exe)], check=True, stdout=subprocess.PIPE).stdout.decode()
    ffi = _native.ffi
    got = []
    for s, fields in _native.STRUCTS.items():
        got.append("%s %d" % (s, ffi.sizeof(s)))
        got += ["%s.%s %d" % (s, f, ffi.offsetof(s, f)) for f in fields]
    assert "\n".join(got) + "\n" == want


def test_declared_names_exist_in_the_header():
    with open(os.path.join(ROOT, "include", "dyad.h"), encoding="utf-8") as f:
        header = f.read()
    for line in _native.CDEF.splitlines():
        for word in line.replace("(", " ").replace("*", " ").split():
            if word.startswith("dyad_") or word.startswith("DYAD_"):
                assert word in header, word


def _import_in_child(env):
    return subprocess.run([sys.executable, "-c", "import dyad; print(dyad.library_path)"],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_wrong_dyad_lib_is_reported_not_skipped():
    env = dict(os.environ, DYAD_LIB="/nonexistent/libdyad.so",
               PYTHONPATH=os.path.join(ROOT, "python"))
    p = _import_in_child(env)
    assert p.returncode != 0
    assert b"/nonexistent/libdyad.so ($DYAD_LIB): no such file" in p.stderr
    assert b"set DYAD_LIB" in p.stderr


def test_without_dyad_lib_the_build_tree_is_used():
    if not os.path.isfile(os.path.join(ROOT, "build", "libdyad.so")):
        pytest.skip("no build/libdyad.so in this checkout")
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    env.pop("DYAD_LIB", None)
    p = _import_in_child(env)
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().strip() == os.path.join(ROOT, "build", "libdyad.so")


def test_dyad_data_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("DYAD_DATA", str(tmp_path))
    assert dyad.data_dir() == str(tmp_path)
    with pytest.raises(dyad.FileError):
        dyad.Coder()   # no dict/ there: reported, not replaced by another folder


def test_the_installed_library_by_its_soname(tmp_path):
    # a copy of the package outside any checkout, and libdyad.so.0 where the
    # dynamic linker is told to look: the third place, the installed library
    if not os.path.isfile(os.path.join(ROOT, "build", "libdyad.so")):
        pytest.skip("no build/libdyad.so in this checkout")
    shutil.copytree(os.path.join(ROOT, "python", "dyad"), str(tmp_path / "pkg" / "dyad"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "lib").mkdir()
    os.symlink(os.path.join(ROOT, "build", "libdyad.so"), str(tmp_path / "lib" / "libdyad.so.0"))
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "pkg"), LD_LIBRARY_PATH=str(tmp_path / "lib"),
               DYAD_DATA=os.path.join(ROOT, "data"))
    env.pop("DYAD_LIB", None)
    code = ("import dyad; print(dyad.library_path); print(dyad.data_dir()); "
            "print([r['code'] for r in dyad.Coder(date='2024-01-02').code('Iran hailed Iraq.')])")
    p = subprocess.run([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, cwd=str(tmp_path))
    assert p.returncode == 0, p.stderr.decode()
    assert p.stdout.decode().splitlines() == ["None", os.path.join(ROOT, "data"), "['051']"]
    # without DYAD_DATA, the folder the library was built for (build/datadir.txt)
    env.pop("DYAD_DATA")
    p = subprocess.run([sys.executable, "-c", "import dyad; print(dyad.data_dir())"], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(tmp_path))
    with open(os.path.join(ROOT, "build", "datadir.txt"), encoding="utf-8") as f:
        assert p.stdout.decode().strip() == f.read().strip()
