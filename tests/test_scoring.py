# SPDX-License-Identifier: GPL-2.0-or-later
"""core/suitability/scoring.py: published worked examples, exact error messages, properties."""
from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from palveluverkko.core.suitability import scoring as sc

# Hwang, C.-L. & Yoon, K. (1981) Multiple Attribute Decision Making: Methods and
# Applications. Lecture Notes in Economics and Mathematical Systems 186, Springer,
# the fighter aircraft example (also Yoon & Hwang 1995, Sage, ch. 5): max speed
# (Mach), ferry range (NM), max payload (lb), acquisition cost ($10^6),
# reliability and maneuverability (interval scale: low 3, average 5, high 7,
# very high 9). Cost is the only cost criterion.
AIRCRAFT = np.array([
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
])
AIRCRAFT_BENEFIT = np.array([True, True, True, False, True, True])
AIRCRAFT_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]


def test_topsis_reproduces_hwang_yoon_fighter_aircraft():
    # Published relative closeness C*: A1 0.643, A2 0.268, A3 0.613, A4 0.312;
    # order A1 > A3 > A4 > A2. The book rounds its intermediate tables to 4
    # decimals, so the last published digit may differ by one (A3 is 0.61354).
    result = sc.score(AIRCRAFT, AIRCRAFT_BENEFIT, AIRCRAFT_WEIGHTS, sc.TOPSIS)
    assert result.score.tolist() == pytest.approx([0.643, 0.268, 0.613, 0.312], abs=1e-3)
    assert np.round(result.score, 4).tolist() == [0.6433, 0.2684, 0.6135, 0.3123]
    assert result.rank.tolist() == [1, 4, 2, 3]
    # n_ = vector-normalised values, c_ = weight x n_ (the weighted normalised matrix V)
    assert result.normalised[0, 0] == pytest.approx(2.0 / math.sqrt(4 + 6.25 + 3.24 + 4.84))
    assert result.contributions[0, 0] == pytest.approx(0.2 * 2.0 / math.sqrt(18.33))
    assert result.contributions[2, 3] == pytest.approx(0.1 * 4.5 / math.sqrt(5.5**2 + 6.5**2 + 4.5**2 + 5.0**2))


def test_weighted_sum_fighter_aircraft_exact_rational():
    # The same published decision matrix with Hwang & Yoon's linear (max-min)
    # scale transformation r = (x - min)/(max - min), cost r = (max - x)/(max - min),
    # computed independently in exact rational arithmetic.
    weights = [Fraction(2, 10), Fraction(1, 10), Fraction(1, 10), Fraction(1, 10), Fraction(2, 10), Fraction(3, 10)]
    rows = [[Fraction(str(v)) for v in row] for row in AIRCRAFT.tolist()]
    expected = []
    for row in rows:
        total = Fraction(0)
        for j, w in enumerate(weights):
            column = [r[j] for r in rows]
            lo, hi = min(column), max(column)
            n = (row[j] - lo) / (hi - lo) if AIRCRAFT_BENEFIT[j] else (hi - row[j]) / (hi - lo)
            total += w * n
        expected.append(total)
    assert expected == [Fraction(241, 420), Fraction(3, 10), Fraction(71, 120), Fraction(8, 21)]
    result = sc.score(AIRCRAFT, AIRCRAFT_BENEFIT, AIRCRAFT_WEIGHTS, sc.WEIGHTED_SUM)
    assert result.score.tolist() == pytest.approx([float(e) for e in expected], abs=1e-12)
    assert result.rank.tolist() == [2, 4, 1, 3]
    # contributions add up to the score
    assert result.contributions.sum(axis=1) == pytest.approx(result.score, abs=1e-12)


# Saaty, T. L. (1990) How to make a decision: the analytic hierarchy process.
# European Journal of Operational Research 48, 9-26, the house example (Table 2):
# size, transportation, neighbourhood, age, yard, modern facilities, general
# condition, financing. Published: weights .173 .054 .188 .018 .031 .036 .167
# .333, lambda_max = 9.669, C.I. = 0.238, C.R. = 0.169.
HOUSE = """
1 5 3 7 6 6 1/3 1/4
1/5 1 1/3 5 3 3 1/5 1/7
1/3 3 1 6 3 4 6 1/5
1/7 1/5 1/6 1 1/3 1/4 1/7 1/8
1/6 1/3 1/3 3 1 1/2 1/5 1/6
1/6 1/3 1/4 4 2 1 1/5 1/6
3 5 1/6 7 5 5 1 1/2
4 7 5 8 6 6 2 1
"""
HOUSE_NAMES = ["size", "transport", "neighbourhood", "age", "yard", "facilities", "condition", "financing"]


def test_ahp_reproduces_saaty_1990_house_example():
    matrix = sc.parse_ahp_matrix(HOUSE, HOUSE_NAMES)
    result = sc.ahp(matrix, HOUSE_NAMES)
    assert np.round(result.weights, 3).tolist() == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    assert round(result.lambda_max, 3) == 9.669
    assert round(result.ci, 3) == 0.238
    assert round(result.cr, 3) == 0.169
    assert result.weights.sum() == pytest.approx(1.0)


def test_ahp_accepts_rounded_reciprocals_and_flat_lists():
    names = ["a", "b", "c"]
    flat = sc.parse_ahp_matrix("1,3,5,0.33,1,2,0.2,0.5,1", names)
    rows = sc.parse_ahp_matrix("1 3 5; 1/3 1 2; 1/5 1/2 1", names)
    assert flat[1, 0] == 0.33 and rows[1, 0] == pytest.approx(1 / 3)
    assert sc.ahp(flat, names).weights == pytest.approx(sc.ahp(rows, names).weights, abs=2e-3)
    # Saaty's RI(3) = 0.58; this nearly consistent matrix has CR ~ 0.003
    assert sc.ahp(rows, names).cr == pytest.approx(0.0036, abs=1e-3)
    assert sc.parse_ahp_matrix(["1", "3", "0.3333", "1"], ["a", "b"])[1, 0] == 0.3333


@pytest.mark.parametrize(
    "text, message",
    [
        ("1 2 3; 0.5 1", "The AHP matrix is not square: it has 2 rows of 3/2 values."),
        ("1,2,0.5,1,1", "The AHP matrix is not square: 5 values cannot form n rows of n."),
        ("1,2,0.5,1", "The AHP matrix is 2×2 but there are 3 criteria: give one row and one column per "
                      "criterion, in the order of the criteria."),
        ("1 2 4; 0.5 1 x; 0.25 1 1", "AHP matrix cell (row 2, column 3) [b vs c]: 'x' is not a number."),
        ("1 2 4; 0.5 1 0; 0.25 1 1", "AHP matrix cell (row 2, column 3) [b vs c] is 0.0; comparisons must be "
                                     "positive (Saaty scale 1/9 to 9)."),
        ("1 2 4; 0.5 1 3; 0.25 0.3 1", "AHP matrix cells (row 2, column 3) = 3 and (row 3, column 2) = 0.3 "
                                       "[b vs c] are not reciprocal: their product 0.900 must be between 0.98 "
                                       "and 1.02 (e.g. 3 and 1/3 or 0.33)."),
        ("1 2 4; 0.5 1.1 1; 0.25 1 1", "AHP matrix cells (row 2, column 2) = 1.1 and (row 2, column 2) = 1.1 "
                                       "[b vs b] are not reciprocal: their product 1.210 must be between 0.98 "
                                       "and 1.02 (e.g. 3 and 1/3 or 0.33)."),
    ],
)
def test_ahp_bad_matrices_name_the_cell(text, message):
    names = ["a", "b", "c"]
    with pytest.raises(sc.ScoringError) as err:
        sc.ahp(sc.parse_ahp_matrix(text, names), names)
    assert str(err.value) == message


def test_ahp_product_limit_is_inclusive_at_two_percent():
    names = ["a", "b"]
    sc.ahp([[1, 3], [0.34, 1]], names)  # 1.02
    with pytest.raises(sc.ScoringError):
        sc.ahp([[1, 3], [0.341, 1]], names)  # 1.023


@pytest.mark.parametrize(
    "values, message",
    [
        ([], "No criteria given: add rows of field, direction (benefit or cost) and weight."),
        (["pop", "benefit"], "The criteria table must have three columns (field, direction, weight); got 2 values, "
                             "which is not a multiple of 3."),
        (["pop", "good", "1"], "Criteria row 1 (pop): direction must be benefit or cost, not 'good'."),
        (["pop", "benefit", "1", "cost_eur", "cost", "-2"],
         "Criteria row 2 (cost_eur): the weight -2 is negative; weights must be 0 or more."),
        (["pop", "benefit", "much"], "Criteria row 1 (pop): the weight 'much' is not a number."),
        (["pop", "benefit", "1", "pop", "cost", "1"], "The field pop is listed twice in the criteria."),
        (["", "benefit", "1"], "Criteria row 1: the field name is empty."),
    ],
)
def test_parse_criteria_errors(values, message):
    with pytest.raises(sc.ScoringError) as err:
        sc.parse_criteria(values)
    assert str(err.value) == message


def test_parse_criteria_from_qgis_process_list():
    criteria = sc.parse_criteria("pop_within,benefit,5,annual_cost_eur,COST,3".split(","))
    assert [(c.field, c.benefit, c.weight) for c in criteria] == [
        ("pop_within", True, 5.0), ("annual_cost_eur", False, 3.0)]


def test_all_zero_weights_is_an_error():
    with pytest.raises(sc.ScoringError) as err:
        sc.score(np.ones((3, 2)), [True, True], [0, 0])
    assert str(err.value) == "All criterion weights are zero: give at least one criterion a positive weight."


def test_nulls_take_worst_value_among_passing_premises():
    x = np.array([[10.0, 5.0], [np.nan, np.nan], [30.0, 1.0], [0.0, 100.0], [20.0, 3.0]])
    passes = [True, True, True, False, True]  # row 3's 0 and 100 must not be used
    result = sc.score(x, [True, False], [1, 1], passes=passes)
    assert result.null_counts.tolist() == [1, 1]
    # row 1 becomes (10, 5): the worst pop (min 10) and the worst cost (max 5)
    assert result.normalised[1].tolist() == result.normalised[0].tolist() == [0.0, 0.0]
    assert result.normalised[2].tolist() == [1.0, 1.0]
    assert result.normalised[4].tolist() == [0.5, 0.5]
    assert np.isnan(result.score[3]) and result.rank[3] == 0
    assert result.score[[0, 1, 2, 4]].tolist() == [0.0, 0.0, 1.0, 0.5]
    assert result.rank.tolist() == [3, 4, 1, 0, 2]  # rows 0 and 1 tie: layer order


def test_constant_criterion_contributes_nothing():
    x = np.array([[1.0, 7.0, 3.0], [2.0, 7.0, 1.0], [3.0, 7.0, 2.0]])
    for method in (sc.WEIGHTED_SUM, sc.TOPSIS):
        with_constant = sc.score(x, [True, True, False], [1, 1, 1], method)
        without = sc.score(x[:, [0, 2]], [True, False], [1, 1], method)
        assert with_constant.constant.tolist() == [False, True, False]
        assert with_constant.normalised[:, 1].tolist() == [0, 0, 0]
        assert with_constant.contributions[:, 1].tolist() == [0, 0, 0]
        assert with_constant.rank.tolist() == without.rank.tolist()
    # all-equal premises: no division by zero, every score 0, ranks in layer order
    flat = sc.score(np.full((3, 2), 4.0), [True, False], [1, 2], sc.TOPSIS)
    assert flat.score.tolist() == [0, 0, 0] and flat.rank.tolist() == [1, 2, 3]


def test_zero_runs_sensitivity_follows_rank():
    x = np.arange(14.0).reshape(7, 2)
    result = sc.score(x, [True, True], [1, 1], runs=0, top_k=3)
    assert result.rank.tolist() == [7, 6, 5, 4, 3, 2, 1]
    assert result.rank_p05.tolist() == result.rank_p95.tolist() == result.rank.tolist()
    assert result.p_top.tolist() == [0, 0, 0, 0, 1, 1, 1]


@pytest.mark.parametrize("method", [sc.WEIGHTED_SUM, sc.TOPSIS])
def test_sensitivity_matches_run_by_run_computation(method):
    rng = np.random.default_rng(7)
    x = rng.random((40, 4))
    x[5] = x[6]  # an exact tie in every run: layer order
    benefit = np.array([True, False, True, False])
    weights = np.array([3.0, 1.0, 2.0, 0.5])
    runs, k = 60, 5
    result = sc.score(x, benefit, weights, method, runs=runs, spread=0.3, seed=11, top_k=k)
    w_runs = sc.perturbed_weights(weights / weights.sum(), runs, 0.3, 11)
    ranks = np.array([sc.score(x, benefit, w, method).rank for w in w_runs])  # (runs, n)
    srt = np.sort(ranks, axis=0)
    assert result.rank_p05.tolist() == srt[math.ceil(0.05 * runs) - 1].tolist()
    assert result.rank_p95.tolist() == srt[math.ceil(0.95 * runs) - 1].tolist()
    assert result.p_top.tolist() == pytest.approx((ranks <= k).mean(axis=0).tolist())
    assert (ranks[:, 5] < ranks[:, 6]).all()
    again = sc.score(x, benefit, weights, method, runs=runs, spread=0.3, seed=11, top_k=k)
    assert again.rank_p95.tolist() == result.rank_p95.tolist()


def test_perturbed_weights_stay_within_spread():
    w = np.array([0.5, 0.3, 0.2, 0.0])
    runs = sc.perturbed_weights(w, 500, 0.2, 1)
    assert runs.sum(axis=1) == pytest.approx(np.ones(500))
    assert (runs[:, 3] == 0).all()
    ratio = runs[:, :3] / w[:3]
    assert ratio.min() >= 0.8 / 1.2 - 1e-12 and ratio.max() <= 1.2 / 0.8 + 1e-12
    assert np.array_equal(sc.perturbed_weights(w, 5, 0.0, 3), np.tile(w, (5, 1)))


# ------------------------------------------------------------------- properties
matrices = st.integers(2, 12).flatmap(
    lambda n: st.integers(1, 5).flatmap(
        lambda m: arrays(np.float64, (n, m), elements=st.integers(-1000, 1000).map(float))))
methods = st.sampled_from([sc.WEIGHTED_SUM, sc.TOPSIS])


@settings(max_examples=80, deadline=None)
@given(x=matrices, method=methods, data=st.data())
def test_ranks_invariant_under_positive_rescaling(x, method, data):
    m = x.shape[1]
    benefit = data.draw(arrays(bool, m))
    weights = data.draw(arrays(np.float64, m, elements=st.integers(1, 9).map(float)))
    j = data.draw(st.integers(0, m - 1))
    factor = data.draw(st.sampled_from([0.25, 0.5, 2.0, 8.0, 1024.0]))  # exact in binary floating point
    scaled = x.copy()
    scaled[:, j] *= factor
    a = sc.score(x, benefit, weights, method)
    b = sc.score(scaled, benefit, weights, method)
    assert a.rank.tolist() == b.rank.tolist()
    general = data.draw(st.floats(0.001, 1000.0))
    scaled[:, j] = x[:, j] * general
    c = sc.score(scaled, benefit, weights, method)
    assert c.score == pytest.approx(a.score, abs=1e-9)


@settings(max_examples=80, deadline=None)
@given(x=matrices, data=st.data())
def test_dominating_premises_never_ranks_below_the_dominated(x, data):
    n, m = x.shape
    benefit = data.draw(arrays(bool, m))
    weights = data.draw(arrays(np.float64, m, elements=st.floats(0.0, 10.0)))
    if weights.sum() <= 0:
        weights[0] = 1.0
    i = data.draw(st.integers(0, n - 1))
    worse = data.draw(arrays(np.float64, m, elements=st.integers(0, 500).map(float)))
    dominated = x[i] - np.where(benefit, worse, -worse)  # at most as good on every criterion
    y = np.vstack([x, dominated])
    result = sc.score(y, benefit, weights, sc.WEIGHTED_SUM)
    assert result.rank[i] < result.rank[n]


@settings(max_examples=60, deadline=None)
@given(x=matrices, method=methods, data=st.data())
def test_weights_normalised_and_p_top_sums_to_k(x, method, data):
    n, m = x.shape
    weights = data.draw(arrays(np.float64, m, elements=st.floats(0.01, 100.0)))
    passes = data.draw(arrays(bool, n))
    k = data.draw(st.integers(1, 6))
    runs = data.draw(st.sampled_from([0, 1, 7, 40]))
    result = sc.score(x, np.ones(m, bool), weights, method, passes=passes, runs=runs, spread=0.5, seed=3, top_k=k)
    assert result.weights.sum() == pytest.approx(1.0)
    assert result.weights == pytest.approx(weights / weights.sum())
    p = result.p_top[passes]
    assert ((p >= 0) & (p <= 1)).all()
    assert p.sum() == pytest.approx(min(k, int(passes.sum())))
    assert np.isnan(result.p_top[~passes]).all()
    assert sorted(result.rank[passes].tolist()) == list(range(1, int(passes.sum()) + 1))
    assert (result.rank_p05[passes] <= result.rank_p95[passes]).all()


@settings(max_examples=60, deadline=None)
@given(w=arrays(np.float64, st.integers(1, 10), elements=st.floats(0.01, 100.0)))
def test_ahp_of_a_consistent_matrix_returns_its_weights(w):
    matrix = w[:, None] / w[None, :]
    result = sc.ahp(matrix)
    assert result.weights == pytest.approx(w / w.sum(), rel=1e-6)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
