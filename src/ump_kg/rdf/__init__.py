"""RDF in and out: reading files (one format registry), deterministic writing, the one atomic
file writer, pyoxigraph <-> rdflib conversion, IRI rebasing, prefixes, file:line of terms."""
