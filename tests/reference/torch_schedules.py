"""Reference learning rates from torch.optim.lr_scheduler for tests/unit/schedules.

Each case builds an SGD optimizer on one parameter, attaches the scheduler written in `torch`,
and records the rate after t = 0, 1, 2, … scheduler steps (optimizer.step() then scheduler.step()).
ReduceLROnPlateau steps with `metrics[t - 1]`. The TypeScript side builds `factory(options)`
from lrlab and must match `lrs`. Run from the repository with torch installed:
    python tests/reference/torch_schedules.py
"""

import json
import math
import subprocess
from pathlib import Path

import torch
from torch.optim import lr_scheduler as S

# lambdaLR multipliers by name; tests/unit/schedules/torch-reference.test.ts defines the same ones.
LAMBDAS = {
    "halfPerStep": lambda t: 0.5**t,
    "warmupThenInverseSqrt": lambda t: min((t + 1) / 4, 1 / math.sqrt(max(t, 1))),
}


def sub(factory, **options):
    return {"factory": factory, "options": options}


CASES = [
    # (factory, options, base lr given to SGD, torch scheduler, steps, metrics)
    ("stepLR", {"lr": 0.1, "stepSize": 3}, 0.1, "S.StepLR(opt, step_size=3)", 10),
    ("stepLR", {"lr": 1, "stepSize": 2, "gamma": 0.5}, 1, "S.StepLR(opt, step_size=2, gamma=0.5)", 8),
    ("multiStepLR", {"lr": 0.1, "milestones": [2, 5]}, 0.1, "S.MultiStepLR(opt, milestones=[2, 5])", 8),
    ("multiStepLR", {"lr": 1, "milestones": [3, 1, 3], "gamma": 0.5}, 1,
     "S.MultiStepLR(opt, milestones=[3, 1, 3], gamma=0.5)", 6),
    ("exponentialLR", {"lr": 0.1, "gamma": 0.9}, 0.1, "S.ExponentialLR(opt, gamma=0.9)", 10),
    ("cosineAnnealingLR", {"lr": 0.1, "tMax": 5}, 0.1, "S.CosineAnnealingLR(opt, T_max=5)", 13),
    ("cosineAnnealingLR", {"lr": 0.1, "tMax": 4, "etaMin": 0.01}, 0.1,
     "S.CosineAnnealingLR(opt, T_max=4, eta_min=0.01)", 10),
    ("cosineAnnealingWarmRestarts", {"lr": 0.1, "t0": 3}, 0.1,
     "S.CosineAnnealingWarmRestarts(opt, T_0=3)", 10),
    ("cosineAnnealingWarmRestarts", {"lr": 0.1, "t0": 2, "tMult": 2, "etaMin": 0.001}, 0.1,
     "S.CosineAnnealingWarmRestarts(opt, T_0=2, T_mult=2, eta_min=0.001)", 16),
    ("linearLR", {"lr": 0.1}, 0.1, "S.LinearLR(opt)", 8),
    ("linearLR", {"lr": 0.1, "startFactor": 0.25, "endFactor": 0.5, "totalIters": 3}, 0.1,
     "S.LinearLR(opt, start_factor=0.25, end_factor=0.5, total_iters=3)", 6),
    ("constantLR", {"lr": 0.3}, 0.3, "S.ConstantLR(opt)", 8),
    ("constantLR", {"lr": 0.3, "factor": 0.5, "totalIters": 3}, 0.3,
     "S.ConstantLR(opt, factor=0.5, total_iters=3)", 6),
    ("polynomialLR", {"lr": 0.1}, 0.1, "S.PolynomialLR(opt)", 8),
    ("polynomialLR", {"lr": 0.1, "totalIters": 4, "power": 2}, 0.1,
     "S.PolynomialLR(opt, total_iters=4, power=2.0)", 6),
    ("oneCycleLR", {"maxLr": 1, "totalSteps": 20}, 1, "S.OneCycleLR(opt, max_lr=1, total_steps=20)", 20),
    ("oneCycleLR", {"maxLr": 0.5, "totalSteps": 12, "pctStart": 0.25, "annealStrategy": "linear",
                    "divFactor": 10, "finalDivFactor": 100}, 0.5,
     "S.OneCycleLR(opt, max_lr=0.5, total_steps=12, pct_start=0.25, anneal_strategy='linear', "
     "div_factor=10, final_div_factor=100)", 12),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 3}, 0.1,
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=3, cycle_momentum=False)", 15),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 2, "mode": "triangular2"}, 0.1,
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=2, mode='triangular2', "
     "cycle_momentum=False)", 14),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 2, "mode": "exp_range", "gamma": 0.9}, 0.1,
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=2, mode='exp_range', gamma=0.9, "
     "cycle_momentum=False)", 12),
    ("oneCycleLR", {"maxLr": 1, "totalSteps": 20, "threePhase": True}, 1,
     "S.OneCycleLR(opt, max_lr=1, total_steps=20, three_phase=True)", 20),
    ("oneCycleLR", {"maxLr": 0.5, "totalSteps": 12, "pctStart": 0.25, "annealStrategy": "linear",
                    "threePhase": True}, 0.5,
     "S.OneCycleLR(opt, max_lr=0.5, total_steps=12, pct_start=0.25, anneal_strategy='linear', "
     "three_phase=True)", 12),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 1, "stepSizeDown": 3}, 0.1,
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=1, step_size_down=3, cycle_momentum=False)", 13),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 2, "stepSizeDown": 5, "mode": "triangular2"}, 0.1,
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=2, step_size_down=5, mode='triangular2', "
     "cycle_momentum=False)", 20),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 3, "stepSizeDown": 1, "mode": "exp_range",
                  "gamma": 0.9}, 0.1,
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=3, step_size_down=1, mode='exp_range', "
     "gamma=0.9, cycle_momentum=False)", 14),
    ("lambdaLR", {"lr": 0.1, "lrLambda": "halfPerStep"}, 0.1,
     "S.LambdaLR(opt, lr_lambda=LAMBDAS['halfPerStep'])", 6),
    ("lambdaLR", {"lr": 0.1, "lrLambda": "warmupThenInverseSqrt"}, 0.1,
     "S.LambdaLR(opt, lr_lambda=LAMBDAS['warmupThenInverseSqrt'])", 10),
    ("sequentialLR", {"schedules": [sub("linearLR", lr=0.1, startFactor=0.1, totalIters=3),
                                    sub("exponentialLR", lr=0.1, gamma=0.8)], "milestones": [3]}, 0.1,
     "S.SequentialLR(opt, schedulers=[S.LinearLR(opt, start_factor=0.1, total_iters=3), "
     "S.ExponentialLR(opt, gamma=0.8)], milestones=[3])", 8),
    ("sequentialLR", {"schedules": [sub("constantLR", lr=0.1, factor=0.5, totalIters=2),
                                    sub("cosineAnnealingLR", lr=0.1, tMax=4),
                                    sub("stepLR", lr=0.1, stepSize=2)], "milestones": [3, 7]}, 0.1,
     "S.SequentialLR(opt, schedulers=[S.ConstantLR(opt, factor=0.5, total_iters=2), "
     "S.CosineAnnealingLR(opt, T_max=4), S.StepLR(opt, step_size=2)], milestones=[3, 7])", 12),
    ("reduceLROnPlateau", {"lr": 1}, 1, "S.ReduceLROnPlateau(opt)", 30,
     [10 - t for t in range(5)] + [6.0] * 24),
    ("reduceLROnPlateau", {"lr": 1, "mode": "max", "factor": 0.5, "patience": 1, "threshold": 0.1,
                           "thresholdMode": "abs", "cooldown": 2, "minLr": 0.2}, 1,
     "S.ReduceLROnPlateau(opt, mode='max', factor=0.5, patience=1, threshold=0.1, "
     "threshold_mode='abs', cooldown=2, min_lr=0.2)", 16,
     [1, 2, 2.05, 2.05, 2.05, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
    ("reduceLROnPlateau", {"lr": 1, "patience": 0, "threshold": 0.1}, 1,
     "S.ReduceLROnPlateau(opt, patience=0, threshold=0.1)", 8,
     [10, 9.5, 8, 7.9, 7.3, 7.2, 7.2]),
    ("reduceLROnPlateau", {"lr": 1, "factor": 0.5, "patience": 0, "minLr": 0.3, "eps": 0.25}, 1,
     "S.ReduceLROnPlateau(opt, factor=0.5, patience=0, min_lr=0.3, eps=0.25)", 8, [5.0] * 7),
]


def rates(base_lr, scheduler, steps, metrics):
    param = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([param], lr=base_lr)
    sched = eval(scheduler, {"S": S, "opt": opt, "LAMBDAS": LAMBDAS})
    lrs = [opt.param_groups[0]["lr"]]
    for t in range(1, steps):
        opt.step()
        sched.step(metrics[t - 1]) if metrics else sched.step()
        lrs.append(opt.param_groups[0]["lr"])
    return lrs


def main():
    cases = []
    for factory, options, base_lr, scheduler, steps, *metrics in CASES:
        case = {"factory": factory, "options": options, "torch": scheduler}
        if metrics:
            case["metrics"] = metrics[0][: steps - 1]
        case["lrs"] = rates(base_lr, scheduler, steps, case.get("metrics"))
        cases.append(case)
    out = {"torch": torch.__version__, "generator": "tests/reference/torch_schedules.py", "cases": cases}
    path = Path(__file__).with_name("torch-schedules.json")
    path.write_text(json.dumps(out, indent=1) + "\n")
    # The repository's formatter, so regenerating leaves no diff for `prettier --check`.
    subprocess.run(["npx", "prettier", "--write", str(path)], check=True, cwd=path.parent)
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
