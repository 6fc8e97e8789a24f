"""What the reference generators share: writing their JSON beside them, formatted as the repository
formats it."""

import json
import subprocess
from pathlib import Path


def write_reference(name: str, data: dict, *, ensure_ascii: bool = True) -> Path:
    """Writes `data` as JSON to the file `name` in tests/reference and returns its path."""
    path = Path(__file__).with_name(name)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=ensure_ascii) + "\n")
    # The repository's formatter, so regenerating leaves no diff for `prettier --check`.
    subprocess.run(["npx", "prettier", "--write", str(path)], check=True, cwd=path.parent)
    return path
