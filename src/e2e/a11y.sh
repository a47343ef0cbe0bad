#!/usr/bin/env bash
# The window as a screen reader sees it (AT-SPI through the Java ATK wrapper): every focusable,
# showing object has a role and a non-empty name; the status line is a status bar whose changes
# reach the screen reader; Tab moves focus through the controls, out of the article and on to the
# summary. Uses ../shared/tools/e2e.
# Exit status 1 on any failure; the tree is kept in target/e2e/a11y/.
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=${E2E_TOOLS_DIR:-../shared/tools/e2e}
[ -x "$tools/a11y_dump.py" ] || { echo "a11y.sh: no $tools/a11y_dump.py (set E2E_TOOLS_DIR)" >&2; exit 2; }
[ -f target/lector.jar ] || mvn -q -B package -DskipTests
eval "$("$tools/session.sh" start)"
out=target/e2e/a11y
mkdir -p "$out"
settings=$(mktemp -d)
java -Dlector.settings="$settings" -jar target/lector.jar >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$settings"' EXIT
"$tools/a11y_dump.py" wait --pid "$app" --timeout 30 >/dev/null
sleep 2
"$tools/a11y_dump.py" tree --pid "$app" --json >"$out/tree.json"
# Tab through the window and record where focus goes, as Orca would hear it.
window=$(xdotool search --sync --name 'Lector' | head -n 1)
xdotool windowactivate --sync "$window" 2>/dev/null || true
: >"$out/tab-order.txt"
for i in $(seq 1 16); do
    xdotool key Tab
    sleep 0.3
    "$tools/a11y_dump.py" focus --pid "$app" --json | python3 -c \
        'import json,sys; f=json.load(sys.stdin); o=f.get("focused") or f; print(o.get("role",""), "|", o.get("name",""))' \
        >>"$out/tab-order.txt" 2>/dev/null || echo "? | ?" >>"$out/tab-order.txt"
done
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
tree = json.load(open(f"{out}/tree.json"))
problems, count, roles = [], 0, set()
def walk(node):
    global count
    states = set(node.get("states", []))
    role, name = node.get("role", ""), (node.get("name") or "").strip()
    roles.add(role)
    interactive = role in {"push button", "toggle button", "spin button", "combo box", "list", "text", "menu",
                           "check box", "radio button", "list item", "menu item", "table"}
    if "showing" in states and "focusable" in states and interactive:
        count += 1
        if not name:
            problems.append(f"{role} without a name")
    for child in node.get("children", []):
        walk(child)
walk(tree if isinstance(tree, dict) else tree[0])
order = open(f"{out}/tab-order.txt").read().splitlines()
print(f"{count} focusable controls checked; roles seen: {len(roles)}")
print("Tab order:", " → ".join(line.split("|")[-1].strip()[:30] for line in order))
if "status bar" not in roles:
    problems.append("no status bar")
# The position bar: a slider with its name, and a description that says where and how to move.
sliders = []
def find_sliders(node):
    if node.get("role") == "slider":
        sliders.append(node)
    for child in node.get("children", []):
        find_sliders(child)
find_sliders(tree if isinstance(tree, dict) else tree[0])
position = [n for n in sliders if (n.get("name") or "").startswith("Position in the article")]
if not position:
    problems.append("no slider named 'Position in the article'")
else:
    print("position bar:", position[0].get("role"), "|", position[0].get("name"), "|",
          (position[0].get("description") or "")[:80], "| value", position[0].get("value"))
if not any("Article" in line for line in order):
    problems.append("Tab never reaches the article")
article = [i for i, line in enumerate(order) if line.strip().endswith("| Article")]
if article and article[0] + 1 < len(order) and order[article[0] + 1].strip().endswith("| Article"):
    problems.append("Tab stays in the article")
for problem in problems:
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
PY
kill $app 2>/dev/null || true
# The status line's changes, as the events a screen reader receives after each key.
"$tools/keylatency.py" --out "$out/keys" --a11y --cmd "java -Dlector.settings=$settings -jar target/lector.jar" \
    --window 'Lector' -- wait:3 key:ctrl+Down wait:1 key:ctrl+Down wait:1 key:ctrl+l wait:2 >"$out/keys.log" 2>&1
python3 - "$out" <<'PY'
import json, sys
events = [json.loads(line) for line in open(f"{sys.argv[1]}/keys/a11y-events.jsonl")]
status = [e.get("name") for e in events
          if e.get("role") == "status bar" and e.get("type") == "object:property-change:accessible-name"]
print("status bar announcements:", " / ".join(status))
needed = ["Paragraph 1 of", "Paragraph 2 of", "You are at paragraph 2"]
missing = [n for n in needed if not any(s and s.startswith(n) for s in status)]
for n in missing:
    print("PROBLEM: no status announcement starting", repr(n))
sys.exit(1 if missing else 0)
PY
