"""dyad.Coder against `dyad code`, and its errors."""

import json
import os

import pytest

import dyad
from conftest import EXAMPLES, ROOT, run_cli

ARTICLE_FIELDS = ("id", "date", "source", "url", "title")


def doc_args(rec):
    return {k: rec[k] for k in ARTICLE_FIELDS if k in rec}


def test_examples_equal_the_program(cli, coder, articles):
    want = [json.loads(l) for l in
            run_cli(cli, ["code", os.path.join(EXAMPLES, "articles.jsonl")]).splitlines()]
    got = []
    for rec in articles:
        got += coder.code(rec["text"], **doc_args(rec))
    assert got == want
    assert sum(r["type"] == "event" for r in got) >= 20
    assert sum(r["type"] == "quote" for r in got) >= 5


@pytest.mark.parametrize("fmt", ["gdelt", "petrarch"])
def test_other_formats_equal_the_program(cli, coder, articles, fmt):
    want = run_cli(cli, ["code", "--format", fmt, os.path.join(EXAMPLES, "articles.jsonl")])
    got = b""
    n = 0
    for rec in articles:
        lines = coder.code_lines(rec["text"], format=fmt, seq=n, **doc_args(rec))
        n += len(lines)
        got += b"".join(lines)
    assert got == want


def test_plain_text_article_equals_the_program(cli, coder):
    path = os.path.join(EXAMPLES, "dprk-missile.txt")
    want = [json.loads(l) for l in
            run_cli(cli, ["code", "--date", "2023-04-13", "--id", "dprk", path]).splitlines()]
    with open(path, encoding="utf-8") as f:
        got = coder.code(f.read(), date="2023-04-13", id="dprk")
    assert got == want and want


@pytest.mark.parametrize("fmt", ["jsonl", "gdelt"])
def test_code_file_writes_what_the_program_writes(cli, coder, tmp_path, fmt):
    path = os.path.join(EXAMPLES, "articles.jsonl")
    with open(tmp_path / "out", "wb") as out:
        st = coder.code_file(path, out, format=fmt)
    assert (tmp_path / "out").read_bytes() == run_cli(cli, ["code", "--format", fmt, path])
    assert st["docs"] == 8 and st["skipped"] == 0 and st["events"] > 20


def test_code_file_reports_and_skips_bad_records(cli, coder, tmp_path, articles):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps(articles[0])
    path.write_text(good + '\n{"id": "x", "date": "2023-02-30", "text": "Iran hailed Iraq."}\n'
                    '{"id": "y", "text": 5}\n', encoding="utf-8")
    with open(tmp_path / "out", "wb") as out:
        st = coder.code_file(str(path), out)
    assert st["docs"] == 1 and st["skipped"] == 2
    errs = [d for d in st["diagnostics"] if d.severity == "error"]
    assert [d.line for d in errs] == [2, 3]
    assert str(errs[0]).startswith(str(path) + ":2:")
    # what was read is what the program writes before it exits 1
    one = tmp_path / "one.jsonl"
    one.write_text(good + "\n", encoding="utf-8")
    assert (tmp_path / "out").read_bytes() == run_cli(cli, ["code", str(one)]).replace(
        b"one.jsonl", b"mixed.jsonl")


def test_code_file_missing_raises(coder, tmp_path):
    with pytest.raises(dyad.FileError) as e:
        coder.code_file(str(tmp_path / "nope.jsonl"), open(os.devnull, "wb"))
    assert "nope.jsonl" in str(e.value)


def test_date_taken_from_the_coder():
    with dyad.Coder(date="2024-05-08") as c:
        ev = [r for r in c.code("Turkish jets struck militant positions in northern Iraq.")
              if r["type"] == "event"]
    assert ev and ev[0]["date"] == "2024-05-08" and ev[0]["source"] == "TURMIL"


def test_invalid_date_in_coder_raises_dyads_message():
    with pytest.raises(dyad.UsageError) as e:
        dyad.Coder(date="2023-02-30")
    assert "2023-02-30" in str(e.value) and isinstance(e.value, ValueError)
    assert e.value.status == -4


def test_invalid_date_of_an_article_raises(coder):
    with pytest.raises(dyad.UsageError) as e:
        coder.code("Iran hailed Iraq.", date="yesterday")
    assert "yesterday" in str(e.value)
    # the coder goes on afterwards
    assert coder.code("Iran hailed Iraq.", date="2024-01-02") is not None


def test_missing_dictionary_folder_raises(tmp_path):
    with pytest.raises(dyad.FileError) as e:
        dyad.Coder(dicts=str(tmp_path / "none"))
    assert str(tmp_path / "none") in str(e.value)


def test_dictionary_errors_raise_with_file_and_line(tmp_path):
    d = tmp_path / "dict"
    d.mkdir()
    (d / "verbs.txt").write_text("verb 042: visit +\nverb 99x: broken line\n", encoding="utf-8")
    with pytest.raises(dyad.DictionaryError) as e:
        dyad.Coder(dicts=str(d))
    assert "verbs.txt:2" in str(e.value)
    assert any(x.line == 2 and x.severity == "error" for x in e.value.diagnostics)


def test_petrarch_and_dicts_together_refused():
    with pytest.raises(dyad.UsageError):
        dyad.Coder(dicts="a", petrarch="b")


def test_unknown_format_and_bad_types(coder):
    with pytest.raises(dyad.UsageError):
        coder.code_lines("Iran hailed Iraq.", format="csv")
    with pytest.raises(TypeError):
        coder.code(42)


def test_closed_coder_refuses():
    c = dyad.Coder()
    c.close()
    c.close()   # twice is fine
    with pytest.raises(dyad.UsageError) as e:
        c.code("Iran hailed Iraq.")
    assert "closed" in str(e.value)


def test_invalid_utf8_is_repaired_in_the_output(coder):
    text = b"Chinese President Xi Jinping arrived in Moscow on Monday \xff\xfe for talks."
    recs = coder.code(text, date="2023-03-20", id=b"bad\xc3")
    ev = [r for r in recs if r["type"] == "event"]
    assert ev and ev[0]["source"] == "CHNGOV" and ev[0]["target"] == "RUS"
    assert "\ufffd" in ev[0]["sentence"] and ev[0]["doc"] == "bad\ufffd"
    # a str with a lone surrogate cannot be UTF-8 either: repaired, not raised
    assert coder.code("Iran hailed Iraq \ud800.", date="2024-01-02") is not None


def test_unicode_text_keeps_its_characters(coder):
    text = ("Le président français Emmanuel Macron met Chinese President Xi Jinping "
            "in São Paulo on Monday — «talks» 🙂 followed.")
    recs = coder.code(text, date="2023-03-20", id="unicode-é")
    ev = [r for r in recs if r["type"] == "event"]
    assert ev, recs
    assert ev[0]["doc"] == "unicode-é" and ev[0]["sentence"] == text
    assert ev[0]["source"].startswith("FRA") and ev[0]["target"].startswith("CHN")


def test_explain_adds_evidence_and_rejects():
    with dyad.Coder(explain=True, date="2024-01-02") as c:
        ev = c.code("Iran hailed Iraq.")[0]
        assert ev["explain"]["pattern_at"].startswith(os.path.join(dyad.data_dir(), "dict"))
        assert c.code("Iran visited nobody.") == []
        assert c.rejects == ["sent 0: verb 'visit' (042): no target actor in 'nobody'"]


def test_library_and_data_found_in_the_build_tree():
    # tests/py_package.sh names the library with DYAD_LIB; the data folder
    # is the checkout's, found above it
    assert os.path.isfile(dyad.library_path)
    assert os.path.samefile(dyad.data_dir(), os.path.join(ROOT, "data"))
    with open(os.path.join(ROOT, "include", "dyad.h"), encoding="utf-8") as f:
        assert '#define DYAD_VERSION "%s"' % dyad.version() in f.read()


def test_code_file_skips_articles_over_the_limit(coder, tmp_path):
    path = os.path.join(EXAMPLES, "articles.jsonl")
    with open(tmp_path / "out", "wb") as out:
        st = coder.code_file(path, out, max_article_bytes=1400)
    long = [d for d in st["diagnostics"] if "more than the limit of 1400" in d.message]
    assert st["skipped"] == len(long) > 0 and st["docs"] == 8 - len(long)
    assert all(d.file == path and d.line > 0 for d in long)
