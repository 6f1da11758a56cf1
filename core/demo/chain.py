# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo chain as data: which algorithms run, in order, with which parameters.

One source of truth for ``make demo`` (``scripts/demo.sh`` runs each step
through ``qgis_process``) and for the tests (which run the same steps with
``processing.run``). Parameter values are strings, exactly as typed after
``qgis_process run ALG --``. Steps whose algorithm is not installed are
left out, so the demo runs with whatever the plugin version has.
"""
from __future__ import annotations

import os
from typing import Dict, Iterable, List, NamedTuple

CUTOFFS = "30,60"
P_POINTS = "4"


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
    road = {"METHOD": "1", "NETWORK": layer("roads"), "SPEED_FIELD": "speed_kmh", "DIRECTION_FIELD": "ajosuunta",
            "DEFAULT_SPEED": "50", "MAX_SNAP_DISTANCE": "1000"}
    demand = {"DEMAND": layer("population_grid"), "POPULATION": "vaesto"}
    result = [Step("01_demoworkspace", "demoworkspace",
                   {"OUTPUT": w, "OVERWRITE": "true", "MUNICIPALITIES": municipalities})]
    if "catchments" in have:
        result.append(Step("02_catchments", "catchments", {
            "FACILITIES": current, "FACILITY_ID": "premises_id", **demand, **road, "CUTOFFS": CUTOFFS,
            "OUTPUT_DEMAND": table("catchment_demand"), "OUTPUT_CATCHMENTS": table("catchments")}))
        if "coveragereport" in have:
            result.append(Step("03_coveragereport", "coveragereport", {
                "DEMAND": layer("catchment_demand"), "POPULATION": "vaesto", "COST_FIELD": "cost",
                "AGE65_FIELD": "ika_65_", "CUTOFFS": CUTOFFS, "COST_UNIT": "0", "AREAS": layer("municipalities"),
                "AREA_NAME": "nimi", "OUTPUT": table("coverage"),
                "OUTPUT_REPORT": os.path.join(runs, "coverage.html")}))
    suitability_input = candidates
    criteria = "floor_area_m2,benefit,1,annual_cost_eur,cost,2"
    constraints = '"accessible"'
    if "premisescriteria" in have:
        result.append(Step("04_premisescriteria", "premisescriteria", {
            "PREMISES": candidates, "PREMISES_ID": "premises_id", "PRESENCE": layer("agency_presence"),
            **demand, **road, "CUTOFF": "60", "OUTPUT": table("premises_criteria")}))
        suitability_input = layer("premises_criteria")
        criteria = "pop_within,benefit,4,agencies_total,benefit,2,visits_total,benefit,2,annual_cost_eur,cost,2"
        constraints = '"accessible" AND "pop_within" >= 10000'
    if "suitability" in have:
        result.append(Step("05_suitability", "suitability", {
            "PREMISES": suitability_input, "CRITERIA": criteria, "METHOD": "0", "CONSTRAINTS": constraints,
            "SENSITIVITY_RUNS": "1000", "SENSITIVITY_SPREAD": "0.2", "SEED": "1", "TOP_K": "3",
            "OUTPUT": table("suitability"), "OUTPUT_REPORT": os.path.join(runs, "suitability.html")}))
    if "locationallocation" in have:
        points = str(min(int(P_POINTS), _candidate_count(municipalities)))
        result.append(Step("06_locationallocation", "locationallocation", {
            "CANDIDATES": candidates, "CANDIDATE_ID": "premises_id", "REQUIRED": '"is_fixed"', **demand, **road,
            "PROBLEM": "0", "P": points, "CUTOFF": "30", "SOLVER": "0",
            "OUTPUT": table("allocation"), "OUTPUT_DEMAND": table("allocation_demand")}))
        if "comparescenarios" in have:
            result.append(Step("07_comparescenarios", "comparescenarios", {
                "BASE": current, "SCENARIO": layer("allocation") + '|subset="chosen" = 1', "FACILITY_ID": "premises_id",
                **demand, **road,
                "CUTOFF": "30", "AREAS": layer("municipalities"), "AREA_NAME": "nimi",
                "OUTPUT": table("scenario_demand"), "OUTPUT_AREAS": table("scenario_areas"),
                "OUTPUT_REPORT": os.path.join(runs, "comparescenarios.html")}))
    return result


def _candidate_count(municipalities: str) -> int:
    """Candidate premises of the demo recipe in the chosen municipalities (all when empty)."""
    from .generate import recipe_rows

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


if __name__ == "__main__":  # python -m palveluverkko.core.demo.chain OUT_DIR "alg ids..." [MUNICIPALITIES]
    import sys

    for written in write_argument_files(sys.argv[1], sys.argv[2].split(), sys.argv[3] if len(sys.argv) > 3 else ""):
        print(written)
