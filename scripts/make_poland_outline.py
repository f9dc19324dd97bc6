"""Write src/ump_kg/serve/static/poland-outline.json: the outline of Poland as longitude/latitude
rings, decoded from Natural Earth's 1:50m Admin 0 countries (public domain) as the npm package
world-atlas 2.0.2 ships them (TopoJSON, `countries-50m.json`, country id 616).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_poland_outline.py package/countries-50m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src/ump_kg/serve/static/poland-outline.json"
POLAND = "616"  # ISO 3166-1 numeric


def decoded_arc(topology: dict[str, object], index: int) -> list[list[float]]:
    """One TopoJSON arc in degrees: delta-decoded quantized positions, reversed for ~index."""
    transform = topology["transform"]
    assert isinstance(transform, dict)
    (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
    arcs = topology["arcs"]
    assert isinstance(arcs, list)
    x = y = 0
    points = []
    for step in arcs[index if index >= 0 else ~index]:
        x, y = x + step[0], y + step[1]
        points.append([round(x * kx + dx, 4), round(y * ky + dy, 4)])
    return points if index >= 0 else points[::-1]


def ring(topology: dict[str, object], indexes: list[int]) -> list[list[float]]:
    points: list[list[float]] = []
    for index in indexes:
        arc = decoded_arc(topology, index)
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their end point
    return points


def main(path: str) -> None:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    geometries = topology["objects"]["countries"]["geometries"]
    poland = next(g for g in geometries if g.get("id") == POLAND)
    polygons = [poland["arcs"]] if poland["type"] == "Polygon" else poland["arcs"]
    rings = [ring(topology, r) for polygon in polygons for r in polygon]
    data = {
        "source": "Natural Earth 1:50m Admin 0 countries v4.1.0 (public domain), via npm world-atlas 2.0.2 (ISC)",
        "rings": rings,
    }
    TARGET.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{TARGET}: {sum(len(r) for r in rings)} points in {len(rings)} ring(s)")


if __name__ == "__main__":
    main(sys.argv[1])
