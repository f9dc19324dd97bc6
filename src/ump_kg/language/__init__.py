"""Polish-language helpers used by extraction and beyond: case forms and base forms of names
(morphology), and names resolved to the graph's IRIs in any grammatical case (resolve)."""
