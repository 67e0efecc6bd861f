#!/usr/bin/env python3
"""Figures beside the official PolNeAR scorer (score_attributions.py, which stays the headline).

usage: score_attribution_spans.py --scorer-dir DIR --gold-dir SPLIT_DIR --pred PRED.jsonl
  DIR: where score_attributions.py lives (its tokens, matching and source test are reused as they are)
  PRED.jsonl: as for score_attributions.py, plus "source_start"/"source_end" (offsets of the words that name the
              speaker for that statement, -1 when none)

resolved_source_accuracy: the official source accuracy (matched pairs, one-to-one greedy, token-overlap F1 >= 0.5;
  right when predicted and gold source share a non-stop word), except that a gold source which is a pronoun
  ("he", "she", "they", "who", ...) is replaced by its nearest named antecedent: the closest gold Source span of the
  same annotator file that ends before the pronoun and holds a capitalised word other than a pronoun.
content/source exact and begin F1, as CofeNet (Wang et al., COLING 2022) reports them for PolNeAR: spans as token
  ranges (tokens: runs of word characters, as the official scorer), each distinct span counted once; a predicted span
  matches exactly when its first and last tokens are a gold span's, at the beginning when its first token is a gold
  span's first token. Precision over predicted spans, recall over gold spans. Articles with several annotator files:
  each is scored and the mean reported, as the official scorer does.
"""
import argparse, collections, importlib.util, json, os, re

PRONOUNS = {"he", "she", "they", "it", "him", "her", "i", "we", "who", "which", "that", "his", "its", "their", "you", "me", "us",
            "them", "whom", "our", "my"}

def load(scorer_dir):
    spec = importlib.util.spec_from_file_location("score_attributions", os.path.join(scorer_dir, "score_attributions.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

def parse(path, text, S):
    spans, rels = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            kind, *offs = parts[1].split(" ")
            spans[parts[0]] = (kind, [tuple(map(int, o.split(" "))) for o in " ".join(offs).split(";")])
        elif parts[0].startswith("E"):
            rels.append(dict(x.split(":") for x in parts[1].split(" ") if ":" in x))
    sources = sorted({(min(s for s, _ in r), max(e for _, e in r)) for k, r in spans.values() if k == "Source"})
    out = []
    for r in rels:
        if "Content" not in r or r["Content"] not in spans:
            continue
        cr = spans[r["Content"]][1]
        s0, e0 = min(s for s, _ in cr), max(e for _, e in cr)
        quoted = sum(len(m.group()) for m in re.finditer(r"[\"\u201c][^\"\u201d]*[\"\u201d]", text[s0:e0]))
        direct = text[s0:e0].lstrip()[:1] in S.QUOTES or quoted > 0.5 * (e0 - s0)
        src, src_span = "", None
        if "Source" in r and r["Source"] in spans:
            sr = spans[r["Source"]][1]
            src = " ".join(text[s:e] for s, e in sr)
            src_span = (min(s for s, _ in sr), max(e for _, e in sr))
        resolved = src
        if src_span and src.strip().lower() in PRONOUNS:
            for s, e in reversed(sources):
                words = re.findall(r"\w+", text[s:e])
                if e <= src_span[0] and any(w[0].isupper() and w.lower() not in PRONOUNS for w in words):
                    resolved = text[s:e]
                    break
        out.append({"toks": [t for s, e in cr for t in S.tokens(text, s, e)], "source": src, "resolved": resolved,
                    "direct": direct, "content_span": (s0, e0), "source_span": src_span})
    return out

def token_span(text, s, e, S):
    toks = S.tokens(text, s, e)
    return (toks[0][0], toks[-1][1]) if toks else None

def span_counts(gold_spans, pred_spans):
    c = collections.Counter(gold=len(gold_spans), pred=len(pred_spans))
    c["exact"] = len(gold_spans & pred_spans)
    gold_begins = {s for s, _ in gold_spans}
    pred_begins = {s for s, _ in pred_spans}
    c["begin_pred"] = sum(1 for s, _ in pred_spans if s in gold_begins)
    c["begin_gold"] = sum(1 for s, _ in gold_spans if s in pred_begins)
    return c

def resolved_counts(golds, preds, S):
    out = {}
    for subset in ("all", "direct"):
        g = [x for x in golds if subset == "all" or x["direct"]]
        p = preds if subset == "all" else [x for x in preds if x.get("direct", True)]
        used, c = set(), collections.Counter()
        for gi in g:
            best, bj = 0.0, None
            for j, pj in enumerate(p):
                if j in used:
                    continue
                f = S.overlap_f1(pj["toks"], gi["toks"])
                if f > best:
                    best, bj = f, j
            if bj is not None and best >= 0.5:
                used.add(bj)
                c["tp"] += 1
                c["ok"] += S.src_ok(p[bj]["source"], gi["source"])
                c["resolved_ok"] += S.src_ok(p[bj]["source"], gi["source"]) or S.src_ok(p[bj]["source"], gi["resolved"])
                c["pronoun"] += gi["source"] != gi["resolved"]
        out[subset] = c
    return out

def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer-dir", required=True)
    ap.add_argument("--gold-dir", required=True)
    ap.add_argument("--pred", required=True)
    a = ap.parse_args()
    S = load(a.scorer_dir)
    preds = collections.defaultdict(list)
    for line in open(a.pred, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            preds[r["article"]].append(r)
    totals = collections.defaultdict(float)
    anns = sorted(os.listdir(os.path.join(a.gold_dir, "attributions")))
    for tf in sorted(os.listdir(os.path.join(a.gold_dir, "text"))):
        name = tf[:-4]
        text = open(os.path.join(a.gold_dir, "text", tf), encoding="utf-8").read()
        files = [f for f in anns if f.rsplit("_", 1)[0] == name]
        if not files:
            continue
        pr = []
        for r in preds.get(name, []):
            s, e = int(r["content_start"]), int(r["content_end"])
            ss, se = int(r.get("source_start", -1)), int(r.get("source_end", -1))
            pr.append({"toks": S.tokens(text, s, e), "source": r.get("source", ""), "direct": r.get("direct", True),
                       "content_span": token_span(text, s, e, S), "source_span": token_span(text, ss, se, S) if ss >= 0 else None})
        pred_content = {x["content_span"] for x in pr if x["content_span"]}
        pred_source = {x["source_span"] for x in pr if x["source_span"]}
        for f in files:
            golds = parse(os.path.join(a.gold_dir, "attributions", f), text, S)
            w = 1.0 / len(files)
            for kind, gold_spans, pred_spans in (
                    ("content", {token_span(text, *g["content_span"], S) for g in golds} - {None}, pred_content),
                    ("source", {token_span(text, *g["source_span"], S) for g in golds if g["source_span"]} - {None}, pred_source)):
                for k, v in span_counts(gold_spans, pred_spans).items():
                    totals[kind + "." + k] += v * w
            for subset, c in resolved_counts(golds, pr, S).items():
                for k, v in c.items():
                    totals[subset + "." + k] += v * w
    out = {}
    for subset in ("all", "direct"):
        tp = totals[subset + ".tp"]
        out[subset] = {"source_accuracy": round(totals[subset + ".ok"] / tp, 4) if tp else 0.0,
                       "resolved_source_accuracy": round(totals[subset + ".resolved_ok"] / tp, 4) if tp else 0.0,
                       "pronoun_sources": round(totals[subset + ".pronoun"] / tp, 4) if tp else 0.0}
    for kind in ("content", "source"):
        g, p = totals[kind + ".gold"], totals[kind + ".pred"]
        ep, er = (totals[kind + ".exact"] / p if p else 0.0), (totals[kind + ".exact"] / g if g else 0.0)
        bp, br = (totals[kind + ".begin_pred"] / p if p else 0.0), (totals[kind + ".begin_gold"] / g if g else 0.0)
        out[kind] = {"exact_precision": round(ep, 4), "exact_recall": round(er, 4), "exact_f1": round(f1(ep, er), 4),
                     "begin_precision": round(bp, 4), "begin_recall": round(br, 4), "begin_f1": round(f1(bp, br), 4),
                     "gold": round(g, 1), "pred": round(p, 1)}
    print(json.dumps(out))

if __name__ == "__main__":
    main()
