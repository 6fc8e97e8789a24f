"""Training in the real tslab kernel: one progress line, updated in place, and Kernel → Interrupt.

A cell that trains for more than 2 s must show exactly one display entry that it rewrites
(display_data, then update_display_data with the same display_id) naming the epoch, the loss and
the accuracy. Interrupting it must end the cell within a second, and the kernel must keep every
variable defined before, and train again.
"""
import sys
import time

from jupyter_client.manager import start_new_kernel
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


def execute(client, manager, code, interrupt_after=None):
    """Runs one cell; returns (status, stdout, stderr, display messages, seconds, seconds after interrupt)."""
    started = time.time()
    msg_id = client.execute(code)
    interrupted_at = None
    out, err, displays = "", "", []
    while True:
        if interrupt_after is not None and interrupted_at is None and time.time() - started > interrupt_after:
            manager.interrupt_kernel()
            interrupted_at = time.time()
        try:
            message = client.get_iopub_msg(timeout=0.1)
        except Exception:
            if time.time() - started > 300:
                raise TimeoutError(code)
            continue
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = message["msg_type"], message["content"]
        if kind == "stream":
            if content["name"] == "stdout":
                out += content["text"]
            else:
                err += content["text"]
        elif kind in ("display_data", "update_display_data"):
            displays.append((kind, content.get("transient", {}).get("display_id"), content["data"].get("text/plain", "")))
        elif kind == "status" and content["execution_state"] == "idle":
            break
    reply = client.get_shell_msg(timeout=30)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = client.get_shell_msg(timeout=30)
    ended = time.time()
    return (reply["content"]["status"], out, err, displays, ended - started,
            None if interrupted_at is None else ended - interrupted_at)


def main():
    manager, client = start_new_kernel(kernel_name="tslab", cwd=str(NOTEBOOKS))
    problems = []
    try:
        status, _, err, _, _, _ = execute(client, manager, SETUP)
        if status != "ok":
            problems.append(f"setup failed: {err[:500]}")
        status, _, err, displays, seconds, _ = execute(client, manager, PROGRESS)
        ids = {display_id for _, display_id, _ in displays}
        if status != "ok":
            problems.append(f"training cell failed: {err[:500]}")
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

        status, _, err, _, seconds, after = execute(client, manager, LONG, interrupt_after=3.0)
        if after is None:
            problems.append(f"the long training cell ended after {seconds:.1f} s, before the interrupt: {err[:300]!r}")
        elif status != "error" or "interrupted" not in err.lower():
            problems.append(f"interrupting training: expected an interrupted error, got {status}: {err[:300]!r}")
        elif after > 1.0:
            problems.append(f"the interrupted cell ended {after:.2f} s after the interrupt (at most 1 s)")
        if after is not None:
            print(f"       interrupt: cell ended {after:.2f} s after Kernel → Interrupt")
        time.sleep(0.3)  # tslab aborts requests that arrive within 200 ms of an error
        status, out, err, _, _, _ = execute(client, manager, AFTER)
        if status != "ok" or "kept 42, net 9610, again max-steps 45" not in out:
            problems.append(f"after the interrupt the kernel printed {out!r} {err[:300]!r}")
        if not manager.is_alive():
            problems.append("the kernel died")
    finally:
        manager.shutdown_kernel(now=True)
    for problem in problems:
        print(f"FAILED {problem}")
    print(f"{'ok' if not problems else 'FAILED':6} training in the kernel: one progress line, interrupt keeps the variables")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
