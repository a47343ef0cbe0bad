#!/usr/bin/env bash
# Do Lector's word times match the audio? Synthesises the sample's first ten sentences at 150 and
# 220 words a minute (WordTimingBenchmark), asks pocketsphinx where it hears each word
# (pocketsphinx_continuous -time yes), and prints, per rate, the median and worst difference
# between Lector's computed start and the heard start, over the words both agree on.
# Needs the Debian packages pocketsphinx and pocketsphinx-en-us.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -Pbenchmark test -Dtest=WordTimingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
for rate in 150 220; do
    for wav in target/word-timings/$rate/*.wav; do
        pocketsphinx_continuous -infile "$wav" -time yes 2>/dev/null >"${wav%.wav}.heard" || true
    done
    python3 - "$rate" <<'PY'
import glob, statistics, sys
rate = sys.argv[1]
offsets = []
for tsv in sorted(glob.glob(f"target/word-timings/{rate}/*.tsv")):
    ours = [(w, int(s)) for w, s, _ in (l.split("\t") for l in open(tsv).read().splitlines())]
    heard = []
    for line in open(tsv[:-4] + ".heard").read().splitlines():
        parts = line.split()
        if len(parts) != 4 or not parts[1].replace(".", "", 1).isdigit():
            continue  # the hypothesis line, not a word with times
        if not parts[0].startswith(("<", "[")) and parts[0] != "(NULL)":
            word = parts[0].split("(")[0].lower()
            heard.append((word, float(parts[1]) * 1000))
    # Walk both in order; pair a heard word with the next computed word of the same spelling
    # within a second of it (a "the" heard four seconds on is another "the", not a timing error).
    j = 0
    for word, start in heard:
        for k in range(j, min(len(ours), j + 6)):
            if ours[k][0].replace("'", "") == word.replace("'", "") and abs(ours[k][1] - start) < 1000:
                offsets.append(abs(ours[k][1] - start))
                j = k + 1
                break
offsets.sort()
print(f"{rate} wpm: {len(offsets)} words matched; start offset median {statistics.median(offsets):.0f} ms, "
      f"90th percentile {offsets[int(len(offsets) * 0.9)]:.0f} ms, worst {offsets[-1]:.0f} ms")
PY
done
