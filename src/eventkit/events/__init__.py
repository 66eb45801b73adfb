"""Event extractors: deployments, warnings and treaties, built from the layers."""
