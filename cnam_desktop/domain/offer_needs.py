"""Equipment needs kept in step with the planned offer (« Besoins depuis l'offre »).

For each site, `plan_needs` (domain/equipment.py) says what each active offering
lacks per type, compared with the site's whole usable inventory. Offerings share
that inventory, so the suggestions of one type are alternatives: the largest one
counts (`target_needs`), less what other open needs of the type already ask for.

The sync *manages* the site's live needs that it could have created itself: in status
identifié, linked to an offering whose course requires that type of equipment (the
requirement may have been removed since). It matches them on (type, offering) and
wants a quantity for each pair:

- wanted and not there: the need is **created** (identifié, reason: the offering);
- there with another quantity or reason: it is **updated** (cost override, priority
  and funder stay as the person set them);
- there but no longer wanted (fewer learners, equipment delivered, offering cancelled,
  finished or deleted, requirement removed from the course): it is **removed**
  (tombstoned, so that an undo restores it);
- when two managed needs share a pair (made by hand, or by two runs of
  `create_missing_needs`), the one with the smallest id is kept, the others removed.

Needs past identifié (demandé, financé, livré) are never changed, nor identifié needs
the offer does not explain (no offering, or a type the offering's course does not
require: someone asked for them on purpose). As in `create_missing_needs`, open needs
not managed (identifié, demandé, financé) count as covering their type; delivered
ones are in the inventory by then.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from cnam_desktop.domain.enums import NeedStatus
from cnam_desktop.domain.equipment import OPEN_NEED_STATUSES, NeedSuggestion, estimated_cost

ZERO = Decimal("0.00")
REASON_LIMIT = 500  # the column's length
Action = Literal["create", "update", "remove", "keep"]


@dataclass(frozen=True)
class NeedTarget:
    """The need one (type, offering) pair should have."""

    type_id: str
    type_label: str
    offering_id: str
    quantity: int
    covered: int  # what other open needs of the type already ask for
    suggestion: NeedSuggestion

    @property
    def reason(self) -> str:
        text = self.suggestion.reason
        if self.covered:
            text = f"{text} ; {self.covered} déjà prévus par d'autres besoins"
        return text[:REASON_LIMIT]


def target_needs(
    suggestions: Sequence[NeedSuggestion],
    covering: Mapping[str, int],
    preferred: Collection[tuple[str, str]] = (),
) -> list[NeedTarget]:
    """Per type, the largest suggestion less what `covering` needs already ask for.

    On equal quantities, a (type, offering) pair in `preferred` (one that already has
    a need) wins, then the first in the order given. Types fully covered are left out.
    """
    by_type: dict[str, list[NeedSuggestion]] = defaultdict(list)
    for suggestion in suggestions:
        by_type[suggestion.type_id].append(suggestion)
    targets = []
    for type_id, group in by_type.items():
        largest = max(group, key=lambda x: (x.quantity, (x.type_id, x.offering_id) in preferred))
        covered = covering.get(type_id, 0)
        quantity = largest.quantity - covered
        if quantity > 0:
            targets.append(
                NeedTarget(
                    type_id=type_id,
                    type_label=largest.type_label,
                    offering_id=largest.offering_id,
                    quantity=quantity,
                    covered=covered,
                    suggestion=largest,
                )
            )
    return targets


@dataclass(frozen=True)
class SiteNeed:
    """A live need of the site, as the sync reads it."""

    need_id: str
    type_id: str
    type_label: str
    offering_id: str | None
    quantity: int
    status: NeedStatus
    reason: str | None
    unit_cost: Decimal
    cost_override: Decimal | None

    def managed(self, required: Collection[tuple[str, str]]) -> bool:
        """Identifié, for an offering whose course requires (or required) the type."""
        return (
            self.status is NeedStatus.IDENTIFIED
            and self.offering_id is not None
            and (self.type_id, self.offering_id) in required
        )


@dataclass(frozen=True)
class NeedChange:
    """What the sync does (or would do) to one need."""

    action: Action
    need_id: str | None  # None for a creation not yet written (preview)
    type_id: str
    type_label: str
    offering_id: str
    old_quantity: int  # 0 for a creation
    new_quantity: int  # 0 for a removal
    old_reason: str | None
    new_reason: str | None
    unit_cost: Decimal
    cost_override: Decimal | None = None

    @property
    def old_cost(self) -> Decimal:
        return self._cost(self.old_quantity)

    @property
    def new_cost(self) -> Decimal:
        return self._cost(self.new_quantity)

    def _cost(self, quantity: int) -> Decimal:
        if quantity == 0:
            return ZERO
        return estimated_cost(quantity, self.unit_cost, self.cost_override)


@dataclass(frozen=True)
class SiteNeedSync:
    """One site's part of a sync: every managed need, and the needs left alone."""

    site_id: str
    site_name: str
    changes: tuple[NeedChange, ...]
    untouched: tuple[SiteNeed, ...]  # linked to an offering but past identifié

    def _of(self, action: Action) -> list[NeedChange]:
        return [c for c in self.changes if c.action == action]

    @property
    def created(self) -> list[NeedChange]:
        return self._of("create")

    @property
    def updated(self) -> list[NeedChange]:
        return self._of("update")

    @property
    def removed(self) -> list[NeedChange]:
        return self._of("remove")

    @property
    def kept(self) -> list[NeedChange]:
        return self._of("keep")

    @property
    def cost_before(self) -> Decimal:
        """Estimated cost of the managed needs before the sync."""
        return sum((c.old_cost for c in self.changes), ZERO)

    @property
    def cost_after(self) -> Decimal:
        """Estimated cost of the managed needs after it (created, updated, kept)."""
        return sum((c.new_cost for c in self.changes), ZERO)

    @property
    def changed(self) -> bool:
        return any(c.action != "keep" for c in self.changes)


@dataclass(frozen=True)
class NeedSyncUndo:
    """What undoing a sync needs: creations to tombstone, previous values to put back,
    removals to restore."""

    created_ids: tuple[str, ...]
    previous: tuple[tuple[str, int, str | None], ...]  # (need id, quantity, reason)
    removed_ids: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.created_ids or self.previous or self.removed_ids)


@dataclass(frozen=True)
class NeedSyncResult:
    sites: tuple[SiteNeedSync, ...]
    applied: bool  # False for a preview

    @property
    def cost_before(self) -> Decimal:
        return sum((site.cost_before for site in self.sites), ZERO)

    @property
    def cost_after(self) -> Decimal:
        return sum((site.cost_after for site in self.sites), ZERO)

    def count(self, action: Action) -> int:
        return sum(1 for site in self.sites for c in site.changes if c.action == action)

    @property
    def undo(self) -> NeedSyncUndo:
        changes = [c for site in self.sites for c in site.changes if c.need_id is not None]
        return NeedSyncUndo(
            created_ids=tuple(c.need_id for c in changes if c.action == "create" and c.need_id),
            previous=tuple(
                (c.need_id, c.old_quantity, c.old_reason)
                for c in changes
                if c.action == "update" and c.need_id
            ),
            removed_ids=tuple(c.need_id for c in changes if c.action == "remove" and c.need_id),
        )


def sync_site_needs(
    suggestions: Sequence[NeedSuggestion],
    needs: Sequence[SiteNeed],
    unit_costs: Mapping[str, Decimal],
    required: Collection[tuple[str, str]],
) -> tuple[list[NeedChange], list[SiteNeed]]:
    """The changes that bring the site's managed needs in line with its suggestions,
    and the needs linked to an offering that are left alone because past identifié.

    `required`: the (type, offering) pairs of the site's offerings (any status) whose
    course requires or required the type.
    """
    managed: dict[tuple[str, str], list[SiteNeed]] = defaultdict(list)
    covering: dict[str, int] = defaultdict(int)
    for need in sorted(needs, key=lambda n: n.need_id):
        if need.managed(required):
            assert need.offering_id is not None
            managed[(need.type_id, need.offering_id)].append(need)
        elif need.status in OPEN_NEED_STATUSES:
            covering[need.type_id] += need.quantity
    targets = {
        (t.type_id, t.offering_id): t for t in target_needs(suggestions, covering, managed.keys())
    }
    changes: list[NeedChange] = []
    for key, target in targets.items():
        if key not in managed:
            changes.append(_change("create", None, target, unit_costs.get(target.type_id, ZERO)))
    for key, group in managed.items():
        first, *extra = group
        wanted = targets.get(key)
        if wanted is None:
            extra = group
        elif (first.quantity, first.reason) == (wanted.quantity, wanted.reason):
            changes.append(_change("keep", first, wanted, first.unit_cost))
        else:
            changes.append(_change("update", first, wanted, first.unit_cost))
        changes.extend(_change("remove", need, None, need.unit_cost) for need in extra)
    changes.sort(key=lambda c: (c.type_label.casefold(), c.offering_id, c.action, c.need_id or ""))
    untouched = [
        n for n in needs if n.offering_id is not None and n.status is not NeedStatus.IDENTIFIED
    ]
    untouched.sort(key=lambda n: (n.type_label.casefold(), n.need_id))
    return changes, untouched


def _change(
    action: Action, need: SiteNeed | None, target: NeedTarget | None, unit_cost: Decimal
) -> NeedChange:
    if target is None:
        assert need is not None and need.offering_id is not None
        type_id, label, offering_id = need.type_id, need.type_label, need.offering_id
    else:
        type_id, label, offering_id = target.type_id, target.type_label, target.offering_id
    return NeedChange(
        action=action,
        need_id=need.need_id if need else None,
        type_id=type_id,
        type_label=label,
        offering_id=offering_id,
        old_quantity=need.quantity if need else 0,
        new_quantity=target.quantity if target else 0,
        old_reason=need.reason if need else None,
        new_reason=target.reason if target else None,
        unit_cost=unit_cost,
        cost_override=need.cost_override if need else None,
    )
