# SPDX-License-Identifier: GPL-2.0-or-later
"""Fail on code that Qt 6 / QGIS 4 will not run: unscoped enums, ``exec_()``, QAction from QtWidgets.

PyQt6 knows enum members only through their enum (``Qt.AlignmentFlag.AlignLeft``,
not ``Qt.AlignLeft``); the scoped form works on PyQt5 and QGIS 3.22 too. The
check reads the product code with ``ast`` and looks every ``Class.Member`` up on
the running QGIS: a member whose type is an enum, reached without that enum, is
reported with its scoped spelling. Run by ``make lint``:

    python scripts/check_qt6.py          # report, exit 1 when something is found
    python scripts/check_qt6.py --fix    # rewrite the unscoped enums in place
"""
from __future__ import annotations

import ast
import enum
import importlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("core/", "processing/", "dialogs/", "plugin.py", "__init__.py")
#: Left to the WFS rewrite (issue 13), then to be checked too.
SKIPPED: tuple = ()
#: Unscoped on purpose: the scoped spelling does not exist on every supported version.
ALLOWED: set = set()
BINDINGS = ("qgis.core", "qgis.gui", "qgis.PyQt.")


def product_files() -> list:
    listed = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [ROOT / f for f in listed.stdout.split()
            if f.startswith(PRODUCT) and not f.startswith(SKIPPED)]


def _imported(tree: ast.AST) -> dict:
    """Local name -> object for the classes imported from QGIS and Qt."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(BINDINGS):
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type):
                    found[alias.asname or alias.name] = value
    return found


def _is_enum_member(value) -> bool:
    kind = type(value)
    return isinstance(value, enum.Enum) or type(kind).__name__ in ("enumtype", "EnumType", "EnumMeta")


def scoped(owner: type, member: str):
    """The scoped spelling of ``owner.member`` when it is an unscoped enum member, else None."""
    value = getattr(owner, member, None)
    if value is None or not _is_enum_member(value):
        return None
    enum_name = type(value).__name__
    if enum_name == member or getattr(owner, enum_name, None) is not type(value):
        return None
    if getattr(type(value), member, None) != value:  # the scoped spelling must exist on this QGIS too
        return None
    return f"{enum_name}.{member}"


def findings(path: Path) -> list:
    """(line, column, end column, text, replacement or None, message) of each problem in one file."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    classes = _imported(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in classes:
            spelling = scoped(classes[node.value.id], node.attr)
            text = f"{node.value.id}.{node.attr}"
            if spelling and text not in ALLOWED:
                found.append((node.lineno, node.col_offset, node.end_col_offset, text,
                              f"{node.value.id}.{spelling}", f"unscoped enum {text}: write {node.value.id}.{spelling}"))
        elif isinstance(node, ast.Attribute) and node.attr == "exec_":
            found.append((node.lineno, node.col_offset, node.end_col_offset, None, None, "exec_(): write exec()"))
        elif isinstance(node, ast.ImportFrom) and node.module == "qgis.PyQt.QtWidgets" \
                and any(a.name == "QAction" for a in node.names) and path.name != "compat.py":
            found.append((node.lineno, node.col_offset, node.end_col_offset, None, None,
                          "QAction is in QtGui on Qt 6: import it from dialogs/compat.py"))
    return sorted(found)


def fix(path: Path, problems: list) -> int:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    fixed = 0
    for line, col, end, text, replacement, _message in sorted(problems, reverse=True):
        raw = lines[line - 1].encode("utf-8")  # ast columns count UTF-8 bytes
        if replacement is None or raw[col:end] != text.encode("utf-8"):
            continue
        lines[line - 1] = (raw[:col] + replacement.encode("utf-8") + raw[end:]).decode("utf-8")
        fixed += 1
    path.write_text("".join(lines), encoding="utf-8")
    return fixed


def main(argv: list) -> int:
    total = 0
    for path in product_files():
        problems = findings(path)
        if "--fix" in argv and problems:
            print(f"{path.relative_to(ROOT)}: fixed {fix(path, problems)}")
            problems = findings(path)
        for line, col, _end, _text, _replacement, message in problems:
            print(f"{path.relative_to(ROOT)}:{line}:{col + 1}: {message}")
        total += len(problems)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
