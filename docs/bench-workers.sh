#!/usr/bin/env bash
# Throughput of sitrep workers on this machine: for each worker count in
# $WORKERS (default "1 2 4"), a fresh PostgreSQL schema and NATS queue, N
# generated reports (default 50000, varied from the shared corpora by
# 'sitrep generate') published, and that many workers (-j 1 each) taking
# them for $WINDOW seconds (0: until the queue is empty). Prints
# documents stored, seconds and documents/s, and each worker's time spent
# extracting and storing. Run from the repository root, with ../shared
# beside it and SITREP_TEST_POSTGRES / SITREP_TEST_NATS set (.ci/run's
# values). KEEP=1 keeps the schemas (bench_wN) for comparing end states.
# BIN=path runs that binary instead of building one (to alternate two
# builds); PREFIX=name names the schemas and queues name_wN instead of
# bench_wN, and the files /tmp/name-* instead of /tmp/sitrep-bench-*.
set -euo pipefail
: "${SITREP_TEST_POSTGRES:?set SITREP_TEST_POSTGRES}" "${SITREP_TEST_NATS:?set SITREP_TEST_NATS}"
N="${N:-50000}"; WORKERS="${WORKERS:-1 2 4}"; WINDOW="${WINDOW:-0}"
tmp="/tmp/${PREFIX:-sitrep-bench}"; corpus="$tmp-$N.jsonl"
bin="${BIN:-}"
if [ -z "$bin" ]; then bin="$tmp"; go build -o "$bin" ./cmd/sitrep; fi
[ -s "$corpus" ] || "$bin" generate -n "$N" ../shared/corpus/*/docs.jsonl > "$corpus"
sep='?'; case "$SITREP_TEST_POSTGRES" in *\?*) sep='&';; esac
for w in $WORKERS; do
  schema="${PREFIX:-bench}_w$w"
  psql -q "$SITREP_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS $schema CASCADE" -c "CREATE SCHEMA $schema" 2>/dev/null
  db="$SITREP_TEST_POSTGRES${sep}search_path=$schema,public"
  "$bin" ingest -q --db "$db" /dev/null 2>/dev/null || true   # make the tables before the clock starts
  start=$(date +%s.%N)
  "$bin" ingest --nats "$SITREP_TEST_NATS" --queue "$schema" "$corpus"
  published=$(date +%s.%N)
  pids=()
  for i in $(seq "$w"); do
    "$bin" worker --nats "$SITREP_TEST_NATS" --queue "$schema" --db "$db" -j 1 --once 2>"$tmp-w$w-$i.log" & pids+=($!)
  done
  if [ "$WINDOW" -gt 0 ]; then sleep "$WINDOW"; kill -TERM "${pids[@]}"; fi
  wait "${pids[@]}" || true
  end=$(date +%s.%N)
  docs=$(psql -Atc "SELECT count(*) FROM $schema.documents" "$SITREP_TEST_POSTGRES")
  awk -v w="$w" -v d="$docs" -v p="$(echo "$published - $start" | bc)" -v s="$(echo "$end - $published" | bc)" \
    'BEGIN { printf "workers %d: published in %.1f s; %d documents stored in %.1f s: %.1f documents/s\n", w, p, d, s, d / s }'
  tail -qn1 "$tmp-w$w"-*.log
  [ -n "${KEEP:-}" ] || psql -q "$SITREP_TEST_POSTGRES" -c "DROP SCHEMA $schema CASCADE" 2>/dev/null
  "$bin" status --nats "$SITREP_TEST_NATS" --queue "$schema" --delete >/dev/null
done
