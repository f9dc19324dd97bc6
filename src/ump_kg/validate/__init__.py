"""Validation: one context (ontology, shapes, class hierarchy parsed once), SHACL (pyshacl), OWL
reasoning (HermiT), disjointness, the OWL 2 DL profile (OWL API) and the quality checks."""
