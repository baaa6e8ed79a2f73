"""The placement engine: pure Python (no Django), fed with the dataclasses of ``model``.

``solve(batch)`` places one weekly batch to the lexicographic optimum; ``check`` verifies any
result independently; ``greedy`` holds today's first-come-first-served baselines.
"""

from .model import (
    Assignment,
    Batch,
    Course,
    CourseStatus,
    Objective,
    PartBound,
    Person,
    Result,
    ScenarioError,
    Waiting,
    WaitingReason,
)
from .solver import solve

__all__ = [
    "Assignment",
    "Batch",
    "Course",
    "CourseStatus",
    "Objective",
    "PartBound",
    "Person",
    "Result",
    "ScenarioError",
    "Waiting",
    "WaitingReason",
    "solve",
]
