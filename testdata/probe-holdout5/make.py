#!/usr/bin/env python3
"""Builds this set from its annotations (ann-*.jsonl) and the WikiEvents articles in
../shared: see ../wikievents/build.py for the format and the options.

    python3 make.py OUT | --raw OUT | --check
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wikievents"))
import build  # noqa: E402

build.main(os.path.dirname(os.path.abspath(__file__)))
