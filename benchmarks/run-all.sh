#!/usr/bin/env bash
# Runs every benchmark as BENCHMARKS.md reports them, then prints the tables.
# Build first, from the repository root:
#   mvn -q -DskipTests package
# then:
#   bash benchmarks/run-all.sh            # about 45 minutes on 2 cores
# Results go to benchmarks/results/*.json (JMH JSON) and benchmarks/results/*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="${JAR:-benchmarks/target/benchmarks.jar}"
OUT="${OUT:-benchmarks/results}"
# -jvmArgsAppend on the command line replaces the @Fork annotation's, so the renderers' heap is
# repeated here with the option that quiets log4j's "no provider" line.
RENDER_JVM="-Xms6g -Xmx6g -Djava.awt.headless=true -Dlog4j2.statusLoggerLevel=OFF"
mkdir -p "$OUT"
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg) before $1" | tee -a "$OUT/load.txt"; }

load core
"$JAVA" -jar "$JAR" 'RulesBenchmark|JsonBenchmark' -prof gc -rf json -rff "$OUT/core.json" | tee "$OUT/core.txt"
load rules-one-core
# The whole JVM (JIT and GC threads too) on one CPU, its heap set here for the same reason as below.
taskset -c 1 "$JAVA" -jar "$JAR" RulesBenchmark -p subActions=1000000 -f 1 -wi 3 -i 5 \
    -jvmArgsAppend "-XX:ActiveProcessorCount=1 -Xms6g -Xmx6g" -rf json -rff "$OUT/rules-one-core.json" | tee "$OUT/rules-one-core.txt"
load render-small
"$JAVA" -jar "$JAR" '(Docx|Xlsx|Pdf|Html)Benchmark' -p rows=1000,10000 -prof gc -jvmArgsAppend "$RENDER_JVM" \
    -rf json -rff "$OUT/render-small.json" | tee "$OUT/render-small.txt"
load render-100k
"$JAVA" -jar "$JAR" '(Docx|Xlsx|Pdf|Html)Benchmark' -p rows=100000 -wi 1 -i 3 -prof gc -jvmArgsAppend "$RENDER_JVM" \
    -rf json -rff "$OUT/render-100k.json" | tee "$OUT/render-100k.txt"
load workbook
# The update workbook (issue 13) runs in the 256 MB heap its @Fork declares.
"$JAVA" -jar "$JAR" WorkbookBenchmark -p subActions=10000 -rf json -rff "$OUT/workbook-10k.json" | tee "$OUT/workbook-10k.txt"
"$JAVA" -jar "$JAR" WorkbookBenchmark -p subActions=100000 -wi 1 -i 3 -rf json -rff "$OUT/workbook-100k.json" \
    | tee "$OUT/workbook-100k.txt"
load done
"$JAVA" -cp "$JAR" io.github.actionplan.benchmarks.ResultsTable "$OUT"/core.json "$OUT"/render-small.json \
    "$OUT"/render-100k.json | tee "$OUT/tables.md"
