"""Measuring whosaid on public data: QAMR retrieval, PolNeAR attribution, golden files."""
