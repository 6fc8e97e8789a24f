"""Executes every lesson in notebooks/ headless through the real tslab kernel (nbclient).

A lesson fails when any output is an error, when a cell writes to stderr, when it has no Plotly
figure, or when a figure's JSON is over the payload budget. Executed copies go to build/executed/.
Usage: run_notebooks.py [notebook ...]   (default: every notebooks/*.ipynb)
"""
import json
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
EXECUTED = ROOT / "build" / "executed"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
FIGURE_BUDGET_BYTES = 250_000
# Long work prints one progress line updated in place, never a scroll of lines.
MAX_OUTPUT_LINES = 60

# Lines a lesson must print exactly as its course note shows them (seed 000's printed result).
SEED_OUTPUT = {
    "01-the-learning-rate.ipynb": [
        "Iteration 1: theta = 8.0000, loss = 64.0000",
        "Iteration 2: theta = 6.4000, loss = 40.9600",
        "Iteration 18: theta = 0.1801, loss = 0.0325",
        "Iteration 19: theta = 0.1441, loss = 0.0208",
        "Iteration 20: theta = 0.1153, loss = 0.0133",
        "Final theta after 20 iterations: 0.1153",
    ],
}


def problems_in(nb):
    problems, figures = [], 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        where = f"cell {index + 1}"
        printed = sum(o.get("text", "").count("\n") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
        if printed > MAX_OUTPUT_LINES:
            problems.append(f"{where}: printed {printed} lines (at most {MAX_OUTPUT_LINES})")
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "error":
                problems.append(f"{where}: {output.get('ename')}: {output.get('evalue')}")
            elif kind == "stream" and output.get("name") == "stderr":
                problems.append(f"{where}: wrote to stderr: {output.get('text', '').strip()[:500]}")

            elif kind in ("display_data", "execute_result") and PLOTLY_MIME in output.get("data", {}):
                figures += 1
                size = len(json.dumps(output["data"][PLOTLY_MIME], separators=(",", ":")))
                if size > FIGURE_BUDGET_BYTES:
                    problems.append(f"{where}: figure is {size} bytes of JSON, budget {FIGURE_BUDGET_BYTES}")
    if figures == 0:
        problems.append("no Plotly figure in any output")
    return problems, figures


def missing_seed_lines(nb, name):
    printed = set()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                printed.update(output.get("text", "").splitlines())
    return [f"does not print the course's line: {line!r}" for line in SEED_OUTPUT.get(name, []) if line not in printed]


def run(path):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name="tslab",
        timeout=600,
        allow_errors=True,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    started = time.time()
    client.execute()
    EXECUTED.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, EXECUTED / path.name)
    problems, figures = problems_in(nb)
    problems += missing_seed_lines(nb, path.name)
    return problems, figures, time.time() - started


def main(argv):
    paths = [Path(p).resolve() for p in argv] or sorted(NOTEBOOKS.glob("*.ipynb"))
    if not paths:
        print("no notebooks found")
        return 1
    failed = 0
    for path in paths:
        problems, figures, seconds = run(path)
        status = "ok" if not problems else "FAILED"
        print(f"{status:6} {path.name}: {figures} figure(s), {seconds:.1f} s")
        for problem in problems:
            print(f"       {problem}")
        failed += bool(problems)
    print(f"executed copies in {EXECUTED.relative_to(ROOT)}/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
