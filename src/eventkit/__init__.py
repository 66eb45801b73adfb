"""eventkit: typed, structured events from English news prose.

>>> import eventkit
>>> events = eventkit.extract("Russia sent 3,000 troops to the border on Monday.",
...                           published="2024-10-24")
"""

from eventkit.api import extract
from eventkit.batch import extract_many
from eventkit.document import Document
from eventkit.model import (
    Actor,
    Deployment,
    Event,
    Place,
    Quantity,
    Span,
    TimeExpr,
    Treaty,
    WarningEvent,
    event_classes,
    events_json_schema,
    parse_events,
)
from eventkit.records import to_records
from eventkit.registry import (
    ExtractorFailure,
    ExtractorInfo,
    extractor,
    refresh_plugins,
    register_extractor,
    registered_extractors,
    unregister_extractor,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Deployment",
    "Document",
    "Event",
    "ExtractorFailure",
    "ExtractorInfo",
    "Place",
    "Quantity",
    "Span",
    "TimeExpr",
    "Treaty",
    "WarningEvent",
    "__version__",
    "event_classes",
    "events_json_schema",
    "extract",
    "extract_many",
    "extractor",
    "parse_events",
    "refresh_plugins",
    "register_extractor",
    "registered_extractors",
    "to_records",
    "unregister_extractor",
]
