"""Benchmarks: scripts that print figures (not tests); see ``benchmarks/README.md``."""
