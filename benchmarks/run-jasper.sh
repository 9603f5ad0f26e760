#!/usr/bin/env bash
# actionplan's summary report against JasperReports 7 (issue 20), as BENCHMARKS.md reports it:
# time per report (JMH, both in the same JVM) and the smallest heap that completes (child JVMs).
# Build first, from the repository root:
#   mvn -q -DskipTests package
# then:
#   bash benchmarks/run-jasper.sh time     # JMH: 3 formats x 1k, 10k and 100k rows
#   bash benchmarks/run-jasper.sh cpu      # the same renders outside JMH, with each one's thread CPU time
#   bash benchmarks/run-jasper.sh heap     # HeapCheck --ladder at 1k, 10k and 100k rows
# On a busy machine the CPU times are the steadier measure; the heap ladder's times are not results.
# Results go to $OUT (default benchmarks/results/DATE), with the load average before each step.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="${JAR:-benchmarks/target/benchmarks.jar}"
OUT="${OUT:-benchmarks/results/$(date +%F)}"
RENDER_JVM="-Xms6g -Xmx6g -Djava.awt.headless=true -Dlog4j2.statusLoggerLevel=OFF"
mkdir -p "$OUT"
load() { echo "$(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) before $1" | tee -a "$OUT/jasper-load.txt"; }

case "${1:-time}" in
  time)
    load jasper-small
    "$JAVA" -jar "$JAR" JasperBenchmark -p rows=1000,10000 -wi 2 -i 3 -prof gc -jvmArgsAppend "$RENDER_JVM" \
        -rf json -rff "$OUT/jasper-small.json" | tee "$OUT/jasper-small.txt"
    load jasper-100k
    "$JAVA" -jar "$JAR" JasperBenchmark -p rows=100000 -wi 1 -i 2 -prof gc -jvmArgsAppend "$RENDER_JVM" \
        -rf json -rff "$OUT/jasper-100k.json" | tee "$OUT/jasper-100k.txt"
    load done-time
    ;;
  cpu)
    for rows in 1000 10000 100000; do
      for format in xlsx docx pdf; do
        load "jasper-cpu-$format-$rows"
        # 100k rows: 3 rounds after none to warm up (the JIT's share of a render that long is small).
        if [ "$rows" = 100000 ]; then rounds="3 0"; else rounds="5 2"; fi
        # shellcheck disable=SC2086
        "$JAVA" $RENDER_JVM -cp "$JAR" io.github.actionplan.benchmarks.JasperBenchmark "$format" "$rows" $rounds \
            | tee -a "$OUT/jasper-cpu-$((rows / 1000))k.txt"
      done
    done
    load done-cpu
    ;;
  heap)
    # Reports tiled from 1,000 rows, so that the heap holds the renderer's memory, not the plan's.
    load jasper-heap-1k
    "$JAVA" -cp "$JAR" io.github.actionplan.benchmarks.HeapCheck --ladder \
        xlsx:summary:1000:library:tiled xlsx:summary:1000:jasper:tiled \
        pdf:summary:1000:library:tiled pdf:summary:1000:jasper:tiled \
        docx:summary:1000:library:tiled docx:summary:1000:jasper:tiled | tee "$OUT/jasper-heap-1k.txt"
    load jasper-heap-10k
    "$JAVA" -cp "$JAR" io.github.actionplan.benchmarks.HeapCheck --ladder \
        xlsx:summary:10000:library:tiled xlsx:summary:10000:jasper:tiled \
        pdf:summary:10000:library:tiled pdf:summary:10000:jasper:tiled \
        docx:summary:10000:library:tiled docx:summary:10000:jasper:tiled | tee "$OUT/jasper-heap-10k.txt"
    load jasper-heap-100k
    # Jasper at 100k rows with its swap-file virtualizer, as its users run large reports.
    "$JAVA" -cp "$JAR" io.github.actionplan.benchmarks.HeapCheck --ladder \
        xlsx:summary:100000:library:tiled xlsx:summary:100000:jasper:tiled:swap \
        pdf:summary:100000:library:tiled pdf:summary:100000:jasper:tiled:swap \
        docx:summary:100000:library:tiled docx:summary:100000:jasper:tiled:swap | tee "$OUT/jasper-heap-100k.txt"
    load jasper-heap-100k-in-memory
    "$JAVA" -cp "$JAR" io.github.actionplan.benchmarks.HeapCheck --ladder \
        xlsx:summary:100000:jasper:tiled docx:summary:100000:jasper:tiled pdf:summary:100000:jasper:tiled \
        | tee "$OUT/jasper-heap-100k-in-memory.txt"
    load done-heap
    ;;
  *)
    echo "usage: run-jasper.sh time|cpu|heap" >&2
    exit 2
    ;;
esac
