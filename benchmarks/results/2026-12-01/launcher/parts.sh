#!/bin/sh
# What each half of the launcher gives: the archive alone, C1 alone (fewer runs).
cd /tmp/lb/bench
D=/work/wt/launcher/benchmarks/results/2026-12-01/launcher
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ACTIONPLAN_CACHE=/tmp/lb/bench/cache
J=$JAVA_HOME/bin/java
uptime > $D/load-parts.txt
hyperfine -w 1 -r 5 -N --export-json $D/cli-launcher-parts.json \
  -n 'java -XX:TieredStopAtLevel=1 -jar lib/actionplan.jar demo' "$J -XX:TieredStopAtLevel=1 -jar actionplan-0.1.0-SNAPSHOT/lib/actionplan.jar demo --out /tmp/lb/bench/p1" \
  -n 'ACTIONPLAN_OPTS=-XX:TieredStopAtLevel=4 bin/actionplan demo (archive, C2 on)' "env ACTIONPLAN_OPTS=-XX:TieredStopAtLevel=4 actionplan-0.1.0-SNAPSHOT/bin/actionplan demo --out /tmp/lb/bench/p2" > $D/cli-launcher-parts.txt 2>&1
uptime >> $D/load-parts.txt
