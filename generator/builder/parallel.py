"""Extracting many articles on several processes.

Extraction is a pure function of an article and its reference date, so it
runs anywhere: each worker process loads spaCy once and runs the same
`extract_article` the build runs in one process, and results come back keyed
by their job, so a build's output never depends on how many processes ran it
or in what order they finished. Workers are started fresh ("spawn"), never
forked from a process that may hold threads (`mkdocs serve` does).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from generator.errors import BriefingError, Problem
from generator.model import ArticleExtraction

# Starting a worker costs about as much as extracting this many articles: fewer
# jobs than that per worker are done in this process.
JOBS_PER_WORKER = 8


@dataclass(frozen=True)
class Job:
    """One article to extract: its project-relative path and the date it is read against."""

    path: str
    reference: dt.date | None


Outcome = tuple[Job, ArticleExtraction | None, tuple[Problem, ...]]


def extract_all(root: Path, jobs: Sequence[Job], processes: int) -> Iterator[Outcome]:
    """Every job's extraction (or the problems that stopped it), in the order they finish."""
    processes = min(processes, len(jobs) // JOBS_PER_WORKER)
    if processes <= 1:
        yield from (run_job(root, job) for job in jobs)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes, initializer=_load_model) as pool:
        yield from pool.imap_unordered(_run, [(root, job) for job in jobs])


def run_job(root: Path, job: Job) -> Outcome:
    """Read and extract one article; its problems (unreadable, not UTF-8, ...) when it fails."""
    from generator.extract import extract_article  # spaCy loads only when there is work
    from generator.read.articles import read_article

    try:
        return job, extract_article(read_article(root / job.path, job.path), job.reference), ()
    except BriefingError as error:
        return job, None, error.problems


def _load_model() -> None:
    from generator.extract.nlp import load_nlp

    load_nlp()


def _run(task: tuple[Path, Job]) -> Outcome:
    return run_job(*task)
