"""dyad for Python: news text in, CAMEO-coded political events out, through
libdyad (include/dyad.h) loaded with cffi's ABI mode.

    import dyad
    with dyad.Coder(date="2023-03-20") as coder:
        for rec in coder.code("Chinese President Xi Jinping arrived in Moscow."):
            print(rec["source"], rec["code"], rec["target"])
    frame = dyad.code_frame(records)          # GDELT 2.0's columns

The library is found through $DYAD_LIB, else build/libdyad.so of the
checkout this package sits in, else the installed libdyad.so.0; the data
folder through $DYAD_DATA, else beside the library (README.md, "Python").
`python3 -m dyad.dask` codes a folder of JSON-lines shards on a Dask cluster.
"""

from ._native import LIB_PATH as library_path, data_dir
from ._coder import (Coder, Diagnostic, Error, UsageError, InputError, DictionaryError,
                     FileError, FORMATS, MAX_ARTICLE_BYTES, version)
from ._frame import GDELT_COLUMNS, code_frame

__all__ = ["Coder", "code_frame", "Diagnostic", "Error", "UsageError", "InputError",
           "DictionaryError", "FileError", "GDELT_COLUMNS", "FORMATS", "MAX_ARTICLE_BYTES",
           "data_dir", "library_path", "version"]
