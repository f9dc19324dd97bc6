"""A progress bar on the terminal for long work; silent when not a TTY, with -q, or without rich."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[[str], None]


@contextmanager
def progress(total: int, description: str, *, quiet: bool = False) -> Iterator[Advance]:
    """Yield advance(label): call it once per item done. The bar goes to standard error, so
    standard output stays the result; nothing is drawn unless standard error is a terminal."""
    if quiet or total < 1 or not sys.stderr.isatty():
        yield lambda label: None
        return
    try:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )
    except ImportError:
        yield lambda label: None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[label]}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total, label="")

        def advance(label: str) -> None:
            bar.update(task, advance=1, label=label)

        yield advance
