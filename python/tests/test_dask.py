"""python3 -m dyad.dask on a LocalCluster of two worker processes: a worker
killed in the middle of a shard, then the outputs compared with `dyad code`
on each shard, and a second run that must do nothing."""

import glob
import json
import logging
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SHARED, run_cli

distributed = pytest.importorskip("distributed")

SHARDS = 6
COPIES = 100   # the eight example articles, 100 times a shard: about 0.2 s to code


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster
    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                     dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(c)
    yield c, client
    client.close()
    c.close()


def make_shards(folder, articles):
    """SHARDS JSON-lines files of the example articles, every id unique."""
    os.makedirs(folder)
    for s in range(SHARDS):
        with open(os.path.join(folder, "part-%03d.jsonl" % s), "w", encoding="utf-8") as f:
            for k in range(COPIES):
                for rec in articles:
                    f.write(json.dumps(dict(rec, id="%s-%d-%d" % (rec["id"], s, k))) + "\n")


def backfill(address, pattern, out, extra=()):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    return subprocess.Popen([sys.executable, "-m", "dyad.dask", "--scheduler", address]
                            + list(extra) + [pattern, out], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def outputs(out):
    return sorted(os.path.basename(p) for p in glob.glob(os.path.join(out, "*")))


def temps(out):
    return glob.glob(os.path.join(out, ".*.dyad-part-*"))


def program_output(cli, shards):
    """What `dyad code SHARD` writes, for each shard."""
    return {s: run_cli(cli, ["code", s]) for s in shards}


def assert_equal_to_the_program(want, out):
    for s, w in want.items():
        with open(os.path.join(out, os.path.basename(s)), "rb") as f:
            assert f.read() == w, s


def test_killed_worker_then_rerun(cluster, cli, articles, tmp_path):
    c, client = cluster
    src, out = str(tmp_path / "in"), str(tmp_path / "out")
    make_shards(src, articles)
    pids = client.run(os.getpid)   # worker address -> process id
    p = backfill(c.scheduler_address, os.path.join(src, "*.jsonl"), out)
    # kill a worker while it writes a shard: its temporary file names its pid
    victim = victim_shard = None
    deadline = time.monotonic() + 30
    while victim is None and time.monotonic() < deadline and p.poll() is None:
        for t in temps(out):
            pid = int(t.rsplit("-", 2)[-2])
            if pid in pids.values():
                victim, victim_shard = pid, os.path.basename(t)[1:].split(".dyad-part-")[0]
                break
        time.sleep(0.005)
    assert victim, "no worker was seen writing a shard"
    done_before_kill = len(outputs(out))
    os.kill(victim, signal.SIGKILL)
    # in the few milliseconds between seeing the file and the kill, the
    # worker may have finished that shard: then it was not killed mid-shard
    finished_first = os.path.exists(os.path.join(out, victim_shard))
    stdout, stderr = p.communicate(timeout=60)
    assert p.returncode == 0, stderr.decode()
    assert done_before_kill < SHARDS
    # the shard it was writing was coded again, by another process
    line = [l for l in stderr.decode().splitlines() if "/%s: " % victim_shard in l]
    assert len(line) == 1 and (finished_first or ":%d;" % victim not in line[0]), (victim, line)
    shards = sorted(glob.glob(os.path.join(src, "*.jsonl")))
    assert outputs(out) == [os.path.basename(s) for s in shards]
    assert temps(out) == []   # the killed worker's unfinished file was removed
    want = program_output(cli, shards)
    assert_equal_to_the_program(want, out)
    assert b"6 shards, 0 already done, 6 to code" in stderr
    assert b"coded 6 shards: %d articles" % (SHARDS * COPIES * len(articles)) in stderr

    # each worker process made one Coder, whatever number of shards it coded
    def coders_made():
        import dyad._backfill
        return dyad._backfill.coders_made
    assert set(client.run(coders_made).values()) <= {0, 1}

    # a second run finds everything done: nothing is coded or rewritten
    stamps = {n: os.stat(os.path.join(out, n)).st_mtime_ns for n in outputs(out)}
    p = backfill(c.scheduler_address, os.path.join(src, "*.jsonl"), out)
    stdout, stderr = p.communicate(timeout=60)
    assert p.returncode == 0, stderr.decode()
    assert b"6 shards, 6 already done, 0 to code" in stderr
    assert {n: os.stat(os.path.join(out, n)).st_mtime_ns for n in outputs(out)} == stamps
    assert_equal_to_the_program(want, out)


def test_bad_records_reported_and_status_1(cluster, tmp_path, articles):
    c, _ = cluster
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps(articles[0]) + "\n{\"id\": 1, \"text\": \"x\"}\n",
                                 encoding="utf-8")
    (src / "b.jsonl").write_text("", encoding="utf-8")
    p = backfill(c.scheduler_address, str(src / "*.jsonl"), str(tmp_path / "out"))
    _, stderr = p.communicate(timeout=60)
    assert p.returncode == 1
    assert b"a.jsonl:2" in stderr and b"no record found" in stderr
    assert b"2 records skipped" in stderr


def test_command_line_errors(cluster, tmp_path):
    c, _ = cluster
    p = backfill(c.scheduler_address, str(tmp_path / "none-*.jsonl"), str(tmp_path / "out"))
    _, stderr = p.communicate(timeout=60)
    assert p.returncode == 2 and b"no file matches" in stderr
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "s.jsonl").write_text("{}\n")
    (tmp_path / "y" / "s.jsonl").write_text("{}\n")
    p = backfill(c.scheduler_address, str(tmp_path / "?" / "s.jsonl"), str(tmp_path / "out"))
    _, stderr = p.communicate(timeout=60)
    assert p.returncode == 2 and b"same name" in stderr
    p = backfill(c.scheduler_address, str(tmp_path / "x" / "*.jsonl"), str(tmp_path / "x"))
    _, stderr = p.communicate(timeout=60)
    assert p.returncode == 2 and b"written over its input" in stderr


def test_no_scheduler(tmp_path, articles):
    (tmp_path / "a.jsonl").write_text(json.dumps(articles[0]) + "\n", encoding="utf-8")
    p = backfill("tcp://127.0.0.1:9", str(tmp_path / "a.jsonl"), str(tmp_path / "out"),
                 extra=["--timeout", "1"])
    _, stderr = p.communicate(timeout=60)
    assert p.returncode == 1, stderr.decode()
    assert b"cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'" in stderr
    assert os.listdir(tmp_path / "out") == [".dyad-dask.lock"]


def test_corpus_shards_equal_the_program(cluster, cli, tmp_path):
    corpus = os.path.join(SHARED, "corpus", "news.jsonl")
    if not os.path.isfile(corpus):
        pytest.skip("%s is absent: the corpus shards were not coded" % corpus)
    c, _ = cluster
    src = tmp_path / "in"
    src.mkdir()
    with open(corpus, "rb") as f:
        lines = f.readlines()
    n = 4
    for s in range(n):
        (src / ("news-%d.jsonl" % s)).write_bytes(b"".join(lines[s::n]))
    p = backfill(c.scheduler_address, str(src / "*.jsonl"), str(tmp_path / "out"))
    _, stderr = p.communicate(timeout=120)
    assert p.returncode == 0, stderr.decode()
    assert_equal_to_the_program(program_output(cli, sorted(glob.glob(str(src / "*.jsonl")))),
                                str(tmp_path / "out"))
