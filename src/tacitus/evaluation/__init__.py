"""Scoring the coder against sentence sets with expected events (our fixtures, public gold standards)."""
