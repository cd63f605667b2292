#!/usr/bin/env python3
"""Compare `chengwen parse FILE --json` with the expected outlines in tests/data/reports/.

usage: python tests/data/tools/outline_check.py [CHENGWEN_COMMAND]
Runs every fixture that has a *.expected.json beside it; prints each mismatch and a score line per
fixture; exits 0 only when every fixture matches. CHENGWEN_COMMAND defaults to `chengwen`.
"""
import json, shlex, subprocess, sys, unicodedata
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "reports"  # tests/data/reports in this copy

def norm(s):
    if not isinstance(s, str):
        return s
    return unicodedata.normalize("NFKC", s).strip().rstrip("。.：:").strip()

def compare(exp, got):
    out = []
    def check(name, want, have):
        if want != have:
            out.append(f"{name}: want {want!r}, got {have!r}")
    for key in ("title", "organization", "year", "date"):
        if key in exp:
            check(key, norm(exp[key]), norm(got.get(key)))
    if "missing_parts" in exp:
        check("missing_parts", sorted(exp["missing_parts"]), sorted(got.get("missing_parts") or []))
    es, gs = exp.get("sections", []), got.get("sections") or []
    check("number of top-level sections", len(es), len(gs))
    for i, e in enumerate(es):
        g = gs[i] if i < len(gs) else {}
        for key in ("number", "heading"):
            check(f"[{i}] {key}", norm(e[key]), norm(g.get(key)))
        if "part" in e:
            check(f"[{i}] part", e["part"], g.get("part"))
        ec, gc = e.get("children", []), g.get("children") or []
        check(f"[{i}] number of children", len(ec), len(gc))
        for j, c in enumerate(ec):
            d = gc[j] if j < len(gc) else {}
            for key in ("number", "heading"):
                check(f"[{i}.{j}] {key}", norm(c[key]), norm(d.get(key)))
    return out

def main():
    cmd = shlex.split(sys.argv[1]) if len(sys.argv) > 1 else ["chengwen"]
    ok = True
    for exp_path in sorted(FIXTURES.glob("*.expected.json")):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        src = FIXTURES / exp["source"]
        try:
            p = subprocess.run(cmd + ["parse", str(src), "--json"], capture_output=True, text=True, timeout=120)
        except FileNotFoundError:
            print(f"cannot run {cmd[0]!r}: install the project first (pip install -e .)")
            return 2
        if p.returncode != 0:
            print(f"{src.name}: parse failed ({p.returncode}): {p.stderr.strip()[-300:]}")
            ok = False
            continue
        problems = compare(exp, json.loads(p.stdout))
        for line in problems[:30]:
            print(f"  {src.name}: {line}")
        print(f"{src.name}: {'matches' if not problems else f'{len(problems)} mismatches'}")
        ok = ok and not problems
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
