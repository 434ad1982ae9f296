"""libdyad through cffi's ABI mode: the declarations Python uses, copied
from include/dyad.h (a subset of it, never anything it does not export), and
where the library and its data folder are found.

No compiler is needed at import: the library is opened with dlopen and the
structs are laid out from the declarations below, which is why they must
stay in step with the header (python/tests/test_native.py compiles a
program that prints the header's sizes and offsets and compares them).
"""

import os

import cffi

# Declarations from include/dyad.h, in its order. Structs the Python side
# only passes back to the library (dyad_event, dyad_quote, dyad_dict,
# dyad_coder, dyad_reader) stay opaque, so that fields added to them later
# cannot shift anything here.
CDEF = """
enum {
    DYAD_OK = 0, DYAD_DONE = 1, DYAD_ENOMEM = -1, DYAD_EIO = -2,
    DYAD_EINPUT = -3, DYAD_EUSAGE = -4, DYAD_EDICT = -5
};
const char *dyad_errstr(int rc);
const char *dyad_version(void);
int dyad_data_path(char *buf, size_t cap, const char *name);

typedef enum { DYAD_NOTE = 0, DYAD_WARNING = 1, DYAD_ERROR = 2 } dyad_severity;
typedef struct dyad_diag {
    dyad_severity severity;
    const char *file;
    long line;
    long column;
    const char *message;
} dyad_diag;
typedef void (*dyad_diag_fn)(void *ctx, const dyad_diag *diag);

typedef struct dyad_doc {
    const char *id;
    const char *date;
    const char *source;
    const char *url;
    const char *title;
    const char *text;
    size_t text_len;
    const char *file;
    long line;
} dyad_doc;
int dyad_doc_init(dyad_doc *doc, const char *text, size_t len);

typedef enum {
    DYAD_INPUT_AUTO = 0, DYAD_INPUT_TEXT, DYAD_INPUT_JSONL, DYAD_INPUT_PETRARCH
} dyad_input_format;
typedef struct dyad_read_opts {
    dyad_input_format format;
    const char *date;
    const char *id;
    const char *source;
    dyad_diag_fn diag;
    void *diag_ctx;
} dyad_read_opts;
typedef struct dyad_read_stats {
    long records;
    long skipped;
    long repaired;
    long empty;
    long long bytes;
} dyad_read_stats;
typedef struct dyad_reader dyad_reader;
dyad_reader *dyad_reader_new(const dyad_read_opts *opts);
void dyad_reader_free(dyad_reader *r);
int dyad_reader_open(dyad_reader *r, const char *path);
int dyad_reader_next(dyad_reader *r, const dyad_doc **doc);
const dyad_read_stats *dyad_reader_stats(const dyad_reader *r);
const char *dyad_reader_errmsg(const dyad_reader *r);

typedef enum { DYAD_RENDER_TEXT = 0, DYAD_RENDER_JSON } dyad_render_format;

typedef struct dyad_dict dyad_dict;
int dyad_dict_load_dir(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out);
int dyad_dict_load_petrarch(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out);
void dyad_dict_free(dyad_dict *d);
const char *dyad_dict_errmsg(const dyad_dict *d);

typedef struct dyad_event dyad_event;
typedef struct dyad_coder_opts {
    int all_modalities;
    int explain;
    const char *cameo_path;
    const char *date;
    int partial;
    int mentions;
} dyad_coder_opts;
typedef struct dyad_coder dyad_coder;
int dyad_coder_new(const dyad_dict *d, const dyad_coder_opts *opts, dyad_diag_fn diag,
                   void *ctx, dyad_coder **out);
void dyad_coder_free(dyad_coder *c);
int dyad_coder_code(dyad_coder *c, const dyad_doc *doc);
const char *dyad_coder_errmsg(const dyad_coder *c);
size_t dyad_coder_event_count(const dyad_coder *c);
const dyad_event *dyad_coder_event(const dyad_coder *c, size_t i);
size_t dyad_coder_reject_count(const dyad_coder *c);
const char *dyad_coder_reject(const dyad_coder *c, size_t i);

typedef struct dyad_quote dyad_quote;
size_t dyad_coder_quote_count(const dyad_coder *c);
const dyad_quote *dyad_coder_quote(const dyad_coder *c, size_t i);
size_t dyad_quote_format(const dyad_quote *q, dyad_render_format f, char *buf, size_t cap);

typedef enum { DYAD_OUT_JSONL = 0, DYAD_OUT_PETRARCH, DYAD_OUT_GDELT } dyad_output_format;
size_t dyad_event_format(const dyad_event *e, dyad_output_format f, long seq, int explain,
                         char *buf, size_t cap);
"""

# The structs laid out from CDEF, for the layout test: name -> fields.
STRUCTS = {
    "dyad_diag": ["severity", "file", "line", "column", "message"],
    "dyad_doc": ["id", "date", "source", "url", "title", "text", "text_len", "file", "line"],
    "dyad_read_opts": ["format", "date", "id", "source", "diag", "diag_ctx"],
    "dyad_read_stats": ["records", "skipped", "repaired", "empty", "bytes"],
    "dyad_coder_opts": ["all_modalities", "explain", "cameo_path", "date", "partial",
                        "mentions"],
}

# python/dyad -> the checkout it sits in, when it sits in one.
_PKG_DIR = os.path.dirname(os.path.abspath(__file__))
_CHECKOUT = os.path.dirname(os.path.dirname(_PKG_DIR))

ffi = cffi.FFI()
ffi.cdef(CDEF)


def _candidates():
    """Where the library is looked for, in order: (how, path or soname)."""
    env = os.environ.get("DYAD_LIB")
    if env:
        return [("$DYAD_LIB", env)]
    return [("the build tree", os.path.join(_CHECKOUT, "build", "libdyad.so")),
            ("the installed library", "libdyad.so.0")]


def _open():
    """Opens libdyad: $DYAD_LIB when set (and nothing else: a wrong value is
    reported, not skipped), else build/libdyad.so of the checkout this
    package sits in, else the installed libdyad.so.0 the dynamic linker
    finds. Returns (lib, path); path is None for the installed library."""
    tried = []
    for how, where in _candidates():
        if os.sep in where and not os.path.exists(where):
            tried.append("%s (%s): no such file" % (where, how))
            continue
        try:
            lib = ffi.dlopen(where)
        except OSError as e:
            tried.append("%s (%s): %s" % (where, how, e))
            continue
        return lib, (os.path.abspath(where) if os.sep in where else None)
    raise ImportError("dyad: cannot load libdyad; tried " + "; ".join(tried) +
                      ". Build it with 'make build/libdyad.so', install it with "
                      "'make install', or set DYAD_LIB to its path")


lib, LIB_PATH = _open()

# How far above the library's folder a checkout's data/ is looked for, as
# the program looks above its own folder (src/base/datadir.c).
_DATA_MAX_UP = 4


def _data_beside(path):
    """The data folder for a library opened from path, by the rules the
    program follows for itself (src/base/datadir.c): ../share/dyad beside
    it, else a data/ folder holding cameo.tsv in its folder or up to four
    above. None when neither is there."""
    d = os.path.dirname(path)
    share = os.path.normpath(os.path.join(d, "..", "share", "dyad"))
    if os.path.isfile(os.path.join(share, "cameo.tsv")):
        return share
    for _ in range(_DATA_MAX_UP + 1):
        if os.path.isfile(os.path.join(d, "data", "cameo.tsv")):
            return os.path.join(d, "data")
        up = os.path.dirname(d)
        if up == d:
            break
        d = up
    return None


def data_dir():
    """dyad's data folder (cameo.tsv, dict/): $DYAD_DATA when set; for a
    library opened from a path, the folder found beside it; else what the
    library answers (the PREFIX/share/dyad it was built for)."""
    env = os.environ.get("DYAD_DATA")
    if not env and LIB_PATH:
        found = _data_beside(LIB_PATH)
        if found:
            return found
    buf = ffi.new("char[]", 4096)
    if lib.dyad_data_path(buf, len(buf), ffi.NULL) < 0:
        return None
    return ffi.string(buf).decode("utf-8", "surrogateescape")
