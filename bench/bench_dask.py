"""Throughput of `python3 -m dyad.dask` on a LocalCluster of 1, then 2, ...
worker processes (one thread each) on this machine, against `dyad code` on
the same shards in one process. Prints figures, never fails on speed. Run
from the checkout after 'make' and 'make build/libdyad.so':

    PYTHONPATH=python /usr/bin/python3 bench/bench_dask.py [CORPUS] [SHARDS] [MAXWORKERS]

CORPUS defaults to ../shared/corpus/news.jsonl, cut into SHARDS (default
16) files of consecutive lines; MAXWORKERS defaults to the machine's cores.
Wall clock, from the driver's start to its end: connecting, the workers'
dictionary loads and the renames included, the cluster's start not."""

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TINY = 500   # one-article shards for the cost of a task
SHARED = os.environ.get("DYAD_SHARED", os.path.join(ROOT, "..", "shared"))


def main():
    from distributed import LocalCluster
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SHARED, "corpus", "news.jsonl")
    nshards = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    maxw = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
    cli = os.environ.get("DYAD_CLI", os.path.join(ROOT, "build", "dyad"))
    tmp = tempfile.mkdtemp(prefix="dyad-bench-dask-")
    try:
        with open(corpus, "rb") as f:
            lines = [l for l in f if l.strip()]
        per = -(-len(lines) // nshards)
        src = os.path.join(tmp, "in")
        os.makedirs(src)
        for s in range(nshards):
            with open(os.path.join(src, "part-%03d.jsonl" % s), "wb") as f:
                f.writelines(lines[s * per:(s + 1) * per])
        shards = sorted(os.listdir(src))
        t0 = time.perf_counter()
        for s in shards:
            with open(os.devnull, "wb") as out:
                subprocess.run([cli, "code", os.path.join(src, s)], stdout=out, check=True)
        base = time.perf_counter() - t0
        print("%d articles in %d shards; load average %.1f" % (len(lines), nshards,
                                                              os.getloadavg()[0]))
        print("%-28s %6.2f s %7.0f articles/s" % ("dyad code, shard by shard", base,
                                                  len(lines) / base))
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
        for w in range(1, maxw + 1):
            with LocalCluster(n_workers=w, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=logging.ERROR) as c:
                out = os.path.join(tmp, "out-%d" % w)
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "dyad.dask", "--quiet", "--scheduler",
                                c.scheduler_address, os.path.join(src, "*.jsonl"), out],
                               env=env, check=True, stderr=subprocess.DEVNULL)
                t = time.perf_counter() - t0
            print("%-28s %6.2f s %7.0f articles/s  %.2fx one worker" % (
                "dyad.dask, %d worker%s" % (w, "" if w == 1 else "s"), t, len(lines) / t,
                (t1 / t) if w > 1 else 1.0))
            if w == 1:
                t1 = t
        # the cost of a task itself: shards of one article each, so that
        # scheduling, the file's creation, fsync and rename are all there is
        tiny = os.path.join(tmp, "tiny")
        os.makedirs(tiny)
        for i, l in enumerate(lines[:TINY]):
            with open(os.path.join(tiny, "t%04d.jsonl" % i), "wb") as f:
                f.write(l)
        with LocalCluster(n_workers=maxw, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=logging.ERROR) as c:
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "dyad.dask", "--quiet", "--scheduler",
                            c.scheduler_address, os.path.join(tiny, "*.jsonl"),
                            os.path.join(tmp, "tiny-out")],
                           env=env, check=True, stderr=subprocess.DEVNULL)
            t = time.perf_counter() - t0
        print("%-28s %6.2f s %7.0f shards/s (one article each, %d workers)" % (
            "dyad.dask, %d tiny shards" % TINY, t, TINY / t, maxw))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
