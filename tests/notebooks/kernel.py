"""Talking to a real tslab kernel, for the kernel tests: run a cell (optionally interrupting it)
and collect what it printed and displayed; report the problems found."""
import time
from dataclasses import dataclass, field


@dataclass
class Cell:
    status: str = ""
    stdout: str = ""
    stderr: str = ""
    # (msg_type, display_id, text/plain) of every display_data and update_display_data message
    displays: list = field(default_factory=list)
    seconds: float = 0.0
    # seconds from the interrupt to the end of the cell, when one was sent
    after_interrupt: float | None = None


def execute(client, code, manager=None, interrupt_after=None, timeout=300):
    """Runs one cell to its end; with interrupt_after, sends Kernel → Interrupt that many seconds in.
    After an error it waits 0.3 s (not counted in the cell's seconds), so the next cell runs."""
    cell = Cell()
    started = time.time()
    interrupted_at = None
    msg_id = client.execute(code)
    while True:
        if interrupt_after is not None and interrupted_at is None and time.time() - started > interrupt_after:
            manager.interrupt_kernel()
            interrupted_at = time.time()
        try:
            message = client.get_iopub_msg(timeout=0.1)
        except Exception:
            if time.time() - started > timeout:
                raise TimeoutError(code)
            continue
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = message["msg_type"], message["content"]
        if kind == "stream":
            setattr(cell, content["name"], getattr(cell, content["name"]) + content["text"])
        elif kind in ("display_data", "update_display_data"):
            display_id = content.get("transient", {}).get("display_id")
            cell.displays.append((kind, display_id, content["data"].get("text/plain", "")))
        elif kind == "status" and content["execution_state"] == "idle":
            break
    while (reply := client.get_shell_msg(timeout=30))["parent_header"].get("msg_id") != msg_id:
        pass
    ended = time.time()
    cell.status = reply["content"]["status"]
    cell.seconds = ended - started
    if interrupted_at is not None:
        cell.after_interrupt = ended - interrupted_at
    if cell.status == "error":
        # tslab reports a thrown error on stderr, and aborts requests that arrive in the next
        # 200 ms, as a learner's next Shift+Enter never does: wait before the next cell.
        time.sleep(0.3)
    return cell


def report(problems, summary):
    """Prints each problem and the summary line; returns the exit code."""
    for problem in problems:
        print(f"FAILED {problem}")
    print(f"{'ok' if not problems else 'FAILED':6} {summary}")
    return 1 if problems else 0
