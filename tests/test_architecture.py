# SPDX-License-Identifier: GPL-2.0-or-later
"""The shape of the code, read from its imports with ``ast`` (nothing is run).

- core/ has no import cycles (imports inside functions count too);
- core/ imports no widgets, no ``iface``, no Processing framework and nothing of processing/ or dialogs/;
- no product module uses another module's private names (``_x``): neither imported nor reached as an attribute.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("core", "processing", "dialogs")
#: What core/ must not import: widgets, the GUI layer, iface, the Processing framework.
FORBIDDEN_IN_CORE = ("qgis.PyQt.QtWidgets", "PyQt5.QtWidgets", "PyQt6.QtWidgets", "qgis.gui", "qgis.utils",
                     "processing", "palveluverkko.processing", "palveluverkko.dialogs", "palveluverkko.plugin")


def _modules(*folders: str) -> dict:
    """Dotted name (``palveluverkko.core.x``) -> path, for every .py file under ``folders``."""
    found = {}
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(("palveluverkko",) + parts)] = path
    return found


def _product() -> dict:
    found = _modules(*PRODUCT)
    found["palveluverkko.plugin"] = ROOT / "plugin.py"
    found["palveluverkko"] = ROOT / "__init__.py"
    return found


def _imports(name: str, path: Path):
    """(node, target module, imported names) of every import in a module, relative ones made absolute."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[:len(package) - node.level + 1] + ([node.module] if node.module else []))
            yield node, base, [alias.name for alias in node.names]


def core_graph() -> dict:
    """Module -> the core modules it imports (a ``from package import module`` names the module)."""
    modules = _modules("core")
    graph = {}
    for name, path in modules.items():
        edges = set()
        for _node, target, names in _imports(name, path):
            subs = [f"{target}.{n}" for n in names if f"{target}.{n}" in modules]
            edges.update(subs)
            if target in modules and len(subs) < len(names) or (target in modules and not names):
                edges.add(target)
        edges.discard(name)
        graph[name] = edges
    return graph


def cycles(graph: dict) -> list:
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_graph_reads_the_packages():
    graph = core_graph()
    assert "palveluverkko.core.rules.cutoffs" in graph["palveluverkko.core.allocation.catchments"]
    assert "palveluverkko.core.presence.workspace" in graph["palveluverkko.core.presence.edits"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_core_has_no_import_cycles():
    assert cycles(core_graph()) == []


def test_core_imports_no_gui_and_no_processing():
    bad = []
    for name, path in _modules("core").items():
        for node, target, _names in _imports(name, path):
            if any(target == f or target.startswith(f + ".") for f in FORBIDDEN_IN_CORE):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {target}")
            if "iface" in _names:
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno} imports iface")
    assert bad == []


def private_uses(name: str, path: Path) -> list:
    """Where a module uses another module's private names (imported, or as an attribute of something not its own)."""
    found = []
    for node, target, names in _imports(name, path):
        if target.startswith("palveluverkko") and target != name:
            found += [f"{path.name}:{node.lineno} imports {target}.{n}" for n in names if _private(n)]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and _private(node.attr) and not _own(node.value):
            found.append(f"{path.name}:{node.lineno} uses {ast.unparse(node)}")
    return found


def _own(value: ast.expr) -> bool:
    """``self._x``, ``cls._x`` and ``super()._x`` are the object's own business."""
    if isinstance(value, ast.Name):
        return value.id in ("self", "cls")
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"


def test_no_private_names_across_modules():
    assert [use for name, path in _product().items() for use in private_uses(name, path)] == []


@pytest.mark.parametrize("source, expected", [
    ("from .graph import _ids, ids\n", ["x.py:1 imports palveluverkko.core.graph._ids"]),
    ("from . import graph\ngraph._ids(1)\n", ["x.py:2 uses graph._ids"]),
    ("import os\nself._ids(1)\nsuper()._ids()\nself.__dict__\n", []),
])
def test_private_check_finds_what_it_names(tmp_path, source, expected):
    module = tmp_path / "x.py"
    module.write_text(source, encoding="utf-8")
    assert private_uses("palveluverkko.core.x", module) == expected
