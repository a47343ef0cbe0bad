#!/usr/bin/env bash
# How intelligible Lector's speech is, by machine listening. SpeechExportBenchmark speaks the reading
# order of the bundled sample and of twenty BBC articles twice: FreeTTS as it comes (its own settings,
# the text as displayed) and Lector as a listener hears it by default (normalised text, tuned voice,
# 175 words a minute unless RATE=WPM is set, gaps between sentences). pocketsphinx transcribes each
# WAV and the word errors are summed per set: the sample, the ten articles the voice settings were
# chosen on ("tuning"), and ten nobody looked at while choosing ("held-out"). If flite is installed,
# its kal16 voice (the same diphones, in C) reads the same texts as a yardstick.
# Needs the Debian packages sox, pocketsphinx and pocketsphinx-en-us (and flite for the yardstick),
# and ../shared/tools/speech (or set LISTEN=/path/to/listen.sh). Takes about twelve minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
listen=${LISTEN:-../shared/tools/speech/listen.sh}
[ -f "$listen" ] || { echo "intelligibility.sh: no $listen (set LISTEN)" >&2; exit 2; }
listen=$(cd "$(dirname "$listen")" && pwd)/$(basename "$listen")
rm -rf target/speech
mvn -q -B -Pbenchmark test -Dtest=SpeechExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false ${RATE:+-Dlector.rate=$RATE}
cd target/speech
rm -f ./*.score
engines="raw-freetts lector"
if command -v flite >/dev/null; then
    for text in *.txt; do flite -voice kal16 -f "$text" -o "${text%.txt}.flite.wav"; done
    engines="$engines flite"
fi
export listen
ls ./*.wav | xargs -P "$(nproc)" -I{} sh -c 'w={}; t=${w%.*.wav}.txt; bash "$listen" "$w" "$t" | grep "^WER" > "$w.score"'
for set in sample tuning held-out; do
    for engine in $engines; do
        sed -E 's/.*\(([0-9]+) errors.* \/ ([0-9]+) ref words.*/\1 \2/' "$set"*".$engine.wav.score" | awk -v set="$set" -v engine="$engine" '
            { errors += $1; words += $2; n++ }
            END { printf "%-9s %-12s WER %5.1f%%  (%d errors / %d words, %d articles)\n", set, engine, 100 * errors / words, errors, words, n }'
    done
done
