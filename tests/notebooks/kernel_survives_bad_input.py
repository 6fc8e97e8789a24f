"""Bad input in a lesson cell gives a clear error and the kernel lives on (real tslab kernel).

Each cell below makes one mistake a learner might make; each must fail with an error (tslab prints
it on stderr) that names the parameter and shows no stack or source lines from lrlab. The last cell
must still run in the same kernel, with the state of the first cell intact (nothing the learner
defined is lost).
"""
import sys

from jupyter_client.manager import start_new_kernel
from kernel import execute, report
from run_notebooks import NOTEBOOKS

CELLS = [
    ('import { datasets, fromExpression, objectives, optimizers, schedules, minimize, train, plot, show } from "lrlab";\n'
     "const kept = 42;", None),
    ('fromExpression("3x^^2 - 3x");', "3x^^2 - 3x"),
    ('fromExpression("foo(x) + 1");', "foo"),
    ('fromExpression("x^2 + y^2", ["x"]);', "variables"),
    ("objectives.rosenbrock.value([1, 2, 3]);", "x must be an array of 2 finite numbers"),
    ("objectives.rosenbrock.gradient([1, NaN]);", "x[1] must be a finite number"),
    ("optimizers.adam({ lr: -1 });", "lr must be"),
    ("optimizers.adam({ betas: [0.9, 1] });", "betas"),
    ("optimizers.sgd({ lr: 0.1, nesterov: true });", "nesterov"),
    ("minimize(objectives.bowl, { x0: [1], optimizer: optimizers.sgd({ lr: 0.1 }), steps: 10 });", "x0"),
    ("minimize(objectives.bowl, { x0: [1, 1], optimizer: optimizers.sgd({ lr: 0.1 }), steps: 2.5 });", "steps"),
    ("minimize(objectives.bowl, { x0: [1, 1], optimizer: optimizers.sgd({ lr: 1e-9 }), steps: 1e8, tol: 0 });",
     "steps must be a positive integer ≤ 1000000"),
    ("schedules.cosineAnnealingLR({ lr: 0.1, tMax: 10, eta_min: 0.01 } as never);",
     'cosineAnnealingLR option must be one of lr, tMax, etaMin, got "eta_min"'),
    ("plot.contour(objectives.rosenbrock, minimize(objectives.xSquared, "
     "{ x0: [3], optimizer: optimizers.sgd({ lr: 0.1 }), steps: 5 }));",
     "runs[0] must be a run of a 2-D objective"),
    ("show(null as never);", "figure"),
    ("datasets.split(datasets.digits(), { validation: 1.5 });", "validation must be a number in (0, 1)"),
    ("optimizers.polyakSgd().step(new Float64Array([1, 2]), [1, 1]);", "loss must be a finite number"),
    ("optimizers.prodigy({ beta3: 2 });", "beta3"),
    ("objectives.mlp({ X: [[1, 2], [3]], y: [0, 1], hidden: [4], activation: \"relu\" });", "X[1]"),
    ("objectives.mlp({ X: [[1, 2], [3, 4]], y: [0, 1.5], hidden: [4], activation: \"relu\" });", "y[1]"),
    ("train(objectives.mlp({ X: [[1, 2], [3, 4]], y: [0, 1], hidden: [4], activation: \"relu\" }), "
     "{ optimizer: optimizers.adagrad({ lr: schedules.oneCycleLR({ maxLr: 0.1, totalSteps: 10 }) }), epochs: 5 });",
     "oneCycleLR cycles momentum, but the optimizer adagrad has none"),
    ("minimize(objectives.bowl, { x0: [1, 1], optimizer: optimizers.sgd({ lr: 0.1 }), "
     "schedule: schedules.inverseTime({ lr: 0.1, decay: 0.01 }), steps: 10 } as never);",
     "minimize has no schedule option: a schedule is given as the optimizer's lr"),
    ("const run = minimize(objectives.thetaSquared, { x0: [10], optimizer: optimizers.sgd({ lr: 5 }), steps: 100 });\n"
     "console.log(`status ${run.status}, finite ${run.losses.every(Number.isFinite)}, kept ${kept}`);", None),
]


def main():
    manager, client = start_new_kernel(kernel_name="tslab", cwd=str(NOTEBOOKS))
    problems = []
    try:
        for source, expected in CELLS:
            cell = execute(client, source)
            if expected is None and cell.status != "ok":
                problems.append(f"{source!r} failed: {cell.stderr[:300]}")
            if expected is not None:
                # tslab reports a thrown error on stderr (execute waits out its 200 ms after one).
                if cell.status != "error" or expected not in cell.stderr:
                    problems.append(f"{source!r}: expected an error mentioning {expected!r}, "
                                    f"got {cell.status}: {cell.stderr[:300]!r}")
                elif not cell.stderr.startswith("LrlabError: ") or "\n    at " in cell.stderr:
                    problems.append(f"{source!r}: expected the LrlabError's message alone, without "
                                    f"lrlab's source lines or stack, got {cell.stderr[:300]!r}")
        if "status diverged, finite true, kept 42" not in cell.stdout:
            problems.append(f"after the errors, the kernel printed {cell.stdout!r}")
        if not manager.is_alive():
            problems.append("the kernel died")
    finally:
        manager.shutdown_kernel(now=True)
    return report(problems, f"bad input in {len(CELLS) - 2} cells: clear errors, kernel alive")


if __name__ == "__main__":
    sys.exit(main())
