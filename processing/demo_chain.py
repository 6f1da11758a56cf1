# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo chain as data: which algorithms run, in order, with which parameters.

One source of truth for ``make demo`` (``scripts/demo.sh`` runs each step
through ``qgis_process``) and for the tests (which run the same steps with
``processing.run``). Parameter values are strings, exactly as typed after
``qgis_process run ALG --``. Steps whose algorithm is not installed are
left out, so the demo runs with whatever the plugin version has. Parameter
names and algorithm ids are the algorithm classes' own constants.
"""
from __future__ import annotations

import os
from typing import Dict, Iterable, List, NamedTuple

from . import costparams
from .alg_catchments import CatchmentsAlgorithm
from .alg_comparescenarios import CompareScenariosAlgorithm
from .alg_coveragereport import CoverageReportAlgorithm
from .alg_demoworkspace import DemoWorkspaceAlgorithm
from .alg_locationallocation import LocationAllocationAlgorithm
from .alg_premisescriteria import PremisesCriteriaAlgorithm
from .alg_preparenetwork import PrepareNetworkAlgorithm
from .alg_suitability import SuitabilityAlgorithm

CUTOFFS = "30,60"
P_POINTS = "4"
#: the one-hour rule of the least-cost network
COST_CUTOFF = "60"


class Step(NamedTuple):
    name: str
    algorithm: str
    parameters: Dict[str, str]


def steps(out_dir: str, available: Iterable[str], municipalities: str = "") -> List[Step]:
    """The demo steps for the workspace ``out_dir/workspace.gpkg``."""
    have = {a.split(":")[-1] for a in available}
    w = os.path.join(os.path.abspath(out_dir), "workspace.gpkg")
    runs = os.path.join(os.path.abspath(out_dir), "runs")

    def layer(name: str) -> str:
        return f"{w}|layername={name}"

    def table(name: str) -> str:
        return f"ogr:dbname='{w}' table=\"{name}\" (geom)"

    # today's service points: premises where some agency has its own staff
    current = (layer("premises")
               + "|subset=\"premises_id\" IN (SELECT premises_id FROM agency_presence WHERE mode = 'staff')")
    candidates = layer("premises") + '|subset="is_candidate" = 1'
    road = {costparams.METHOD: str(costparams.METHOD_ROAD), costparams.NETWORK: layer("roads"),
            costparams.SPEED_FIELD: "speed_kmh", costparams.DIRECTION_FIELD: "ajosuunta",
            costparams.DEFAULT_SPEED: "50", costparams.MAX_SNAP_DISTANCE: "1000"}
    dw = DemoWorkspaceAlgorithm
    result = [Step("01_demoworkspace", dw.ALG_ID,
                   {dw.OUTPUT: w, dw.OVERWRITE: "true", dw.MUNICIPALITIES: municipalities})]
    if PrepareNetworkAlgorithm.ALG_ID in have:
        # the demo roads carry Digiroad-style speeds and ajosuunta, not OSM tags: prepared by the generic schema
        pn = PrepareNetworkAlgorithm
        result.append(Step("01b_preparenetwork", pn.ALG_ID, {
            pn.INPUT: layer("roads"), pn.SCHEMA: "3", pn.SPEED_FIELD: "speed_kmh", pn.DIRECTION_FIELD: "ajosuunta",
            pn.OUTPUT: table("roads_prepared"), pn.OUTPUT_REPORT: os.path.join(runs, "roads.html")}))
        road.update({costparams.NETWORK: layer("roads_prepared"), costparams.SPEED_FIELD: "speed_kmh",
                     costparams.DIRECTION_FIELD: "direction"})
    result += _catchment_steps(have, layer, table, current, road, runs)
    suitability_input = candidates
    criteria = "floor_area_m2,benefit,1,annual_cost_eur,cost,2"
    constraints = '"accessible"'
    if PremisesCriteriaAlgorithm.ALG_ID in have:
        pc = PremisesCriteriaAlgorithm
        result.append(Step("04_premisescriteria", pc.ALG_ID, {
            pc.PREMISES: candidates, pc.PREMISES_ID: "premises_id", pc.PRESENCE: layer("agency_presence"),
            pc.DEMAND: layer("population_grid"), pc.POPULATION: "vaesto", **road, pc.CUTOFF: "60",
            pc.OUTPUT: table("premises_criteria")}))
        suitability_input = layer("premises_criteria")
        criteria = "pop_within,benefit,4,agencies_total,benefit,2,visits_total,benefit,2,annual_cost_eur,cost,2"
        constraints = '"accessible" AND "pop_within" >= 10000'
    if SuitabilityAlgorithm.ALG_ID in have:
        s = SuitabilityAlgorithm
        result.append(Step("05_suitability", s.ALG_ID, {
            s.PREMISES: suitability_input, s.CRITERIA: criteria, s.METHOD: "0", s.CONSTRAINTS: constraints,
            s.SENSITIVITY_RUNS: "1000", s.SENSITIVITY_SPREAD: "0.2", s.SEED: "1", s.TOP_K: "3",
            s.OUTPUT: table("suitability"), s.OUTPUT_REPORT: os.path.join(runs, "suitability.html")}))
    if LocationAllocationAlgorithm.ALG_ID in have:
        result += _allocation_steps(have, municipalities, layer, table, current, candidates, road, runs)
    return result


def _catchment_steps(have, layer, table, current, road, runs) -> List[Step]:
    """Catchments of today's service points and, on its demand output, the coverage report."""
    if CatchmentsAlgorithm.ALG_ID not in have:
        return []
    a = CatchmentsAlgorithm
    result = [Step("02_catchments", a.ALG_ID, {
        a.FACILITIES: current, a.FACILITY_ID: "premises_id", a.DEMAND: layer("population_grid"),
        a.POPULATION: "vaesto", **road, a.CUTOFFS: CUTOFFS,
        a.OUTPUT_DEMAND: table("catchment_demand"), a.OUTPUT_CATCHMENTS: table("catchments")})]
    if CoverageReportAlgorithm.ALG_ID in have:
        c = CoverageReportAlgorithm
        result.append(Step("03_coveragereport", c.ALG_ID, {
            c.DEMAND: layer("catchment_demand"), c.POPULATION: "vaesto", c.COST_FIELD: "cost",
            c.AGE65_FIELD: "ika_65_", c.CUTOFFS: CUTOFFS, c.COST_UNIT: "0", c.AREAS: layer("municipalities"),
            c.AREA_NAME: "nimi", c.OUTPUT: table("coverage"),
            c.OUTPUT_REPORT: os.path.join(runs, "coverage.html")}))
    return result


def _allocation_steps(have, municipalities, layer, table, current, candidates, road, runs) -> List[Step]:
    """Location-allocation of the shared points, then today's network compared with the chosen one."""
    la = LocationAllocationAlgorithm
    points = str(min(int(P_POINTS), _candidate_count(municipalities)))
    result = [Step("06_locationallocation", la.ALG_ID, {
        la.CANDIDATES: candidates, la.CANDIDATE_ID: "premises_id", la.REQUIRED: '"is_fixed"',
        la.DEMAND: layer("population_grid"), la.POPULATION: "vaesto", **road,
        la.PROBLEM: "0", la.P: points, la.CUTOFF: "30", la.SOLVER: "0",
        la.OUTPUT: table("allocation"), la.OUTPUT_DEMAND: table("allocation_demand")})]
    if CompareScenariosAlgorithm.ALG_ID in have:
        cs = CompareScenariosAlgorithm
        result.append(Step("07_comparescenarios", cs.ALG_ID, {
            cs.BASE: current, cs.SCENARIO: layer("allocation") + '|subset="chosen" = 1', cs.FACILITY_ID: "premises_id",
            cs.DEMAND: layer("population_grid"), cs.POPULATION: "vaesto", **road,
            cs.CUTOFF: "30", cs.AREAS: layer("municipalities"), cs.AREA_NAME: "nimi",
            cs.OUTPUT: table("scenario_demand"), cs.OUTPUT_AREAS: table("scenario_areas"),
            cs.OUTPUT_REPORT: os.path.join(runs, "comparescenarios.html")}))
    return result + _cost_steps(layer, table, current, candidates, road)


def _cost_steps(layer, table, current, candidates, road) -> List[Step]:
    """Today's network with its costs (every point kept: P = 0 under a budget that never binds), then the
    least-cost network keeping everyone within an hour (PROBLEM 3, annual_cost_eur)."""
    la = LocationAllocationAlgorithm
    common = {la.CANDIDATE_ID: "premises_id", la.DEMAND: layer("population_grid"), la.POPULATION: "vaesto", **road,
              la.CUTOFF: COST_CUTOFF, la.COST_FIELD: "annual_cost_eur", la.SOLVER: "1"}
    return [
        Step("08_todaynetwork", la.ALG_ID, {
            la.CANDIDATES: current, la.REQUIRED: "true", la.PROBLEM: "0", la.P: "0", la.BUDGET: "1e12", **common,
            la.OUTPUT: table("today_network"), la.OUTPUT_DEMAND: table("today_network_demand")}),
        Step("09_leastcost", la.ALG_ID, {
            la.CANDIDATES: candidates, la.REQUIRED: '"is_fixed"', la.PROBLEM: "3", la.COVERAGE_TARGET: "100",
            **common, la.OUTPUT: table("leastcost"), la.OUTPUT_DEMAND: table("leastcost_demand")}),
    ]


def _candidate_count(municipalities: str) -> int:
    """Candidate premises of the demo recipe in the chosen municipalities (all when empty)."""
    from ..core.demo.generate import recipe_rows

    codes = {c.strip().zfill(3) for c in municipalities.split(",") if c.strip()}
    return sum(1 for row in recipe_rows("premises.csv")
               if row["is_candidate"] == "1" and (not codes or row["municipality_code"] in codes))


def write_argument_files(out_dir: str, available: Iterable[str], municipalities: str = "") -> List[str]:
    """``runs/<step>.args`` files (algorithm id, then KEY=VALUE arguments, NUL-separated) for demo.sh."""
    runs = os.path.join(out_dir, "runs")
    os.makedirs(runs, exist_ok=True)
    paths = []
    for step in steps(out_dir, available, municipalities):
        path = os.path.join(runs, f"{step.name}.args")
        arguments = [f"palveluverkko:{step.algorithm}"] + [f"{k}={v}" for k, v in step.parameters.items()]
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\0".join(arguments) + "\0")
        paths.append(path)
    return paths


if __name__ == "__main__":  # python -m palveluverkko.processing.demo_chain OUT_DIR "alg ids..." [MUNICIPALITIES]
    import sys

    for written in write_argument_files(sys.argv[1], sys.argv[2].split(), sys.argv[3] if len(sys.argv) > 3 else ""):
        print(written)
