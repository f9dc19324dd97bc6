"""Linked data people can open: pages for every IRI (Jinja2 templates shared by `serve`, `release`
and `docs`), the dataset's figures, and the ASGI app behind `ump-kg serve` (SPARQL 1.1 Protocol,
content negotiation, a browser UI)."""
