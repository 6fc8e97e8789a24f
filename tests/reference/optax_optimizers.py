"""Reference trajectories for lrlab's learning-rate-free optimizers, computed by optax in float64.

Run: /work/optaxenv/bin/python tests/reference/optax_optimizers.py
(needs optax 0.2.8 and jax 0.10.2, e.g. from the local pip store in a venv outside the repository:
`python3 -m venv /work/optaxenv && PIP_RETRIES=0 /work/optaxenv/bin/pip install optax==0.2.8
jax==0.10.2 jaxlib numpy`; writes optax-optimizers.json beside it, formatted by the repository's
Prettier).

Each case runs one optax optimizer, eagerly (not jitted, so XLA fuses nothing) with
jax_enable_x64, for 60 steps on one of the course's problems, and records for every step: the
learning rate in effect, the loss and gradient fed in, the parameters after the step, the
evaluation parameters (schedule-free only, optax.contrib.schedule_free_eval_params) and the state,
under lrlab's names. The TypeScript test replays the recorded losses and gradients and compares.

The learning rate is optax's `learning_rate` (`scaling` for polyak_sgd). Cases "with lr changed
every step" wrap the optimizer in optax.inject_hyperparams and set it before each update, as lrlab's
schedules set `optimizer.lr`.

A few recorded state entries are not in optax's state but are the learned rate it computes inside
its update function: polyakSgd's `stepSize`, DoG's and DoWG's `eta`, COCOB's `eta`, Momo's `tau`
and Schedule-Free's `averagingWeight`. They are recomputed here from optax's state before and after the
step with optax's own formulas (see `derived_*`).
"""

import inspect
import math
import re

import jax

jax.config.update("jax_enable_x64", True)

import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
from optax import contrib  # noqa: E402
from optax._src import transform  # noqa: E402

from reference_io import write_reference  # noqa: E402

STEPS = 60


# The course's problems: loss and gradient in float64 (numpy), start point.
def quadratic_loss(x):
    return 3 * x[0] ** 2 - 3 * x[0] + 4


def quadratic_grad(x):
    return np.array([6 * x[0] - 3])


def rosenbrock_loss(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


def rosenbrock_grad(x):
    return np.array(
        [-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2), 200 * (x[1] - x[0] ** 2)]
    )


def ill_loss(x):
    return 0.1 * x[0] ** 2 + 2 * x[1] ** 2


def ill_grad(x):
    return np.array([0.2 * x[0], 4 * x[1]])


PROBLEMS = {
    "quadratic": ("3x² − 3x + 4 from x = 0", quadratic_loss, quadratic_grad, [0.0]),
    "rosenbrock": (
        "Rosenbrock (1 − x)² + 100(y − x²)² from (−1.2, 1)",
        rosenbrock_loss,
        rosenbrock_grad,
        [-1.2, 1.0],
    ),
    "illConditioned": ("0.1x² + 2y² from (−2, 1)", ill_loss, ill_grad, [-2.0, 1.0]),
}

# lr factors for the cases whose lr changes every step (a schedule's doing in lrlab).
LR_FACTORS = [0.5, 1.0, 2.0, 0.25, 1.5, 0.75, 3.0, 1.0, 0.1, 1.25]

# lrlab name → (optax factory, name of its learning-rate argument, reads the loss)
OPTIMIZERS = {
    "polyakSgd": (optax.polyak_sgd, "scaling", True),
    "dog": (contrib.dog, "learning_rate", False),
    "dowg": (contrib.dowg, "learning_rate", False),
    "dadaptAdamw": (contrib.dadapt_adamw, "learning_rate", False),
    "prodigy": (contrib.prodigy, "learning_rate", False),
    "scheduleFreeSgd": (contrib.schedule_free_sgd, "learning_rate", False),
    "scheduleFreeAdamw": (contrib.schedule_free_adamw, "learning_rate", False),
    "cocob": (contrib.cocob, "learning_rate", False),
    "momo": (contrib.momo, "learning_rate", True),
    "momoAdam": (contrib.momo_adam, "learning_rate", True),
    "lion": (optax.lion, "learning_rate", False),
}

# lrlab's default lr where optax has none (optax.lion's learning_rate is required).
LRLAB_DEFAULT_LR = {"lion": 1e-4}

# (lrlab name, problem, optax kwargs, lr changed every step)
# Every optimizer with optax's defaults on every problem, except schedule_free_sgd on Rosenbrock
# (its default learning_rate=1 diverges there; the non-default case below runs it at 1e-3).
CASES = [
    (name, problem, {}, False)
    for name in OPTIMIZERS
    for problem in PROBLEMS
    if (name, problem) != ("scheduleFreeSgd", "rosenbrock")
]
CASES += [
    ("polyakSgd", "quadratic", {"f_min": 3.25}, False),
    ("polyakSgd", "rosenbrock", {"max_learning_rate": 0.01, "eps": 1e-3, "scaling": 0.5}, False),
    ("polyakSgd", "quadratic", {"f_min": 4.0, "variant": "sps+"}, False),
    ("polyakSgd", "illConditioned", {"max_learning_rate": 0.8, "scaling": 0.9}, True),
    ("dog", "rosenbrock", {"init_step": ("distance", 0.1), "eps": 1e-6}, False),
    ("dog", "quadratic", {"init_step": ("learning_rate", 0.05), "weight_decay": 0.1}, False),
    ("dog", "illConditioned", {"init_step": ("heuristic", 1e-3), "learning_rate": 0.5}, True),
    ("dowg", "rosenbrock", {"init_estim_sq_dist": 0.01, "eps": 1e-6}, False),
    ("dowg", "illConditioned", {"weight_decay": 0.05, "learning_rate": 0.8}, True),
    ("dadaptAdamw", "rosenbrock", {"betas": (0.8, 0.99), "estim_lr0": 1e-3, "eps": 1e-6}, False),
    ("dadaptAdamw", "illConditioned", {"weight_decay": 0.1, "learning_rate": 0.5}, True),
    (
        "prodigy",
        "rosenbrock",
        {"betas": (0.8, 0.99), "beta3": 0.9, "estim_lr0": 1e-3, "estim_lr_coef": 0.5},
        False,
    ),
    ("prodigy", "quadratic", {"safeguard_warmup": True, "weight_decay": 0.1, "eps": 1e-6}, False),
    ("prodigy", "illConditioned", {"learning_rate": 0.5}, True),
    ("scheduleFreeSgd", "illConditioned", {"learning_rate": 0.3, "b1": 0.8}, False),
    (
        "scheduleFreeSgd",
        "rosenbrock",
        {"learning_rate": 1e-3, "warmup_steps": 10, "weight_decay": 0.01, "weight_lr_power": 1.0},
        False,
    ),
    ("scheduleFreeSgd", "quadratic", {"learning_rate": 0.1}, True),
    (
        "scheduleFreeAdamw",
        "rosenbrock",
        {"learning_rate": 0.05, "b1": 0.95, "b2": 0.99, "eps": 1e-6, "weight_decay": 0.01},
        False,
    ),
    ("scheduleFreeAdamw", "quadratic", {"learning_rate": 0.2, "warmup_steps": 5}, False),
    ("scheduleFreeAdamw", "illConditioned", {"learning_rate": 0.1, "weight_lr_power": 0.5}, True),
    ("cocob", "rosenbrock", {"alpha": 10.0, "eps": 1e-4}, False),
    ("cocob", "illConditioned", {"learning_rate": 0.5, "weight_decay": 0.01}, True),
    ("momo", "quadratic", {"lower_bound": 3.0, "beta": 0.5}, False),
    ("momo", "rosenbrock", {"learning_rate": 0.01, "adapt_lower_bound": True}, False),
    ("momo", "illConditioned", {"weight_decay": 0.1, "learning_rate": 0.5}, True),
    ("momoAdam", "quadratic", {"lower_bound": 3.0, "b1": 0.5, "b2": 0.9, "learning_rate": 0.5}, False),
    ("momoAdam", "rosenbrock", {"learning_rate": 0.05, "adapt_lower_bound": True, "eps": 1e-6}, False),
    ("momoAdam", "illConditioned", {"weight_decay": 0.1, "learning_rate": 0.2}, True),
    ("lion", "rosenbrock", {"learning_rate": 0.01, "b1": 0.8, "b2": 0.9, "weight_decay": 0.0}, False),
    ("lion", "illConditioned", {"learning_rate": 0.05, "weight_decay": 0.1}, True),
]


def camel(name: str) -> str:
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)


def lrlab_options(name: str, kwargs: dict) -> dict:
    """optax's keyword arguments under lrlab's option names."""
    options = {}
    for key, value in kwargs.items():
        if key == "learning_rate" or key == "scaling" and name == "polyakSgd":
            key = "lr" if key == "learning_rate" else "scaling"
        elif key == "max_learning_rate":
            key = "maxLr"
        else:
            key = camel(key)
        options[key] = list(value) if isinstance(value, tuple) else value
    return options


def find(state, cls):
    """The first sub-state of class `cls` in optax's (nested) state."""
    if isinstance(state, cls):
        return state
    if isinstance(state, tuple):
        for part in state:
            found = find(part, cls)
            if found is not None:
                return found
    if hasattr(state, "inner_state"):
        return find(state.inner_state, cls)
    return None


def values(x) -> list:
    array = np.asarray(x, dtype=np.float64)
    return array.reshape(-1).tolist()


def record_state(name: str, state, before, params_before, lr: float, kwargs: dict, grad, loss) -> dict:
    """The state after a step under lrlab's buffer names (see each optimizer's doc comment)."""
    if name == "polyakSgd":
        return {"stepSize": [derived_polyak_step(kwargs, lr, grad, loss)]}
    if name == "dog":
        s, s0 = find(state, contrib.DoGState), find(before, contrib.DoGState)
        eps = kwargs.get("eps", 1e-8)
        eta = s.max_dist / jnp.sqrt(s.sum_sq_norm_grads + eps)
        tag, value = kwargs.get("init_step", ("heuristic", 1e-6))
        if tag == "learning_rate" and bool(s0.is_init_step):
            eta = value
        return {
            "eta": values(eta),
            "maxDist": values(s.max_dist),
            "sumSqNormGrads": values(s.sum_sq_norm_grads),
        }
    if name == "dowg":
        s = find(state, contrib.DoWGState)
        eps = kwargs.get("eps", 1e-4)
        eta = s.estim_sq_dist / (jnp.sqrt(s.weighted_sq_norm_grads) + eps)
        return {
            "eta": values(eta),
            "estimSqDist": values(s.estim_sq_dist),
            "weightedSqNormGrads": values(s.weighted_sq_norm_grads),
        }
    if name in ("dadaptAdamw", "prodigy"):
        cls = contrib.DAdaptAdamWState if name == "dadaptAdamw" else contrib.ProdigyState
        s = find(state, cls)
        return {
            "estimLr": values(s.estim_lr),
            "numeratorWeighted": values(s.numerator_weighted),
            "expAvg": values(s.exp_avg),
            "expAvgSq": values(s.exp_avg_sq),
            "gradSum": values(s.grad_sum),
        }
    if name in ("scheduleFreeSgd", "scheduleFreeAdamw"):
        s, s0 = find(state, contrib.ScheduleFreeState), find(before, contrib.ScheduleFreeState)
        recorded = {
            "z": values(s.z),
            "weightSum": values(s.weight_sum),
            "maxLr": values(s.max_lr),
            # optax's ck: the weight of z in the average x, max_lr^p / weight_sum.
            "averagingWeight": values(
                jnp.nan_to_num(
                    s.max_lr ** kwargs.get("weight_lr_power", 2.0) / s.weight_sum, nan=0.0
                )
            ),
        }
        if name == "scheduleFreeAdamw":
            rms = find(state, transform.ScaleByRmsWithCountState)
            recorded["nu"] = values(rms.nu)
        return recorded
    if name == "cocob":
        s = find(state, contrib.COCOBState)
        alpha = kwargs.get("alpha", 100.0)
        L, G, R = s.scale, s.subgradients, s.reward
        return {
            # The per-parameter rate of COCOB's dual-averaging form θ = θ₀ + η·C.
            "eta": values((L + R) / (L * jnp.maximum(G + L, alpha * L))),
            "cumulativeGradients": values(s.cumulative_gradients),
            "scale": values(s.scale),
            "subgradients": values(s.subgradients),
            "reward": values(s.reward),
        }
    if name in ("momo", "momoAdam"):
        cls = contrib.MomoState if name == "momo" else contrib.MomoAdamState
        s, s0 = find(state, cls), find(before, cls)
        recorded = {
            "tau": [derived_momo_tau(name, kwargs, lr, s0, s, params_before)],
            "expAvg": values(s.exp_avg),
            "barf": values(s.barf),
            "gamma": values(s.gamma),
            "lb": values(s.lb),
        }
        if name == "momoAdam":
            recorded["expAvgSq"] = values(s.exp_avg_sq)
        return recorded
    if name == "lion":
        s = find(state, optax.ScaleByLionState)
        return {"mu": values(s.mu)}
    raise ValueError(name)


def derived_polyak_step(kwargs, scaling, grad, loss) -> float:
    """optax.scale_by_polyak's `step`, for the update −scaling·g that optax.sgd(scaling) gives it."""
    updates = -scaling * jnp.asarray(grad)
    grad_sq_norm = optax.tree.norm(updates, squared=True)
    gap = jnp.array(loss - kwargs.get("f_min", 0.0)).astype(grad_sq_norm.dtype)
    if kwargs.get("variant", "sps") == "sps+":
        gap = jax.nn.relu(gap)
    eps = kwargs.get("eps", 0.0)
    step = jnp.where(
        grad_sq_norm + eps <= jnp.finfo(float).eps,
        jnp.array(0.0),
        jnp.minimum(gap / (grad_sq_norm + eps), kwargs.get("max_learning_rate", 1.0)),
    )
    return float(step)


def derived_momo_tau(name, kwargs, alpha, s0, s, params) -> float:
    """Momo's τ (optax's `tau`), from its state before (s0) and after (s) the step."""
    wd = kwargs.get("weight_decay", 0.0)
    lower_bound = kwargs.get("lower_bound", 0.0)
    adapt = kwargs.get("adapt_lower_bound", False)
    if name == "momo":
        exp_avg_norm = optax.tree.norm(s.exp_avg, squared=True)
        iprod = optax.tree.vdot(s.exp_avg, params)
        this_lb = s0.lb
        if adapt:
            cap = (1 + alpha * wd) * (s.barf - s.gamma) + iprod
            if cap < (1 + alpha * wd) * s0.lb:
                this_lb = jnp.maximum(cap / (2 * (1 + alpha * wd)), lower_bound)
        t1 = jnp.maximum((1 + alpha * wd) * (s.barf - this_lb - s.gamma) + iprod, 0.0) / exp_avg_norm
        t1 = jnp.where(exp_avg_norm <= jnp.finfo(float).eps, 0.0, t1)
        return float(jnp.minimum(alpha, t1))
    b1, b2, eps = kwargs.get("b1", 0.9), kwargs.get("b2", 0.999), kwargs.get("eps", 1e-8)
    count_inc = s.count
    bc2 = jnp.asarray(1 - b2**count_inc, dtype=s.barf.dtype)
    precond = jax.tree.map(lambda eas: eps + jnp.sqrt(eas / bc2), s.exp_avg_sq)
    exp_avg_weighted = jax.tree.map(lambda ea, prec: ea / prec, s.exp_avg, precond)
    exp_avg_norm = optax.tree.vdot(s.exp_avg, exp_avg_weighted)
    iprod = optax.tree.vdot(s.exp_avg, params)
    bc1 = jnp.asarray(1 - b1**count_inc, dtype=s.barf.dtype)
    this_lb = s0.lb
    if adapt:
        cap = (1 + alpha * wd) * (s.barf - s.gamma) + iprod
        this_lb = jnp.where(
            cap < (1 + alpha * wd) * bc1 * s0.lb,
            jnp.maximum(cap / (2 * bc1 * (1 + alpha * wd)), lower_bound),
            s0.lb,
        )
    t1 = jnp.maximum((1 + alpha * wd) * (s.barf - bc1 * this_lb - s.gamma) + iprod, 0.0) / exp_avg_norm
    t1 = jnp.where(exp_avg_norm <= jnp.finfo(float).eps, 0.0, t1)
    return float(jnp.minimum(alpha / bc1, t1))


def run(name: str, problem: str, kwargs: dict, changing: bool) -> dict:
    factory, lr_name, reads_loss = OPTIMIZERS[name]
    description, loss_fn, grad_fn, x0 = PROBLEMS[problem]
    kwargs = dict(kwargs)
    if name in LRLAB_DEFAULT_LR and lr_name not in kwargs:
        kwargs[lr_name] = LRLAB_DEFAULT_LR[name]
    base_lr = kwargs.get(lr_name, inspect.signature(factory).parameters[lr_name].default)
    if changing:
        static = tuple(p for p in inspect.signature(factory).parameters if p != lr_name)
        solver = optax.inject_hyperparams(factory, static_args=static)(**kwargs)
    else:
        solver = factory(**kwargs)
    params = jnp.asarray(x0, dtype=jnp.float64)
    state = solver.init(params)
    steps = []
    for t in range(STEPS):
        lr = base_lr * LR_FACTORS[t % len(LR_FACTORS)] if changing else base_lr
        if changing:
            state.hyperparams[lr_name] = jnp.asarray(lr, dtype=jnp.float64)
        x = np.asarray(params)
        loss = float(loss_fn(x))
        grad = grad_fn(x)
        extra = {"value": jnp.asarray(loss)} if reads_loss else {}
        before = state
        updates, state = solver.update(jnp.asarray(grad), state, params, **extra)
        params_before = params
        params = optax.apply_updates(params, updates)
        step = {"lr": lr}
        if reads_loss:
            step["loss"] = loss
        step["grad"] = grad.tolist()
        step["params"] = values(params)
        if name.startswith("scheduleFree"):
            inner = find(state, contrib.ScheduleFreeState)
            step["evalParams"] = values(contrib.schedule_free_eval_params(inner, params))
        step["state"] = record_state(name, state, before, params_before, lr, kwargs, grad, loss)
        steps.append(step)
    contrib_module = factory.__module__.startswith("optax.contrib")
    qualified = f"optax.{'contrib.' if contrib_module else ''}{factory.__name__}"
    optax_args = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    given = {k: v for k, v in kwargs.items() if k != lr_name or not changing}
    if name in LRLAB_DEFAULT_LR and given.get(lr_name) == LRLAB_DEFAULT_LR[name]:
        del given[lr_name]  # lrlab's default
    options = lrlab_options(name, given)
    return {
        "label": f"{qualified}({optax_args}) on {description}"
        + (" with lr changed every step" if changing else ""),
        "optimizer": name,
        "problem": problem,
        "options": options,
        "params0": x0,
        "steps": steps,
    }


def main() -> None:
    cases = [run(*case) for case in CASES]
    bad = [c["label"] for c in cases if not all(math.isfinite(v) for s in c["steps"] for v in s["params"])]
    for c in cases:
        _, loss_fn, _, _ = PROBLEMS[c["problem"]]
        print(f"{loss_fn(np.asarray(c['steps'][-1]['params'])):12.5g}  {c['label']}")
    assert not bad, bad
    out = {
        "source": f"optax {optax.__version__}, jax {jax.__version__}, float64 (jax_enable_x64), eager, "
        "generated by tests/reference/optax_optimizers.py",
        "cases": cases,
    }
    path = write_reference("optax-optimizers.json", out, ensure_ascii=False)
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
