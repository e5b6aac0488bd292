"""Average linkage over a sparse graph: groups merge on their mean likeness."""

from __future__ import annotations

import pytest

from generator.stories.clustering import average_linkage


@pytest.mark.parametrize(
    "count, similarity, groups",
    [
        (3, {}, [[0], [1], [2]]),
        (3, {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.7}, [[0, 1, 2]]),
        # One strong link does not chain two groups whose other pairs are unlike.
        (4, {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.5}, [[0, 1], [2, 3]]),
        # ... but pairs alike enough on average do join.
        (4, {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.5, (0, 2): 0.5, (0, 3): 0.5, (1, 3): 0.5}, [[0, 1, 2, 3]]),
        (2, {(0, 1): 0.1}, [[0], [1]]),
    ],
)
def test_groups(count, similarity, groups):
    assert average_linkage(count, similarity, threshold=0.3) == groups
