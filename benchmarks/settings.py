"""Verbund's own settings, with the benchmark's URLs (Verbund's plus the floor view) as root."""

from verbund.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
