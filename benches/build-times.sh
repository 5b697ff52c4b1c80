#!/usr/bin/env bash
# Build-time, expansion-time, binary-size and machine-code comparisons for BENCHMARKS.md.
# Run from anywhere; takes about 10 minutes on 2 cores (RUNS clean builds of each variant).
#
#   bash benches/build-times.sh            # RUNS=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; [ -f "$tmp.spec" ] && mv "$tmp.spec" spec/amazon-pay-errors.yaml' EXIT

now_ms() { python3 -c 'import time; print(int(time.time()*1000))'; }
# Median of the numbers on stdin.
median() { python3 -c 'import sys,statistics; print(statistics.median(float(x) for x in sys.stdin.read().split()))'; }
# Seconds a clean build takes: $1 = a fresh target dir, the rest = the cargo command.
clean_build() {
  local target=$1; shift
  local start end
  start=$(now_ms)
  CARGO_TARGET_DIR=$target "$@" >/dev/null 2>&1
  end=$(now_ms)
  python3 -c "print(($end - $start) / 1000)"
}

echo "# machine: $(nproc) cores, $(uname -m), $(rustc --version), $(date -u +%Y-%m-%d)"
cargo fetch -q
cargo fetch -q --manifest-path benches/Cargo.toml

echo
echo "## Clean builds (median of $runs, seconds)"
cargo run -q --offline --manifest-path benches/Cargo.toml --bin write-strum-crate "$tmp/strum" 2>&1
(cd "$tmp/strum" && cargo generate-lockfile --offline -q 2>/dev/null || cargo generate-lockfile -q)
default=$(for i in $(seq "$runs"); do clean_build "$tmp/t-default-$i" cargo build --offline -p amzpay-errors; done | median)
minimal=$(for i in $(seq "$runs"); do clean_build "$tmp/t-min-$i" cargo build --offline -p amzpay-errors --no-default-features; done | median)
strum=$(for i in $(seq "$runs"); do clean_build "$tmp/t-strum-$i" cargo build --offline --manifest-path "$tmp/strum/Cargo.toml"; done | median)
echo "amzpay-errors, default features: $default"
echo "amzpay-errors, --no-default-features: $minimal"
echo "strum 0.28 crate with the same enums: $strum"
python3 -c "print(f'ratio default / strum: {$default/$strum:.2f}'); print(f'ratio no-default / strum: {$minimal/$strum:.2f}')"

echo
echo "## Where a default clean build goes (cargo build --timings)"
CARGO_TARGET_DIR="$tmp/t-timings" cargo build -q --offline -p amzpay-errors --timings >/dev/null 2>&1
python3 - "$tmp/t-timings/cargo-timings/cargo-timing.html" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
total = max(u["start"] + u["duration"] for u in units)
print(f"wall {total:.1f} s; per unit (compile seconds, share of the summed unit time):")
summed = sum(u["duration"] for u in units)
for u in sorted(units, key=lambda u: -u["duration"])[:15]:
    print(f"  {u['name']:<28} {u['version']:<10} {u['duration']:6.2f} s  {100*u['duration']/summed:5.1f} %")
PY

echo
echo "## Rebuild after a one-line spec edit"
CARGO_TARGET_DIR="$tmp/t-default-1" cargo build -q --offline -p amzpay-errors
cp spec/amazon-pay-errors.yaml "$tmp.spec"
sed -i '0,/description: "Amazon Pay hit an unexpected condition/s//description: "Amazon Pay (edited) hit an unexpected condition/' spec/amazon-pay-errors.yaml
start=$(now_ms)
recompiled=$(CARGO_TARGET_DIR="$tmp/t-default-1" cargo build --offline -p amzpay-errors 2>&1 | grep -E "^\s*Compiling" | sed 's/^ *//' | tr '\n' ';')
end=$(now_ms)
mv "$tmp.spec" spec/amazon-pay-errors.yaml
python3 -c "print(f'rebuild: {($end-$start)/1000:.2f} s; recompiled: $recompiled')"

echo
echo "## Expansion time as a dependent gets it (generator at opt-level 0)"
cargo run -q --offline --manifest-path benches/Cargo.toml --bin expansion-time

echo
echo "## Release binary sizes (stripped, bytes)"
cargo build -q --offline --release --manifest-path benches/Cargo.toml --bins
bin=benches/target/release
for b in size-baseline size-amzpay size-strum size-catalogue; do
  cp "$bin/$b" "$tmp/$b" && strip "$tmp/$b"
done
base=$(stat -c %s "$tmp/size-baseline")
for b in size-amzpay size-strum size-catalogue; do
  s=$(stat -c %s "$tmp/$b")
  echo "$b: $s (+$((s - base)) over a program with no enum)"
done

echo
echo "## Machine code of the accessors (conditional jumps in each function)"
objdump -d --no-show-raw-insn "$bin/inspect" > "$tmp/inspect.s"
for f in inspect_as_str inspect_description inspect_is_retryable inspect_buyer_message; do
  python3 - "$tmp/inspect.s" "$f" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
name = sys.argv[2]
m = re.search(rf"<{name}>:\n(.*?)\n\n", text, re.S)
body = m.group(1).splitlines() if m else []
jumps = [l for l in body if re.search(r"\tj(?!mp)[a-z]+ ", l)]
print(f"{name}: {len(body)} instructions, {len(jumps)} conditional jumps")
PY
done
