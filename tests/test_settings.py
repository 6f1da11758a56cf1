# SPDX-License-Identifier: GPL-2.0-or-later
from __future__ import annotations

from qgis.core import QgsSettings

from palveluverkko.core import settings


def test_settings_round_trip_under_prefix(qgis_app):
    settings.set_value("connections/Lahti/url", "http://127.0.0.1:1/wfs")
    settings.set_value("connections/Joensuu/url", "http://127.0.0.1:2/wfs")
    settings.set_value("last/max_features", 25)
    try:
        assert QgsSettings().value("palveluverkko/connections/Lahti/url") == "http://127.0.0.1:1/wfs"
        assert sorted(settings.child_groups("connections")) == ["Joensuu", "Lahti"]
        assert settings.value("last/max_features", 0, int) == 25
        assert settings.value("missing", "default") == "default"
    finally:
        settings.remove("connections")
        settings.remove("last")
    assert settings.child_groups("connections") == []
