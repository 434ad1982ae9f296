"""What a Dask worker runs for `python3 -m dyad.dask`: one input shard coded
into one output shard, written atomically, with one Coder per worker
process. Kept apart from dyad/dask.py (the driver) so that workers import
this module by its name, never the driver's __main__."""

import os
import socket
import threading
import time

from ._coder import Coder

# The Coder of this process, per configuration: dictionaries are loaded by
# the first shard a worker codes and kept for the next ones.
_coders = {}
_coders_lock = threading.Lock()
coders_made = 0   # how many this process made: 1 per configuration (the tests check it)

# A shard's output is written to a temporary file in the output folder,
# named .OUTPUT.TEMP_MARK-HOST-PID-THREAD, then renamed over OUTPUT: a
# reader sees a whole shard or none. The driver removes such files left
# by a worker that died before its rename.
TEMP_MARK = ".dyad-part-"

# Messages kept per shard for the driver (the program shows 20 a file).
MAX_MESSAGES = 20


def coder_for(config):
    """The Coder of this worker process for config (a sorted tuple of
    Coder's keyword arguments), made on first use."""
    global coders_made
    with _coders_lock:
        c = _coders.get(config)
        if c is None:
            c = _coders[config] = Coder(**dict(config))
            coders_made += 1
        return c


def temp_path(out_path):
    """A temporary name beside out_path that no other attempt uses."""
    d, name = os.path.split(out_path)
    return os.path.join(d, ".%s%s%s-%d-%d" % (name, TEMP_MARK, socket.gethostname(),
                                              os.getpid(), threading.get_ident()))


def code_shard(in_path, out_path, config, fmt):
    """Codes the articles of in_path into out_path as `dyad code --format
    fmt in_path` would write them, unless out_path exists (an earlier
    attempt finished it). Returns what the driver reports: docs, events,
    skipped, messages, seconds, worker, done_before."""
    if os.path.exists(out_path):
        return {"shard": in_path, "done_before": True}
    t0 = time.monotonic()
    coder = coder_for(config)
    tmp = temp_path(out_path)
    try:
        with open(tmp, "wb") as f:
            st = coder.code_file(in_path, f, format=fmt)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out_path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    dfd = os.open(os.path.dirname(out_path) or ".", os.O_RDONLY)
    try:
        os.fsync(dfd)   # the rename survives a crash of the machine
    finally:
        os.close(dfd)
    msgs = st["diagnostics"]
    return {"shard": in_path, "done_before": False, "docs": st["docs"],
            "events": st["events"], "skipped": st["skipped"] + st["empty"],
            "messages": [str(m) for m in msgs[:MAX_MESSAGES]],
            "more_messages": max(0, len(msgs) - MAX_MESSAGES),
            "seconds": time.monotonic() - t0, "bytes": st["bytes"],
            "worker": "%s:%d" % (socket.gethostname(), os.getpid())}
