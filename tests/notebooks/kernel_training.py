"""Training in the real tslab kernel: one progress line, updated in place, and Kernel → Interrupt.

A cell that trains for more than 2 s must show exactly one display entry that it rewrites
(display_data, then update_display_data with the same display_id) naming the epoch, the loss and
the accuracy. Interrupting it must end the cell within a second, and the kernel must keep every
variable defined before, and train again.
"""
import sys

from jupyter_client.manager import start_new_kernel
from kernel import execute, report
from run_notebooks import NOTEBOOKS

SETUP = """import { datasets, objectives, optimizers, train } from "lrlab";
const kept = 42;
const parts = datasets.split(datasets.digits(), { validation: 0.2, seed: 0 });
const X = datasets.standardize(parts.train.X);
const net = objectives.mlp({ X: X, y: parts.train.y, hidden: [128], activation: "relu" });"""

LONG = "const long = train(net, { optimizer: optimizers.sgd({ lr: 0.05, momentum: 0.9 }), epochs: 20000 });"

PROGRESS = """const runs = [0.01, 0.03].map((lr) =>
  train(net, { optimizer: optimizers.sgd({ lr: lr, momentum: 0.9 }), epochs: 60 }));"""

AFTER = """const again = train(net, { optimizer: optimizers.sgd({ lr: 0.05, momentum: 0.9 }), epochs: 1, progress: false });
console.log(`kept ${kept}, net ${net.dim}, again ${again.status} ${again.steps}`);"""


def main():
    manager, client = start_new_kernel(kernel_name="tslab", cwd=str(NOTEBOOKS))
    problems = []
    try:
        setup = execute(client, SETUP)
        if setup.status != "ok":
            problems.append(f"setup failed: {setup.stderr[:500]}")
        cell = execute(client, PROGRESS)
        displays, seconds = cell.displays, cell.seconds
        ids = {display_id for _, display_id, _ in displays}
        if cell.status != "ok":
            problems.append(f"training cell failed: {cell.stderr[:500]}")
        elif seconds < 2.5:
            problems.append(f"the training cell took {seconds:.1f} s: too short to test progress")
        elif not displays or displays[0][0] != "display_data" or len(ids) != 1 or None in ids:
            problems.append(f"expected one display entry rewritten in place, got {displays[:3]}")
        elif any(kind != "update_display_data" for kind, _, _ in displays[1:]):
            problems.append("progress wrote a second display entry")
        elif not all(word in displays[-1][2] for word in ("run 2", "epoch 60/60", "loss", "accuracy")):
            problems.append(f"the last progress line does not say run, epoch, loss and accuracy: {displays[-1][2]!r}")
        elif len(displays) > 4 * seconds + 2:
            problems.append(f"{len(displays)} progress messages in {seconds:.1f} s: more than 4 a second")
        print(f"       progress: {len(displays)} message(s) in {seconds:.1f} s, last {displays[-1][2] if displays else None!r}")

        cell = execute(client, LONG, manager=manager, interrupt_after=3.0)
        after = cell.after_interrupt
        if after is None:
            problems.append(f"the long training cell ended after {cell.seconds:.1f} s, before the interrupt: {cell.stderr[:300]!r}")
        elif cell.status != "error" or "interrupted" not in cell.stderr.lower():
            problems.append(f"interrupting training: expected an interrupted error, got {cell.status}: {cell.stderr[:300]!r}")
        elif after > 1.0:
            problems.append(f"the interrupted cell ended {after:.2f} s after the interrupt (at most 1 s)")
        if after is not None:
            print(f"       interrupt: cell ended {after:.2f} s after Kernel → Interrupt")
        cell = execute(client, AFTER)
        if cell.status != "ok" or "kept 42, net 9610, again max-steps 45" not in cell.stdout:
            problems.append(f"after the interrupt the kernel printed {cell.stdout!r} {cell.stderr[:300]!r}")
        if not manager.is_alive():
            problems.append("the kernel died")
    finally:
        manager.shutdown_kernel(now=True)
    return report(problems, "training in the kernel: one progress line, interrupt keeps the variables")


if __name__ == "__main__":
    sys.exit(main())
