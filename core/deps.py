# SPDX-License-Identifier: GPL-2.0-or-later
"""The third-party Python packages the plugin needs, and what to tell the user when one is missing.

QGIS ships numpy everywhere; scipy, shapely 2 and matplotlib are not always
there (Debian 12's python3-shapely is 1.8, Ubuntu 22.04's scipy 1.8 has no
``scipy.optimize.milp``, the OSGeo4W network installer and the Flathub QGIS
have neither scipy nor shapely). :func:`missing` says which requirements
are unmet; :func:`advice` says what to do on the platform QGIS runs on
(:func:`detect_platform`). No widgets here: the plugin shell shows the text.

The minimum versions are those of the oldest API the code calls:
shapely 2.0 (the vectorised API), scipy 1.6 (``cKDTree.query(workers=)``;
``csgraph.dijkstra(min_only=)`` is 1.3), scipy 1.9 for the exact solver
(``scipy.optimize.milp`` with ``mip_rel_gap``), matplotlib 3.1 (a
``Figure`` drawn without pyplot).
"""
from __future__ import annotations

import os
import re
import sys
import sysconfig
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication


class MissingDependencyError(ImportError):
    """A required third-party package is missing or too old."""


@dataclass(frozen=True)
class Requirement:
    key: str          # shapely, scipy, milp, matplotlib
    package: str      # the Python package (pip name)
    minimum: str      # the oldest version that works
    label: str        # how messages name it: "shapely 2", "scipy 1.9"


REQUIREMENTS: Dict[str, Requirement] = {
    "shapely": Requirement("shapely", "shapely", "2.0", "shapely 2"),
    "scipy": Requirement("scipy", "scipy", "1.6", "scipy 1.6"),
    "milp": Requirement("milp", "scipy", "1.9", "scipy 1.9"),
    "matplotlib": Requirement("matplotlib", "matplotlib", "3.1", "matplotlib 3.1"),
}


@dataclass(frozen=True)
class Missing:
    requirement: Requirement
    found: Optional[str]  # the installed version, or None when the package cannot be imported


def version_tuple(text: str) -> tuple:
    """(2, 0, 1) from '2.0.1', '2.0rc1' -> (2, 0); non-numbers end the tuple."""
    parts = []
    for piece in str(text).split("."):
        match = re.match(r"\d+", piece)
        if match is None:
            break
        parts.append(int(match.group()))
        if match.end() < len(piece):
            break
    return tuple(parts)


def _installed(module_name: str) -> Optional[str]:
    try:
        module = __import__(module_name)
    except ImportError:
        return None
    return str(getattr(module, "__version__", "0"))


def _import_ok(*names: str) -> bool:
    import importlib

    try:
        for name in names:
            importlib.import_module(name)
    except ImportError:
        return False
    return True


def check(key: str) -> Optional[Missing]:
    """None when requirement ``key`` is met, else what is missing."""
    requirement = REQUIREMENTS[key]
    found = _installed(requirement.package)
    if found is None:
        return Missing(requirement, None)
    if version_tuple(found) < version_tuple(requirement.minimum):
        return Missing(requirement, found)
    modules = {"scipy": ("scipy.sparse.csgraph", "scipy.spatial"), "matplotlib": ("matplotlib.path",),
               "shapely": ("shapely",)}.get(key, ())
    if not _import_ok(*modules):
        return Missing(requirement, None)
    if key == "milp":
        try:
            from scipy.optimize import milp  # noqa: F401
        except ImportError:
            return Missing(requirement, found)
    return None


def missing(keys: Iterable[str]) -> List[Missing]:
    """The unmet requirements among ``keys`` (scipy before milp: an old scipy is named once)."""
    result: List[Missing] = []
    for key in keys:
        problem = check(key)
        if problem is not None and not any(m.requirement.package == problem.requirement.package for m in result):
            result.append(problem)
    return result


def require_shapely2() -> None:
    """Raise :class:`MissingDependencyError` (an ImportError) without shapely 2."""
    problem = check("shapely")
    if problem is not None:
        raise MissingDependencyError(needs_text("Palveluverkko", [problem]), name="shapely")


# -- the platform and what to do there ------------------------------------------------------------------------

def _os_release(path: str = "/etc/os-release") -> Dict[str, str]:
    values: Dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                key, sep, value = line.strip().partition("=")
                if sep:
                    values[key] = value.strip().strip('"')
    except OSError:
        pass
    return values


def detect_platform(os_release: Optional[Mapping[str, str]] = None, environ: Optional[Mapping[str, str]] = None,
                    prefix: Optional[str] = None, system: Optional[str] = None) -> str:
    """Where QGIS runs: debian, debian-old (shapely 1.8 in its packages), fedora, osgeo4w, windows,
    flatpak, conda, macos or other. The arguments default to this machine's."""
    environ = os.environ if environ is None else environ
    prefix = sys.prefix if prefix is None else prefix
    system = sys.platform if system is None else system
    if environ.get("FLATPAK_ID") or (os_release is None and os.path.exists("/.flatpak-info")):
        return "flatpak"
    if environ.get("CONDA_PREFIX") or os.path.isdir(os.path.join(prefix, "conda-meta")):
        return "conda"
    if system.startswith("win"):
        return "osgeo4w" if "osgeo4w" in prefix.lower() else "windows"
    if system == "darwin":
        return "macos"
    info = _os_release() if os_release is None else os_release
    family = {info.get("ID", "")} | set(info.get("ID_LIKE", "").split())
    version = version_tuple(info.get("VERSION_ID", ""))
    if "ubuntu" in family and info.get("ID") == "ubuntu":
        return "debian-old" if version and version < (24, 4) else "debian"
    if info.get("ID") == "debian":
        return "debian-old" if version and version < (13,) else "debian"
    if "debian" in family or "ubuntu" in family:
        return "debian"
    if family & {"fedora", "rhel", "centos"}:
        return "fedora"
    return "other"


def _externally_managed() -> bool:
    """Whether pip needs --break-system-packages for --user installs (PEP 668, e.g. Debian 12)."""
    return os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED"))


def _pip_spec(problem: Missing) -> str:
    requirement = problem.requirement
    if requirement.key in ("shapely", "milp"):
        minimum = requirement.minimum[:-2] if requirement.minimum.endswith(".0") else requirement.minimum
        return f"'{requirement.package}>={minimum}'"
    return requirement.package


def _debian_old_command(problems: Sequence[Missing], externally_managed: Optional[bool]) -> str:
    """Debian 12, Ubuntu 22.04: shapely built against the system GEOS, a newer scipy from PyPI, the rest apt."""
    managed = _externally_managed() if externally_managed is None else externally_managed
    keys = {p.requirement.key for p in problems}
    apt = [f"python3-{p.requirement.package}" for p in problems if p.requirement.key in ("scipy", "matplotlib")]
    pip = [_pip_spec(p) for p in sorted(problems, key=lambda p: p.requirement.package)
           if p.requirement.key in ("shapely", "milp")]
    if "shapely" in keys:
        apt = ["build-essential", "python3-dev", "python3-pip", "libgeos-dev", *apt]
    elif pip:
        apt = ["python3-pip", *apt]
    parts = [f"sudo apt install {' '.join(apt)}"] if apt else []
    if pip:
        flags = (" --break-system-packages" if managed else "") + (" --no-binary shapely" if "shapely" in keys else "")
        parts.append(f"pip3 install --user{flags} {' '.join(pip)}")
    return " && ".join(parts)


def install_command(problems: Sequence[Missing], platform: str, externally_managed: Optional[bool] = None) -> str:
    """The command (or the installer step) that installs ``problems`` on ``platform``."""
    packages = sorted({p.requirement.package for p in problems})
    specs = " ".join(_pip_spec(p) for p in sorted(problems, key=lambda p: p.requirement.package))
    debian_packages = " ".join(f"python3-{name}" for name in packages)
    if platform == "debian-old":
        return _debian_old_command(problems, externally_managed)
    return {
        "debian": f"sudo apt install {debian_packages}",
        "fedora": f"sudo dnf install {debian_packages}",
        "osgeo4w": f"osgeo4w-setup.exe: {debian_packages}",
        "windows": f"python -m pip install {specs}",
        "flatpak": f"flatpak run --command=pip3 org.qgis.qgis install --user {specs}",
        "conda": f"conda install -c conda-forge {' '.join(packages)}",
    }.get(platform, f"python3 -m pip install --user {specs}")


def advice(problems: Sequence[Missing], platform: Optional[str] = None,
           externally_managed: Optional[bool] = None) -> str:
    """What to do on ``platform`` (default this one), translated, with the command."""
    translate = QCoreApplication.translate
    platform = detect_platform() if platform is None else platform
    command = install_command(problems, platform, externally_managed)
    shapely_missing = any(p.requirement.key == "shapely" for p in problems)
    if platform == "debian-old" and shapely_missing:
        text = translate("Dependencies", "This Debian or Ubuntu has shapely 1.8 only, and the shapely 2 wheel from "
                                         "PyPI clashes with the GEOS library QGIS uses (QGIS crashes): build it "
                                         "against the system GEOS, then restart QGIS: {}")
    elif platform == "debian-old":
        text = translate("Dependencies", "The distribution's version is too old: install a newer one with pip for "
                                         "the Python that QGIS uses, then restart QGIS: {}")
    elif platform in ("debian", "fedora"):
        text = translate("Dependencies", "Install them from the distribution's packages (QGIS does not pull them "
                                         "in), then restart QGIS: {}")
    elif platform == "osgeo4w":
        text = translate("Dependencies", "Run the OSGeo4W installer again (Advanced Install) and add these "
                                         "packages, then restart QGIS: {}")
    elif platform == "windows":
        text = translate("Dependencies", "The QGIS installer for Windows includes them: repair QGIS, or run in "
                                         "the OSGeo4W Shell installed with QGIS, then restart QGIS: {}")
    elif platform == "flatpak":
        text = translate("Dependencies", "The Flathub QGIS has neither: install them inside the flatpak, then "
                                         "restart QGIS: {}")
    elif platform == "conda":
        text = translate("Dependencies", "Install them into the conda environment of QGIS, then restart QGIS: {}")
    else:
        text = translate("Dependencies", "Install them into the Python that QGIS uses, then restart QGIS: {}")
    return text.format(command)


def found_text(problem: Missing) -> str:
    """'shapely 2 (1.8.5 is installed)' or 'scipy 1.6 (not installed)', translated."""
    translate = QCoreApplication.translate
    if problem.found is None:
        return translate("Dependencies", "{} (not installed)").format(problem.requirement.label)
    return translate("Dependencies", "{} ({} is installed)").format(problem.requirement.label, problem.found)


def needs_text(what: str, problems: Sequence[Missing], platform: Optional[str] = None) -> str:
    """'<what> needs shapely 2 (1.8.5 is installed). <advice>', translated; without ``what`` 'They need …'."""
    translate = QCoreApplication.translate
    needs = ", ".join(found_text(p) for p in problems)
    head = (translate("Dependencies", "{} needs {}.").format(what, needs) if what
            else translate("Dependencies", "They need {}.").format(needs))
    return f"{head} {advice(problems, platform)}"


def message_for(what: str, keys: Iterable[str]) -> Optional[str]:
    """:func:`needs_text` for the unmet ones of ``keys``, or None when all are met."""
    problems = missing(keys)
    return needs_text(what, problems) if problems else None
