"""The actors layer: people, countries, governments, militaries, organisations, groups.

>>> from eventkit.document import Document
>>> doc = Document("German Chancellor Olaf Scholz met NATO officials.")
>>> [(a.name, a.kind, a.country, a.title) for a in find_actors(doc)]
[('Olaf Scholz', 'person', 'DEU', 'Chancellor'), ('NATO', 'organization', None, None)]
"""

from __future__ import annotations

from eventkit.actors.rules import find_actors

__all__ = ["find_actors"]
