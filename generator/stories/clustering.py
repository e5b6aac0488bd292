"""Average-linkage clustering over a sparse similarity graph.

Two groups merge while the mean similarity over all their cross pairs (a pair
never proposed counts as 0) reaches the threshold. Unlike connected components,
one strong link between two otherwise unrelated groups does not chain them
together. The work follows the graph's edges, never every pair of groups.
"""

from __future__ import annotations

import heapq
from typing import Mapping


def average_linkage(count: int, similarity: Mapping[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Groups of the items 0..count-1, each sorted, in order of their first item."""
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    links: dict[int, dict[int, float]] = {i: {} for i in range(count)}  # summed similarity
    for (i, j), score in similarity.items():
        links[i][j] = links[i].get(j, 0.0) + score
        links[j][i] = links[j].get(i, 0.0) + score
    heap = [(-score, i, j) for (i, j), score in sorted(similarity.items()) if score >= threshold]
    heapq.heapify(heap)
    next_id = count
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one of them was merged since this entry was pushed
        c, next_id = next_id, next_id + 1
        members[c] = sorted(members.pop(a) + members.pop(b))
        merged: dict[int, float] = {}
        for old in (a, b):
            for k, total in links.pop(old).items():
                if k in (a, b):
                    continue
                merged[k] = merged.get(k, 0.0) + total
                del links[k][old]
        links[c] = merged
        for k, total in sorted(merged.items()):
            links[k][c] = total
            mean = total / (len(members[c]) * len(members[k]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(k, c), max(k, c)))
    return sorted(members.values())
