#!/usr/bin/env bash
# Start-up and footprint, side by side with floors measured in the same run, so the figures mean
# something on a busy machine: a Java "hello", a bare Swing JFrame's time to show, then Lector's
# commands through target/lector, the window's time to the article, and export against flite
# (when installed) on the same text. Medians of RUNS (default 5) runs, the runs alternating.
# Needs `mvn package` first; the window rows need a display (run under xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
sample=src/main/resources/org/lector/niger-airbase.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello"
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
cat > "$work/FrameHello.java" <<'JAVA'
import javax.swing.*;
public class FrameHello {
    public static void main(String[] a) {
        SwingUtilities.invokeLater(() -> {
            JFrame f = new JFrame("hello");
            f.add(new JLabel("Hello"));
            f.setSize(300, 200);
            f.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override public void windowOpened(java.awt.event.WindowEvent e) {
                    long t = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("shown " + t);
                    System.exit(0);
                }
            });
            f.setVisible(true);
        });
    }
}
JAVA
javac -d "$work/hello" "$work/Hello.java" "$work/FrameHello.java"

# cpu NAME COMMAND...: records user+system seconds and peak RSS (kB) of one run.
cpu() {
    local name=$1
    shift
    /usr/bin/time -f "%U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    awk -v n="$name" '{printf "%s %.3f %d\n", n, $1 + $2, $3}' "$work/t" >> "$work/cpu"
}
: > "$work/cpu"
: > "$work/shown"
for ((i = 0; i < runs; i++)); do
    cpu hello java -cp "$work/hello" Hello
    cpu version target/lector --version
    cpu order target/lector order "$sample"
    cpu summary target/lector summary "$sample"
    cpu script target/lector script "$sample"
    cpu export target/lector export "$sample" --out "$work/lector.wav" --force
    if command -v flite >/dev/null 2>&1; then
        cpu flite flite -voice kal16 -f "$sample" -o "$work/flite.wav"
    fi
    if [ -n "${DISPLAY:-}" ]; then
        java -cp "$work/hello" FrameHello | awk '{print "frame", $2}' >> "$work/shown"
        LECTOR_JAVA_OPTS="-Dlector.timing=true -Dlector.quitWhenShown=true -Dlector.settings=$work/settings" \
            target/lector 2>&1 | awk '/article shown after/ {print "window", $(NF-1)}' >> "$work/shown"
    fi
done
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
of() { awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$3" | median; }
hello=$(of hello 2 "$work/cpu")
printf '| what | CPU (s) | × hello | peak RSS (MB) |\n| --- | --- | --- | --- |\n'
for name in hello version order summary script export flite; do
    grep -q "^$name " "$work/cpu" || continue
    c=$(of "$name" 2 "$work/cpu")
    m=$(of "$name" 3 "$work/cpu")
    awk -v n="$name" -v c="$c" -v h="$hello" -v m="$m" 'BEGIN {printf "| %s | %.3f | %.1f | %.0f |\n", n, c, c / h, m / 1024}'
done
if [ -s "$work/shown" ]; then
    frame=$(of frame 2 "$work/shown")
    window=$(of window 2 "$work/shown")
    awk -v f="$frame" -v w="$window" 'BEGIN {printf "\n| time to show | ms | × bare JFrame |\n| --- | --- | --- |\n| bare Swing JFrame | %d | 1.0 |\n| Lector window, article shown | %d | %.1f |\n", f, w, w / f}'
fi
if grep -q "^flite " "$work/cpu"; then
    awk -v l="$(of export 2 "$work/cpu")" -v f="$(of flite 2 "$work/cpu")" 'BEGIN {printf "\nexport CPU %.2f× flite -voice kal16 on the sample\n", l / f}'
fi
