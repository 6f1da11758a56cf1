# SPDX-License-Identifier: GPL-2.0-or-later
"""Multi-criteria scoring of premises: transparent, vectorised, testable.

Pure numpy (Qt only for translated error messages). Rows are premises,
columns are criteria. ``NaN`` marks a NULL value.

- Weighted sum of min–max normalised criteria (direction applied):
  ``n = (x - min) / (max - min)`` for a benefit, ``(max - x) / (max - min)``
  for a cost; ``score = sum_j w_j n_j``.
- TOPSIS (Hwang & Yoon 1981): vector normalisation ``r = x / ||x||``,
  weighted ``v = w r``, distances to the ideal and anti-ideal points,
  ``score = D- / (D+ + D-)``.
- AHP (Saaty 1977, 1980): weights = principal right eigenvector of the
  pairwise comparison matrix, consistency ratio ``CR = CI / RI(n)`` with
  ``CI = (lambda_max - n) / (n - 1)`` and Saaty's random indices.
- Weight sensitivity: every weight multiplied by a random factor uniform in
  ``[1 - spread, 1 + spread]`` and renormalised; the scores of all runs come
  from one matrix product, the ranks from one argsort per run.

Only the premises that pass the constraints take part: normalisation
ranges, TOPSIS ideal points, NULL substitution and ranks use them alone.
A criterion with the same value on every passing premises contributes
nothing (its normalised value is 0). Ranks are 1..n by descending score;
equal scores rank in layer (row) order.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..rules.cancel import check_feedback

WEIGHTED_SUM = 0
TOPSIS = 1
BENEFIT = "benefit"
COST = "cost"

#: Saaty's random consistency indices RI(n) for n = 0..15 (Saaty 1980, extended
#: to n = 15 as tabulated in Saaty & Vargas 2012, "Models, Methods, Concepts &
#: Applications of the AHP", table 1.5 / 2.3).
SAATY_RANDOM_INDEX = (0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
                      1.51, 1.48, 1.56, 1.57, 1.59)
AHP_MAX_CRITERIA = len(SAATY_RANDOM_INDEX) - 1
RECIPROCAL_TOLERANCE = 0.02
CR_LIMIT = 0.10
#: Score matrix elements computed at once in the sensitivity runs (bounds memory).
_CHUNK_ELEMENTS = 2_000_000


class ScoringError(ValueError):
    """Invalid scoring input; the message names the field or matrix cell."""


# --------------------------------------------------------------------- criteria
@dataclass
class Criterion:
    """One criterion: attribute name, direction and raw (un-normalised) weight."""

    field: str
    benefit: bool
    weight: float


def parse_criteria(values) -> list[Criterion]:
    """Criteria from a flat ``[field, direction, weight, ...]`` list (matrix parameter)."""
    values = ["" if v is None else str(v).strip() for v in (values or [])]
    if not values or all(v == "" for v in values):
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "No criteria given: add rows of field, direction (benefit or cost) and weight."))
    if len(values) % 3:
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "The criteria table must have three columns (field, direction, weight); "
            "got {count} values, which is not a multiple of 3.").format(count=len(values)))
    criteria = []
    for row in range(len(values) // 3):
        name, direction, weight = values[3 * row: 3 * row + 3]
        if not name:
            raise ScoringError(QCoreApplication.translate(
                "Scoring", "Criteria row {row}: the field name is empty.").format(row=row + 1))
        direction = direction.lower()
        if direction not in (BENEFIT, COST):
            raise ScoringError(QCoreApplication.translate(
                "Scoring", "Criteria row {row} ({field}): direction must be benefit or cost, not '{value}'."
            ).format(row=row + 1, field=name, value=direction))
        try:
            number = float(weight.replace(",", ".")) if weight else 1.0
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise ScoringError(QCoreApplication.translate(
                "Scoring", "Criteria row {row} ({field}): the weight '{value}' is not a number."
            ).format(row=row + 1, field=name, value=weight))
        if number < 0:
            raise ScoringError(QCoreApplication.translate(
                "Scoring", "Criteria row {row} ({field}): the weight {value} is negative; weights must be 0 or more."
            ).format(row=row + 1, field=name, value=f"{number:g}"))
        criteria.append(Criterion(name, direction == BENEFIT, number))
    seen = set()
    for c in criteria:
        if c.field in seen:
            raise ScoringError(QCoreApplication.translate(
                "Scoring", "The field {field} is listed twice in the criteria.").format(field=c.field))
        seen.add(c.field)
    return criteria


def normalise_weights(weights) -> np.ndarray:
    """Weights scaled to sum to 1; errors for negative, non-finite or all-zero weights."""
    w = np.asarray(weights, dtype=float)
    if w.ndim != 1 or w.size == 0:
        raise ScoringError(QCoreApplication.translate("Scoring", "At least one criterion weight is needed."))
    bad = np.flatnonzero(~np.isfinite(w) | (w < 0))
    if bad.size:
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "Weight {index} is {value}; weights must be finite and 0 or more."
        ).format(index=int(bad[0]) + 1, value=w[bad[0]]))
    total = w.sum()
    if total <= 0:
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "All criterion weights are zero: give at least one criterion a positive weight."))
    return w / total


# -------------------------------------------------------------------------- AHP
@dataclass
class AhpResult:
    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float


_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(?:/\s*([0-9]*\.?[0-9]+))?\s*$")


def _parse_number(text: str) -> float:
    m = _NUMBER.match(text)
    if not m:
        raise ValueError(text)
    value = float(m.group(1))
    if m.group(2) is not None:
        value /= float(m.group(2))
    return value


def parse_ahp_matrix(text, names: list[str]) -> np.ndarray:
    """Parse a pairwise comparison matrix written row by row.

    Values are numbers or fractions (``1/3``) separated by commas or
    whitespace; rows may be separated by newlines or ``;`` (then each row is
    checked), or all n*n values may be given in one flat list.
    """
    if isinstance(text, (list, tuple)):
        text = ",".join(str(v) for v in text)
    text = str(text or "").strip()
    rows_text = [r for r in re.split(r"[;\n]+", text) if r.strip()]
    rows = [[t for t in re.split(r"[,\s]+", r.strip()) if t] for r in rows_text]
    n = len(names)
    flat = [t for r in rows for t in r]
    if len(rows) > 1:
        width = {len(r) for r in rows}
        if len(width) != 1 or len(rows) != len(rows[0]):
            raise ScoringError(QCoreApplication.translate(
                "Scoring", "The AHP matrix is not square: it has {rows} rows of {widths} values.").format(
                rows=len(rows), widths="/".join(str(len(r)) for r in rows)))
    size = math.isqrt(len(flat))
    if size * size != len(flat):
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "The AHP matrix is not square: {count} values cannot form n rows of n.").format(count=len(flat)))
    if size != n:
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "The AHP matrix is {size}×{size} but there are {n} criteria: "
            "give one row and one column per criterion, in the order of the criteria.").format(size=size, n=n))
    matrix = np.empty((n, n))
    for k, token in enumerate(flat):
        i, j = divmod(k, n)
        try:
            matrix[i, j] = _parse_number(token.replace(",", "."))
        except (ValueError, ZeroDivisionError):
            raise ScoringError(_cell_message(QCoreApplication.translate(
                "Scoring", "AHP matrix cell (row {row}, column {col}) [{a} vs {b}]: '{value}' is not a number."),
                i, j, names, token)) from None
    return matrix


def _cell_message(template: str, i: int, j: int, names, value) -> str:
    return template.format(row=i + 1, col=j + 1, a=names[i], b=names[j], value=value)


def validate_ahp(matrix: np.ndarray, names: list[str]) -> None:
    """Check positivity and reciprocity (a_ij * a_ji within 1 ± 2 %)."""
    n = matrix.shape[0]
    if matrix.ndim != 2 or matrix.shape != (n, n):
        raise ScoringError(QCoreApplication.translate("Scoring", "The AHP matrix is not square."))
    if n != len(names):
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "The AHP matrix is {size}×{size} but there are {n} criteria: "
            "give one row and one column per criterion, in the order of the criteria.").format(size=n, n=len(names)))
    if n > AHP_MAX_CRITERIA:
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "AHP supports at most {max} criteria (Saaty's random index table); got {n}.").format(
            max=AHP_MAX_CRITERIA, n=n))
    bad = np.argwhere(~np.isfinite(matrix) | (matrix <= 0))
    if bad.size:
        i, j = (int(v) for v in bad[0])
        raise ScoringError(_cell_message(QCoreApplication.translate(
            "Scoring", "AHP matrix cell (row {row}, column {col}) [{a} vs {b}] is {value}; "
            "comparisons must be positive (Saaty scale 1/9 to 9)."), i, j, names, matrix[i, j]))
    product = matrix * matrix.T
    bad = np.argwhere(np.abs(product - 1.0) > RECIPROCAL_TOLERANCE + 1e-12)
    if bad.size:
        i, j = (int(v) for v in bad[0])
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "AHP matrix cells (row {row}, column {col}) = {aij:g} and (row {col}, column {row}) = {aji:g} "
            "[{a} vs {b}] are not reciprocal: their product {product:.3f} must be between 0.98 and 1.02 "
            "(e.g. 3 and 1/3 or 0.33).").format(
            row=i + 1, col=j + 1, aij=matrix[i, j], aji=matrix[j, i], a=names[i], b=names[j],
            product=product[i, j]))


def ahp(matrix, names: list[str] | None = None) -> AhpResult:
    """AHP weights (principal eigenvector), lambda_max, CI and CR of a comparison matrix."""
    a = np.asarray(matrix, dtype=float)
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        raise ScoringError(QCoreApplication.translate("Scoring", "The AHP matrix is not square."))
    n = a.shape[0]
    validate_ahp(a, list(names) if names is not None else [str(k + 1) for k in range(n)])
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    lambda_max = float(values[k].real)
    w = np.abs(vectors[:, k].real)
    w = w / w.sum()
    ci = (lambda_max - n) / (n - 1) if n > 2 else 0.0
    ri = SAATY_RANDOM_INDEX[n]
    cr = ci / ri if ri > 0 else 0.0
    return AhpResult(w, lambda_max, ci, cr)


# ---------------------------------------------------------------- normalisation
def fill_missing(values: np.ndarray, benefit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Replace NaN by the criterion's worst value; returns (filled, count per criterion).

    A column that is NULL everywhere becomes 0 (constant: contributes nothing).
    """
    x = np.array(values, dtype=float, copy=True)
    missing = np.isnan(x)
    counts = missing.sum(axis=0)
    for j in np.flatnonzero(counts):
        column = x[:, j]
        valid = column[~missing[:, j]]
        worst = 0.0 if valid.size == 0 else (valid.min() if benefit[j] else valid.max())
        column[missing[:, j]] = worst
    return x, counts


def minmax(values: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """Min–max normalisation with direction; constant columns give 0."""
    lo = values.min(axis=0)
    hi = values.max(axis=0)
    span = hi - lo
    safe = np.where(span > 0, span, 1.0)
    n = np.where(benefit, (values - lo) / safe, (hi - values) / safe)
    n[:, span <= 0] = 0.0
    return n


def vector_normalise(values: np.ndarray) -> np.ndarray:
    """Vector (Euclidean) normalisation; constant or all-zero columns give 0."""
    norm = np.sqrt((values ** 2).sum(axis=0))
    constant = (values.max(axis=0) - values.min(axis=0)) <= 0
    safe = np.where(norm > 0, norm, 1.0)
    r = values / safe
    r[:, constant | (norm <= 0)] = 0.0
    return r


def _topsis_gaps(r: np.ndarray, benefit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Squared gaps of each normalised value to the ideal and anti-ideal (unweighted)."""
    best = np.where(benefit, r.max(axis=0), r.min(axis=0))
    worst = np.where(benefit, r.min(axis=0), r.max(axis=0))
    return (r - best) ** 2, (r - worst) ** 2


def _topsis_scores(gap_plus: np.ndarray, gap_minus: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Closeness for one (m,) or many (k, m) weight vectors: result (n,) or (k, n).

    Because weights are non-negative, the ideal of ``w r`` is ``w`` times the
    ideal of ``r``, so ``D+^2 = sum_j w_j^2 gap+_j``: a matrix product.
    """
    w2 = np.asarray(weights) ** 2
    d_plus = np.sqrt(np.maximum(w2 @ gap_plus.T, 0.0))
    d_minus = np.sqrt(np.maximum(w2 @ gap_minus.T, 0.0))
    total = d_plus + d_minus
    return np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.0)


def rank_desc(scores: np.ndarray) -> np.ndarray:
    """Ranks 1..n by descending score; ties keep row order."""
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    ranks = np.empty(order.size, dtype=np.int64)
    ranks[order] = np.arange(1, order.size + 1)
    return ranks


# ------------------------------------------------------------------ sensitivity
def perturbed_weights(weights: np.ndarray, runs: int, spread: float, seed: int) -> np.ndarray:
    """(runs, m) weights: each multiplied by U(1 - spread, 1 + spread), renormalised."""
    rng = np.random.default_rng(seed)
    factors = rng.uniform(1.0 - spread, 1.0 + spread, size=(runs, weights.size))
    w = weights[None, :] * factors
    total = w.sum(axis=1, keepdims=True)
    w = np.where(total > 0, w / np.where(total > 0, total, 1.0), weights[None, :])
    return w


def unit_score_ranks(scores: np.ndarray) -> np.ndarray:
    """Ranks 1..n along the last axis of scores in [0, 1], by descending score, ties in row order.

    Each score and its column index are packed into one int64 key
    (``(1 - score)`` quantised to 2^-(62 - b) in the high bits, the index in
    the low b bits), so one plain integer sort per row gives the order: much
    faster than a stable argsort of floats. Scores closer than the quantum
    (3.6e-15 for 10,000 premises) count as equal and rank in row order, which
    also makes ties robust to floating-point rounding.
    """
    s = np.atleast_2d(scores)
    n = s.shape[-1]
    bits = max(1, int(n - 1).bit_length())
    keys = (np.clip(1.0 - s, 0.0, 1.0) * float(2 ** (62 - bits))).astype(np.int64)
    keys <<= bits
    keys |= np.arange(n, dtype=np.int64)
    keys.sort(axis=-1)
    order = keys & ((1 << bits) - 1)
    dtype = np.int16 if n < np.iinfo(np.int16).max else np.int32
    ranks = np.empty(s.shape, dtype=dtype)
    np.put_along_axis(ranks, order, np.broadcast_to(np.arange(1, n + 1, dtype=dtype), s.shape), axis=-1)
    return ranks.reshape(np.shape(scores))


@dataclass
class Sensitivity:
    rank_p05: np.ndarray
    rank_p95: np.ndarray
    p_top: np.ndarray
    weights: np.ndarray = field(default_factory=lambda: np.empty((0, 0)))


def _percentile_index(q: float, runs: int) -> int:
    """Index in the sorted runs of the q-quantile (inverted empirical CDF)."""
    return min(runs - 1, max(0, math.ceil(q * runs) - 1))


def sensitivity(method: int, normalised: np.ndarray, benefit: np.ndarray, weights: np.ndarray,
                runs: int, spread: float, seed: int, top_k: int, base_rank: np.ndarray,
                gaps: tuple | None = None, feedback=None) -> Sensitivity:
    """Rank spread under random weight changes (passing premises only)."""
    n = normalised.shape[0]
    if runs <= 0 or n == 0:
        return Sensitivity(base_rank.astype(float), base_rank.astype(float), (base_rank <= top_k).astype(float))
    w_runs = perturbed_weights(weights, runs, spread, seed)
    ranks: np.ndarray = np.empty((runs, n), dtype=np.int16 if n < np.iinfo(np.int16).max else np.int32)
    chunk = max(1, _CHUNK_ELEMENTS // max(n, 1))
    for start in range(0, runs, chunk):
        check_feedback(feedback)
        block = w_runs[start:start + chunk]
        if method == TOPSIS:
            assert gaps is not None, "TOPSIS needs the gaps"
            s = _topsis_scores(gaps[0], gaps[1], block)
        else:
            s = block @ normalised.T  # (k, n)
        ranks[start:start + chunk] = unit_score_ranks(s)
        if feedback is not None:
            feedback.setProgress(100.0 * min(runs, start + chunk) / runs)
    lo, hi = _percentile_index(0.05, runs), _percentile_index(0.95, runs)
    p_top = (ranks <= top_k).mean(axis=0)
    # one row per premises; int16 rows sort by radix sort (linear time)
    ranks = np.sort(np.ascontiguousarray(ranks.T), axis=1, kind="stable")
    return Sensitivity(ranks[:, lo].astype(float), ranks[:, hi].astype(float), p_top, w_runs)


# ------------------------------------------------------------------------ score
@dataclass
class ScoreResult:
    """Results over all rows; failing rows hold NaN (rank 0)."""

    score: np.ndarray
    rank: np.ndarray
    passes: np.ndarray
    normalised: np.ndarray
    contributions: np.ndarray
    rank_p05: np.ndarray
    rank_p95: np.ndarray
    p_top: np.ndarray
    weights: np.ndarray
    null_counts: np.ndarray
    constant: np.ndarray


def score(values, benefit, weights, method: int = WEIGHTED_SUM, passes=None, runs: int = 0,
          spread: float = 0.2, seed: int = 1, top_k: int = 5, feedback=None) -> ScoreResult:
    """Score and rank premises; see the module docstring. Raises ``rules.cancel.Cancelled`` when cancelled."""
    x = np.asarray(values, dtype=float)
    if x.ndim != 2:
        raise ScoringError("values must be a 2-D array (premises × criteria)")
    n, m = x.shape
    benefit = np.asarray(benefit, dtype=bool)
    w = normalise_weights(weights)
    if w.size != m or benefit.size != m:
        raise ScoringError("weights, directions and criteria differ in number")
    if not 0.0 <= spread <= 1.0:
        raise ScoringError(QCoreApplication.translate(
            "Scoring", "The sensitivity spread must be between 0 and 1 (e.g. 0.2 = ±20 %)."))
    if method not in (WEIGHTED_SUM, TOPSIS):
        raise ScoringError(f"unknown scoring method {method}")
    ok = np.ones(n, dtype=bool) if passes is None else np.asarray(passes, dtype=bool)
    if not ok.any():
        empty = np.full(n, np.nan)
        return ScoreResult(empty, np.zeros(n, dtype=np.int64), ok, np.full((n, m), np.nan), np.full((n, m), np.nan),
                           empty.copy(), empty.copy(), empty.copy(), w, np.zeros(m, dtype=np.int64),
                           np.ones(m, dtype=bool))
    xp, null_counts = fill_missing(x[ok], benefit)
    constant = xp.max(axis=0) - xp.min(axis=0) <= 0
    gaps = None
    if method == TOPSIS:
        norm = vector_normalise(xp)
        gaps = _topsis_gaps(norm, benefit)
        s = _topsis_scores(gaps[0], gaps[1], w)
    else:
        norm = minmax(xp, benefit)
        s = norm @ w
    contrib = norm * w
    r = unit_score_ranks(s).astype(np.int64)
    sens = sensitivity(method, norm, benefit, w, runs, spread, seed, top_k, r, gaps, feedback)

    def full(part, fill=np.nan, shape=None):
        out = np.full((n,) + part.shape[1:] if shape is None else shape, fill, dtype=float)
        out[ok] = part
        return out

    rank_full = np.zeros(n, dtype=np.int64)
    rank_full[ok] = r
    return ScoreResult(
        score=full(s), rank=rank_full, passes=ok, normalised=full(norm), contributions=full(contrib),
        rank_p05=full(sens.rank_p05), rank_p95=full(sens.rank_p95), p_top=full(sens.p_top),
        weights=w, null_counts=null_counts, constant=constant)
