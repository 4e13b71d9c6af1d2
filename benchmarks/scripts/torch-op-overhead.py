#!/usr/bin/python3
"""PyTorch's fixed cost per op, the peer of SameDiffOpOverhead: y = (x + w) * 1.0001 ** k as k separate
scalar products on a [1, 4] tensor, loss = sum, backward and an Adam step; the slope of the step's CPU time over k
is the cost of one forward op plus its gradient when the kernel does nothing. Also the forward alone under
no_grad. Run: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 torch-op-overhead.py [STEPS] [ROUNDS] [K,K,...] [ROWSxCOLS]"""
import sys, time, torch
torch.set_num_threads(1)
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 500
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 4
ks = [int(k) for k in (sys.argv[3] if len(sys.argv) > 3 else "0,32,128,512").split(",")]
shape = [int(v) for v in (sys.argv[4] if len(sys.argv) > 4 else "1x4").split("x")]
x = torch.rand(*shape)
fit, out = [], []
for k in ks:
    w = torch.nn.Parameter(torch.ones(1, shape[1])); opt = torch.optim.Adam([w], 1e-3)
    def forward():
        h = x + w
        for _ in range(k):
            h = h * 1.0001
        return h.sum()
    best_fit = best_out = float("inf")
    for _ in range(rounds):
        t = time.thread_time()
        for _ in range(steps):
            opt.zero_grad(); forward().backward(); opt.step()
        best_fit = min(best_fit, (time.thread_time() - t) / steps * 1e6)
        t = time.thread_time()
        with torch.no_grad():
            for _ in range(steps):
                forward()
        best_out = min(best_out, (time.thread_time() - t) / steps * 1e6)
    fit.append(best_fit); out.append(best_out)
    print(f"k {k:4d}: fit {best_fit:.1f} us CPU per step, forward {best_out:.1f} us per call")
links = ks[-1] - ks[0]
print(f"slope k {ks[0]} -> {ks[-1]}: fit {(fit[-1] - fit[0]) / links:.2f} us per link "
      f"({(fit[-1] - fit[0]) / links / 2:.2f} us per op); forward {(out[-1] - out[0]) / links:.2f} us per op")
