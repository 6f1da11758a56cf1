# SPDX-License-Identifier: GPL-2.0-or-later
"""``palveluverkko:suitability``: score and rank premises on several criteria, with weight sensitivity."""
from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.compat import FieldType
from ..core.report.suitability_report import ReportData, write_report
from ..core.rules.cancel import Cancelled
from ..core.rules.nulls import is_null
from ..core.styling import style_on_completion
from ..core.suitability import premises_table, scoring
from .base import PalveluverkkoAlgorithm
from .sinks import run_guarded

LABEL_FIELDS = ("name", "premises_id")


class SuitabilityAlgorithm(PalveluverkkoAlgorithm):
    """Weighted sum or TOPSIS ranking with AHP weights, hard constraints and weight sensitivity."""

    ALG_ID = "suitability"
    GROUP_ID = "suitability"
    PREMISES = "PREMISES"
    CRITERIA = "CRITERIA"
    METHOD = "METHOD"
    AHP = "AHP"
    AHP_STRICT = "AHP_STRICT"
    CONSTRAINTS = "CONSTRAINTS"
    SENSITIVITY_RUNS = "SENSITIVITY_RUNS"
    SENSITIVITY_SPREAD = "SENSITIVITY_SPREAD"
    SEED = "SEED"
    TOP_K = "TOP_K"
    OUTPUT = "OUTPUT"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    CONSISTENCY_RATIO = "CONSISTENCY_RATIO"
    PASSING_COUNT = "PASSING_COUNT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Suitability ranking of premises")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Scores and ranks premises on several criteria, explains the score criterion by criterion and "
            "tests whether the ranking survives reasonable changes of the weights.\n\n"
            "PREMISES: the premises (e.g. the output of Derive criteria for premises).\n"
            "CRITERIA: one row per criterion: field, direction (benefit = more is better, cost = less is "
            "better) and weight. From qgis_process: CRITERIA=pop_within,benefit,5,annual_cost_eur,cost,3. "
            "Weights are normalised to sum to 1.\n"
            "METHOD: 0 weighted sum of min–max normalised criteria (0 = worst, 1 = best premises); "
            "1 TOPSIS (vector normalisation, closeness to the ideal point).\n"
            "AHP (optional): a pairwise comparison matrix over the criteria in their order, row by row, "
            "Saaty's 1–9 scale, e.g. \"1 3; 1/3 1\" or 1,3,0.33,1. Reciprocal cells must multiply to "
            "between 0.98 and 1.02. Its principal eigenvector replaces the given weights; the consistency "
            "ratio is returned as CONSISTENCY_RATIO. Above 0.10 the log warns; with AHP_STRICT it is an "
            "error.\n"
            "CONSTRAINTS (optional): an expression that premises must meet, e.g. \"accessible\" AND "
            "\"pop_within\" >= 10000. Premises that fail get passes = 0 and no rank; normalisation, ideal "
            "points and ranks use only the passing premises.\n"
            "SENSITIVITY_RUNS (default 1000, 0 = none), SENSITIVITY_SPREAD (default 0.2): each run multiplies "
            "every weight by a random factor between 1 − spread and 1 + spread and renormalises; SEED "
            "(default 1) makes runs repeat. TOP_K (default 5).\n\n"
            "OUTPUT: the premises with score, rank (1 = best; equal scores rank in layer order), passes, "
            "n_<field> (normalised value; for the weighted sum min–max with the direction applied, for TOPSIS "
            "vector-normalised), c_<field> = weight × n_<field>, rank_p05 and rank_p95 (5th and 95th "
            "percentile of the rank over the runs) and p_top (share of runs in the top K). With 0 runs "
            "rank_p05 = rank_p95 = rank and p_top is 1 for ranks up to TOP_K.\n"
            "OUTPUT_REPORT (optional): an HTML report with the weights, the AHP matrix, the ranking with "
            "contributions and charts.\n\n"
            "A NULL criterion value takes that criterion's worst value among the passing premises (the log "
            "counts them). A criterion with the same value everywhere contributes nothing."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PREMISES, self.tr("Premises"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterMatrix(
            self.CRITERIA, self.tr("Criteria (field, direction, weight)"), numberRows=1, hasFixedNumberRows=False,
            headers=[self.tr("field"), self.tr("direction"), self.tr("weight")]))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Method"), options=[self.tr("Weighted sum (min–max)"), self.tr("TOPSIS")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.AHP, self.tr("AHP pairwise comparison matrix (row by row)"), multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.AHP_STRICT, self.tr("Fail when the AHP consistency ratio is above 0.10"), defaultValue=False))
        self.addParameter(QgsProcessingParameterExpression(
            self.CONSTRAINTS, self.tr("Constraints (premises must meet)"), parentLayerParameterName=self.PREMISES,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SENSITIVITY_RUNS, self.tr("Weight sensitivity runs"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=1000, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SENSITIVITY_SPREAD, self.tr("Weight spread (0.2 = ±20 %)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.2, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_K, self.tr("Top K"), QgsProcessingParameterNumber.Type.Integer, defaultValue=5, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Suitability")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Suitability report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.CONSISTENCY_RATIO, self.tr("AHP consistency ratio")))
        self.addOutput(QgsProcessingOutputNumber(self.PASSING_COUNT, self.tr("Premises passing the constraints")))

    # ------------------------------------------------------------------ helpers
    def _criteria(self, parameters, context, fields):
        try:
            criteria = scoring.parse_criteria(self.parameterAsMatrix(parameters, self.CRITERIA, context))
        except scoring.ScoringError as error:
            raise QgsProcessingException(str(error)) from error
        for c in criteria:
            index = fields.lookupField(c.field)
            if index < 0:
                raise QgsProcessingException(self.tr(
                    "The criterion field {field} is not in the premises layer. Its fields are: {fields}."
                ).format(field=c.field, fields=", ".join(fields.names())))
            field = fields.at(index)
            if not (field.isNumeric() or field.type() == FieldType.Bool):
                raise QgsProcessingException(self.tr(
                    "The criterion field {field} is not numeric (it is {type}); choose a numeric field."
                ).format(field=c.field, type=field.typeName()))
        return criteria

    def _constraint(self, parameters, context, source):
        # parameterAsExpression() silently drops an invalid expression: read the raw text to report it
        text = (self.parameterAsString(parameters, self.CONSTRAINTS, context) or "").strip()
        if not text:
            return None, None, ""
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(self.tr("The constraint expression is invalid: {error}").format(
                error=expression.parserErrorString()))
        names = source.fields().names()
        for column in sorted(expression.referencedColumns()):
            if column != QgsFeatureRequest.ALL_ATTRIBUTES and column not in names:
                raise QgsProcessingException(self.tr(
                    "The constraint expression refers to the field {field}, which is not in the premises layer."
                ).format(field=column))
        expression_context = self.createExpressionContext(parameters, context, source)
        expression.prepare(expression_context)
        return expression, expression_context, text

    def _output_fields(self, source_fields, criteria):
        added = ["score", "rank", "passes"]
        added += [f"n_{c.field}" for c in criteria] + [f"c_{c.field}" for c in criteria]
        added += ["rank_p05", "rank_p95", "p_top"]
        keep = [i for i in range(source_fields.count()) if source_fields.at(i).name().lower()
                not in {a.lower() for a in added}]
        fields = QgsFields()
        for i in keep:
            fields.append(source_fields.at(i))
        fields.append(QgsField("score", FieldType.Double))
        fields.append(QgsField("rank", FieldType.Int))
        fields.append(QgsField("passes", FieldType.Int))
        for prefix in ("n_", "c_"):
            for c in criteria:
                fields.append(QgsField(f"{prefix}{c.field}", FieldType.Double))
        fields.append(QgsField("rank_p05", FieldType.Int))
        fields.append(QgsField("rank_p95", FieldType.Int))
        fields.append(QgsField("p_top", FieldType.Double))
        return fields, keep

    # -------------------------------------------------------------------- run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return run_guarded(self, self._run, parameters, context, feedback)

    def _run(self, parameters, context, feedback, outputs):
        source = self.parameterAsSource(parameters, self.PREMISES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PREMISES))
        criteria = self._criteria(parameters, context, source.fields())
        names = [c.field for c in criteria]
        weights, ahp_matrix, ahp_result = self._weights(parameters, context, criteria, feedback)
        expression, expression_context, constraint_text = self._constraint(parameters, context, source)
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        try:
            table = premises_table.read_premises(
                source, [source.fields().lookupField(n) for n in names], expression, expression_context,
                feedback.isCanceled, lambda fraction: steps.setProgress(100.0 * fraction))
        except premises_table.ConstraintError as error:
            raise QgsProcessingException(self.tr("The constraint expression failed on feature {fid}: {error}")
                                         .format(fid=error.fid, error=error.message)) from error
        feedback.pushInfo(self.tr("{passing} of {total} premises pass the constraints.").format(
            passing=int(table.passes.sum()), total=len(table.features)))
        steps.setCurrentStep(1)
        result = self._score(parameters, context, criteria, weights, table, steps)
        steps.setCurrentStep(2)
        dest_id = self._write(outputs, source, criteria, table.features, result, steps)
        style_on_completion(context, dest_id, "suitability")
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report_path:
            self._report(report_path, parameters, context, criteria, weights, table, result,
                         (source.fields(), constraint_text, ahp_matrix, ahp_result))
        return {
            self.OUTPUT: dest_id,
            self.OUTPUT_REPORT: report_path or None,
            self.CONSISTENCY_RATIO: None if ahp_result is None else float(ahp_result.cr),
            self.PASSING_COUNT: int(table.passes.sum()),
        }

    def _weights(self, parameters, context, criteria, feedback):
        """(weights, AHP matrix or None, AHP result or None): the AHP weights replace the given ones."""
        names = [c.field for c in criteria]
        try:
            weights = scoring.normalise_weights(np.array([c.weight for c in criteria]))
        except scoring.ScoringError as error:
            raise QgsProcessingException(str(error)) from error
        ahp_text = (self.parameterAsString(parameters, self.AHP, context) or "").strip()
        if not ahp_text:
            return weights, None, None
        try:
            ahp_matrix = scoring.parse_ahp_matrix(ahp_text, names)
            ahp_result = scoring.ahp(ahp_matrix, names)
        except scoring.ScoringError as error:
            raise QgsProcessingException(str(error)) from error
        cr = float(ahp_result.cr)
        feedback.pushInfo(self.tr("AHP weights: {weights}; consistency ratio {cr:.3f}.").format(
            weights=", ".join(f"{n} {w:.3f}" for n, w in zip(names, ahp_result.weights)), cr=cr))
        if cr > scoring.CR_LIMIT:
            message = self.tr("The AHP consistency ratio {cr:.3f} is above 0.10: the pairwise comparisons "
                              "contradict each other; revise them.").format(cr=cr)
            if self.parameterAsBoolean(parameters, self.AHP_STRICT, context):
                raise QgsProcessingException(message)
            feedback.pushWarning(message)
        return ahp_result.weights, ahp_matrix, ahp_result

    def _score(self, parameters, context, criteria, weights, table, feedback):
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        try:
            result = scoring.score(
                table.values, np.array([c.benefit for c in criteria]), weights, method, table.passes,
                self.parameterAsInt(parameters, self.SENSITIVITY_RUNS, context),
                self.parameterAsDouble(parameters, self.SENSITIVITY_SPREAD, context),
                self.parameterAsInt(parameters, self.SEED, context),
                self.parameterAsInt(parameters, self.TOP_K, context), feedback=feedback)
        except scoring.ScoringError as error:
            raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            raise Cancelled()
        for c, count, constant in zip(criteria, result.null_counts, result.constant):
            if count:
                feedback.pushWarning(self.tr(
                    "{count} passing premises have NULL in {field}; they get its worst value.").format(
                    count=int(count), field=c.field))
            if constant and table.passes.any():
                feedback.pushWarning(self.tr(
                    "The criterion {field} has the same value on every passing premises; it contributes nothing."
                ).format(field=c.field))
        return result

    def _write(self, outputs, source, criteria, features, result, feedback):
        fields, keep = self._output_fields(source.fields(), criteria)
        sink, dest_id = outputs.sink(self.OUTPUT, fields, source.wkbType(), source.sourceCrs())

        def num(value, cast=float):
            return None if value is None or math.isnan(value) else cast(value)

        for k, feature in enumerate(features):
            if feedback.isCanceled():
                raise Cancelled()
            attributes = feature.attributes()
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            row = [attributes[i] for i in keep]
            rank = int(result.rank[k]) if result.passes[k] else None
            row += [num(result.score[k]), rank, int(result.passes[k])]
            row += [num(v) for v in result.normalised[k]] + [num(v) for v in result.contributions[k]]
            row += [num(result.rank_p05[k], int), num(result.rank_p95[k], int), num(result.p_top[k])]
            out.setAttributes(row)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * k / max(len(features), 1))
        return dest_id

    def _report(self, path, parameters, context, criteria, weights, table, result, extra):
        fields, constraint_text, ahp_matrix, ahp_result = extra
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        write_report(path, ReportData(
            title=self.tr("Suitability of premises"),
            method=self.tr("TOPSIS") if method == scoring.TOPSIS else self.tr("Weighted sum (min–max)"),
            fields=[c.field for c in criteria], benefit=[c.benefit for c in criteria],
            raw_weights=[c.weight for c in criteria], weights=weights,
            labels=self._labels(table.features, fields),
            result=result, runs=self.parameterAsInt(parameters, self.SENSITIVITY_RUNS, context),
            spread=self.parameterAsDouble(parameters, self.SENSITIVITY_SPREAD, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            top_k=self.parameterAsInt(parameters, self.TOP_K, context),
            constraint=constraint_text, ahp_matrix=ahp_matrix, ahp=ahp_result, topsis=method == scoring.TOPSIS))

    @staticmethod
    def _labels(features, fields):
        for name in LABEL_FIELDS:
            index = fields.lookupField(name)
            if index >= 0:
                return [str(f.id()) if is_null(f.attributes()[index]) else str(f.attributes()[index])
                        for f in features]
        return [str(f.id()) for f in features]


ALGORITHMS = [SuitabilityAlgorithm]
