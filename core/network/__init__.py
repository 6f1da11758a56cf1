# SPDX-License-Identifier: GPL-2.0-or-later
"""Road networks: the graph, travel costs, reading layers into arrays, and preparing OSM / Digiroad roads."""
