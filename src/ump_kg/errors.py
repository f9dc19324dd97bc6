"""User-facing errors: one clear message (what, where, how to fix) and exit code 2."""

from __future__ import annotations

EXIT_USER_ERROR = 2


class UserError(Exception):
    """A problem with the user's input or environment, reported without a traceback."""

    def __init__(self, what: str, where: str | None = None, fix: str | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.where = where
        self.fix = fix

    def __reduce__(self) -> tuple[type[UserError], tuple[str, str | None, str | None]]:
        # where and fix survive pickling (errors raised in a worker process of `build`)
        return (type(self), (self.what, self.where, self.fix))

    def __str__(self) -> str:
        head = f"{self.where}: {self.what}" if self.where else self.what
        return f"{head}\n  fix: {self.fix}" if self.fix else head


def line_col_of_offset(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a 0-based character offset in text."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
