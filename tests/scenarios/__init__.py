"""Recorded-traffic scenarios: shared by scripts/record.py (recording) and
tests/test_cassettes.py (replay).

- `flows`: the scenarios and their typed results;
- `cassette`: vcrpy's configuration, the scrubbing hooks, the network guard;
- `replay`: running a scenario against its cassette, offline.
"""
