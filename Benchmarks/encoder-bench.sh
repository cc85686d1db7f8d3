#!/usr/bin/env bash
# The sentence encoder's throughput (issue 17): sentences/s and word pieces/s of Brief's
# encoder over the NewsQA dev sentences, on its int8 path (the default) and its 32-bit one,
# on one core (taskset -c 0) and on all cores, beside
# sentence-transformers (PyTorch, one thread) on the same sentences and the same core, with
# the same weights (the installed model folder); and the fraction of the sgemm limit the
# encoder reaches: the FLOPs of its linear layers per piece × pieces/s ÷ OpenBLAS's one-core
# sgemm rate, measured here (brief-bench --phase sgemm: a 1024³ product as Brief loads
# OpenBLAS). Not run in CI.
#
# Usage: Benchmarks/encoder-bench.sh
#   ENCODER_BENCH_EVERY=N   every Nth sentence only (default 1: all 8,399)
#   ENCODER_BENCH_RUNS=N    N alternating runs of each one-core measurement, the best kept
#                           (default 1)
#   ENCODER_BENCH_CORE=N    the core of the one-core runs (default 0)
#   ENCODER_BENCH_VENV=DIR  the Python venv with torch and sentence-transformers (default
#                           ~/.cache/brief-encoder-bench/venv, made from PyPI when missing:
#                           PyPI's Linux torch wheel brings its CUDA libraries, about 3 GB
#                           once; the benchmark runs it on the CPU, one thread)
#   BRIEF_MODEL=DIR         the model folder (default ~/.local/share/brief/models/all-MiniLM-L6-v2)
# Rates are wall-clock; each line also gives the CPU-time rate, the figure to compare on a
# machine shared with other work (the ratios are given both ways).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
data="${BRIEF_DATA:-$root/../shared/data}/qa/newsqa-dev-docs.jsonl"
model="${BRIEF_MODEL:-${XDG_DATA_HOME:-$HOME/.local/share}/brief/models/all-MiniLM-L6-v2}"
venv="${ENCODER_BENCH_VENV:-$HOME/.cache/brief-encoder-bench/venv}"
every="${ENCODER_BENCH_EVERY:-1}"
runs="${ENCODER_BENCH_RUNS:-1}"
core="${ENCODER_BENCH_CORE:-0}"
[ -f "$model/model.safetensors" ] || { echo "no model in $model (.ci/install-model)" >&2; exit 2; }
[ -f "$data" ] || { echo "no $data" >&2; exit 2; }

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import sentence_transformers" 2>/dev/null; then
  echo "setting up torch and sentence-transformers in $venv (once)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q torch sentence-transformers >&2
fi

swift build -c release --product brief >/dev/null
swift build -c release --product brief-bench >/dev/null
bin="$(swift build -c release --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bin/brief" split --format jsonl "$data" >"$work/split.jsonl"
python3 - "$work/split.jsonl" "$work/sentences.txt" "$every" <<'PY'
import json, sys
source, target, every = sys.argv[1], sys.argv[2], int(sys.argv[3])
sentences = [" ".join(s.split()) for line in open(source) for s in json.loads(line)["sentences"]]
sentences = [s for s in sentences if s][::every]
open(target, "w").write("".join(s + "\n" for s in sentences))
PY

cat >"$work/st.py" <<'PY'
# sentence-transformers on the sentences, one thread: all-MiniLM-L6-v2 from the model folder
# (its Transformer, mean pooling and normalization), batches of 32 as encode() makes them.
import json, os, sys, time
import torch
torch.set_num_threads(1)
torch.set_num_interop_threads(1)
from sentence_transformers import SentenceTransformer, models
path, folder = sys.argv[1], sys.argv[2]
sentences = [line.rstrip("\n") for line in open(path, encoding="utf-8")]
model = SentenceTransformer(
    modules=[models.Transformer(folder, max_seq_length=256), models.Pooling(384, "mean"),
             models.Normalize()], device="cpu")
model.encode(sentences[:64], batch_size=32)
wall, cpu = time.perf_counter(), time.process_time()
model.encode(sentences, batch_size=32)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print(json.dumps({"sentences": len(sentences), "seconds": wall, "cpu_seconds": cpu}))
PY

one_core() {
  BRIEF_ENCODER_PRECISION="$1" taskset -c "$core" "$bin/brief-bench" --phase encoder -- \
    "$work/sentences.txt" 1 --model "$model" >>"$work/brief-$1.jsonl"
}
peer() {
  taskset -c "$core" "$venv/bin/python" "$work/st.py" "$work/sentences.txt" "$model" 2>/dev/null \
    | tail -n 1 >>"$work/st.jsonl"
}
# The three in turn, each run starting one further on, so that none always follows another.
order=(int8 fp32 peer)
for run in $(seq "$runs"); do
  for step in 0 1 2; do
    what="${order[$(((run - 1 + step) % 3))]}"
    if [ "$what" = peer ]; then peer; else one_core "$what"; fi
  done
done
cores="$(nproc)"
"$bin/brief-bench" --phase encoder -- "$work/sentences.txt" "$cores" --model "$model" >"$work/all.json"
taskset -c "$core" "$bin/brief-bench" --phase sgemm -- "$model" >"$work/sgemm.json"

python3 - "$work" "$cores" <<'PY'
import json, sys
work, cores = sys.argv[1], int(sys.argv[2])
def best(path):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    return min(rows, key=lambda r: r["seconds"]), min(rows, key=lambda r: r["cpu_seconds"])
(brief, brief_cpu), (st, st_cpu) = best(f"{work}/brief-int8.jsonl"), best(f"{work}/st.jsonl")
fp32, fp32_cpu = best(f"{work}/brief-fp32.jsonl")
every = json.load(open(f"{work}/all.json"))
sgemm = json.load(open(f"{work}/sgemm.json"))
n, pieces = brief["sentences"], brief["tokens"]
# all-MiniLM-L6-v2's linear layers, per piece: 6 layers of query, key, value and output
# (4 · 384²) and the feed-forward pair (2 · 384 · 1536) multiply-adds, 2 FLOPs each.
flops = 6 * 2 * (4 * 384 * 384 + 2 * 384 * 1536)
def line(name, sentences, seconds, cpu):
    print(f"{name:<44} {sentences / seconds:8.1f} sentences/s {pieces / seconds:9.0f} pieces/s"
          f" ({seconds:.1f} s; CPU time {cpu:.1f} s: {sentences / cpu:6.1f} sentences/s)")
print(f"{n} NewsQA dev sentences, {pieces} word pieces with [CLS] and [SEP]"
      f" ({pieces / n:.1f} a sentence)")
line("Brief encoder int8, one core", n, brief["seconds"], brief_cpu["cpu_seconds"])
line("Brief encoder fp32, same core", n, fp32["seconds"], fp32_cpu["cpu_seconds"])
line("sentence-transformers, same core, 1 thread", st["sentences"], st["seconds"], st_cpu["cpu_seconds"])
line(f"Brief encoder int8, all {cores} cores", n, every["seconds"], every["cpu_seconds"])
for name, row, cpu in (("int8", brief, brief_cpu), ("fp32", fp32, fp32_cpu)):
    print(f"one core: Brief {name} / sentence-transformers = {st['seconds'] / row['seconds']:.2f}x"
          f" (CPU time: {st_cpu['cpu_seconds'] / cpu['cpu_seconds']:.2f}x)")
print(f"one core: int8 / fp32 = {fp32['seconds'] / brief['seconds']:.2f}x"
      f" (CPU time: {fp32_cpu['cpu_seconds'] / brief_cpu['cpu_seconds']:.2f}x)")
print(f"all cores / one core = {brief['seconds'] / every['seconds']:.2f}x")
limit = sgemm["limit_gflops"]
for name, seconds in (("wall", fp32["seconds"]), ("CPU", fp32_cpu["cpu_seconds"])):
    reached = flops * pieces / seconds / 1e9
    print(f"sgemm limit ({name} time): {flops / 1e6:.1f} MFLOP a piece x {pieces / seconds:.0f} pieces/s"
          f" = {reached:.1f} GFLOP/s of {limit:.1f} (one core, 1024^3) = {100 * reached / limit:.0f} % (fp32)")
PY
