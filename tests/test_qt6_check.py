# SPDX-License-Identifier: GPL-2.0-or-later
"""scripts/check_qt6.py finds what Qt 6 would refuse, and only that."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from qgis.core import Qgis

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("check_qt6", ROOT / "scripts" / "check_qt6.py")
check_qt6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_qt6)


@pytest.mark.parametrize("source, messages", [
    ("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft\n",
     ["unscoped enum Qt.AlignLeft: write Qt.AlignmentFlag.AlignLeft"]),
    ("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignmentFlag.AlignLeft\n", []),
    pytest.param("from qgis.core import QgsProcessing\nx = [QgsProcessing.TypeVectorPoint]\n",
                 ["unscoped enum QgsProcessing.TypeVectorPoint: write QgsProcessing.SourceType.TypeVectorPoint"],
                 marks=pytest.mark.skipif(
                     Qgis.QGIS_VERSION_INT >= 33000,
                     reason="the check reads the bindings: QGIS 3.30 and newer give their enums as Python enums "
                            "whose members answer to the unscoped name too, so it finds QGIS enums on 3.22 "
                            "(make lint's QGIS)")),
    ("from qgis.core import QgsProcessing\nx = QgsProcessing.SourceType.TypeVectorPoint\n", []),
    ("from qgis.core import QgsFeature\nf = QgsFeature()\nf.id()\n", []),
    ("dialog.exec_()\n", ["exec_(): write exec()"]),
    ("from qgis.PyQt.QtWidgets import QAction\n", ["QAction is in QtGui on Qt 6: import it from dialogs/compat.py"]),
])
def test_findings(tmp_path, source, messages):
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert [found[-1] for found in check_qt6.findings(path)] == messages


def test_fix_writes_the_scoped_form_on_lines_with_other_letters(tmp_path):
    path = tmp_path / "module.py"
    path.write_text('from qgis.PyQt.QtCore import Qt\nx = ("±", Qt.AlignLeft, Qt.AlignRight)\n', encoding="utf-8")
    check_qt6.fix(path, check_qt6.findings(path))
    assert path.read_text(encoding="utf-8").splitlines()[1] == \
        'x = ("±", Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)'
    assert check_qt6.findings(path) == []


def test_product_code_is_clean():
    assert [(str(p), f[-1]) for p in check_qt6.product_files() for f in check_qt6.findings(p)] == []
