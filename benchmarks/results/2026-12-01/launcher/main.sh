#!/bin/sh
# The launcher against plain java -jar: actionplan demo (32 files) cold, Temurin 25.
cd /tmp/lb/bench
D=/work/wt/launcher/benchmarks/results/2026-12-01/launcher
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ACTIONPLAN_CACHE=/tmp/lb/bench/cache
J=$JAVA_HOME/bin/java
uptime > $D/load.txt
hyperfine -w 2 -r 20 -N --export-json $D/cli-launcher.json \
  -n 'java -jar lib/actionplan.jar demo' "$J -jar actionplan-0.1.0-SNAPSHOT/lib/actionplan.jar demo --out /tmp/lb/bench/m1" \
  -n 'bin/actionplan demo' "actionplan-0.1.0-SNAPSHOT/bin/actionplan demo --out /tmp/lb/bench/m2" > $D/cli-launcher.txt 2>&1
uptime >> $D/load.txt
