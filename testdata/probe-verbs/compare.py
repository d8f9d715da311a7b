#!/usr/bin/env python3
"""Per event, the fields got wrong, the misses and the extras: the same
comparison as ../probe-long/compare.py, which this runs with the same
arguments (python3 compare.py gold.jsonl pred.jsonl)."""
import os
import runpy

runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "probe-long", "compare.py"), run_name="__main__")
