# SPDX-License-Identifier: GPL-2.0-or-later
"""Reports: self-contained HTML pages and charts."""
