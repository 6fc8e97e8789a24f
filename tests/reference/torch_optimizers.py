"""Reference trajectories for lrlab's optimizers, computed by torch.optim in float64.

Run: python tests/reference/torch_optimizers.py  (needs torch; writes torch-optimizers.json beside it,
formatted by the repository's Prettier)

Each case runs one torch optimizer (single-tensor path, foreach=False) on a fixed objective and
records, for every step: the lr in effect, the gradient fed in, the parameters after the step and
the optimizer state. The TypeScript tests replay the recorded gradients and compare.
"""

import math
import re

import torch

from reference_io import write_reference

STEPS = 6
RADAM_STEPS = 10  # RAdam's rectification starts at step 6 with β₂ = 0.999; run past it.
PARAMS0 = [1.5, -0.8, 0.3, 0.7]
CURVATURE = [1.0, 4.0, 0.5, 0.0]
MASK = [1.0, 1.0, 1.0, 0.0]  # the last coordinate's gradient is exactly 0 (exercises eps)
CHANGING_LRS = [0.1, 0.05, 0.2, 0.02, 0.1, 0.3, 0.1, 0.05, 0.2, 0.1]

# (torch class, {torch kwargs}, lrs or None for the constructor's lr)
CASES = [
    ("SGD", {"lr": 0.1}, None),
    ("SGD", {"lr": 0.1, "momentum": 0.9}, None),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.5}, None),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "nesterov": True}, None),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.1}, None),
    ("SGD", {"lr": 0.1, "momentum": 0.9}, CHANGING_LRS),
    ("Adagrad", {}, None),
    ("Adagrad", {"lr": 0.1, "lr_decay": 0.5}, None),
    ("Adagrad", {"lr": 0.1, "initial_accumulator_value": 0.5, "eps": 1e-3}, None),
    ("Adagrad", {"lr": 0.1, "weight_decay": 0.2}, None),
    ("Adagrad", {"lr": 0.1, "lr_decay": 0.1}, CHANGING_LRS),
    ("RMSprop", {}, None),
    ("RMSprop", {"lr": 0.01, "alpha": 0.5, "eps": 1e-3}, None),
    ("RMSprop", {"lr": 0.01, "centered": True}, None),
    ("RMSprop", {"lr": 0.01, "momentum": 0.9}, None),
    ("RMSprop", {"lr": 0.01, "centered": True, "momentum": 0.5, "weight_decay": 0.1}, None),
    ("Adadelta", {}, None),
    ("Adadelta", {"lr": 0.5, "rho": 0.5, "eps": 1e-4}, None),
    ("Adadelta", {"weight_decay": 0.1}, None),
    ("Adam", {}, None),
    ("Adam", {"lr": 0.1, "betas": (0.5, 0.9), "eps": 1e-3}, None),
    ("Adam", {"lr": 0.1, "amsgrad": True}, None),
    ("Adam", {"lr": 0.1, "weight_decay": 0.1}, None),
    ("Adam", {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}, None),
    ("Adam", {"lr": 0.1}, CHANGING_LRS),
    ("AdamW", {}, None),
    ("AdamW", {"lr": 0.1, "weight_decay": 0.1, "amsgrad": True}, None),
    ("AdamW", {"lr": 0.1, "betas": (0.3, 0.6)}, CHANGING_LRS),
    ("Adamax", {}, None),
    ("Adamax", {"lr": 0.1, "betas": (0.5, 0.9), "eps": 1e-3}, None),
    ("Adamax", {"lr": 0.1, "weight_decay": 0.1}, None),
    ("NAdam", {}, None),
    ("NAdam", {"lr": 0.1, "momentum_decay": 0.1, "betas": (0.8, 0.9)}, None),
    ("NAdam", {"lr": 0.1, "weight_decay": 0.1}, None),
    ("NAdam", {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}, CHANGING_LRS),
    ("RAdam", {}, None),
    ("RAdam", {"lr": 0.1, "betas": (0.8, 0.9), "eps": 1e-3}, None),
    ("RAdam", {"lr": 0.1, "weight_decay": 0.1}, None),
    ("RAdam", {"lr": 0.1, "weight_decay": 0.1, "decoupled_weight_decay": True}, CHANGING_LRS),
]

FACTORIES = {
    "SGD": "sgd",
    "Adagrad": "adagrad",
    "RMSprop": "rmsprop",
    "Adadelta": "adadelta",
    "Adam": "adam",
    "AdamW": "adamw",
    "Adamax": "adamax",
    "NAdam": "nadam",
    "RAdam": "radam",
}


def camel(name: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def loss(x: torch.Tensor) -> torch.Tensor:
    curvature = torch.tensor(CURVATURE, dtype=torch.float64)
    mask = torch.tensor(MASK, dtype=torch.float64)
    return (mask * (0.5 * curvature * x**2 + 0.3 * torch.sin(2 * x))).sum()


def state_of(optimizer: torch.optim.Optimizer, x: torch.Tensor) -> dict:
    recorded = {}
    for name, value in optimizer.state[x].items():
        if name == "step":
            continue
        values = value.tolist()
        recorded[camel(name)] = values if isinstance(values, list) else [values]
    return recorded


def run(cls_name: str, kwargs: dict, lrs) -> dict:
    x = torch.tensor(PARAMS0, dtype=torch.float64, requires_grad=True)
    optimizer = getattr(torch.optim, cls_name)([x], foreach=False, **kwargs)
    steps = []
    for t in range(RADAM_STEPS if cls_name == "RAdam" else STEPS):
        if lrs is not None:
            optimizer.param_groups[0]["lr"] = lrs[t]
        optimizer.zero_grad()
        loss(x).backward()
        grad = x.grad.tolist()
        optimizer.step()
        steps.append(
            {
                "lr": optimizer.param_groups[0]["lr"],
                "grad": grad,
                "params": x.detach().tolist(),
                "state": state_of(optimizer, x),
            }
        )
    options = {camel(k): list(v) if isinstance(v, tuple) else v for k, v in kwargs.items()}
    described = ", ".join(f"{k}={v}" for k, v in kwargs.items())
    return {
        "label": f"torch.optim.{cls_name}({described})" + (" with lr changed every step" if lrs else ""),
        "optimizer": FACTORIES[cls_name],
        "options": options,
        "params0": PARAMS0,
        "steps": steps,
    }


def main() -> None:
    torch.set_default_dtype(torch.float64)
    out = {
        "source": f"torch {torch.__version__} torch.optim, float64, generated by tests/reference/torch_optimizers.py",
        "objective": "sum(mask * (curvature * x**2 / 2 + 0.3 * sin(2x)))",
        "cases": [run(*case) for case in CASES],
    }
    assert all(math.isfinite(v) for c in out["cases"] for s in c["steps"] for v in s["params"])
    path = write_reference("torch-optimizers.json", out)
    print(f"wrote {len(out['cases'])} cases to {path}")


if __name__ == "__main__":
    main()
