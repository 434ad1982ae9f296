"""python3 -m dyad.dask --scheduler ADDR INPUT_GLOB OUTPUT_DIR

Backfills an archive on a Dask distributed cluster: every input shard (a
JSON-lines file, or any input `dyad code` reads) is coded on a worker into
OUTPUT_DIR/<its name>, holding what `dyad code SHARD` writes. One Coder per
worker process, its dictionaries loaded by the first shard it codes. Each
output is written to a temporary file and renamed, so a shard is there
whole or not at all; shards already there are skipped, so a run that was
stopped, or lost a worker, is finished by running it again, and a worker
that dies mid-shard has its shard coded again elsewhere.

Exit status: 0 when every shard was coded and every record read; 1 when a
shard failed, records were skipped (the messages say which) or the
scheduler cannot be reached; 2 for a bad command line or a second run on
the same OUTPUT_DIR.
"""

import argparse
import fcntl
import glob
import os
import sys
import time
import uuid

from . import _backfill

USAGE = "python3 -m dyad.dask [OPTIONS] --scheduler ADDR INPUT_GLOB OUTPUT_DIR"


def _say(msg):
    print("dyad: " + msg, file=sys.stderr, flush=True)


def parse_args(argv):
    p = argparse.ArgumentParser(prog="python3 -m dyad.dask", usage=USAGE,
                                description="Codes JSON-lines shards on a Dask cluster, "
                                            "one output shard per input shard.")
    p.add_argument("--scheduler", required=True, metavar="ADDR",
                   help="the Dask scheduler, e.g. tcp://10.0.0.1:8786")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "petrarch", "gdelt"],
                   help="output format, as dyad code --format (default jsonl)")
    p.add_argument("--dict", metavar="DIR", help="dyad dictionaries, as seen by the workers")
    p.add_argument("--petrarch-dicts", metavar="DIR", help="PETRARCH2 dictionaries instead")
    p.add_argument("--date", help="date of articles given none (YYYY-MM-DD)")
    p.add_argument("--all-modalities", action="store_true",
                   help="keep events not said to happen too, as dyad code")
    p.add_argument("--partial", action="store_true", help="as dyad code --partial")
    p.add_argument("--quiet", action="store_true", help="no line per shard, only the summary")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="how long to try reaching the scheduler (default 30)")
    p.add_argument("input_glob", metavar="INPUT_GLOB",
                   help="the shards, e.g. 'archive/*.jsonl' (quoted: the glob is expanded "
                        "here)")
    p.add_argument("output_dir", metavar="OUTPUT_DIR")
    a = p.parse_args(argv)
    if a.dict and a.petrarch_dicts:
        p.error("--dict and --petrarch-dicts both name dictionaries; give one of them")
    return a


def plan(pattern, out_dir):
    """The shards matching pattern, each with its output path. Raises
    ValueError when none matches, when two share a name (their outputs
    would collide) or when an output would overwrite its input."""
    shards = sorted(p for p in glob.glob(pattern) if os.path.isfile(p))
    if not shards:
        raise ValueError("no file matches '%s'" % pattern)
    seen = {}
    jobs = []
    for s in shards:
        name = os.path.basename(s)
        if name in seen:
            raise ValueError("'%s' and '%s' have the same name, so their outputs would "
                             "collide in '%s'; code them in two runs" % (seen[name], s, out_dir))
        seen[name] = s
        out = os.path.join(out_dir, name)
        if os.path.exists(out) and os.path.samefile(out, s):
            raise ValueError("'%s' would be written over its input; choose another "
                             "OUTPUT_DIR" % s)
        jobs.append((s, out))
    return jobs


def _lock(out_dir):
    """Holds OUTPUT_DIR/.dyad-dask.lock for the run, so that two drivers do
    not remove each other's temporary files. Returns the open file, or None
    when another run holds it."""
    f = open(os.path.join(out_dir, ".dyad-dask.lock"), "w")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        f.close()
        return None
    return f


def remove_stale_temps(out_dir):
    """Removes the temporary files of workers that died before their rename;
    returns how many there were."""
    n = 0
    for p in glob.glob(os.path.join(out_dir, "." + "*" + _backfill.TEMP_MARK + "*")):
        os.unlink(p)
        n += 1
    return n


def coder_config(a):
    """Coder's keyword arguments from the options, as the hashable tuple
    that keys each worker's Coder."""
    cfg = {"dicts": a.dict, "petrarch": a.petrarch_dicts, "date": a.date,
           "all_modalities": a.all_modalities, "partial": a.partial}
    return tuple(sorted((k, v) for k, v in cfg.items() if v not in (None, False)))


class Progress:
    """One line per shard done, with the running throughput, on stderr."""

    def __init__(self, total, quiet):
        self.total, self.quiet = total, quiet
        self.done = self.docs = self.events = self.skipped = self.failed = 0
        self.t0 = time.monotonic()

    def shard(self, r):
        self.done += 1
        if r.get("done_before"):
            if not self.quiet:
                _say("[%d/%d] %s: done by an earlier attempt" % (self.done, self.total, r["shard"]))
            return
        self.docs += r["docs"]
        self.events += r["events"]
        self.skipped += r["skipped"]
        for m in r["messages"]:
            print(m, file=sys.stderr)
        if r["more_messages"]:
            _say("%s: %d more messages not shown" % (r["shard"], r["more_messages"]))
        if not self.quiet:
            el = time.monotonic() - self.t0
            _say("[%d/%d] %s: %d articles, %d events in %.2f s on %s; so far %d articles, "
                 "%.0f articles/s" % (self.done, self.total, r["shard"], r["docs"], r["events"],
                                      r["seconds"], r["worker"], self.docs,
                                      self.docs / el if el > 0 else 0.0))

    def failure(self, shard, exc):
        self.done += 1
        self.failed += 1
        _say("[%d/%d] %s: failed: %s" % (self.done, self.total, shard, exc))


def run(client, jobs, config, fmt, quiet=False):
    """Codes the (shard, output) jobs on client's cluster; returns the
    Progress with the counts."""
    from distributed import as_completed
    prog = Progress(len(jobs), quiet)
    run_id = uuid.uuid4().hex[:8]   # keys unique across runs on one scheduler
    futures = {}
    for s, out in jobs:
        f = client.submit(_backfill.code_shard, s, out, config, fmt, pure=False,
                          key="dyad-shard-%s-%s" % (os.path.basename(s), run_id))
        futures[f] = s
    for f in as_completed(list(futures)):
        try:
            prog.shard(f.result())
        except Exception as e:   # a shard's failure is reported; the others go on
            prog.failure(futures[f], e)
    return prog


def main(argv=None):
    a = parse_args(sys.argv[1:] if argv is None else argv)
    out_dir = os.path.abspath(a.output_dir)
    try:
        os.makedirs(out_dir, exist_ok=True)
        jobs = plan(a.input_glob, out_dir)
    except (ValueError, OSError) as e:
        _say(str(e))
        return 2
    lock = _lock(out_dir)
    if lock is None:
        _say("another run is writing into '%s'; wait for it to end" % out_dir)
        return 2
    stale = remove_stale_temps(out_dir)
    if stale:
        _say("removed %d unfinished output%s of an earlier run" % (stale, "" if stale == 1 else "s"))
    # paths as the workers will see them: absolute, on storage they share
    todo = [(os.path.abspath(s), o) for s, o in jobs if not os.path.exists(o)]
    _say("%d shard%s, %d already done, %d to code" % (len(jobs), "" if len(jobs) == 1 else "s",
                                                    len(jobs) - len(todo), len(todo)))
    if not todo:
        return 0
    from distributed import Client
    t0 = time.monotonic()
    try:
        client = Client(a.scheduler, timeout=a.timeout)
    except (OSError, ValueError) as e:   # refused, timed out, not an address
        _say("cannot reach the Dask scheduler at '%s' (%s); start it with dask-scheduler, "
             "or give its address with --scheduler" % (a.scheduler, e))
        return 1
    with client:
        workers = len(client.scheduler_info().get("workers", {}))
        try:
            prog = run(client, todo, coder_config(a), a.format, a.quiet)
        except KeyboardInterrupt:
            _say("interrupted: the shards written are whole; run the same command again "
                 "to code the rest")
            return 130
    el = time.monotonic() - t0
    remove_stale_temps(out_dir)   # a worker killed mid-shard left one; its shard was redone
    _say("coded %d shard%s: %d articles, %d events in %.1f s (%.0f articles/s, %d worker%s "
         "at the start)" % (prog.done - prog.failed, "" if prog.done - prog.failed == 1 else "s",
                            prog.docs, prog.events, el, prog.docs / el if el > 0 else 0.0,
                            workers, "" if workers == 1 else "s"))
    status = 0
    if prog.skipped:
        _say("%d records skipped (see the messages above); their shards were written "
             "without them: fix the input and remove those outputs to code them again"
             % prog.skipped)
        status = 1
    if prog.failed:
        _say("%d shard%s failed and %s not written; run again to retry"
             % (prog.failed, "" if prog.failed == 1 else "s", "was" if prog.failed == 1 else "were"))
        status = 1
    lock.close()
    return status


if __name__ == "__main__":
    # run as dyad.dask, not __main__, so that workers unpickle the tasks
    # from the module they can import
    from dyad.dask import main as _main
    sys.exit(_main())
