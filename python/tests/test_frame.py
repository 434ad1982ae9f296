"""dyad.code_frame: GDELT 2.0's columns, with dtypes, as `dyad code --format gdelt`."""

import os

import pandas as pd
import pytest

import dyad
from conftest import EXAMPLES, run_cli


def test_columns_and_dtypes(articles):
    f = dyad.code_frame(articles)
    assert len(f.columns) == 61
    assert list(f.columns[:5]) == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                   "FractionDate"]
    assert list(f.columns[-2:]) == ["DATEADDED", "SOURCEURL"]
    assert list(f.columns) == [n for n, _ in dyad.GDELT_COLUMNS]
    assert str(f["SQLDATE"].dtype) == "Int64" and str(f["GoldsteinScale"].dtype) == "float64"
    assert str(f["EventCode"].dtype) == "string" and str(f["ActionGeo_Lat"].dtype) == "float64"
    assert all(str(f[n].dtype) == t for n, t in dyad.GDELT_COLUMNS)


def test_rows_equal_the_program(cli, articles):
    f = dyad.code_frame(articles)
    lines = run_cli(cli, ["code", "--format", "gdelt",
                          os.path.join(EXAMPLES, "articles.jsonl")]).decode().splitlines()
    assert len(f) == len(lines) > 20
    for row, line in zip(f.itertuples(index=False), lines):
        cells = line.split("\t")
        assert len(cells) == 61
        for value, cell in zip(row, cells):
            if cell == "":
                assert pd.isna(value)
            elif isinstance(value, float):
                assert value == pytest.approx(float(cell))
            else:
                assert str(value) == cell
    assert list(f["GLOBALEVENTID"]) == list(range(1, len(f) + 1))


def test_events_match_the_json_records(coder, articles):
    f = dyad.code_frame(articles, coder=coder)
    ev = [r for rec in articles[:1] for r in coder.code(rec["text"], date=rec["date"],
                                                       id=rec["id"]) if r["type"] == "event"]
    head = f.iloc[:len(ev)]
    assert list(head["EventCode"]) == [e["code"] for e in ev]
    assert list(head["Actor1Code"]) == [e["source"] for e in ev]
    assert list(head["GoldsteinScale"]) == [e["goldstein"] for e in ev]
    assert list(head["SQLDATE"]) == [int(e["event_date"].replace("-", "")) for e in ev]


def test_texts_and_no_events():
    f = dyad.code_frame(["Iran hailed Iraq.", "Nothing happened here."], date="2024-01-02")
    assert len(f) == 1 and f["Actor1Code"][0] == "IRN" and f["Actor2Code"][0] == "IRQ"
    empty = dyad.code_frame(["Nothing happened here."], date="2024-01-02")
    assert len(empty) == 0 and len(empty.columns) == 61
    assert all(str(empty[n].dtype) == t for n, t in dyad.GDELT_COLUMNS)


def test_bad_documents_raise_naming_them():
    with pytest.raises(dyad.UsageError) as e:
        dyad.code_frame([{"text": "Iran hailed Iraq.", "date": "2024-01-02", "id": "a"},
                         {"text": "Iran hailed Iraq.", "date": "2024-13-01", "id": "b"}])
    assert "document 1" in str(e.value) and "'b'" in str(e.value)
    with pytest.raises(dyad.UsageError):
        dyad.code_frame([{"body": "no text"}])
    with pytest.raises(dyad.UsageError):
        dyad.code_frame(["x"], coder=object(), date="2024-01-02")
