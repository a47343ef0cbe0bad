#!/usr/bin/env bash
# Lector's window as a person meets it: on a virtual display with a virtual sound card, press
# Ctrl+Space and check by speech recognition that the headline is heard; Escape; Ctrl+Down twice
# and Ctrl+Space, and check the second paragraph is heard; screenshots mid-sentence show the word
# highlight. Uses ../shared/tools/e2e (its README lists the Debian packages it needs).
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
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
"$tools/keylatency.py" --out target/e2e/window --asr \
    --cmd "java -Dlector.settings=$settings -jar target/lector.jar" --window 'Lector' \
    --expect 1=@target/e2e/title.txt --expect 4=@target/e2e/paragraph2.txt --min-recall 0.3 \
    -- wait:3 key:ctrl+space wait:1.5 shot:word-1 wait:0.8 shot:word-2 untilquiet:12 \
       key:Escape wait:0.5 key:ctrl+Down key:ctrl+Down key:ctrl+space untilquiet:20
