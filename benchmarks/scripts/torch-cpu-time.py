#!/usr/bin/python3
"""The PyTorch peer measured in thread CPU time, so that its figures stay meaningful on a shared machine.

Loads the peer's own model definitions from torch_set_transformer.py (everything before its timing loop, so the model
is exactly the peer's), then on ONE thread (torch.set_num_threads(1); run with OPENBLAS_NUM_THREADS=1) prints:
  - inference CPU per session at batch 1, 64 and 512 (sessions per CPU-second = throughput per core);
  - the training step's CPU per session at batch 64;
  - FLOPs per session of the peer's forward pass and its achieved GFLOP/s;
  - a large sgemm's GFLOP/s: this core's practical single-thread peak.
Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 torch-cpu-time.py PEER_SCRIPT [SECONDS] [N]
(N: candidates per set instead of the peer's 50, every set padded to N as the peer pads to 50; the training-step
figure then sits beside SameDiffTrainingCpuTime's at the same set size.)"""
import sys, time
peer = sys.argv[1]
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
set_size = int(sys.argv[3]) if len(sys.argv) > 3 else None
src = open(peer).read()
src = src[:src.index("for b in (1, 64, 512):")]
sys.argv = [peer, "1"]
g = {"__name__": "peer"}
exec(compile(src, peer, "exec"), g)
torch, m, batch, F, D = g["torch"], g["m"], g["batch"], g["F"], g["D"]
if set_size:
    g["N"] = set_size  # batch() reads the peer's global N
N = g["N"]
torch.set_num_threads(1)

def cpu_loop(fn, seconds):
    for _ in range(3):
        fn()
    n = 0; t = time.thread_time(); w = time.perf_counter()
    while time.perf_counter() - w < seconds:
        fn(); n += 1
    return (time.thread_time() - t) / n

# per session, as the peer runs it (padded to N = 50): input F->D, per block Q,K,V,O (4 D x D), scores and weighted sum
# (2 * N * N * D), FF D->2D->D; head D->1. Multiply-adds count 2.
flops = 2 * N * F * D + 2 * (2 * N * 4 * D * D + 2 * 2 * N * N * D + 2 * 2 * N * D * 2 * D) + 2 * N * D
print(f"peer forward: {flops / 1e6:.3f} MFLOP per session")
m.eval()
with torch.inference_mode():
    for b in (1, 64, 512):
        x, pad, _ = batch(b)
        cpu = cpu_loop(lambda: torch.sigmoid(m(x, pad)), seconds)
        print(f"torch cpu infer batch={b}: {cpu / b * 1e6:.1f} us CPU per session, {b / cpu:.0f} sessions per CPU-second,"
              f" {flops * b / cpu / 1e9:.1f} GFLOP/s")
m.train(); opt = torch.optim.Adam(m.parameters(), 1e-3); lossf = torch.nn.BCEWithLogitsLoss(reduction='none')
x, pad, y = batch(64)
def step():
    opt.zero_grad(); l = lossf(m(x, pad), y); w = (~pad).float(); l = (l * w).sum() / w.sum(); l.backward(); opt.step()
cpu = cpu_loop(step, seconds * 2)
print(f"torch cpu train batch=64: {cpu / 64 * 1e6:.1f} us CPU per session, {64 / cpu:.0f} sessions per CPU-second")
a = torch.randn(1024, 1024); bb = torch.randn(1024, 1024); c = torch.empty(1024, 1024)
cpu = cpu_loop(lambda: torch.mm(a, bb, out=c), seconds)
print(f"sgemm 1024^3 one thread: {2 * 1024 ** 3 / cpu / 1e9:.1f} GFLOP/s per CPU-second (this core's practical peak)")
