#!/bin/bash
# Instruction counts of the reader and of the line-end count, immune to a busy machine
# (benchmarks/README.md, issue 11). Usage:
#   javac -cp CLASSPATH -d /tmp/cg Harness.java
#   ./cg.sh CLASSPATH:/tmp/cg reader|scan CHUNK WARMUP M TAG
# Runs the harness under callgrind twice, with M and 2M measured operations after WARMUP, and
# prints the instructions of the main thread (file suffix -02); (Ir(2M) - Ir(M)) / M is the cost of
# one operation in steady state. -Xbatch compiles in the foreground, so the warm-up ends compiled.
CP=$1; MODE=$2; CHUNK=$3; W=$4; M=$5; TAG=$6
for n in $M $((2*M)); do
  out=/tmp/cg.$TAG.$MODE.$CHUNK.$n
  rm -f $out*
  valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file=$out --smc-check=all-non-file \
    java -XX:+UseSerialGC -Xms256m -Xmx256m -Xbatch -cp "$CP" Harness $MODE $CHUNK $W $n >/dev/null 2>&1
  echo "$MODE $CHUNK n=$n main-thread Ir: $(grep -m1 '^summary:' $out-02 | awk '{print $2}')"
done
