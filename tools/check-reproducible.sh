#!/usr/bin/env bash
# Builds the working tree twice, each time from a fresh copy with no target/ directories, and
# compares every jar the two builds made (main, -sources, -javadoc, the CLI's executable jar) byte
# for byte. Exit 0: reproducible; 1: a jar differs (the script names it and the entries that
# differ); 2: a build failed.
#
#   tools/check-reproducible.sh            # offline (-o) by default
#   MVN_FLAGS= tools/check-reproducible.sh # online
#
# project.build.outputTimestamp in the root pom fixes the time stamps inside the jars
# (docs/decisions/0600-release-artifacts.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
flags=${MVN_FLAGS--o}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for run in 1 2; do
  mkdir -p "$work/$run"
  # Tracked and new files, as they are in the working tree; nothing ignored (no target/).
  (cd "$root" && git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
    xargs -0 cp --parents -t "$work/$run")
  echo "build $run of 2 in $work/$run"
  if ! (cd "$work/$run" && mvn -B -ntp -q $flags package -Dmaven.test.skip=true \
      -Dinvoker.skip=true >"$work/build-$run.log" 2>&1); then
    tail -40 "$work/build-$run.log"
    echo "check-reproducible: build $run failed" >&2
    exit 2
  fi
done

status=0
count=0
while IFS= read -r jar; do
  other="$work/2/${jar#"$work/1/"}"
  count=$((count + 1))
  if [ ! -f "$other" ]; then
    echo "only in build 1: ${jar#"$work/1/"}"
    status=1
  elif ! cmp -s "$jar" "$other"; then
    echo "differs: ${jar#"$work/1/"}"
    diff <(unzip -lv "$jar" | awk '{print $7, $8}') <(unzip -lv "$other" | awk '{print $7, $8}') |
      head -20 || true
    status=1
  fi
done < <(find "$work/1" -path '*/target/*' -name '*.jar' -not -path '*/consumer-repo/*' | sort)

if [ "$count" -eq 0 ]; then
  echo "check-reproducible: no jar was built" >&2
  exit 2
fi
if [ "$status" -eq 0 ]; then
  echo "check-reproducible: $count jars, byte-identical in two clean builds"
fi
exit "$status"
