"""The attribution finder's parts: quote regions, features, the learned taggers and span assembly."""
