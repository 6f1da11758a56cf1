# SPDX-License-Identifier: GPL-2.0-or-later
"""No function in product code (core, processing, dialogs, plugin.py) is longer than 60 lines.

Read with ``ast`` (nothing is run): a function's length is from its ``def`` line to its last line,
docstring and comments included, decorators not. A long function is split by what it does (reading,
checking, computing, writing), not by line count.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 60


def product_files() -> list:
    files = [p for folder in ("core", "processing", "dialogs") for p in sorted((ROOT / folder).rglob("*.py"))]
    return files + [ROOT / "plugin.py"]


def function_lengths(path: Path):
    """(name, first line, length) of every function and method in ``path``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node.lineno, node.end_lineno - node.lineno + 1


def long_functions(limit: int = MAX_LINES) -> dict:
    """``path:name`` -> "path:line name (n lines)" for every function over ``limit`` lines."""
    found = {}
    for path in product_files():
        relative = path.relative_to(ROOT).as_posix()
        for name, line, length in function_lengths(path):
            if length > limit:
                found[f"{relative}:{name}"] = f"{relative}:{line} {name} ({length} lines)"
    return found


def test_no_function_over_60_lines():
    assert sorted(long_functions().values()) == [], f"functions over {MAX_LINES} lines: split them"


def test_the_checker_counts_lines(tmp_path):
    path = tmp_path / "sample.py"
    body = "\n".join(f"    x{i} = {i}" for i in range(60))
    path.write_text(f"def long():\n{body}\n\n\ndef short():\n    return 1\n", encoding="utf-8")
    assert [(n, length) for n, _line, length in function_lengths(path)] == [("long", 61), ("short", 2)]
