"""Python's overhead over the program: articles/s coding the corpus with
`dyad code` and with the Python package, each way it offers. Prints figures,
never fails on speed. Run from the checkout after 'make' and
'make build/libdyad.so':

    PYTHONPATH=python /usr/bin/python3 bench/bench_python.py [CORPUS] [RUNS]

CORPUS defaults to ../shared/corpus/news.jsonl ($DYAD_SHARED moves
../shared); the best of RUNS (default 3) is kept, in CPU time (user + system)."""

import json
import os
import resource
import subprocess
import sys

import dyad

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("DYAD_SHARED", os.path.join(ROOT, "..", "shared"))
FIELDS = ("id", "date", "source", "url", "title")


def cpu():
    """CPU seconds (user + system) of this process and its finished children:
    a busy machine stretches wall time far more than it does these."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def best(fn, runs):
    t = []
    for _ in range(runs):
        t0 = cpu()
        fn()
        t.append(cpu() - t0)
    return min(t)


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SHARED, "corpus", "news.jsonl")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with open(corpus, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    n = len(recs)
    cli = os.environ.get("DYAD_CLI", os.path.join(ROOT, "build", "dyad"))
    coder = dyad.Coder()

    def program():
        with open(os.devnull, "wb") as out:
            subprocess.run([cli, "code", corpus], stdout=out, check=True)

    def code_file():
        with open(os.devnull, "wb") as out:
            coder.code_file(corpus, out)

    def code_lines():
        for r in recs:
            coder.code_lines(r["text"], **{k: r[k] for k in FIELDS if k in r})

    def code():
        for r in recs:
            coder.code(r["text"], **{k: r[k] for k in FIELDS if k in r})

    def frame():
        dyad.code_frame(recs, coder=coder)

    print("%d articles, best of %d runs, CPU time (library %s)" % (n, runs, dyad.library_path))
    base = None
    for name, fn in [("dyad code FILE > /dev/null (the program)", program),
                     ("Coder.code_file(FILE, out)", code_file),
                     ("Coder.code_lines(text, ...) per record", code_lines),
                     ("Coder.code(text, ...) per record: dicts", code),
                     ("code_frame(records): a DataFrame", frame)]:
        t = best(fn, runs)
        base = base or t
        print("%-45s %6.2f s %8.0f articles/s  %+5.1f%%" % (name, t, n / t, 100 * (t / base - 1)))


if __name__ == "__main__":
    main()
