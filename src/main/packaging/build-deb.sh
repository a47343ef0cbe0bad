#!/bin/bash
# mvn -Pdeb package: an app image and a .deb of Lector made with jpackage, in target/deb. The
# package installs to /opt/lector with its own Java runtime, puts lector on the PATH, a desktop
# entry with its icon and the formats Lector opens, and bash completion; its postinst makes the
# class-data archive for the runtime it installed (an archive only matches the exact runtime and
# jar paths it was made with), and prerm removes all that postinst made.
set -euo pipefail
target=$(cd "$1" && pwd -P)
# A Debian version has no "-SNAPSHOT".
version=${2%-SNAPSHOT}
here=$(cd "$(dirname "$0")" && pwd -P)
out="$target/deb"
rm -rf "$out"
mkdir -p "$out/input" "$out/resources"
cp "$target/lector.jar" "$out/input/"
if [ -f "$target/lector.classlist" ]; then
    cp "$target/lector.classlist" "$out/input/"
else
    : > "$out/input/lector.classlist"
fi
java -cp "$target/lector.jar" org.lector.cli.Completion > "$out/input/lector.bash"
cp "$here/lector.desktop" "$out/resources/lector.desktop"
cp "$here/postinst" "$here/prerm" "$out/resources/"
cp "$here/lector-256.png" "$out/resources/lector.png"
common=(--name lector --app-version "$version" --vendor "Lector" --input "$out/input" --main-jar lector.jar
    --main-class org.lector.Lector --icon "$here/lector-256.png"
    --description "Accessible article reader: clean reading order, summary and speech"
    --java-options -XX:TieredStopAtLevel=1 --java-options -XX:+UseSerialGC --java-options -XX:MaxNewSize=16m --java-options -Xms24m --java-options -Xshare:auto
    --java-options '-XX:SharedArchiveFile=$APPDIR/lector.jsa'
    # jpackage's own jlink options less --strip-native-commands: postinst needs the runtime's java.
    --jlink-options "--strip-debug --no-man-pages --no-header-files")
jpackage --type app-image --dest "$out/image" "${common[@]}"
jpackage --type deb --dest "$out" --resource-dir "$out/resources" --linux-shortcut --linux-menu-group "AudioVideo;Accessibility;Education" \
    --linux-app-category utils "${common[@]}" 2>&1 | grep -v '^$' || true
ls "$out"/*.deb >/dev/null 2>&1 || { echo "build-deb: jpackage made no .deb" >&2; exit 1; }
echo "build-deb: $(ls "$out"/*.deb)"
