# SPDX-License-Identifier: GPL-2.0-or-later
"""Property: applying diff(current, wanted) gives exactly ``wanted`` for the named agencies, leaves the
other rows alone, is one undo step, and undoing it restores the layer."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsFeature, QgsVectorLayer

from palveluverkko.core.presence import edits as core

CODES = ["KELA", "VERO", "MIGRI", "DVV", "KUNTA"]
records = st.one_of(st.none(), st.builds(
    core.PresenceRecord, agency=st.just(""), mode=st.sampled_from(["staff", "appointment", "remote"]),
    days_per_week=st.one_of(st.none(), st.integers(0, 5), st.sampled_from([0.5, 2.5])),
    annual_visits=st.one_of(st.none(), st.integers(0, 10**6)),
    notes=st.one_of(st.none(), st.text("abc ä", min_size=1, max_size=5).map(str.strip).filter(bool))))
states = st.fixed_dictionaries({code: records for code in CODES})


def _layer(state, other):
    layer = QgsVectorLayer("None?field=premises_id:string&field=agency:string&field=mode:string"
                           "&field=days_per_week:double&field=annual_visits:integer&field=notes:string", "p", "memory")
    features = []
    for premises_id, rows in (("P1", state), ("P2", other)):
        for code, record in rows.items():
            if record is not None:
                feature = QgsFeature(layer.fields())
                feature.setAttributes([premises_id, code, record.mode, record.days_per_week, record.annual_visits,
                                       record.notes])
                features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _values(rows):
    return {code: record.values() for code, record in rows.items()}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=states, wanted=states, other=states, named=st.sets(st.sampled_from(CODES)))
def test_apply_diff_round_trip(qgis_app, before, wanted, other, named):
    layer = _layer(before, other)
    target = {code: (None if wanted[code] is None else
                     core.PresenceRecord(code, **{k: v for k, v in wanted[code].values().items()}))
              for code in named}
    current = core.read_presence(layer, "P1")
    changes = core.diff("P1", current, target)
    untouched_other = _values(core.read_presence(layer, "P2"))
    core.apply_changes(layer, changes, "edit")
    after = core.read_presence(layer, "P1")
    expected = {code: r.values() for code, r in before.items() if r is not None and code not in named}
    expected.update({code: r.values() for code, r in target.items() if r is not None})
    assert _values(after) == expected
    assert _values(core.read_presence(layer, "P2")) == untouched_other
    assert layer.undoStack().count() == (0 if changes.is_empty() else 1)
    assert core.diff("P1", after, target).is_empty()
    if not changes.is_empty():
        layer.undoStack().undo()
        assert _values(core.read_presence(layer, "P1")) == _values(current)
