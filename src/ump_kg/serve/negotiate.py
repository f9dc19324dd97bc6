"""HTTP content negotiation: the Accept and Accept-Language headers (RFC 9110 §12.5), read with
their q-values, matched against what a route offers."""

from __future__ import annotations


def weighted(header: str) -> list[tuple[str, float]]:
    """The header's ranges with their q-values, best first (ties keep the header's order)."""
    ranges: list[tuple[str, float, int]] = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(r, q) for r, q, _ in ranges]


def specificity(media_range: str, offered: str) -> int | None:
    """How closely a media range names the offered type (exact 3, type/* 2, */* 1), or None."""
    if media_range == offered:
        return 3
    kind, _, sub = media_range.partition("/")
    if sub == "*" and offered.startswith(kind + "/"):
        return 2
    return 1 if media_range == "*/*" else None


def best_media_type(accept: str | None, offered: list[str]) -> str | None:
    """The offered type the client prefers: highest q, then the
    server's order (the first offered is the default for a missing or `*/*` Accept); a type
    takes the q of the most specific range naming it. None when nothing offered is acceptable."""
    if not accept or not accept.strip():
        return offered[0]
    quality: dict[str, tuple[int, float]] = {}  # offered type -> (specificity, q) of its range
    for media_range, q in weighted(accept):
        for candidate in offered:
            level = specificity(media_range, candidate)
            if level is not None and level > quality.get(candidate, (0, 0.0))[0]:
                quality[candidate] = (level, q)
    ranked = [
        (quality[c][1], -i, c) for i, c in enumerate(offered) if quality.get(c, (0, 0.0))[1] > 0
    ]
    return max(ranked)[2] if ranked else None


def best_language(header: str | None, offered: tuple[str, ...], default: str) -> str:
    """The first offered language the Accept-Language header names ('en-GB' counts as 'en')."""
    for language_range, q in weighted(header or ""):
        if q <= 0:
            continue
        primary = language_range.split("-")[0]
        if primary in offered:
            return primary
    return default
