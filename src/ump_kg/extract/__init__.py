"""Extraction: Polish source documents -> triples under the ump-kg ontology, with provenance.

Each step is its own module: document (reading), sentences, dates, morphology, gazetteer
(known names in every case), names (new names), events and relations (rules), emit (triples).
"""
