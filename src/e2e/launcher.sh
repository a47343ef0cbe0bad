#!/usr/bin/env bash
# The launcher as a person runs it, after `mvn package`: target/lector gives what `java -jar`
# gives, starts with its class-data archive, and still runs when the archive is missing or does
# not match (a copy of the folder, another jar). Exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=src/main/resources/org/lector/niger-airbase.txt
fail() { echo "launcher.sh: FAIL: $*" >&2; exit 1; }

[ -x target/lector ] || fail "target/lector is missing or not executable"
[ -f target/lector.cmd ] || fail "target/lector.cmd is missing"
version=$(target/lector --version)
[ "$version" = "$(java -jar target/lector.jar --version)" ] || fail "--version differs: $version"
cmp -s <(target/lector order "$sample") <(java -jar target/lector.jar order "$sample") \
    || fail "order through the launcher differs from java -jar"
if [ -f target/lector.jsa ]; then
    shared=$(LECTOR_JAVA_OPTS="-Xlog:class+load=info" target/lector --version | grep -c "shared objects file" || true)
    [ "$shared" -gt 500 ] || fail "the archive is not used ($shared classes from it)"
    echo "launcher.sh: $shared classes of --version come from the archive"
else
    echo "launcher.sh: no archive here (this JVM made none); checking the plain launcher only"
fi
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp target/lector target/lector.jar "$copy/"
# An archive made for another jar: Java must ignore it, silently.
if [ -f target/lector.jsa ]; then
    cp target/lector.jsa "$copy/"
    printf 'x' >> "$copy/lector.jar.pad" && touch -d '2001-01-01' "$copy/lector.jar"
fi
out=$("$copy/lector" order "$sample" 2>"$copy/err")
[ -z "$(cat "$copy/err")" ] || fail "a mismatched archive printed: $(head -c 200 "$copy/err")"
[ "$(printf '%s\n' "$out" | head -1 | cut -f1)" = "title" ] || fail "the copied launcher did not read the sample"
rm -f "$copy/lector.jsa"
"$copy/lector" --version >/dev/null || fail "the launcher without an archive failed"
echo "launcher.sh: ok ($version)"
