"""Getting the graph out: deterministic export, releases (DCAT-AP, VoID), Graph Store Protocol
publishing, HTML documentation."""
