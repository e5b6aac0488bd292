"""Word lists for `generator.summary`: openings that lean on a sentence before."""

from __future__ import annotations

# A sentence opening with one of these points back to something the reader of
# a summary has not read ("He said...", "But the bill..."): it cannot lead.
CONTEXT_OPENERS = frozenset(
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "this", "that", "these", "those",
        "but", "and", "or", "so", "yet", "still", "however", "also", "meanwhile", "instead",
        "there", "here", "then", "thus", "such", "both", "which", "who",
    }
)
