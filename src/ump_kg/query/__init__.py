"""Querying: the library of SPARQL files, typed parameters, running locally or on an endpoint,
showing the answers."""
