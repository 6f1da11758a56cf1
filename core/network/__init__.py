# SPDX-License-Identifier: GPL-2.0-or-later
"""Road networks: the graph, travel costs and reading layers into arrays."""
