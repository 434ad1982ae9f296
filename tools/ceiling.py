#!/usr/bin/env python3
"""ceiling.py: two measurements of where recall on the dev split can come from.

Run from the repository's top folder after a build, with ../shared present:

    python3 tools/ceiling.py [--corpus ../shared/corpus/news.jsonl] [--dyad build/dyad]

1. Learned triggers. Could a table of words learned from the annotations
   find the events dyad's patterns miss? The dev articles are cut in two
   halves; from one half, every noun, verb or adjective lemma whose
   sentences report an event of a root at least a given share of the time
   (and twice at least) becomes a trigger of that root; the table is then
   asked on the other half, and the halves swapped. Scored per sentence
   and root, beside dyad's own roots (partial mode) on the same sentences.

2. Actors from the article. dyad in partial mode finds events with one
   actor unknown. If each were given the country the article names most
   often (other than the known side's), how many would match the gold,
   and how many would not?

Only the dev split is read: the test and check splits are scored, never
studied (docs/annotation.md).
"""
import argparse
import errno
import bisect
import collections
import glob
import json
import os
import random
import subprocess
import sys
import tempfile

EVAL = 'tests/data/eval'


def load_dev(corpus_path):
    split = {}
    for line in open(os.path.join(EVAL, 'articles.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        split[f[0]] = f[1]
    want = {a for a, s in split.items() if s == 'dev'}
    lines = {}
    with open(corpus_path, encoding='utf-8', errors='replace') as f:
        for no, line in enumerate(f, 1):
            try:
                doc = json.loads(line)
                art = doc['id']
            except (ValueError, TypeError, KeyError) as e:
                sys.exit('ceiling.py: %s:%d: not an article (a JSON object with an "id": %s); '
                         'give the corpus the annotations were made on' % (corpus_path, no, e))
            if art in want:
                lines[art] = line
    gold = collections.defaultdict(list)   # (article, start) -> [(src, tgt, code)]
    spans = {}                             # (article, start) -> end
    for fn in sorted(glob.glob(os.path.join(EVAL, 'gold', 'primary-*.tsv'))):
        for line in open(fn, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            art, start, end, events = line.rstrip('\n').split('\t')[:4]
            if art not in lines:
                continue
            spans[(art, int(start))] = int(end)
            if events == '-':
                continue
            for ev in events.split(';'):
                pair, code = ev.strip().split(':')[:2]
                src, tgt = pair.split('>')
                gold[(art, int(start))].append((src, tgt, code))
    return lines, spans, gold


def dyad_lines(dyad, args, path):
    out = subprocess.run([dyad] + args + [path], capture_output=True)
    if out.returncode != 0:
        sys.exit('ceiling.py: %s failed (exit %d): %s'
                 % (' '.join([dyad] + args), out.returncode,
                    out.stderr.decode('utf-8', 'replace').strip() or 'no message'))
    return [json.loads(l) for l in out.stdout.decode('utf-8').splitlines()]


def key(code):
    """The scorer's lenient key: a country, or an organisation's first six letters."""
    if code in ('-', ''):
        return '-'
    return code[:6] if code[:3] in ('IGO', 'NGO') else code[:3]


def known(code):
    return None if not code or code == '-' or code.startswith('---') else key(code)


def events_by_sentence(records, starts):
    ev = collections.defaultdict(list)
    for d in records:
        if d.get('type') == 'event':
            ev[(d['doc'], starts[(d['doc'], d['sent'])])].append(d)
    return ev


def score(spans, gold, pred):
    g = p = hit = 0
    for s in spans:
        gs, ps = gold.get(s, []), pred.get(s, [])
        g, p = g + len(gs), p + len(ps)
        used = [False] * len(ps)
        for x in gs:
            for j, y in enumerate(ps):
                if not used[j] and key(x[0]) == key(y[0]) and key(x[1]) == key(y[1]) \
                        and x[2][:2] == y[2][:2]:
                    used[j] = True
                    hit += 1
                    break
    return g, p, hit


def triggers(dyad, spans, gold, texts, partial):
    """Experiment 1; texts[(art, start)] is the sentence's text."""
    keys = sorted(spans)
    body = '\n'.join(texts[k].replace('\n', ' ') for k in keys) + '\n'
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
        f.write(body)
        path = f.name
    try:
        analysed = dyad_lines(dyad, ['analyze', '--json'], path)
    finally:
        os.unlink(path)
    offsets, at = [], 0
    for k in keys:
        offsets.append(at)
        at += len(texts[k].replace('\n', ' ').encode('utf-8')) + 1
    lemmas = [set() for _ in keys]
    for sent in analysed:
        for tok in sent['tokens']:
            if tok['tag'][:2] in ('VB', 'NN', 'JJ'):
                lemmas[bisect.bisect_right(offsets, tok['start']) - 1].add(tok['lemma'].lower())
    roots = [{e[2][:2] for e in gold.get(k, [])} for k in keys]
    arts = sorted({k[0] for k in keys})
    random.Random(1).shuffle(arts)
    half = {a: i % 2 for i, a in enumerate(arts)}
    print('1. learned triggers (two halves of the dev articles, each scored on the other):')
    print('   per sentence and root; %d sentences, %d roots reported' %
          (len(keys), sum(len(r) for r in roots)))
    tp = fp = fn = 0
    for i, k in enumerate(keys):
        found = {e['code'][:2] for e in partial.get(k, [])}
        tp, fp, fn = tp + len(found & roots[i]), fp + len(found - roots[i]), fn + len(roots[i] - found)
    print('   dyad\'s patterns (partial mode)       P %.3f  R %.3f' % (tp / max(tp + fp, 1), tp / max(tp + fn, 1)))
    for share in (0.3, 0.5, 0.7):
        tp = fp = fn = atp = afp = amiss = 0
        for fold in (0, 1):
            pair, seen = collections.Counter(), collections.Counter()
            for i, k in enumerate(keys):
                if half[k[0]] == fold:
                    continue
                for w in lemmas[i]:
                    seen[w] += 1
                    for r in roots[i]:
                        pair[(w, r)] += 1
            table = collections.defaultdict(set)
            for (w, r), n in pair.items():
                if n >= 2 and n / seen[w] >= share:
                    table[w].add(r)
            for i, k in enumerate(keys):
                if half[k[0]] != fold:
                    continue
                found = set()
                for w in lemmas[i]:
                    found |= table.get(w, set())
                tp, fp, fn = tp + len(found & roots[i]), fp + len(found - roots[i]), fn + len(roots[i] - found)
                # what the table adds to dyad's own roots
                own = {e['code'][:2] for e in partial.get(k, [])}
                more = found - own
                missed = roots[i] - own
                atp, afp, amiss = atp + len(more & missed), afp + len(more - roots[i]), amiss + len(missed)
        print('   learned, a word\'s share >= %.1f        P %.3f  R %.3f;  beside dyad\'s: %d of the %d '
              'roots dyad misses, %d wrong' % (share, tp / max(tp + fp, 1), tp / max(tp + fn, 1),
                                               atp, amiss, afp))


def article_fill(spans, gold, full, partial):
    """Experiment 2."""
    base = {s: [(d['source'], d['target'] or '-', d['code']) for d in v] for s, v in full.items()}
    g, p, hit = score(spans, gold, base)
    print('2. actors from the article (the unknown side of a partial event given the')
    print('   country the article names most, other than the known side\'s):')
    print('   dyad                      %4d gold %4d dyad %4d match  P %.3f  R %.3f' %
          (g, p, hit, hit / max(p, 1), hit / max(g, 1)))
    counts = collections.defaultdict(collections.Counter)
    for s, v in partial.items():
        for d in v:
            for c in (d['source'], d['target']):
                if known(c):
                    counts[s[0]][known(c)] += 1
    filled = {s: list(v) for s, v in base.items()}
    added = 0
    for s, v in partial.items():
        for d in v:
            src, tgt = d['source'], d['target'] or '-'
            ks, kt = known(src), known(tgt)
            if (ks and kt) or not (ks or kt):
                continue
            side = ks or kt
            others = [c for c, _ in counts[s[0]].most_common() if c != side]
            if not others:
                continue
            if ks:
                tgt = others[0] + tgt[3:]
            else:
                src = others[0] + src[3:]
            filled.setdefault(s, []).append((src, tgt, d['code']))
            added += 1
    g, p, hit2 = score(spans, gold, filled)
    print('   with the filled events    %4d gold %4d dyad %4d match  P %.3f  R %.3f' %
          (g, p, hit2, hit2 / max(p, 1), hit2 / max(g, 1)))
    print('   filled %d events: %d match the gold (%.0f%%)' % (added, hit2 - hit, 100.0 * (hit2 - hit) / max(added, 1)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', default='../shared/corpus/news.jsonl')
    ap.add_argument('--dyad', default='build/dyad')
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        sys.exit('ceiling.py: %s: no such file; the corpus lives in ../shared '
                 '(see README, "Evaluation"); give its path with --corpus' % a.corpus)
    lines, spans, gold = load_dev(a.corpus)
    if not lines:
        sys.exit('ceiling.py: %s holds no article of the dev split (%s/articles.tsv); '
                 'give the corpus the annotations were made on' % (a.corpus, EVAL))
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        f.writelines(lines[k] for k in sorted(lines))
        path = f.name
    try:
        starts = {(d['doc'], d['sent']): d['start'] for d in dyad_lines(a.dyad, ['sentences'], path)}
        full = events_by_sentence(dyad_lines(a.dyad, ['code', '-j', '2'], path), starts)
        partial = events_by_sentence(dyad_lines(a.dyad, ['code', '-j', '2', '--partial'], path), starts)
    finally:
        os.unlink(path)
    bodies = {art: json.loads(line)['text'].encode('utf-8') for art, line in lines.items()}
    texts = {(art, start): bodies[art][start:end].decode('utf-8', 'replace')
             for (art, start), end in spans.items()}
    triggers(a.dyad, spans, gold, texts, partial)
    article_fill(spans, gold, full, partial)


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
                         % ('ceiling.py', e.strerror or e))
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
