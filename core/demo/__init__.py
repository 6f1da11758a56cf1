# SPDX-License-Identifier: GPL-2.0-or-later
"""The synthetic demo region: data, workspace, the chain of algorithms, map and report."""
