# SPDX-License-Identifier: GPL-2.0-or-later
"""Presence: the workspace schema, the agency registry, presence edits and imports."""
