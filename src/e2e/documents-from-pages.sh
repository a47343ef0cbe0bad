#!/usr/bin/env bash
# Web pages saved as documents, as people make them: ten dev-set pages (../shared/data/readability-pages)
# made EPUB and Word files by pandoc and printed to PDF by headless Chromium, each read by Lector and
# compared with Lector's reading of the same page as HTML (body F1 by shingles, as score.py counts it)
# and with the page's expected title. Needs the Debian packages pandoc and chromium, and
# ../shared/tools/extraction/score.py. Run after `mvn package`; takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
pages=${PAGES:-../shared/data/readability-pages}
score=${SCORE:-../shared/tools/extraction/score.py}
[ -f "$score" ] || { echo "documents-from-pages.sh: no $score (set SCORE)" >&2; exit 2; }
out=target/documents-from-pages
rm -rf "$out" && mkdir -p "$out"
for name in bbc-1 guardian-1 ars-1 nytimes-1 wapo-1 cnn medium-1 herald-sun-1 salon-1 telegraph; do
    page=$(cd "$pages/$name" && pwd)/source.html
    # pandoc gives up on a page whose images it cannot find for a Word file; the others are made.
    pandoc -f html -t epub -o "$out/$name.epub" "$page" 2>/dev/null || true
    pandoc -f html -t docx -o "$out/$name.docx" "$page" 2>/dev/null || true
    timeout 90 chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$(pwd)/$out/$name.pdf" \
        "file://$page" >/dev/null 2>&1 || true
done
python3 - "$score" "$pages" "$out" target/lector.jar <<'PY'
import importlib.util, json, os, sys
spec = importlib.util.spec_from_file_location('score', sys.argv[1]); s = importlib.util.module_from_spec(spec)
spec.loader.exec_module(s)
pages, out, jar = sys.argv[2:5]
body = lambda items: '\n'.join(t for k, t in items if k in s.KINDS_BODY)
rows = {}
for f in sorted(os.listdir(out)):
    name, ext = os.path.splitext(f)
    html, _ = s.run_order(jar, os.path.join(pages, name, 'source.html'))
    doc, err = s.run_order(jar, os.path.join(out, f))
    if not doc:
        print(f'{f:22} failed: {err}'); rows.setdefault(ext, []).append((0.0, False)); continue
    p, r = s.prf(body(html), body(doc)); f1 = 2 * p * r / (p + r) if p + r else 0.0
    title = next((t for k, t in doc if k == 'title'), '')
    ok = s.same_title(title, json.load(open(os.path.join(pages, name, 'meta.json'))).get('title', ''))
    rows.setdefault(ext, []).append((f1, ok))
    print(f'{f:22} body F1 {f1:.3f} against the page as HTML  title {"right" if ok else "wrong: " + title[:60]}')
for ext, v in sorted(rows.items()):
    print(f'{ext:6} {len(v)} documents  mean body F1 {sum(x[0] for x in v) / len(v):.3f}  titles right {sum(x[1] for x in v)} of {len(v)}')
PY
