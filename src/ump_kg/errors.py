"""User-facing errors: one clear message (what, where, how to fix) and exit code 2.

A message may carry its Polish wording too (`pl=(what, fix)`); commands with --lang show the
user's language. Several problems found at once (every bad field of every entry file) travel
together as one `UserErrors`, shown one `error:` line each."""

from __future__ import annotations

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130  # the shell's convention for a process stopped by Ctrl-C (128 + SIGINT)


class UserError(Exception):
    """A problem with the user's input or environment, reported without a traceback."""

    def __init__(
        self,
        what: str,
        where: str | None = None,
        fix: str | None = None,
        *,
        pl: tuple[str, str | None] | None = None,
    ) -> None:
        super().__init__(what)
        self.what = what
        self.where = where
        self.fix = fix
        self.pl = pl

    def render(self, lang: str = "en") -> str:
        what, fix = self.pl if lang == "pl" and self.pl else (self.what, self.fix)
        head = f"{self.where}: {what}" if self.where else what
        label = "popraw" if lang == "pl" and self.pl else "fix"
        return f"{head}\n  {label}: {fix}" if fix else head

    def __reduce__(self) -> tuple[type[UserError], tuple[str, str | None, str | None]]:
        # where and fix survive pickling (errors raised in a worker process of `build`)
        return (type(self), (self.what, self.where, self.fix))

    def __str__(self) -> str:
        return self.render("en")

    @property
    def problems(self) -> list[UserError]:
        return [self]


class UserErrors(UserError):
    """Several problems at once (all the bad fields of all the files)."""

    def __init__(self, errors: list[UserError]) -> None:
        flat = [p for e in errors for p in e.problems]
        super().__init__(flat[0].what, flat[0].where, flat[0].fix, pl=flat[0].pl)
        self._problems = flat

    @property
    def problems(self) -> list[UserError]:
        return self._problems

    def render(self, lang: str = "en") -> str:
        return "\n".join(p.render(lang) for p in self._problems)


def os_error(
    err: OSError,
    what: str,
    where: object,
    fix: str | None = None,
    *,
    pl: tuple[str, str | None] | None = None,
) -> UserError:
    """A failed file operation as a UserError: `what: <the system's reason>` at `where` (the
    reason is appended to the Polish wording too). Raise it `from None`: the OSError's traceback
    says nothing more to the user."""
    reason = err.strerror or str(err)
    polish = (f"{pl[0]}: {reason}", pl[1]) if pl else None
    return UserError(f"{what}: {reason}", str(where), fix, pl=polish)


def raise_all(errors: list[UserError]) -> None:
    """Raise the problems collected, if any: one alone, several together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise UserErrors(errors)


def line_col_of_offset(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a 0-based character offset in text."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
