# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:locationallocation``: choose service points among candidates."""
from __future__ import annotations

import time

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.allocation import locationallocation as la
from ..core.allocation.eligibility import eligible_mask, pop_within_reach
from ..core.allocation.summary import Parts, allocation_summary
from ..core.compat import FieldType
from ..core.rules.cancel import Cancelled
from ..core.rules.numbers import thousands
from ..core.styling import style_on_completion
from . import catalogue, costparams, locationoptions, locationsolve
from .base import PalveluverkkoAlgorithm
from .locationcapacity import pair_costs, write_assignment
from .locationinputs import extended_fields, read_demand, read_sites, typed_field, work_crs, write_rows
from .locationoptions import PROBLEM_CENTER, PROBLEM_COVERAGE, PROBLEM_FEWEST, PROBLEM_LEAST_COST, PROBLEM_MEDIAN
from .sinks import run_guarded

#: Seconds after which the exact solver stops with its best solution (OPTIMAL false).
EXACT_TIME_LIMIT = locationsolve.EXACT_TIME_LIMIT
#: Largest dense cost matrix (reachable demand x candidates) p-median builds: 1.6 GB of float64.
MAX_MEDIAN_CELLS = locationsolve.MAX_MEDIAN_CELLS


class LocationAllocationAlgorithm(PalveluverkkoAlgorithm):
    """Maximal coverage, p-median and fewest points, with required points."""

    ALG_ID = "locationallocation"
    GROUP_ID = "suitability"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_ID = "CANDIDATE_ID"
    REQUIRED = "REQUIRED"
    DEMAND = "DEMAND"
    POPULATION = "POPULATION"
    PROBLEM = "PROBLEM"
    P = "P"
    CUTOFF = "CUTOFF"
    COVERAGE_TARGET = "COVERAGE_TARGET"
    SOLVER = "SOLVER"
    OUTPUT = "OUTPUT"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OBJECTIVE = "OBJECTIVE"
    COVERED_POPULATION = "COVERED_POPULATION"
    MEAN_COST = "MEAN_COST"
    FACILITIES = "FACILITIES"
    OPTIMAL = "OPTIMAL"
    REACHABLE_POPULATION = "REACHABLE_POPULATION"
    UNREACHABLE_POPULATION = "UNREACHABLE_POPULATION"
    UNSERVED_POPULATION = "UNSERVED_POPULATION"
    COST_FIELD = locationoptions.COST_FIELD
    BUDGET = locationoptions.BUDGET
    CAPACITY_FIELD = locationoptions.CAPACITY_FIELD
    VISIT_RATE = locationoptions.VISIT_RATE
    MIN_POPULATION_WITHIN = locationoptions.MIN_POPULATION_WITHIN
    OUTPUT_ASSIGNMENT = locationoptions.OUTPUT_ASSIGNMENT
    TOTAL_COST = locationoptions.TOTAL_COST
    MAX_COST = locationoptions.MAX_COST

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Location-allocation (choose service points)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Chooses which candidates become service points.\n\n"
            "CANDIDATES: candidate points (today's premises and new sites); CANDIDATE_ID: their unique id "
            "(default the feature id). REQUIRED: optional expression on the candidates (e.g. \"is_fixed\"); "
            "those are always chosen and count towards P.\n"
            "DEMAND: points or polygons (a polygon counts at its centroid, or a point on its surface); "
            "POPULATION: residents (NULL and negative count as 0).\n"
            "METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: travel cost as in "
            "Catchments (km by straight line, minutes by road).\n"
            "PROBLEM: 0 maximal coverage (P points maximising the population within CUTOFF), 1 p-median (P points "
            "minimising the population-weighted cost to the nearest chosen point), 2 fewest points (the fewest "
            "points, required ones included, putting at least COVERAGE_TARGET percent of the reachable population "
            "within CUTOFF; P is ignored).\n"
            "P: number of points (required ones included). CUTOFF: default 60. COVERAGE_TARGET: percent, "
            "default 100.\n"
            "SOLVER: 0 heuristic (greedy start improved by swaps until no swap helps; ties go to the candidate "
            "that comes first, so runs repeat), 1 exact (integer program solved by SciPy's MILP solver with a "
            "relative gap of at most 1e-9; refused above its size limit, which the message names).\n\n"
            "Demand that no candidate can reach is left out of every objective and reported. "
            "OUTPUT: the candidates with chosen, required (0/1), order (the step at which the point is added when "
            "the chosen points are added one at a time, best first), population served and pop_within (population "
            "within CUTOFF among those allocated to it). OUTPUT_DEMAND: the demand with facility and cost to the "
            "nearest chosen point (NULL when none reaches it).\n"
            "Result values: OBJECTIVE (covered population, total population-weighted cost, or number of points), "
            "COVERED_POPULATION (cost to the nearest chosen point <= CUTOFF), MEAN_COST (population-weighted over "
            "the reachable demand that a chosen point reaches), FACILITIES, OPTIMAL (true only when the exact "
            "solver proved optimality), REACHABLE_POPULATION, UNREACHABLE_POPULATION and UNSERVED_POPULATION "
            "(reachable by some candidate but by no chosen point)."
            "\n\nPROBLEM 3 least-cost coverage: the points with the least total COST_FIELD (required ones "
            "included) putting at least COVERAGE_TARGET percent of the reachable population within CUTOFF; among "
            "sets of equal cost the one covering most; P is ignored. PROBLEM 4 p-center: P points minimising the "
            "longest cost from a resident (population > 0) to the nearest chosen point; among those, the least "
            "population-weighted mean cost.\nCOST_FIELD: numeric field of the candidates, e.g. annual_cost_eur "
            "(needed by PROBLEM 3 and BUDGET; NULL or negative on a candidate that can be chosen is an error). "
            "BUDGET (default 0 = none): with PROBLEM 0 or 1 the total COST_FIELD of the chosen points must not "
            "exceed it; P = 0 then means as many points as the budget allows, P > 0 is an upper limit. "
            "CAPACITY_FIELD (annual visits a point can take) and VISIT_RATE (annual visits per resident, default "
            "1.0): with PROBLEM 0 or 1 a chosen point serves at most CAPACITY_FIELD / VISIT_RATE residents and a "
            "demand feature may be split between points (capacitated maximal coverage; capacitated p-median, "
            "where every reachable resident must be served). MIN_POPULATION_WITHIN (default 0; the national rule "
            "is 10000): a candidate with fewer residents within CUTOFF (all demand counted) cannot be chosen; a "
            "required one is kept with a warning.\nOUTPUT also has pop_within_reach (residents within CUTOFF of "
            "the candidate) and eligible (0/1); with capacities capacity_pop, load (residents served) and "
            "utilisation (percent). OUTPUT_ASSIGNMENT (optional): one row per demand feature and serving point "
            "with demand_fid, facility, population (the part served) and cost; with capacities OUTPUT_DEMAND's "
            "facility is the point serving the largest part. Result values TOTAL_COST (sum of COST_FIELD over "
            "the chosen points; NULL without COST_FIELD) and MAX_COST (longest cost of a served resident); "
            "OBJECTIVE is TOTAL_COST for PROBLEM 3 and MAX_COST for PROBLEM 4."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Candidate service points"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.CANDIDATE_ID, self.tr("Candidate id field (default: feature id)"),
            parentLayerParameterName=self.CANDIDATES, optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.REQUIRED, self.tr("Required candidates (expression, e.g. \"is_fixed\")"),
            parentLayerParameterName=self.CANDIDATES, optional=True))
        costparams.add_demand_parameters(self)
        costparams.add_cost_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            self.PROBLEM, self.tr("Problem"), options=[
                self.tr("Maximal coverage: P points covering the most population within the cutoff"),
                self.tr("P-median: P points with the least population-weighted travel cost"),
                self.tr("Fewest points reaching the coverage target"),
                self.tr("Least-cost coverage: the cheapest points reaching the coverage target"),
                self.tr("P-center: P points with the shortest longest trip")], defaultValue=PROBLEM_COVERAGE))
        self.addParameter(QgsProcessingParameterNumber(
            self.P, self.tr("Number of points P (required ones included)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=10, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CUTOFF, self.tr("Cutoff (minutes by road, km by straight line)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=60.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.COVERAGE_TARGET, self.tr("Coverage target (% of the reachable population, fewest points)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=100.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.SOLVER, self.tr("Solver"), options=[
                self.tr("Heuristic (greedy and swaps)"), self.tr("Exact (integer program, small problems)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Candidates with the choice"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DEMAND, self.tr("Demand allocated to the chosen points"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        locationoptions.add_parameters(self)
        locationoptions.add_outputs(self)
        for name, text in ((self.OBJECTIVE, self.tr("Objective value")),
                           (self.COVERED_POPULATION, self.tr("Population within the cutoff")),
                           (self.MEAN_COST, self.tr("Population-weighted mean cost")),
                           (self.FACILITIES, self.tr("Number of chosen points")),
                           (self.REACHABLE_POPULATION, self.tr("Reachable population")),
                           (self.UNREACHABLE_POPULATION, self.tr("Unreachable population")),
                           (self.UNSERVED_POPULATION, self.tr("Population no chosen point reaches"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))
        self.addOutput(QgsProcessingOutputBoolean(self.OPTIMAL, self.tr("Proven optimal")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        problem = self.parameterAsEnum(parameters, self.PROBLEM, context)
        exact = self.parameterAsEnum(parameters, self.SOLVER, context) == 1
        if exact:  # scipy.optimize.milp: scipy 1.9 or newer
            catalogue.refuse_feature(self.ALG_ID, "SOLVER=1")
        p = self.parameterAsInt(parameters, self.P, context)
        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
        target = self.parameterAsDouble(parameters, self.COVERAGE_TARGET, context)
        if problem in (PROBLEM_FEWEST, PROBLEM_LEAST_COST) and not 0 < target <= 100:
            raise QgsProcessingException(self.tr(
                "COVERAGE_TARGET must be a percentage above 0 and at most 100 (it is {})." ).format(target))
        if problem not in (PROBLEM_MEDIAN, PROBLEM_CENTER) and not cutoff > 0:
            raise QgsProcessingException(self.tr("CUTOFF must be a positive number."))
        demand_source = self.parameterAsSource(parameters, self.DEMAND, context)
        if demand_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DEMAND))
        crs = work_crs(demand_source, context)
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        if feedback.isCanceled():  # a multi-step feedback made after cancel() misses it
            steps.cancel()
        expression = self.parameterAsExpression(parameters, self.REQUIRED, context)
        id_field = self.parameterAsString(parameters, self.CANDIDATE_ID, context)
        cands = read_sites(self, parameters, context, steps, self.CANDIDATES, id_field, crs,
                           {"required": expression} if expression else None)
        required = cands.flags.get("required", np.zeros(len(cands), dtype=bool))
        options = locationoptions.read_options(self, parameters, context, problem, cands)
        self._check_p(problem, p, len(cands), int(required.sum()), options.budget)
        clock = [time.perf_counter()]
        demand = read_demand(self, parameters, context, steps, self.DEMAND, self.POPULATION, crs)
        model = costparams.build_cost_model(self, parameters, context, steps, crs)
        clock.append(time.perf_counter())
        task = locationsolve.Task(problem, model, demand.xy, demand.population, None, cands.xy, required, None, p,
                                  cutoff, target, exact, options.cost, options.budget, options.capacity)
        try:
            done = self._compute(task, cands, options, steps, clock)
        except Cancelled:
            return {}
        steps.setCurrentStep(4)
        return self._outputs(outputs, demand_source, demand, cands, task, options, done, steps, clock)

    def _compute(self, task, cands, options, steps, clock):
        """Reachability, eligibility, the solution and the allocation to it."""
        steps.setCurrentStep(1)
        progress, cancelled = costparams.feedback_callbacks(steps)
        reach_fac, _ = task.model.nearest(task.demand_xy, task.cand_xy, progress, cancelled)
        task.reachable = reach_fac >= 0
        i, j, _ = task.model.within(task.demand_xy, task.cand_xy, task.cutoff, progress, cancelled)
        task.cover = la.coverage_matrix(i, j, len(task.pop), len(cands))
        within = pop_within_reach(task.cover, task.pop)
        eligible = eligible_mask(within, options.min_population)
        allowed = eligible | task.required
        self._check_allowed(task, options, cands, allowed, within, steps)
        clock.append(time.perf_counter())
        steps.setCurrentStep(2)
        solution = locationsolve.solve_allowed(task, allowed, steps)
        clock.append(time.perf_counter())
        steps.setCurrentStep(3)
        chosen = solution.chosen
        alloc = getattr(solution, "allocation", None)
        if alloc is None:
            near, cost = task.model.nearest(task.demand_xy, task.cand_xy[chosen], progress, cancelled)
            parts = Parts.nearest(task.pop, np.where(near >= 0, chosen[np.maximum(near, 0)], -1), cost)
        else:
            bound = task.cutoff if task.problem == PROBLEM_COVERAGE else None
            pair = pair_costs(task.model, task.demand_xy, task.cand_xy, alloc.rows, alloc.points, chosen, bound,
                              progress, cancelled)
            parts = Parts(alloc.rows, alloc.points, alloc.amount, pair)
        stats = allocation_summary(task.pop, task.reachable, parts, task.cutoff, len(cands))
        stats.update(reach=within, eligible=eligible, parts=parts)
        facility, cost = parts.serving(len(task.pop))
        return solution, facility, cost, stats

    def _check_allowed(self, task, options, cands, allowed, within, feedback):
        """Costs and capacities of the candidates that can be chosen; enough of them for P."""
        if options.cost is not None:
            locationoptions.check_values(options.cost, allowed, cands.ids, locationoptions.COST_FIELD,
                                         options.cost_field)
        if options.capacity is not None:
            locationoptions.check_values(options.capacity, allowed, cands.ids, locationoptions.CAPACITY_FIELD,
                                         options.capacity_field)
        locationoptions.eligibility_notes(feedback, within, allowed, task.required, cands.ids, options.min_population)
        uses_p = task.problem in (PROBLEM_COVERAGE, PROBLEM_MEDIAN, PROBLEM_CENTER) and task.p > 0
        if uses_p and int(allowed.sum()) < task.p:
            raise QgsProcessingException(self.tr(
                "MIN_POPULATION_WITHIN {:g} leaves {} candidates that can be chosen, fewer than P ({}).").format(
                options.min_population, int(allowed.sum()), task.p))
        if options.budget > 0:
            need = float(options.cost[task.required].sum())
            if need > options.budget * (1 + 1e-12):
                raise QgsProcessingException(self.tr(
                    "The required candidates cost {:g} together, more than the BUDGET {:g} by {:g}.").format(
                    need, options.budget, need - options.budget))

    def _outputs(self, outputs, demand_source, demand, cands, task, options, done, steps, clock):
        solution, facility, cost, stats = done
        chosen = solution.chosen
        total_cost = float(options.cost[chosen].sum()) if options.cost is not None else None
        max_cost = stats["max_cost"]
        objective = {PROBLEM_COVERAGE: stats["covered"], PROBLEM_MEDIAN: stats["weighted"],
                     PROBLEM_FEWEST: float(len(chosen)), PROBLEM_LEAST_COST: total_cost,
                     PROBLEM_CENTER: max_cost}[task.problem]
        self._log(steps, task.model, stats, solution, task.exact)
        dest = self._write_candidates(outputs, cands, task.required, solution, stats, options.capacity)
        dest_demand = self._write_demand(outputs, demand_source, demand, cands, facility, cost, steps)
        assignment = write_assignment(outputs, demand_source, demand, cands, stats["parts"], steps)
        clock.append(time.perf_counter())
        steps.pushInfo(self.tr("Times (s): reading and network {:.1f}, reachability {:.1f}, costs and solving {:.1f}, "
                               "allocation and writing {:.1f}.").format(*np.diff(clock)))
        if dest is None or dest_demand is None:
            return {}
        style_on_completion(outputs.context, dest, "locationallocation")
        style_on_completion(outputs.context, dest_demand, "locationallocation_demand_" + _kind(demand_source))
        return {
            self.OUTPUT: dest, self.OUTPUT_DEMAND: dest_demand, self.OBJECTIVE: objective,
            self.COVERED_POPULATION: stats["covered"], self.MEAN_COST: stats["mean"],
            self.FACILITIES: int(len(chosen)), self.OPTIMAL: bool(solution.optimal),
            self.REACHABLE_POPULATION: stats["reachable"], self.UNREACHABLE_POPULATION: stats["unreachable"],
            self.UNSERVED_POPULATION: stats["unserved"],
            locationoptions.TOTAL_COST: total_cost, locationoptions.MAX_COST: max_cost,
            locationoptions.OUTPUT_ASSIGNMENT: assignment,
        }

    def _check_p(self, problem, p, n, n_required, budget=0.0):
        if n == 0:
            raise QgsProcessingException(self.tr("The CANDIDATES layer has no points."))
        if problem in (PROBLEM_FEWEST, PROBLEM_LEAST_COST):
            return
        if p > n:
            raise QgsProcessingException(self.tr(
                "P ({}) is larger than the number of candidates ({}).").format(p, n))
        if p == 0 and not budget > 0:
            raise QgsProcessingException(self.tr(
                "P must be at least 1; P = 0 (as many points as the budget allows) needs a BUDGET with PROBLEM 0 "
                "or 1."))
        if 0 < p < n_required:
            raise QgsProcessingException(self.tr(
                "P ({}) is smaller than the number of required candidates ({}); P counts the required ones too."
            ).format(p, n_required))

    def _log(self, feedback, model, stats, solution, exact):
        unit = costparams.cost_unit_label(model)
        feedback.pushInfo(self.tr("Reachable population {}, unreachable {} (left out of the objective).").format(
            thousands(stats["reachable"]), thousands(stats["unreachable"])))
        if stats["unserved"] > 0:
            feedback.pushWarning(self.tr(
                "{} residents can reach a candidate but none of the chosen points (another part of the network)."
            ).format(thousands(stats["unserved"])))
        if exact:
            feedback.pushInfo(self.tr("Exact solver: optimality {}.").format(self.tr("proven") if solution.optimal
                                                                          else self.tr("not proven")))
        else:
            feedback.pushInfo(self.tr("Heuristic: {} swaps after the greedy start.").format(solution.swaps))
        feedback.pushInfo(self.tr("Chosen {} points; population within the cutoff {}; mean cost {} {}.").format(
            len(solution.chosen), thousands(stats["covered"]),
            "–" if stats["mean"] is None else f"{stats['mean']:.2f}", unit))

    def _write_candidates(self, outputs, cands, required, solution, stats, capacity=None):
        source = self.parameterAsSource(outputs.parameters, self.CANDIDATES, outputs.context)
        extra = [QgsField("chosen", FieldType.Int), QgsField("required", FieldType.Int),
                 QgsField("order", FieldType.Int), QgsField("population", FieldType.Double),
                 QgsField("pop_within", FieldType.Double), QgsField("pop_within_reach", FieldType.Double),
                 QgsField("eligible", FieldType.Int)]
        if capacity is not None:
            extra += [QgsField("capacity_pop", FieldType.Double), QgsField("load", FieldType.Double),
                      QgsField("utilisation", FieldType.Double)]
        fields, kept = extended_fields(source.fields(), extra)
        sink, dest = outputs.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())
        row_of = {int(f): i for i, f in enumerate(cands.fids)}
        chosen = np.zeros(len(cands), dtype=bool)
        chosen[solution.chosen] = True
        for feature in source.getFeatures():
            row = row_of.get(feature.id())
            attrs = feature.attributes()
            values = [attrs[i] for i in kept]
            if row is None:
                values += [None] * len(extra)
            else:
                values += [int(chosen[row]), int(required[row]),
                           int(solution.order[row]) if chosen[row] else None,
                           float(stats["served"][row]), float(stats["within"][row]),
                           float(stats["reach"][row]), int(stats["eligible"][row])]
                if capacity is not None:
                    values += _capacity_values(capacity[row], stats["served"][row], chosen[row])
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(values)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _write_demand(self, outputs, source, demand, cands, facility, cost, feedback):
        extra = [typed_field("facility", cands.id_field), QgsField("cost", FieldType.Double)]
        fields, kept = extended_fields(source.fields(), extra)
        sink, dest = outputs.sink(self.OUTPUT_DEMAND, fields, source.wkbType(), source.sourceCrs())
        ids = cands.ids
        fac = [ids[f] if f >= 0 else None for f in facility.tolist()]
        costs = [c if f >= 0 else None for f, c in zip(facility.tolist(), cost.tolist())]
        if not write_rows(sink, source, demand.fids, fields, kept, [fac, costs], feedback):
            return None
        return dest


def _capacity_values(cap: float, load: float, chosen: bool) -> list:
    """capacity_pop, load and utilisation (load / capacity_pop x 100; NULL where there is no capacity)."""
    cap = None if not np.isfinite(cap) else float(cap)
    load = float(load) if chosen else 0.0
    return [cap, load, 100.0 * load / cap if cap and cap > 0 else None]


def _kind(source) -> str:
    polygon = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    return "polygon" if polygon else "point"


ALGORITHMS = [LocationAllocationAlgorithm]
