# SPDX-License-Identifier: GPL-2.0-or-later
"""Allocation: catchments, coverage, location-allocation, p-median and scenarios."""
