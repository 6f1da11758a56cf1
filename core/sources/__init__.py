# SPDX-License-Identifier: GPL-2.0-or-later
"""Data sources: WFS / OGC API Features services and Statistics Finland's layers."""
