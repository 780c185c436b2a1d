#!/usr/bin/env bash
# Fuzzes the Jazzer targets, one after the other, each for DURATION (default 10m).
#
#   tools/fuzz.sh [DURATION] [TARGET...]
#   tools/fuzz.sh 10m                                  # every target, 10 minutes each
#   tools/fuzz.sh 2m impl:dev.smtpstatus.fuzz.ReplyFuzzTest#replyReaderFeed
#
# A target is MODULE:CLASS#METHOD. Without JAZZER_FUZZ the same tests run in every build, once per
# input of their committed seed corpus (src/test/resources/**/<Class>Inputs/<method>/). Fuzzing keeps
# the inputs that found new coverage in MODULE/.cifuzz-corpus/ (not committed: copy the few worth
# keeping into the seed corpus) and a crashing input in the seed corpus directory, where it becomes a
# regression test at once. The JVM runs at the lowest priority: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-10m}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    impl:dev.smtpstatus.fuzz.CodeFuzzTest#enhancedStatusCodeParse
    impl:dev.smtpstatus.fuzz.CodeFuzzTest#replyCodeParse
    impl:dev.smtpstatus.fuzz.ReplyFuzzTest#smtpReplyParse
    impl:dev.smtpstatus.fuzz.ReplyFuzzTest#replyReaderFeed
    impl:dev.smtpstatus.fuzz.ReplyFuzzTest#formatterNeverInjectsALine
    cli:dev.smtpstatus.cli.ParseCommandFuzzTest#parseRawBytes
    dsn:dev.smtpstatus.dsn.fuzz.BounceFuzzTest#readBytes
  )
fi

status=0
for target in "${targets[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  echo "== fuzzing $test for $duration ($(date -u +%H:%M:%S) UTC)"
  start=$(date +%s)
  if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" nice -n 19 \
      mvn -B -ntp -o -pl "$module" -am test -Djazzer.instrument=true \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true; then
    echo "!! $test found a failing input (see above)"
    status=1
  fi
  echo "== $test: $(( $(date +%s) - start )) s in all"
done
exit $status
