# SPDX-License-Identifier: GPL-2.0-or-later
"""What differs between the supported QGIS versions (3.22 to 3.44), in one place.

Code imports these names instead of testing ``Qgis.QGIS_VERSION_INT`` itself.
Each difference is checked on every version by ``make test-matrix``
(tests/test_compat.py).
"""
from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

#: QGIS 3.38 changed field types from ``QVariant.Type`` to ``QMetaType.Type``:
#: ``QgsField(name, QVariant.Double)`` is deprecated from then on (a
#: DeprecationWarning on 3.40 and 3.44; gone with Qt 6), while QGIS up to 3.36
#: accepts only ``QVariant.Type``. Write ``QgsField("score", FieldType.Double)``;
#: ``field.type() == FieldType.Double`` holds on every version.
QMETATYPE_FIELDS = Qgis.QGIS_VERSION_INT >= 33800


class FieldType:
    """Field types for ``QgsField`` on the running QGIS."""

    if QMETATYPE_FIELDS:
        Bool = QMetaType.Type.Bool
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        String = QMetaType.Type.QString
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime
    else:
        Bool = QVariant.Type.Bool
        Int = QVariant.Type.Int
        LongLong = QVariant.Type.LongLong
        Double = QVariant.Type.Double
        String = QVariant.Type.String
        Date = QVariant.Type.Date
        DateTime = QVariant.Type.DateTime
