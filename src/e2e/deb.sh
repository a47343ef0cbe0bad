#!/usr/bin/env bash
# The Debian package as a person meets it (run as root, after `mvn -Pdeb package`): installs
# target/deb/lector_*.deb with apt (which brings what it depends on), checks the desktop entry,
# runs `lector --version` and `lector order` from the PATH, opens a file through the desktop
# entry's command, removes the package and checks nothing is left. Exits non-zero on a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "deb.sh: FAIL: $*" >&2; exit 1; }
deb=$(ls target/deb/lector_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no target/deb/lector_*.deb (run mvn -Pdeb package first)"
sample=$(pwd)/src/main/resources/org/lector/niger-airbase.txt
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=300 install -y -q "./$deb" >/dev/null
command -v lector >/dev/null || fail "lector is not on the PATH"
version=$(lector --version)
[ "$version" = "Lector 0.1.0-SNAPSHOT" ] || [ "${version#Lector }" != "$version" ] || fail "version: $version"
[ "$(lector order "$sample" | head -1 | cut -f1)" = "title" ] || fail "lector order did not read the sample"
desktop=/opt/lector/lib/lector-lector.desktop
[ -f "$desktop" ] || fail "no desktop entry"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "the desktop entry is not valid"
fi
grep -q '^MimeType=.*application/epub+zip' "$desktop" || fail "the desktop entry does not name EPUB"
[ -f /opt/lector/lib/lector.png ] || fail "no icon"
ls /usr/share/applications/*lector*.desktop >/dev/null 2>&1 || fail "the menu entry was not installed"
[ -f /opt/lector/lib/app/lector.jsa ] || fail "postinst made no class-data archive"
# The archive matches the installed runtime and jar: the launcher's own options, with class loading logged.
shared=$(/opt/lector/lib/runtime/bin/java -Xshare:auto -XX:SharedArchiveFile=/opt/lector/lib/app/lector.jsa \
    -Xlog:class+load=info -cp /opt/lector/lib/app/lector.jar org.lector.Lector --version | grep -c "shared objects file" || true)
[ "$shared" -gt 500 ] || fail "the archive postinst made does not match the installed runtime ($shared classes from it)"
echo "deb.sh: $shared classes of lector --version come from the archive postinst made"
# The desktop entry's command on a file, with no display: the reading order, as the README says.
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
out=$(env -u DISPLAY ${exec_line%% *} "$sample" 2>/dev/null | head -1 | cut -f1)
[ "$out" = "title" ] || fail "the desktop entry's command did not open the file"
apt-get -o DPkg::Lock::Timeout=300 remove -y -q lector >/dev/null
[ ! -e /opt/lector ] || fail "/opt/lector is left after removal: $(find /opt/lector | head -5)"
[ ! -e /usr/bin/lector ] || fail "/usr/bin/lector is left after removal"
[ ! -e /usr/share/bash-completion/completions/lector ] || fail "the completion is left after removal"
echo "deb.sh: ok ($version; installed, ran, opened a file, removed cleanly)"
