"""New entries from city officers: read (Turtle, N-Triples, JSON-LD, a friendly YAML form),
validate against the ontology and shapes in the context of the graph, add, remove, undo."""
