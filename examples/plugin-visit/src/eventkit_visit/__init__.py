"""eventkit-visit: an example eventkit plugin that adds ``visit`` events.

Installed, it is found through the ``eventkit.extractors`` entry point, so
``eventkit.extract(text)`` returns visits beside the built-in event types with no
import of this package in user code.
"""

from eventkit_visit.event import Visit
from eventkit_visit.extract import extract_visits

__version__ = "0.1.0"

__all__ = ["Visit", "__version__", "extract_visits"]
