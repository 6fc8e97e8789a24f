"""Reference values from torch.optim.lr_scheduler (float64) for tests/unit/schedules.

`cases`: each builds an SGD optimizer on one parameter, attaches the scheduler written in `torch`,
and records the rate after t = 0, 1, 2, … scheduler steps (optimizer.step() then scheduler.step()).
ReduceLROnPlateau steps with `metrics[t - 1]`. The TypeScript side builds `factory(options)`
from lrlab and must match `lrs`.

`momentumCases`: OneCycleLR and CyclicLR with cycle_momentum=True on the optimizer written in
`optimizer` (SGD with momentum, whose group["momentum"] they cycle, or Adam, whose betas[0] they
cycle), recording the lr and that momentum after t = 0, 1, 2, … scheduler steps. The TypeScript
side must match `lrs` with lr(t) and `momenta` with momentum(t).

`runs`: whole trajectories of a torch optimizer driven by a momentum-cycling scheduler on the
2-D quadratic f(x) = ½xᵀAx − bᵀx from x0 (the gradient Ax − b computed in plain float64
arithmetic, as lrlab's minimize sees it): for every step, the lr and momentum (or β₁) in effect
and the parameters after the step. The TypeScript side replays them with lrlab's `minimize`.

Run from the repository with torch installed:
    python tests/reference/torch_schedules.py
"""

import math

import torch
from torch.optim import lr_scheduler as S

from reference_io import write_reference

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


# (factory, options, torch scheduler, torch optimizer on `p` (base lr `lr`), steps); the schedulers
# keep PyTorch's default cycle_momentum=True.
MOMENTUM_CASES = [
    ("oneCycleLR", {"maxLr": 1, "totalSteps": 20}, "S.OneCycleLR(opt, max_lr=1, total_steps=20)",
     "torch.optim.SGD([p], lr=lr, momentum=0.9)", 20),
    ("oneCycleLR", {"maxLr": 1, "totalSteps": 20}, "S.OneCycleLR(opt, max_lr=1, total_steps=20)",
     "torch.optim.Adam([p], lr=lr)", 20),
    ("oneCycleLR", {"maxLr": 0.5, "totalSteps": 12, "pctStart": 0.25, "annealStrategy": "linear",
                    "divFactor": 10, "finalDivFactor": 100},
     "S.OneCycleLR(opt, max_lr=0.5, total_steps=12, pct_start=0.25, anneal_strategy='linear', "
     "div_factor=10, final_div_factor=100)", "torch.optim.SGD([p], lr=lr, momentum=0.9)", 12),
    ("oneCycleLR", {"maxLr": 1, "totalSteps": 20, "threePhase": True},
     "S.OneCycleLR(opt, max_lr=1, total_steps=20, three_phase=True)",
     "torch.optim.SGD([p], lr=lr, momentum=0.9)", 20),
    ("oneCycleLR", {"maxLr": 1, "totalSteps": 20, "threePhase": True},
     "S.OneCycleLR(opt, max_lr=1, total_steps=20, three_phase=True)", "torch.optim.Adam([p], lr=lr)", 20),
    ("oneCycleLR", {"maxLr": 0.5, "totalSteps": 12, "pctStart": 0.25, "annealStrategy": "linear",
                    "threePhase": True, "baseMomentum": 0.6, "maxMomentum": 0.8},
     "S.OneCycleLR(opt, max_lr=0.5, total_steps=12, pct_start=0.25, anneal_strategy='linear', "
     "three_phase=True, base_momentum=0.6, max_momentum=0.8)", "torch.optim.Adam([p], lr=lr)", 12),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 3}, "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=3)",
     "torch.optim.SGD([p], lr=lr, momentum=0.9)", 15),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 3}, "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=3)",
     "torch.optim.Adam([p], lr=lr)", 15),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 2, "stepSizeDown": 5, "mode": "triangular2"},
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=2, step_size_down=5, mode='triangular2')",
     "torch.optim.SGD([p], lr=lr, momentum=0.9)", 20),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 2, "mode": "triangular2", "baseMomentum": 0.5,
                  "maxMomentum": 0.99},
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=2, mode='triangular2', base_momentum=0.5, "
     "max_momentum=0.99)", "torch.optim.Adam([p], lr=lr)", 14),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 3, "stepSizeDown": 1, "mode": "exp_range",
                  "gamma": 0.9},
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=3, step_size_down=1, mode='exp_range', gamma=0.9)",
     "torch.optim.SGD([p], lr=lr, momentum=0.9)", 14),
    ("cyclicLR", {"baseLr": 0.1, "maxLr": 1, "stepSizeUp": 2, "mode": "exp_range", "gamma": 0.9},
     "S.CyclicLR(opt, base_lr=0.1, max_lr=1, step_size_up=2, mode='exp_range', gamma=0.9)",
     "torch.optim.Adam([p], lr=lr)", 12),
]

# The quadratic the runs minimize: f(x) = ½xᵀAx − bᵀx.
A = [[3.0, 1.0], [1.0, 2.0]]
B = [1.0, -1.0]
X0 = [1.5, -0.8]


def sched(factory, **options):
    return {"factory": factory, "options": options}


# (lrlab optimizer, lrlab schedule, torch optimizer on `p`, torch scheduler on `opt`, steps)
RUNS = [
    (sched("sgd", lr=0.1, momentum=0.9), sched("oneCycleLR", maxLr=0.3, totalSteps=12),
     "torch.optim.SGD([p], lr=0.1, momentum=0.9, foreach=False)",
     "S.OneCycleLR(opt, max_lr=0.3, total_steps=12)", 12),
    (sched("sgd", lr=0.1, momentum=0.9, nesterov=True),
     sched("oneCycleLR", maxLr=0.3, totalSteps=12, annealStrategy="linear", threePhase=True),
     "torch.optim.SGD([p], lr=0.1, momentum=0.9, nesterov=True, foreach=False)",
     "S.OneCycleLR(opt, max_lr=0.3, total_steps=12, anneal_strategy='linear', three_phase=True)", 12),
    (sched("sgd", lr=0.1, momentum=0.9, dampening=0.1),
     sched("cyclicLR", baseLr=0.05, maxLr=0.3, stepSizeUp=3, mode="triangular2"),
     "torch.optim.SGD([p], lr=0.1, momentum=0.9, dampening=0.1, foreach=False)",
     "S.CyclicLR(opt, base_lr=0.05, max_lr=0.3, step_size_up=3, mode='triangular2')", 12),
    (sched("rmsprop", lr=0.01, momentum=0.5), sched("cyclicLR", baseLr=0.01, maxLr=0.05, stepSizeUp=2),
     "torch.optim.RMSprop([p], lr=0.01, momentum=0.5, foreach=False)",
     "S.CyclicLR(opt, base_lr=0.01, max_lr=0.05, step_size_up=2)", 10),
    (sched("adam", lr=0.1), sched("oneCycleLR", maxLr=0.3, totalSteps=12),
     "torch.optim.Adam([p], lr=0.1, foreach=False)", "S.OneCycleLR(opt, max_lr=0.3, total_steps=12)", 12),
    (sched("adamw", lr=0.1), sched("oneCycleLR", maxLr=0.3, totalSteps=10, threePhase=True),
     "torch.optim.AdamW([p], lr=0.1, foreach=False)",
     "S.OneCycleLR(opt, max_lr=0.3, total_steps=10, three_phase=True)", 10),
    (sched("adamax", lr=0.1), sched("cyclicLR", baseLr=0.05, maxLr=0.3, stepSizeUp=2),
     "torch.optim.Adamax([p], lr=0.1, foreach=False)",
     "S.CyclicLR(opt, base_lr=0.05, max_lr=0.3, step_size_up=2)", 10),
    (sched("nadam", lr=0.1), sched("oneCycleLR", maxLr=0.3, totalSteps=12),
     "torch.optim.NAdam([p], lr=0.1, foreach=False)", "S.OneCycleLR(opt, max_lr=0.3, total_steps=12)", 12),
    (sched("radam", lr=0.1), sched("cyclicLR", baseLr=0.05, maxLr=0.3, stepSizeUp=3, mode="exp_range", gamma=0.9),
     "torch.optim.RAdam([p], lr=0.1, foreach=False)",
     "S.CyclicLR(opt, base_lr=0.05, max_lr=0.3, step_size_up=3, mode='exp_range', gamma=0.9)", 10),
]


def momentum_of(group):
    """What cycle_momentum writes: group["betas"][0] for the Adam family, else group["momentum"]."""
    return group["betas"][0] if "betas" in group else group["momentum"]


def momentum_rates(scheduler, optimizer, steps):
    p = torch.nn.Parameter(torch.zeros(1, dtype=torch.float64))
    opt = eval(optimizer, {"torch": torch, "p": p, "lr": 0.1})
    sched = eval(scheduler, {"S": S, "opt": opt})
    group = opt.param_groups[0]
    lrs, momenta = [group["lr"]], [momentum_of(group)]
    for _ in range(1, steps):
        opt.step()
        sched.step()
        lrs.append(group["lr"])
        momenta.append(momentum_of(group))
    return lrs, momenta


def gradient(x):
    """Ax − b, written out in the order the TypeScript test writes it."""
    return [A[0][0] * x[0] + A[0][1] * x[1] - B[0], A[1][0] * x[0] + A[1][1] * x[1] - B[1]]


def trajectory(optimizer, scheduler, steps):
    p = torch.nn.Parameter(torch.tensor(X0, dtype=torch.float64))
    opt = eval(optimizer, {"torch": torch, "p": p})
    sched = eval(scheduler, {"S": S, "opt": opt})
    group = opt.param_groups[0]
    lrs, momenta, xs = [], [], []
    for _ in range(steps):
        p.grad = torch.tensor(gradient(p.detach().tolist()), dtype=torch.float64)
        lrs.append(group["lr"])
        momenta.append(momentum_of(group))
        opt.step()
        sched.step()
        xs.append(p.detach().tolist())
    return lrs, momenta, xs


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
    torch.set_default_dtype(torch.float64)
    cases = []
    for factory, options, base_lr, scheduler, steps, *metrics in CASES:
        case = {"factory": factory, "options": options, "torch": scheduler}
        if metrics:
            case["metrics"] = metrics[0][: steps - 1]
        case["lrs"] = rates(base_lr, scheduler, steps, case.get("metrics"))
        cases.append(case)
    momentum_cases = []
    for factory, options, scheduler, optimizer, steps in MOMENTUM_CASES:
        lrs, momenta = momentum_rates(scheduler, optimizer, steps)
        momentum_cases.append({"factory": factory, "options": options, "torch": scheduler,
                               "optimizer": optimizer, "lrs": lrs, "momenta": momenta})
    runs = []
    for optimizer, schedule, torch_optimizer, torch_scheduler, steps in RUNS:
        lrs, momenta, xs = trajectory(torch_optimizer, torch_scheduler, steps)
        runs.append({"optimizer": optimizer, "schedule": schedule, "torch": f"{torch_optimizer}; {torch_scheduler}",
                     "A": A, "b": B, "x0": X0, "lrs": lrs, "momenta": momenta, "xs": xs})
    out = {"torch": torch.__version__, "generator": "tests/reference/torch_schedules.py", "cases": cases,
           "momentumCases": momentum_cases, "runs": runs}
    path = write_reference("torch-schedules.json", out)
    print(f"wrote {len(cases)} cases, {len(momentum_cases)} momentum cases and {len(runs)} runs to {path}")


if __name__ == "__main__":
    main()
