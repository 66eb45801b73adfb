"""Example corpora of the built-in event types, one module per type."""
