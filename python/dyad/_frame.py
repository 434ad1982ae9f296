"""dyad.code_frame: articles in, a pandas DataFrame of events out, in the
columns of GDELT 2.0's event table, filled as `dyad code --format gdelt`
fills them (docs/coder.md, "Output formats")."""

import csv
import io

import pandas as pd

from ._coder import Coder, UsageError
from ._native import lib

# GDELT 2.0's 61 event columns, in order, with the dtype each gets: whole
# numbers as nullable Int64 (dyad leaves some empty: AvgTone, the dates of
# history without a date), decimals as float64, codes and names as strings
# (pd.NA where dyad writes nothing).
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO = [("Type", "Int64"), ("FullName", "string"), ("CountryCode", "string"),
        ("ADM1Code", "string"), ("ADM2Code", "string"), ("Lat", "float64"),
        ("Long", "float64"), ("FeatureID", "string")]
GDELT_COLUMNS = (
    [("GLOBALEVENTID", "Int64"), ("SQLDATE", "Int64"), ("MonthYear", "Int64"),
     ("Year", "Int64"), ("FractionDate", "float64")]
    + [("Actor1" + c, "string") for c in _ACTOR]
    + [("Actor2" + c, "string") for c in _ACTOR]
    + [("IsRootEvent", "Int64"), ("EventCode", "string"), ("EventBaseCode", "string"),
       ("EventRootCode", "string"), ("QuadClass", "Int64"), ("GoldsteinScale", "float64"),
       ("NumMentions", "Int64"), ("NumSources", "Int64"), ("NumArticles", "Int64"),
       ("AvgTone", "float64")]
    + [(g + "_" + c, t) for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c, t in _GEO]
    + [("DATEADDED", "Int64"), ("SOURCEURL", "string")])

_FIELDS = ("id", "date", "source", "url", "title")


def _doc_args(doc, i):
    """The keyword arguments of Coder.code_lines for doc: a str or bytes (the
    text alone) or a mapping with "text" and any of id, date, source, url,
    title (a JSON-lines record)."""
    if isinstance(doc, (str, bytes)):
        return {"text": doc}
    try:
        args = {"text": doc["text"]}
    except (KeyError, TypeError):
        raise UsageError("dyad: document %d is neither a text nor a mapping with \"text\"" % i,
                         lib.DYAD_EUSAGE) from None
    for k in _FIELDS:
        v = doc.get(k)
        if v is not None:
            args[k] = v
    return args


def frame_from_gdelt(lines):
    """A DataFrame of GDELT_COLUMNS from the tab-separated lines (bytes, each
    ending in a newline) that `dyad code --format gdelt` writes."""
    names = [n for n, _ in GDELT_COLUMNS]
    dtypes = dict(GDELT_COLUMNS)
    if not lines:
        return pd.DataFrame({n: pd.Series([], dtype=t) for n, t in GDELT_COLUMNS})
    text = b"".join(lines).decode("utf-8")
    return pd.read_csv(io.StringIO(text), sep="\t", header=None, names=names, dtype=dtypes,
                       quoting=csv.QUOTE_NONE, keep_default_na=False, na_values=[""],
                       engine="c")


def code_frame(docs, coder=None, **coder_args):
    """Codes every document of docs (texts, or mappings like the records of
    a JSON-lines file: "text" and any of id, date, source, url, title) and
    returns their events as a pandas DataFrame in GDELT 2.0's 61 columns
    (GDELT_COLUMNS), one row per event, numbered from 1 in GLOBALEVENTID.
    coder: a dyad.Coder to use; else one is made with coder_args (dicts,
    date, ...) and closed at the end. A document dyad refuses (a date that
    is none) raises, naming its position and id."""
    own = coder is None
    if own:
        coder = Coder(**coder_args)
    elif coder_args:
        raise UsageError("dyad: give a coder or its arguments, not both", lib.DYAD_EUSAGE)
    try:
        lines = []
        for i, doc in enumerate(docs):
            args = _doc_args(doc, i)
            try:
                lines += coder.code_lines(format="gdelt", seq=len(lines), **args)
            except UsageError as e:
                raise type(e)("dyad: document %d (id %r): %s" % (i, args.get("id", ""), e),
                              e.status) from e
        return frame_from_gdelt(lines)
    finally:
        if own:
            coder.close()
