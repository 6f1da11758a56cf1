# SPDX-License-Identifier: GPL-2.0-or-later
"""Missing third-party packages: the catalogue, the platform advice, and whole installations without
shapely 2 or with scipy 1.8 (a subprocess whose ``sitecustomize`` hides them: tests/hide_deps/)."""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from palveluverkko.core import deps
from palveluverkko.processing import catalogue

ROOT = Path(__file__).resolve().parent.parent
HIDE = ROOT / "tests" / "hide_deps"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
SHAPELY_18 = [deps.Missing(deps.REQUIREMENTS["shapely"], "1.8.5")]


def test_catalogue_matches_the_algorithms():
    """Every catalogued id is the ALG_ID of the class named there, with that display name and group."""
    for alg_id, entry in catalogue.CATALOGUE.items():
        module = importlib.import_module(f"palveluverkko.processing.{entry.module}")
        classes = {cls.ALG_ID: cls for cls in module.ALGORITHMS}
        cls = classes[alg_id]
        assert (cls.__name__, cls().displayName(), cls.GROUP_ID) == (
            entry.class_name, entry.display_name, entry.group_id)


def test_requirements_met_here():
    assert deps.missing(deps.REQUIREMENTS) == []
    assert catalogue.feature_message("locationallocation", "SOLVER=1") is None


@pytest.mark.parametrize("text, expected", [("2.0.1", (2, 0, 1)), ("1.8.5", (1, 8, 5)), ("2.1rc1", (2, 1)),
                                            ("1.10.1", (1, 10, 1)), ("dev", ())])
def test_version_tuple(text, expected):
    assert deps.version_tuple(text) == expected


@pytest.mark.parametrize("os_release, platform", [
    ({"ID": "debian", "VERSION_ID": "12"}, "debian-old"),
    ({"ID": "debian", "VERSION_ID": "13"}, "debian"),
    ({"ID": "debian"}, "debian"),  # sid has no VERSION_ID
    ({"ID": "ubuntu", "ID_LIKE": "debian", "VERSION_ID": "22.04"}, "debian-old"),
    ({"ID": "ubuntu", "ID_LIKE": "debian", "VERSION_ID": "24.04"}, "debian"),
    ({"ID": "linuxmint", "ID_LIKE": "ubuntu debian", "VERSION_ID": "22"}, "debian"),
    ({"ID": "fedora", "VERSION_ID": "41"}, "fedora"),
    ({"ID": "arch"}, "other"),
])
def test_detect_linux(os_release, platform):
    assert deps.detect_platform(os_release, environ={}, prefix="/usr", system="linux") == platform


def test_detect_packagers():
    assert deps.detect_platform({}, environ={"FLATPAK_ID": "org.qgis.qgis"}, prefix="/app", system="linux") == \
        "flatpak"
    assert deps.detect_platform({}, environ={"CONDA_PREFIX": "/opt/c"}, prefix="/opt/c", system="linux") == "conda"
    assert deps.detect_platform({}, environ={}, prefix=r"C:\OSGeo4W\apps\Python312", system="win32") == "osgeo4w"
    assert deps.detect_platform({}, environ={}, prefix=r"C:\Program Files\QGIS 3.40.5\apps\Python312",
                                system="win32") == "windows"
    assert deps.detect_platform({}, environ={}, prefix="/Applications/QGIS.app", system="darwin") == "macos"


def _missing(*pairs):
    return [deps.Missing(deps.REQUIREMENTS[key], found) for key, found in pairs]


@pytest.mark.parametrize("platform, managed, problems, command", [
    ("debian-old", True, [("shapely", "1.8.5")],
     "sudo apt install build-essential python3-dev python3-pip libgeos-dev && "
     "pip3 install --user --break-system-packages --no-binary shapely 'shapely>=2'"),
    ("debian-old", False, [("shapely", "1.8.5"), ("milp", "1.8.0")],
     "sudo apt install build-essential python3-dev python3-pip libgeos-dev && "
     "pip3 install --user --no-binary shapely 'scipy>=1.9' 'shapely>=2'"),
    ("debian-old", False, [("milp", "1.8.0")], "sudo apt install python3-pip && pip3 install --user 'scipy>=1.9'"),
    ("debian-old", True, [("scipy", None)], "sudo apt install python3-scipy"),
    ("debian", None, [("scipy", None), ("shapely", None)], "sudo apt install python3-scipy python3-shapely"),
    ("fedora", None, [("shapely", None)], "sudo dnf install python3-shapely"),
    ("osgeo4w", None, [("scipy", None), ("shapely", None)], "osgeo4w-setup.exe: python3-scipy python3-shapely"),
    ("windows", None, [("shapely", "1.8.5")], "python -m pip install 'shapely>=2'"),
    ("flatpak", None, [("scipy", None), ("shapely", None)],
     "flatpak run --command=pip3 org.qgis.qgis install --user scipy 'shapely>=2'"),
    ("conda", None, [("shapely", None), ("matplotlib", None)], "conda install -c conda-forge matplotlib shapely"),
    ("macos", None, [("shapely", None)], "python3 -m pip install --user 'shapely>=2'"),
])
def test_install_command(platform, managed, problems, command):
    assert deps.install_command(_missing(*problems), platform, managed) == command


def test_needs_text_english():
    text = deps.needs_text("palveluverkko:catchments", SHAPELY_18, "flatpak")
    assert text == ("palveluverkko:catchments needs shapely 2 (1.8.5 is installed). The Flathub QGIS has neither: "
                    "install them inside the flatpak, then restart QGIS: flatpak run --command=pip3 org.qgis.qgis "
                    "install --user 'shapely>=2'")


def _hidden_env(hide: str) -> dict:
    """This Python, its packages, and the hider first on the path."""
    paths = [str(HIDE), str(ROOT / "build" / "pkgroot"), sysconfig.get_paths()["purelib"]]
    env = dict(os.environ, PALVELUVERKKO_HIDE=hide, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(paths + [os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    return env


@pytest.mark.parametrize("hide", ["shapely18", "scipy18"])
def test_installation_without(hide, tmp_path):
    """The checks of tests/hide_deps/check_hidden.py, in a Python where shapely 2 or scipy 1.9 is hidden."""
    run = subprocess.run([sys.executable, "-m", "pytest", str(HIDE / "check_hidden.py"), "-q", "-x",
                          "-p", "no:cacheprovider", "-k", hide, "--rootdir", str(ROOT),
                          "-c", str(ROOT / "pyproject.toml")],
                         env=_hidden_env(hide), cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout[-2000:]


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin is not installed")
@pytest.mark.parametrize("language, expected", [
    ("C", "palveluverkko:catchments needs shapely 2 (1.8.5 is installed). This Debian or Ubuntu has shapely 1.8 "
          "only, and the shapely 2 wheel from PyPI clashes with the GEOS library QGIS uses (QGIS crashes): build "
          "it against the system GEOS, then restart QGIS: "),
    ("fi_FI.UTF-8", "palveluverkko:catchments tarvitsee: shapely 2 (asennettu versio 1.8.5). Tämän Debianin tai "
                    "Ubuntun shapely on vain 1.8, ja PyPI:n shapely 2 -paketti törmää QGIS:n käyttämään "
                    "GEOS-kirjastoon (QGIS kaatuu): käännä se järjestelmän GEOSia vasten ja käynnistä QGIS "
                    "uudelleen: "),
    ("sv_FI.UTF-8", "palveluverkko:catchments behöver shapely 2 (version 1.8.5 är installerad). Denna Debian eller "
                    "Ubuntu har bara shapely 1.8, och shapely 2-paketet från PyPI krockar med GEOS-biblioteket som "
                    "QGIS använder (QGIS kraschar): bygg det mot systemets GEOS och starta om QGIS: "),
])
def test_qgis_process_names_what_is_missing(language, expected, tmp_path):
    """qgis_process run/help of an algorithm needing shapely 2 says what to install, in QGIS's language."""
    if deps.detect_platform() != "debian-old":
        pytest.skip("the expected advice is Debian 12's")
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "palveluverkko").symlink_to(ROOT, target_is_directory=True)
    env = _hidden_env("shapely18")
    env.update(QGIS_PLUGINPATH=str(plugins), QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "config"), LC_ALL=language,
               LANG=language, XDG_RUNTIME_DIR=str(tmp_path))
    command = deps.install_command(SHAPELY_18, "debian-old")

    def qgis_process(*args):
        return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=180,
                              cwd=tmp_path)

    assert qgis_process("plugins", "enable", "palveluverkko").returncode == 0
    run = qgis_process("run", "palveluverkko:catchments", "--", "FACILITIES=x.gpkg", f"OUTPUT_DEMAND={tmp_path}/d.gpkg")
    assert run.returncode == 1
    assert f"\t{expected}{command}\n" in run.stdout + run.stderr
    assert "not found" not in run.stdout + run.stderr
    assert list(tmp_path.glob("*.gpkg")) == []
    assert expected + command in qgis_process("help", "palveluverkko:catchments").stdout
