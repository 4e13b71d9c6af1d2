#!/usr/bin/python3
"""Per-op CPU time of the PyTorch peer's training step (batch 64, n = 50), one thread, from torch.profiler: the
peer's side of the per-op comparison with SameDiffTrainingProfile (docs/benchmarks.md, T1). Loads the peer's own
model definitions from torch_set_transformer.py (everything before its timing loop).
Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 torch-train-profile.py PEER_SCRIPT [STEPS]"""
import sys, time
peer = sys.argv[1]
steps = int(sys.argv[2]) if len(sys.argv) > 2 else 20
src = open(peer).read()
src = src[:src.index("for b in (1, 64, 512):")]
sys.argv = [peer, "1"]
g = {"__name__": "peer"}
exec(compile(src, peer, "exec"), g)
torch, m, batch = g["torch"], g["m"], g["batch"]
torch.set_num_threads(1)
m.train(); opt = torch.optim.Adam(m.parameters(), 1e-3); lossf = torch.nn.BCEWithLogitsLoss(reduction='none')
x, pad, y = batch(64)
def step():
    opt.zero_grad(); l = lossf(m(x, pad), y); w = (~pad).float(); l = (l * w).sum() / w.sum(); l.backward(); opt.step()
for _ in range(30):
    step()
t = time.thread_time()
for _ in range(steps):
    step()
print(f"unprofiled: {(time.thread_time() - t) / steps * 1e3:.2f} ms CPU per step of 64 sessions")
from torch.profiler import profile, ProfilerActivity
with profile(activities=[ProfilerActivity.CPU]) as prof:
    for _ in range(steps):
        step()
rows = [e for e in prof.key_averages() if e.self_cpu_time_total > 0]
rows.sort(key=lambda e: -e.self_cpu_time_total)
total = sum(e.self_cpu_time_total for e in rows) / steps / 1e3
print(f"profiled: {total:.2f} ms self CPU per step in {sum(e.count for e in rows) // steps} op calls")
for e in rows[:16]:
    print(f"  {e.key:40s} {e.self_cpu_time_total / steps / 1e3:7.2f} ms per step, {e.count // steps:4d} calls")
mm = sum(e.self_cpu_time_total for e in rows if e.key in ("aten::mm", "aten::bmm", "aten::addmm", "aten::baddbmm")) / steps / 1e3
sm = sum(e.self_cpu_time_total for e in rows if "softmax" in e.key) / steps / 1e3
print(f"matrix products (mm, bmm, addmm, baddbmm, forward and backward): {mm:.2f} ms per step; softmax and its gradient: {sm:.2f} ms")
