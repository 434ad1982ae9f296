"""Throughput of `python3 -m dyad.dask` on a LocalCluster of 1, then 2, ...
worker processes (one thread each) on this machine, against `dyad code` on
the same shards in one process. Prints figures, never fails on speed. Run
from the checkout after 'make' and 'make build/libdyad.so':

    PYTHONPATH=python /usr/bin/python3 bench/bench_dask.py [CORPUS] [SHARDS] [MAXWORKERS] [RUNS]

CORPUS defaults to ../shared/corpus/news.jsonl, cut into SHARDS (default
16) files of consecutive lines; MAXWORKERS defaults to the machine's cores; each figure is the best of RUNS
(default 3).
Wall clock, from the driver's start to its end: connecting, the workers'
dictionary loads and the renames included, the cluster's start not."""

import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TINY = 500   # one-article shards for the cost of a task
SHARED = os.environ.get("DYAD_SHARED", os.path.join(ROOT, "..", "shared"))


def cpu_self():
    """CPU seconds of this process: in a LocalCluster, the scheduler's."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children():
    """CPU seconds of this process's finished children: the drivers, the
    dyad programs."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def best(fn, runs, client=None):
    """The run of fn with the shortest wall time, of runs: (wall, CPU of the
    workers, of the scheduler, of the driver), in seconds. On a busy
    machine the CPU seconds say what the work costs, the wall time what
    the cores left to it gave."""
    def workers():
        return sum(client.run(cpu_self).values()) if client else 0.0
    out = []
    for _ in range(runs):
        w0, s0, d0, t0 = workers(), cpu_self(), cpu_children(), time.perf_counter()
        fn()
        t = time.perf_counter() - t0
        out.append((t, workers() - w0, cpu_self() - s0, cpu_children() - d0))
    return min(out)


def main():
    from distributed import Client, LocalCluster
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SHARED, "corpus", "news.jsonl")
    nshards = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    maxw = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
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

        def program():
            for s in shards:
                with open(os.devnull, "wb") as out:
                    subprocess.run([cli, "code", os.path.join(src, s)], stdout=out, check=True)
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))

        def backfill(address, pattern, out):
            shutil.rmtree(out, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "dyad.dask", "--quiet", "--scheduler",
                            address, pattern, out], env=env, check=True,
                           stderr=subprocess.DEVNULL)
        base, _, _, base_cpu = best(program, runs)
        print("%d articles in %d shards; load average %.1f" % (len(lines), nshards,
                                                              os.getloadavg()[0]))
        print("%-28s %6.2f s %7.0f articles/s; CPU %.2f s, %.0f articles per CPU second"
              % ("dyad code, shard by shard", base, len(lines) / base, base_cpu,
                 len(lines) / base_cpu))
        for w in range(1, maxw + 1):
            with LocalCluster(n_workers=w, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=logging.ERROR) as c, \
                    Client(c) as client:
                out = os.path.join(tmp, "out")
                t, wcpu, scpu, dcpu = best(
                    lambda: backfill(c.scheduler_address, os.path.join(src, "*.jsonl"), out),
                    runs, client)
            if w == 1:
                t1 = t
            print("%-28s %6.2f s %7.0f articles/s  %.2fx one worker; CPU: workers %.2f s "
                  "(%.0f articles per CPU second), scheduler %.2f s, driver %.2f s" % (
                      "dyad.dask, %d worker%s" % (w, "" if w == 1 else "s"), t, len(lines) / t,
                      t1 / t, wcpu, len(lines) / wcpu, scpu, dcpu))
        # the cost of a task itself: shards of one article each, so that
        # scheduling, the file's creation, fsync and rename are all there is
        tiny = os.path.join(tmp, "tiny")
        os.makedirs(tiny)
        for i, l in enumerate(lines[:TINY]):
            with open(os.path.join(tiny, "t%04d.jsonl" % i), "wb") as f:
                f.write(l)
        with LocalCluster(n_workers=maxw, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=logging.ERROR) as c, \
                Client(c) as client:
            t, wcpu, scpu, dcpu = best(
                lambda: backfill(c.scheduler_address, os.path.join(tiny, "*.jsonl"),
                                 os.path.join(tmp, "tiny-out")), runs, client)
        print("%-28s %6.2f s %7.0f shards/s (one article each, %d workers); CPU per shard: "
              "workers %.1f ms, scheduler %.1f ms, driver %.1f ms" % (
                  "dyad.dask, %d tiny shards" % TINY, t, TINY / t, maxw, 1000 * wcpu / TINY,
                  1000 * scpu / TINY, 1000 * dcpu / TINY))
        print("load average at the end %.1f" % os.getloadavg()[0])
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
