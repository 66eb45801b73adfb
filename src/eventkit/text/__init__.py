"""Text structure: sentences with offsets, and the dateline of a news article."""

from eventkit.text.dateline import Dateline, find_dateline
from eventkit.text.sentences import split_sentences

__all__ = ["Dateline", "find_dateline", "split_sentences"]
