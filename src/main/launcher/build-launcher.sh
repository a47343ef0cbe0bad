#!/bin/bash
# Run by `mvn package` after the jar is built: puts the launchers beside target/lector.jar and
# builds target/lector.jsa, an AppCDS archive of the classes real runs load (the command line on
# the bundled sample and a saved page and, when there is a display, the window). Without the
# archive the launcher still works, only slower to start; a failure here never fails the build.
set -u
target=$(cd "$1" && pwd -P)
source_dir=$(cd "$(dirname "$0")" && pwd -P)
jar="$target/lector.jar"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cp "$source_dir/lector" "$source_dir/lector.cmd" "$target/"
chmod +x "$target/lector"
rm -f "$target/lector.jsa"
[ -f "$jar" ] || { echo "build-launcher: no $jar" >&2; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample="$source_dir/../resources/org/lector/niger-airbase.txt"
cat > "$work/page.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cycle lanes approved - The Daily Planet</title>
<meta property="og:title" content="Cycle lanes approved"><script type="application/ld+json">
{"@type":"NewsArticle","headline":"Cycle lanes approved","author":{"name":"Maria Okafor"},"datePublished":"2026-01-14"}
</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Cycle lanes approved</h1>
<p>The council voted on Tuesday to approve a network of protected cycle lanes, ending a dispute, officials said.</p>
<blockquote><p>"It is a good day for the city," the mayor said, after a long and divisive debate.</p></blockquote>
<p>Work on the first lanes will begin in the spring and finish within two years, the council said.</p></article>
<footer>© 2026 The Daily Planet</footer></body></html>
HTML
run() {
    local name=$1
    shift
    timeout 60 "$java" -XX:DumpLoadedClassList="$work/$name.classlist" -Djava.awt.headless="${HEADLESS:-true}" \
        -Dlector.settings="$work/settings" -cp "$jar" org.lector.Lector "$@" >/dev/null 2>&1 || true
}
run version --version
run order order "$sample"
run html order "$work/page.html"
run summary summary "$sample"
run script script "$sample"
if [ -n "${DISPLAY:-}" ]; then
    # The window, closed by itself a moment after it shows the article and loads the voice.
    timeout 60 "$java" -XX:DumpLoadedClassList="$work/window.classlist" \
        -Dlector.settings="$work/settings" -Dlector.quitWhenShown=true -cp "$jar" org.lector.Lector >/dev/null 2>&1 || true
fi
cat "$work"/*.classlist 2>/dev/null | sort -u > "$work/all.classlist"
# Kept for the Debian package, whose archive is made on the machine it is installed on.
cp "$work/all.classlist" "$target/lector.classlist"
if "$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classlist" -XX:SharedArchiveFile="$target/lector.jsa" \
        -cp "$jar" >"$work/dump.log" 2>&1; then
    echo "build-launcher: $target/lector and an AppCDS archive of $(wc -l < "$work/all.classlist") classes"
else
    rm -f "$target/lector.jsa"
    echo "build-launcher: no AppCDS archive (this JVM could not make one); $target/lector runs without it" >&2
fi
exit 0
