"""The pooled waiting list and course placement.

``engine/`` is the solver as a pure library (no Django): it takes a batch of people waiting and
courses, and decides who goes into which course and which planned courses start. The application
side (coordinator screens, consent, enrolments) builds on participant management.
"""
