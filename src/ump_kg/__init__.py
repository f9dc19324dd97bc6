"""ump-kg: a knowledge graph of Polish cities' cooperation on migration and integration."""

__version__ = "0.1.0"
