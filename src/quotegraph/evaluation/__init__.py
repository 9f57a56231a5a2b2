"""PolNeAR evaluation and benchmarks (named so it does not shadow the eval builtin)."""
