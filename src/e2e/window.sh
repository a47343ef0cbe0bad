#!/usr/bin/env bash
# Lector's window as a person meets it: on a virtual display with a virtual sound card, press
# Ctrl+Space and check by speech recognition that the headline is heard; Escape; Ctrl+Down twice
# and Ctrl+Space (the second paragraph); Alt+Down (the next sentence); Ctrl+2, F6, Down, Enter (from
# the first summary sentence into the article). Screenshots mid-sentence show the word highlight.
# Prints key-to-first-sound median and worst. Uses ../shared/tools/e2e (its README lists the Debian
# packages it needs). The recall bar is low because pocketsphinx hears FreeTTS's diphone voice
# poorly: 0.2 still tells the expected text from any other paragraph.
# Output: target/e2e/window/ (audio.wav, result.json with key-to-sound latencies, screenshots).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=${E2E_TOOLS_DIR:-../shared/tools/e2e}
[ -x "$tools/keylatency.py" ] || { echo "window.sh: no $tools/keylatency.py (set E2E_TOOLS_DIR)" >&2; exit 2; }
[ -f target/lector.jar ] || mvn -q -B package -DskipTests
eval "$("$tools/session.sh" start)"
mkdir -p target/e2e
sample=src/main/resources/org/lector/niger-airbase.txt
java -jar target/lector.jar script "$sample" | sed -n 1p >target/e2e/title.txt
java -jar target/lector.jar sentences "$sample" | awk -F'\t' '$1==2 {print $3}' >target/e2e/paragraph2.txt
java -jar target/lector.jar sentences "$sample" | awk -F'\t' '$1==3 {print $3}' >target/e2e/paragraph3.txt
java -jar target/lector.jar summary "$sample" | sed -n 1p | cut -f3 >target/e2e/summary1.txt
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
"$tools/keylatency.py" --out target/e2e/window --asr \
    --cmd "java -Dlector.settings=$settings -jar target/lector.jar" --window 'Lector' \
    --expect 1=@target/e2e/title.txt --expect 5=@target/e2e/paragraph2.txt \
    --expect 7=@target/e2e/paragraph3.txt --expect 12=@target/e2e/summary1.txt --min-recall 0.2 \
    -- wait:3 key:ctrl+space wait:1.5 shot:word-1 wait:0.8 shot:word-2 wait:2 \
       key:Escape wait:0.5 key:ctrl+Down key:ctrl+Down key:ctrl+space untilquiet:15 \
       key:ctrl+Up key:alt+Down untilquiet:15 key:Escape key:ctrl+2 wait:0.5 key:F6 key:Down key:Return untilquiet:15 key:Escape
# Key to first sound over the keys that start speech.
python3 - <<'PY'
import json, statistics
keys = json.load(open("target/e2e/window/result.json"))["keys"]
onsets = [k["onset_ms"] for k in keys if k.get("onset_ms") is not None]
print(f"key to first sound over {len(onsets)} keys: median {statistics.median(onsets):.0f} ms, worst {max(onsets):.0f} ms")
PY
