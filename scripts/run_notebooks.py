"""Execute the notebooks and store them with their outputs (so they read on a code host).

    python scripts/run_notebooks.py [--data ../shared/data] [NOTEBOOK ...]

The outputs hold aggregates of the public datasets only (shares, counts, names): no text of
theirs (tests/test_notebooks_stored.py checks it when the datasets are present).  Execution
counts and the kernel's timing metadata are dropped so that a rerun differs only where the
results do.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def run(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.execution_count = None
            for out in cell.outputs:
                if "execution_count" in out:
                    out["execution_count"] = None
    nbformat.write(nb, path)
    print(f"{path.name}: {sum(len(c.get('outputs', [])) for c in nb.cells)} outputs stored")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", help="the public datasets (default: $BIAS_SHARED_DATA or ../shared/data)"
    )
    ap.add_argument("notebooks", nargs="*", type=Path)
    args = ap.parse_args(argv)
    if args.data:
        os.environ["BIAS_SHARED_DATA"] = str(Path(args.data).resolve())
    for path in args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb")):
        run(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
