"""What one synchronisation did: counts per table and conflicts, in French."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from cnam_desktop.domain.column_labels import table_label
from cnam_desktop.domain.formatting import french_sort_key


def _frozen(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType({name: n for name, n in counts.items() if n})


def _count(n: int, word: str) -> str:
    """« 0 envoyé », « 1 envoyé », « 12 envoyés » (French plural from 2 on)."""
    return f"{n} {word}{'s' if n > 1 else ''}"


@dataclass(frozen=True)
class SyncReport:
    """Rows sent to and received from the shared base, by table (only non-zero counts);
    `identical`: records changed on both sides the same way (just marked synchronised);
    `new_conflicts` found by this synchronisation, `pending_conflicts` waiting for a
    person in all (the new ones included)."""

    server: str
    finished_at: datetime
    pushed: Mapping[str, int] = field(default_factory=dict)
    pulled: Mapping[str, int] = field(default_factory=dict)
    identical: int = 0
    new_conflicts: int = 0
    pending_conflicts: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "pushed", _frozen(self.pushed))
        object.__setattr__(self, "pulled", _frozen(self.pulled))

    @property
    def pushed_total(self) -> int:
        return sum(self.pushed.values())

    @property
    def pulled_total(self) -> int:
        return sum(self.pulled.values())

    def summary(self) -> str:
        """« 12 envoyés, 3 reçus, 1 conflit à résoudre »."""
        pending = self.pending_conflicts
        conflicts = f"{_count(pending, 'conflit')} à résoudre" if pending else "aucun conflit"
        pushed, pulled = _count(self.pushed_total, "envoyé"), _count(self.pulled_total, "reçu")
        return f"{pushed}, {pulled}, {conflicts}"

    def lines(self) -> list[str]:
        """The summary, then one line per table that moved (« Séance : 3 envoyés »)."""
        lines = [self.summary()]
        for name in sorted(
            set(self.pushed) | set(self.pulled), key=lambda n: french_sort_key(table_label(n))
        ):
            parts = []
            if self.pushed.get(name):
                parts.append(_count(self.pushed[name], "envoyé"))
            if self.pulled.get(name):
                parts.append(_count(self.pulled[name], "reçu"))
            lines.append(f"  {table_label(name).capitalize()} : {', '.join(parts)}")
        return lines

    def to_json(self) -> str:
        """Kept as the peer's `last_report`."""
        return json.dumps(
            {
                "server": self.server,
                "finished_at": self.finished_at.isoformat(),
                "pushed": dict(self.pushed),
                "pulled": dict(self.pulled),
                "identical": self.identical,
                "new_conflicts": self.new_conflicts,
                "pending_conflicts": self.pending_conflicts,
                "summary": self.summary(),
            },
            ensure_ascii=False,
        )
