#!/usr/bin/env python3
"""compare_speed.py: is one build of dyad faster than another, in time?

    python3 tools/compare_speed.py OLD_DYAD NEW_DYAD [--rounds N] [--articles N]
                                   [--cachegrind N] [--corpus FILE]

Runs `dyad code -j 1` of both builds in turn over the corpus's first
--articles articles (default 3,000), --rounds times each (default 10), and
prints each build's median CPU time (user and system, from the kernel's
account of the child) and their ratio. Runs alternate because this
machine's speed drifts by a fifth within minutes: a build measured after
another is measured on another machine.

Instruction counts (tools/compare_corpus.sh, CALLGRIND=N) miss what costs
time beside instructions: from 2026-12-04 to the nineteenth session they
fell by 14% on the first 300 articles while the CPU time grew by a
quarter, for the rule modules' code no longer fit the instruction cache
and more branches were mispredicted. --cachegrind N adds valgrind's
cache and branch simulation of both builds on the first N articles, which
a busy machine does not blur: instructions, first-level instruction and
data misses, last-level misses, mispredicted branches, and a cycle
estimate Ir + 12 (I1 + D1 misses) + 80 LL misses + 15 mispredicts, whose
weights are rough latencies of a current x86 core.

Both builds find their data as usual (README, "Install"): a build inside a
checkout reads that checkout's data/, or $DYAD_DATA.
"""
import argparse
import errno
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile


def cpu_seconds(argv):
    """Runs argv with its output discarded; returns its user + system CPU time."""
    with open(os.devnull, 'wb') as null:
        proc = subprocess.Popen(argv, stdout=null, stderr=null)
        _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit('compare_speed.py: %s failed (exit %d); run it by hand to see why'
                 % (' '.join(argv), os.waitstatus_to_exitcode(status)))
    return usage.ru_utime + usage.ru_stime


FIELDS = (('I   refs', 'Ir'), ('I1  misses', 'I1'), ('D1  misses', 'D1'),
          ('LL misses', 'LL'), ('Mispredicts', 'Bcm'))


def cachegrind(dyad, path, tmp):
    out = os.path.join(tmp, 'cachegrind.out')
    run = subprocess.run(['valgrind', '--tool=cachegrind', '--cache-sim=yes', '--branch-sim=yes',
                          '--cachegrind-out-file=' + out, dyad, 'code', '-j', '1', path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    figures = {}
    for line in run.stderr.decode('utf-8', 'replace').splitlines():
        for label, name in FIELDS:
            m = re.search(re.escape(label) + r':\s*([\d,]+)', line)
            if m:
                figures[name] = int(m.group(1).replace(',', ''))
    if len(figures) != len(FIELDS):
        sys.exit('compare_speed.py: valgrind gave no figures for %s (exit %d)'
                 % (dyad, run.returncode))
    figures['cycles'] = (figures['Ir'] + 12 * (figures['I1'] + figures['D1'])
                         + 80 * figures['LL'] + 15 * figures['Bcm'])
    return figures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('old')
    ap.add_argument('new')
    ap.add_argument('--rounds', type=int, default=10)
    ap.add_argument('--articles', type=int, default=3000)
    ap.add_argument('--cachegrind', type=int, default=0, metavar='N')
    shared = os.environ.get('DYAD_SHARED', '../shared')
    ap.add_argument('--corpus', default=os.path.join(shared, 'corpus', 'news.jsonl'))
    a = ap.parse_args()
    for prog in (a.old, a.new):
        if not os.access(prog, os.X_OK):
            sys.exit('compare_speed.py: %s is not a program; build both first' % prog)
    if not os.path.exists(a.corpus):
        sys.exit('compare_speed.py: cannot read the corpus %s; give it with --corpus '
                 'or set DYAD_SHARED' % a.corpus)
    if a.cachegrind and not shutil.which('valgrind'):
        sys.exit('compare_speed.py: --cachegrind needs valgrind (apt-get install -y valgrind)')
    if a.rounds < 1 or a.articles < 1:
        sys.exit('compare_speed.py: --rounds and --articles must be at least 1')
    with tempfile.TemporaryDirectory() as tmp:
        def head(n):
            path = os.path.join(tmp, 'head-%d.jsonl' % n)
            with open(a.corpus, 'rb') as src, open(path, 'wb') as dst:
                for i, line in enumerate(src):
                    if i == n:
                        break
                    dst.write(line)
            return path
        path = head(a.articles)
        times = ([], [])   # by position: the same build may be given twice
        for _ in range(a.rounds):
            for i, prog in enumerate((a.old, a.new)):
                times[i].append(cpu_seconds([prog, 'code', '-j', '1', path]))
        mo, mn = statistics.median(times[0]), statistics.median(times[1])
        print('CPU seconds, dyad code -j 1 on %d articles, %d alternated runs each:' %
              (a.articles, a.rounds))
        for name, runs, m in (('old', times[0], mo), ('new', times[1], mn)):
            print('  %s  median %.3f  (%s)' % (name, m, ' '.join('%.2f' % t for t in runs)))
        print('  new / old  %.3f' % (mn / mo))
        if a.cachegrind:
            path = head(a.cachegrind)
            fo, fn = cachegrind(a.old, path, tmp), cachegrind(a.new, path, tmp)
            print('cachegrind on %d articles (whole process):' % a.cachegrind)
            for key in ('Ir', 'I1', 'D1', 'LL', 'Bcm', 'cycles'):
                print('  %-7s %15s -> %15s  (%+.2f%%)' % (key, '{:,}'.format(fo[key]), '{:,}'.format(fn[key]),
                                                          100.0 * (fn[key] - fo[key]) / max(fo[key], 1)))


if __name__ == '__main__':
    try:
        main()
        sys.stdout.flush()
    except OSError as e:
        # a full disk or a closed pipe: say so, and keep Python's exit from
        # failing again on the same buffer
        if e.errno not in (errno.ENOSPC, errno.EPIPE, errno.EDQUOT, errno.EIO):
            raise
        sys.stderr.write('%s: cannot write the output: %s; free the disk or fix the pipe\n'
                         % ('compare_speed.py', e.strerror or e))
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
