"""dyad.Coder: dictionaries loaded once, then articles in, events and quotes
out as the dicts of `dyad code`'s JSON lines; and whole files coded as
`dyad code FILE` codes them (what the Dask backfill runs on each shard)."""

import json
import os
import threading

from ._native import ffi, lib, data_dir

# The formats of dyad_event_format, by the names `dyad code --format` takes.
FORMATS = {"jsonl": lib.DYAD_OUT_JSONL, "petrarch": lib.DYAD_OUT_PETRARCH,
           "gdelt": lib.DYAD_OUT_GDELT}

# `dyad code` skips an article longer than this (--max-article-bytes), so
# that one huge record cannot take the memory coding it needs.
MAX_ARTICLE_BYTES = 10000000


class Error(Exception):
    """A failure of libdyad: str(e) is dyad's message; e.status the DYAD_E*
    code; e.diagnostics the FILE:LINE problems reported on the way (for a
    dictionary load: every one)."""

    def __init__(self, message, status=None, diagnostics=()):
        super().__init__(message)
        self.status = status
        self.diagnostics = list(diagnostics)


class UsageError(Error, ValueError):
    """An argument dyad refuses: a date that is none, an unknown format."""


class InputError(Error, ValueError):
    """Input that cannot be used: a text over 4 GiB, a file without any record."""


class DictionaryError(Error):
    """Dictionaries or data files with errors, or a folder that cannot be read."""


class FileError(Error):
    """A file or folder that cannot be opened or read."""


_ERRORS = {lib.DYAD_EUSAGE: UsageError, lib.DYAD_EINPUT: InputError,
           lib.DYAD_EDICT: DictionaryError, lib.DYAD_EIO: FileError}


def _raise(rc, message, diagnostics=()):
    """Raises the exception for status rc with dyad's message."""
    if rc == lib.DYAD_ENOMEM:
        raise MemoryError(message or "out of memory")
    text = message or ffi.string(lib.dyad_errstr(rc)).decode()
    raise _ERRORS.get(rc, Error)(text, rc, diagnostics)


def _str(p):
    """A C string of libdyad as str (it hands out valid UTF-8, or repairs it)."""
    return ffi.string(p).decode("utf-8", "replace") if p != ffi.NULL else ""


def _bytes(s, what):
    """s (str, bytes or None) as NUL-terminated bytes for a dyad_doc field."""
    if s is None:
        return b""
    if isinstance(s, bytes):
        return s
    if isinstance(s, str):
        return s.encode("utf-8", "surrogatepass")
    raise TypeError("dyad: %s must be str or bytes, not %s" % (what, type(s).__name__))


class Diagnostic(tuple):
    """One problem reported by a loader or reader: (severity, file, line,
    column, message); str() gives dyad's FILE:LINE:COL: severity: message."""

    __slots__ = ()
    _SEVERITY = ("note", "warning", "error")

    def __new__(cls, d):
        return tuple.__new__(cls, (cls._SEVERITY[d.severity] if 0 <= d.severity <= 2 else "error",
                                   _str(d.file), d.line, d.column, _str(d.message)))

    severity = property(lambda self: self[0])
    file = property(lambda self: self[1])
    line = property(lambda self: self[2])
    column = property(lambda self: self[3])
    message = property(lambda self: self[4])

    def __str__(self):
        where = self.file
        if self.line:
            where += ":%d" % self.line
            if self.column:
                where += ":%d" % self.column
        return "%s: %s: %s" % (where, self.severity, self.message)


class _Collector:
    """A dyad_diag_fn that appends every problem to a list. The callback
    object must live as long as the C side may call it: keep self."""

    def __init__(self):
        self.items = []

        @ffi.callback("void(void *, const dyad_diag *)")
        def fn(ctx, d):
            self.items.append(Diagnostic(d))
        self.fn = fn


class Coder:
    """Dictionaries loaded once and a coder over them.

    dicts: a folder of dyad dictionaries (default: the data folder's dict/);
    petrarch: a folder of PETRARCH2's dictionaries instead (as `dyad code
    --petrarch-dicts`); date: the date of articles given none (YYYY-MM-DD);
    all_modalities, partial, explain: as the options of `dyad code`.

    One Coder codes one article at a time (calls from several threads wait
    for each other); give each thread its own for parallel work. Free it
    with close() or a with block; the garbage collector frees it too.
    """

    def __init__(self, dicts=None, date=None, *, petrarch=None, all_modalities=False,
                 partial=False, explain=False, cameo=None):
        if dicts is not None and petrarch is not None:
            raise UsageError("dyad: dicts and petrarch both name dictionaries; give one of them",
                             lib.DYAD_EUSAGE)
        self._lock = threading.Lock()
        self._explain = bool(explain)
        self._buf = ffi.new("char[]", 1 << 16)
        self._coder = self._dict = None
        data = data_dir()
        if petrarch is None and dicts is None:
            if not data:
                raise DictionaryError("dyad: cannot find dyad's data folder; set DYAD_DATA "
                                      "or give dicts=DIR", lib.DYAD_EDICT)
            dicts = os.path.join(data, "dict")
        if cameo is None and data and os.path.isfile(os.path.join(data, "cameo.tsv")):
            cameo = os.path.join(data, "cameo.tsv")
        self.dictionaries = os.fspath(petrarch if petrarch is not None else dicts)
        self.diagnostics = []       # what loading reported (warnings, notes)
        self.rejects = []           # with explain: the last article's turned-down candidates
        self._load(self.dictionaries, petrarch is not None)
        self._start(date, cameo, all_modalities, partial)

    def _load(self, folder, petrarch):
        diag = _Collector()
        out = ffi.new("dyad_dict **")
        load = lib.dyad_dict_load_petrarch if petrarch else lib.dyad_dict_load_dir
        rc = load(os.fsencode(folder), diag.fn, ffi.NULL, out)
        self._dict = ffi.gc(out[0], lib.dyad_dict_free) if out[0] != ffi.NULL else None
        self.diagnostics = diag.items
        if rc != lib.DYAD_OK:
            _raise(rc, _str(lib.dyad_dict_errmsg(out[0])), diag.items)

    def _start(self, date, cameo, all_modalities, partial):
        diag = _Collector()
        opts = ffi.new("dyad_coder_opts *")
        # the option strings live as long as the coder: dyad_coder_new copies
        # the struct, and the header does not say it is done with them
        keep = self._opt_strings = []
        if date is not None:
            keep.append(ffi.new("char[]", _bytes(date, "date")))
            opts.date = keep[-1]
        if cameo is not None:
            keep.append(ffi.new("char[]", os.fsencode(cameo)))
            opts.cameo_path = keep[-1]
        opts.all_modalities = bool(all_modalities)
        opts.partial = bool(partial)
        opts.explain = self._explain
        out = ffi.new("dyad_coder **")
        rc = lib.dyad_coder_new(self._dict, opts, diag.fn, ffi.NULL, out)
        # the coder borrows the dictionary: free it first (keep a reference)
        d = self._dict
        self._coder = (ffi.gc(out[0], lambda c, d=d: lib.dyad_coder_free(c))
                       if out[0] != ffi.NULL else None)
        self.diagnostics += diag.items
        if rc != lib.DYAD_OK:
            _raise(rc, _str(lib.dyad_coder_errmsg(out[0])), diag.items)

    def close(self):
        """Frees the coder and its dictionaries; the Coder codes no more."""
        with self._lock:
            if self._coder is not None:
                ffi.release(self._coder)
                self._coder = None
            if self._dict is not None:
                ffi.release(self._dict)
                self._dict = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _handle(self):
        if self._coder is None:
            raise UsageError("dyad: this Coder was closed", lib.DYAD_EUSAGE)
        return self._coder

    def _line(self, fmt, item, seq=0):
        """Item (an event or, with fmt None, a quote) formatted as bytes."""
        for _ in range(2):
            cap = len(self._buf)
            if fmt is None:
                n = lib.dyad_quote_format(item, lib.DYAD_RENDER_JSON, self._buf, cap)
            else:
                n = lib.dyad_event_format(item, fmt, seq, self._explain, self._buf, cap)
            if n == 0:
                raise MemoryError("dyad: out of memory formatting an event")
            if n < cap:
                return ffi.unpack(self._buf, n)
            self._buf = ffi.new("char[]", n + 1)
        raise AssertionError("unreachable: the buffer was sized to the line")

    def _code_doc(self, c, doc):
        """Codes one dyad_doc; raises on failure, with dyad's message."""
        rc = lib.dyad_coder_code(c, doc)
        if rc != lib.DYAD_OK:
            _raise(rc, _str(lib.dyad_coder_errmsg(c)))
        if self._explain:
            self.rejects = [_str(lib.dyad_coder_reject(c, i))
                            for i in range(lib.dyad_coder_reject_count(c))]

    def _lines(self, c, fmt, seq):
        """The lines `dyad code --format fmt` writes for the article just
        coded: its events (numbered from seq + 1), then, in JSON lines, its
        quotes. Returns (lines, events). The common case (the line fits the
        buffer) is written out inline: news has ten quotes for each event,
        and a call per line is most of Python's cost over the program."""
        lines = []
        buf, cap, unpack = self._buf, len(self._buf), ffi.unpack
        n = lib.dyad_coder_event_count(c)
        for i in range(n):
            e = lib.dyad_coder_event(c, i)
            k = lib.dyad_event_format(e, fmt, seq + i + 1, self._explain, buf, cap)
            lines.append(unpack(buf, k) if 0 < k < cap else self._line(fmt, e, seq + i + 1))
        if fmt == lib.DYAD_OUT_JSONL:
            qfmt, quote, fmt_quote = lib.DYAD_RENDER_JSON, lib.dyad_coder_quote, lib.dyad_quote_format
            for i in range(lib.dyad_coder_quote_count(c)):
                q = quote(c, i)
                k = fmt_quote(q, qfmt, buf, cap)
                lines.append(unpack(buf, k) if 0 < k < cap else self._line(None, q))
        return lines, n

    def code_lines(self, text, date=None, id=None, source=None, url=None, title=None,
                   format="jsonl", seq=0):
        """Codes one article and returns the lines `dyad code --format
        format` writes for it, as bytes ending in a newline; events are
        numbered from seq + 1 (GDELT's GLOBALEVENTID)."""
        fmt = FORMATS.get(format)
        if fmt is None:
            raise UsageError("dyad: unknown output format %r; use jsonl, petrarch or gdelt"
                             % (format,), lib.DYAD_EUSAGE)
        raw = _bytes(text, "text")
        fields = [ffi.new("char[]", _bytes(v, name)) for v, name in
                  ((id, "id"), (date, "date"), (source, "source"), (url, "url"),
                   (title, "title"))]
        doc = ffi.new("dyad_doc *")
        # the text is read in place (text_len bytes; no NUL needed), the
        # other fields from their copies; all outlive the formatting below
        body = ffi.from_buffer(raw)
        lib.dyad_doc_init(doc, body, len(raw))
        doc.id, doc.date, doc.source, doc.url, doc.title = fields
        if date is None:
            doc.date = ffi.NULL   # "": the coder's date, as for a record without one
        with self._lock:
            c = self._handle()
            self._code_doc(c, doc)
            lines, _ = self._lines(c, fmt, seq)
        return lines

    def code(self, text, date=None, id=None, source=None, url=None, title=None):
        """Codes one article (str, or bytes that need not be valid UTF-8)
        and returns its records as `dyad code` writes them in JSON lines:
        a list of dicts, the events ("type": "event") then the quotes
        ("type": "quote"). date: YYYY-MM-DD (or YYYYMMDD, an ISO
        timestamp); None takes the Coder's."""
        return [json.loads(line) for line in
                self.code_lines(text, date=date, id=id, source=source, url=url, title=title)]

    def code_file(self, path, out, format="jsonl", max_article_bytes=MAX_ARTICLE_BYTES):
        """Codes every article of the file at path (JSON lines, PETRARCH XML
        or plain text, by its name, as `dyad code` reads it) and writes to
        out (a binary file) what `dyad code --format format path` writes.
        Records that cannot be read are reported and skipped, as the
        program does. Returns a dict: docs, events, skipped, repaired,
        bytes (read) and diagnostics (a list of Diagnostic)."""
        fmt = FORMATS.get(format)
        if fmt is None:
            raise UsageError("dyad: unknown output format %r; use jsonl, petrarch or gdelt"
                             % (format,), lib.DYAD_EUSAGE)
        diag = _Collector()
        opts = ffi.new("dyad_read_opts *")
        opts.diag = diag.fn
        reader = lib.dyad_reader_new(opts)
        if reader == ffi.NULL:
            raise MemoryError("dyad: out of memory")
        reader = ffi.gc(reader, lib.dyad_reader_free)
        stats = {"docs": 0, "events": 0, "too_big": 0}
        try:
            rc = lib.dyad_reader_open(reader, os.fsencode(path))
            if rc != lib.DYAD_OK:
                _raise(rc, _str(lib.dyad_reader_errmsg(reader)))
            self._code_reader(reader, out, fmt, max_article_bytes, diag, stats)
            st = lib.dyad_reader_stats(reader)
            return {"docs": stats["docs"], "events": stats["events"],
                    "skipped": st.skipped + stats["too_big"], "repaired": st.repaired,
                    "empty": st.empty, "bytes": st.bytes, "diagnostics": diag.items}
        finally:
            ffi.release(reader)

    def _code_reader(self, reader, out, fmt, max_bytes, diag, stats):
        """code_file's loop over the open reader's documents."""
        docp = ffi.new("const dyad_doc **")
        with self._lock:
            c = self._handle()
            while True:
                rc = lib.dyad_reader_next(reader, docp)
                if rc == lib.DYAD_DONE:
                    return
                if rc != lib.DYAD_OK:
                    _raise(rc, _str(lib.dyad_reader_errmsg(reader)), diag.items)
                doc = docp[0]
                if max_bytes and doc.text_len > max_bytes:
                    d = ffi.new("dyad_diag *")
                    keep = ffi.new("char[]", (
                        "the article is %d bytes, more than the limit of %d; skipped: split "
                        "it, or raise the limit with max_article_bytes"
                        % (doc.text_len, max_bytes)).encode())
                    d.severity, d.file, d.line, d.message = lib.DYAD_ERROR, doc.file, doc.line, keep
                    diag.items.append(Diagnostic(d))
                    stats["too_big"] += 1
                    continue
                rc = lib.dyad_coder_code(c, doc)
                if rc != lib.DYAD_OK:
                    _raise(rc, "%s: %s" % (_str(doc.id), _str(lib.dyad_coder_errmsg(c))))
                lines, n = self._lines(c, fmt, stats["events"])
                out.write(b"".join(lines))
                stats["docs"] += 1
                stats["events"] += n


def version():
    """The version of the libdyad loaded."""
    return _str(lib.dyad_version())
