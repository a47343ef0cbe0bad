#!/usr/bin/env bash
# How intelligible Lector's speech is, by machine listening: speaks the bundled sample's reading
# order with FreeTTS from the raw text and from Lector's normalised text, transcribes both with
# pocketsphinx, and prints each word error rate against the text.
# Needs the Debian packages sox, pocketsphinx and pocketsphinx-en-us, and ../shared/tools/speech
# (or set LISTEN=/path/to/listen.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
listen=${LISTEN:-../shared/tools/speech/listen.sh}
[ -x "$listen" ] || [ -f "$listen" ] || { echo "intelligibility.sh: no $listen (set LISTEN)" >&2; exit 2; }
mvn -q -B -Pbenchmark test -Dtest=SpeechExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
for voice in raw-freetts lector; do
    printf '%-12s ' "$voice"
    bash "$listen" "target/speech/$voice.wav" target/speech/sample.txt | tail -n 1
done
