"""Exports executed lessons to HTML pages that work from disk with no network.

Usage: export.py SITE_DIR PLOTLY_SRC MATHJAX_SRC NOTEBOOK...   (MATHJAX_SRC may be "")
Each page loads plotly.js from PLOTLY_SRC (a file in SITE_DIR), so the copies of plotly.js that
the kernel embedded in each notebook's first figure are removed. Prints one JSON line per page.
"""
import json
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

TEMPLATES = Path(__file__).resolve().parent / "templates"
# The <script> element in which lrlab's show() embeds plotly.js (lib/src/display/html.ts).
EMBEDDED_LIBRARY = re.compile(r"<script data-lrlab-plotly=[^>]*>.*?</script>\n?", re.S)


def strip_embedded_library(nb):
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if isinstance(html, str) and "data-lrlab-plotly=" in html:
                output["data"]["text/html"] = EMBEDDED_LIBRARY.sub("", html)


def title_of(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, re.M)
            if match:
                return match.group(1).strip()
    return fallback


def main(site_dir, plotly_src, mathjax_src, notebooks):
    exporter = HTMLExporter(template_name="lrlab", extra_template_basedirs=[str(TEMPLATES)])
    for path in map(Path, notebooks):
        nb = nbformat.read(path, as_version=4)
        strip_embedded_library(nb)
        title = title_of(nb, path.stem)
        nb.metadata["title"] = title
        resources = {
            "metadata": {"name": path.stem},
            "site": {"plotly_src": plotly_src, "mathjax_src": mathjax_src},
        }
        html, _ = exporter.from_notebook_node(nb, resources=resources)
        page = Path(site_dir) / f"{path.stem}.html"
        page.write_text(html, encoding="utf-8")
        print(json.dumps({"page": page.name, "title": title, "bytes": len(html.encode())}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
