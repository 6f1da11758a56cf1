# SPDX-License-Identifier: GPL-2.0-or-later
"""The small rules every algorithm shares, each written once.

- :mod:`.cancel`: :class:`~.cancel.Cancelled`, the one exception a cancelled core loop raises.
- :mod:`.points`: where a feature stands (centroid; point on surface when the centroid is outside a polygon).
- :mod:`.cutoffs`: reading and checking CUTOFFS (``"30,60"``), their labels and field-name suffixes.
- :mod:`.nulls`: NULL values, numbers from fields, and population cleaning (NULL and masked ``-1`` count as 0).
- :mod:`.areas`: which area a point lies in (boundary points go to the first area in layer order).
- :mod:`.numbers`: numbers for people to read (thousands separated by a narrow space).
"""
