# SPDX-License-Identifier: GPL-2.0-or-later
"""core/compat.py on the running QGIS (make test-matrix runs it on 3.22, 3.40 and 3.44)."""
from __future__ import annotations

import warnings

import pytest

KINDS = ["Bool", "Int", "LongLong", "Double", "String", "Date", "DateTime"]


@pytest.mark.parametrize("kind", KINDS)
def test_field_types_without_deprecation(qgis_app, kind):
    from qgis.core import QgsField, QgsFields, QgsMemoryProviderUtils, QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant

    from palveluverkko.core.compat import FieldType

    ftype = getattr(FieldType, kind)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        field = QgsField("f", ftype)
    assert field.type() == ftype
    # the old QVariant names still compare equal to what type() returns
    assert field.type() == getattr(QVariant, kind)
    assert field.isNumeric() == (kind in ("Int", "LongLong", "Double"))

    fields = QgsFields()
    fields.append(field)
    layer = QgsMemoryProviderUtils.createMemoryLayer("t", fields, QgsWkbTypes.NoGeometry)
    assert layer.isValid()
    assert layer.fields().field("f").type() == ftype
