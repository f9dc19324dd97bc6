"""The embedded store (pyoxigraph on disk): opening and locking, loading files into named graphs,
and `build` (extract, validate, write in one transaction, refresh the snapshot)."""
