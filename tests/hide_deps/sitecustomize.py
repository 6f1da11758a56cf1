# SPDX-License-Identifier: GPL-2.0-or-later
"""Test environment: make this Python look like an installation without shapely 2 or with an old scipy.

Put this folder first on PYTHONPATH (Python imports ``sitecustomize`` at start-up, also inside
qgis_process) and set PALVELUVERKKO_HIDE to a comma-separated list of:

- ``shapely18``: ``import shapely`` gives a module reporting version 1.8.5 (Debian 12's) and nothing else;
- ``noshapely``: ``import shapely`` fails;
- ``scipy18``: scipy reports version 1.8.1 and ``scipy.optimize.milp`` is missing (Ubuntu 22.04).
"""
import importlib.abc
import importlib.machinery
import os
import sys
import types

HIDE = set(filter(None, os.environ.get("PALVELUVERKKO_HIDE", "").split(",")))


class _OldShapely(importlib.abc.Loader):
    def create_module(self, spec):
        module = types.ModuleType(spec.name)
        module.__version__ = "1.8.5"
        return module

    def exec_module(self, module):
        pass


class _Hider(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top != "shapely" or not HIDE & {"shapely18", "noshapely"}:
            return None
        if name == "shapely" and "shapely18" in HIDE:
            return importlib.machinery.ModuleSpec(name, _OldShapely())
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)


sys.meta_path.insert(0, _Hider())
if "scipy18" in HIDE:
    import scipy
    import scipy.optimize

    scipy.__version__ = "1.8.1"
    del scipy.optimize.milp
