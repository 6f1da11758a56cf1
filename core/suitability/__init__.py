# SPDX-License-Identifier: GPL-2.0-or-later
"""Suitability: criteria of premises and multi-criteria scoring."""
