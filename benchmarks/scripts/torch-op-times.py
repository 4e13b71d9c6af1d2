#!/usr/bin/python3
"""Thread CPU time of single PyTorch ops at the training step's shapes, one thread: the peer's side of the per-op
comparison with ND4J (org.mostra4j.benchmarks.encoder.Nd4jOpTimes times the same shapes; docs/benchmarks.md, T1).
Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 torch-op-times.py"""
import time, torch
torch.set_num_threads(1); torch.manual_seed(1)

def report(name, flops, fn):
    for _ in range(20):
        fn()
    best = 1e9
    for _ in range(5):
        n = 0; t = time.thread_time(); w = time.perf_counter()
        while time.perf_counter() - w < 1.0:
            fn(); n += 1
        best = min(best, (time.thread_time() - t) / n * 1e6)
    print(f"torch {name:44s} {best:9.1f} us CPU" + (f", {flops / best / 1e3:.1f} GFLOP/s" if flops else ""))

def mm(name, sa, sb):
    a, b = torch.rand(*sa), torch.rand(*sb)
    out = torch.empty(*sa[:-1], sb[-1])
    flops = 2.0 * sa[-2] * sa[-1] * sb[-1] * (sa[0] if len(sa) == 3 else 1)
    report(name, flops, (lambda: torch.bmm(a, b, out=out)) if len(sa) == 3 else (lambda: torch.mm(a, b, out=out)))

mm("mm [3200,64]x[64,64] (projections)", (3200, 64), (64, 64))
mm("mm [3200,64]x[64,128] (FF in)", (3200, 64), (64, 128))
mm("mm [3200,128]x[128,64] (FF out)", (3200, 128), (128, 64))
mm("mm [64,3200]x[3200,64] (weight gradient)", (64, 3200), (3200, 64))
mm("bmm [256,50,16]x[256,16,50] (scores)", (256, 50, 16), (256, 16, 50))
mm("bmm [256,50,50]x[256,50,16] (weighted sum)", (256, 50, 50), (256, 50, 16))
s = torch.rand(256, 50, 50)
report("softmax [256,50,50] over the last axis", 0, lambda: torch.softmax(s, -1))
