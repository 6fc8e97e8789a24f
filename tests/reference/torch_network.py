"""Reference values for lrlab's network objectives (objectives.mlp, objectives.logisticRegression),
computed by PyTorch in float64.

Run: python tests/reference/torch_network.py  (needs torch; writes torch-network.json beside it,
formatted by the repository's Prettier)

The dataset is 40 rows × 6 features from a fixed integer formula (about a quarter of the entries
are exactly 0, so the code that skips zero inputs is exercised), with labels in 0..3. For each
network: the flat parameters in PyTorch's layout (per layer, nn.Linear.weight row-major, then its
bias), F.cross_entropy (mean over the rows) and its gradient; then 30-step trajectories of
torch.optim.SGD(momentum=0.9) and torch.optim.Adam on the full batch, and of SGD with momentum on
recorded mini-batches of rows, with the loss and the parameters after every step.
"""

import math

import torch
import torch.nn.functional as F

from reference_io import write_reference

ROWS = 40
FEATURES = 6
STEPS = 30
BATCH = 8

# (label, hidden sizes, activation, classes, torch seed)
CASES = [
    ("hidden [5], relu", [5], "relu", 4, 1),
    ("hidden [4, 3], tanh", [4, 3], "tanh", 4, 2),
    ("hidden [6], sigmoid, classes 5", [6], "sigmoid", 5, 3),
    ("no hidden layer (logistic regression)", [], None, 4, 4),
]

ACTIVATIONS = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid}


def dataset():
    X = []
    for i in range(ROWS):
        row = []
        for j in range(FEATURES):
            value = ((i * 7 + j * 13 + i * j * 3) % 11 - 5) / 2
            row.append(0.0 if (i + 2 * j) % 4 == 0 else value)
        X.append(row)
    y = [(i * 5 + int(X[i][0] > 0) + int(X[i][3] < 0)) % 4 for i in range(ROWS)]
    return X, y


def layers_of(hidden, classes):
    return [FEATURES, *hidden, classes]


def initial_params(layers, seed, zero_first_unit):
    """nn.Linear's default initialization under torch.manual_seed(seed), flattened."""
    torch.manual_seed(seed)
    linears = [torch.nn.Linear(a, b, dtype=torch.float64) for a, b in zip(layers, layers[1:])]
    if zero_first_unit:
        # Hidden unit 0 gets weights and bias 0: its pre-activation is exactly 0 on every row, so
        # the gradient depends on ReLU'(0) = 0.
        with torch.no_grad():
            linears[0].weight[0].zero_()
            linears[0].bias[0] = 0.0
    return torch.cat([t.detach().reshape(-1) for lin in linears for t in (lin.weight, lin.bias)])


def loss_fn(flat, layers, activation, X, y):
    offset = 0
    a = X
    for layer, (fan_in, fan_out) in enumerate(zip(layers, layers[1:])):
        W = flat[offset : offset + fan_out * fan_in].view(fan_out, fan_in)
        offset += fan_out * fan_in
        b = flat[offset : offset + fan_out]
        offset += fan_out
        a = F.linear(a, W, b)
        if layer < len(layers) - 2:
            a = ACTIVATIONS[activation](a)
    return F.cross_entropy(a, y)


def batches():
    """Fixed mini-batches of rows: a seeded permutation per epoch, BATCH rows at a time."""
    generator = torch.Generator().manual_seed(123)
    rows = []
    while len(rows) < STEPS:
        order = torch.randperm(ROWS, generator=generator).tolist()
        rows.extend(order[k : k + BATCH] for k in range(0, ROWS, BATCH))
    return rows[:STEPS]


def trajectory(params0, layers, activation, X, y, optimizer_name, options, rows=None):
    flat = params0.clone().requires_grad_(True)
    optimizer = getattr(torch.optim, optimizer_name)([flat], foreach=False, **options)
    steps = []
    for t in range(STEPS):
        optimizer.zero_grad()
        if rows is None:
            loss = loss_fn(flat, layers, activation, X, y)
        else:
            index = torch.tensor(rows[t])
            loss = loss_fn(flat, layers, activation, X[index], y[index])
        loss.backward()
        optimizer.step()
        steps.append({"loss": loss.item(), "params": flat.detach().tolist()})
    return {
        "optimizer": {"SGD": "sgd", "Adam": "adam"}[optimizer_name],
        "options": options,
        **({"rows": rows} if rows is not None else {}),
        "steps": steps,
    }


def run(label, hidden, activation, classes, seed, X, y):
    layers = layers_of(hidden, classes)
    params = initial_params(layers, seed, zero_first_unit=activation == "relu")
    flat = params.clone().requires_grad_(True)
    loss = loss_fn(flat, layers, activation, X, y)
    loss.backward()
    return {
        "label": label,
        "hidden": hidden,
        "activation": activation,
        "classes": classes,
        "layers": layers,
        "params": params.tolist(),
        "loss": loss.item(),
        "gradient": flat.grad.tolist(),
        "trajectories": [
            trajectory(params, layers, activation, X, y, "SGD", {"lr": 0.1, "momentum": 0.9}),
            trajectory(params, layers, activation, X, y, "Adam", {"lr": 0.01}),
            trajectory(
                params, layers, activation, X, y, "SGD", {"lr": 0.1, "momentum": 0.9}, batches()
            ),
        ],
    }


def main() -> None:
    torch.set_default_dtype(torch.float64)
    X_list, y_list = dataset()
    X = torch.tensor(X_list, dtype=torch.float64)
    y = torch.tensor(y_list)
    out = {
        "source": f"torch {torch.__version__}, float64, F.cross_entropy (mean), generated by tests/reference/torch_network.py",
        "X": X_list,
        "y": y_list,
        "cases": [run(*case, X, y) for case in CASES],
    }
    assert all(
        math.isfinite(v)
        for c in out["cases"]
        for tr in c["trajectories"]
        for s in tr["steps"]
        for v in s["params"]
    )
    path = write_reference("torch-network.json", out)
    print(f"wrote {len(out['cases'])} cases to {path}")


if __name__ == "__main__":
    main()
