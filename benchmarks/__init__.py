"""Benchmarks: figures for the README, measured as ratios against baselines in the same run."""
