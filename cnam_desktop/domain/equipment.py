"""Equipment types, inventory and needs as plain values, and the rules on them.

`estimated_cost` is THE definition of a need's cost; the repositories compute the
same thing in SQL for totals (`db/repositories/equipment.py`, `need_cost_sql`).
`plan_needs` turns planned offerings into suggested needs, over plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from cnam_desktop.domain.enums import EquipmentCondition, NeedStatus, OfferingStatus, Priority
from cnam_desktop.domain.premises import in_use
from cnam_desktop.domain.usage import InUseError
from cnam_desktop.domain.validation import Validator, normalise_text

# Conditions in which equipment counts as available for a course.
USABLE_CONDITIONS = frozenset(EquipmentCondition) - {EquipmentCondition.OUT_OF_ORDER}
# Needs not yet delivered: still to be requested, funded or received.
OPEN_NEED_STATUSES = frozenset({NeedStatus.IDENTIFIED, NeedStatus.REQUESTED, NeedStatus.FUNDED})
# Offerings that still need their equipment.
ACTIVE_OFFERING_STATUSES = frozenset(
    {OfferingStatus.PLANNED, OfferingStatus.OPEN, OfferingStatus.RUNNING}
)


def estimated_cost(quantity: int, unit_cost: Decimal, cost_override: Decimal | None) -> Decimal:
    """A need's cost: the override when given, else quantity × the type's unit cost."""
    if cost_override is not None:
        return cost_override
    return (quantity * unit_cost).quantize(Decimal("0.01"))


def _money(v: Validator, field_name: str, label: str, value: Decimal | None) -> None:
    if value is not None and value < 0:
        v.fail(field_name, f"{label} : ne peut pas être négatif.")


# Types --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EquipmentTypeData:
    label: str
    category: str
    unit_cost: Decimal = Decimal("0")

    def normalised(self) -> EquipmentTypeData:
        return replace(
            self,
            label=normalise_text(self.label) or "",
            category=normalise_text(self.category) or "",
        )


def validate_type(data: EquipmentTypeData) -> EquipmentTypeData:
    data = data.normalised()
    v = Validator()
    v.required("label", "Libellé", data.label)
    v.max_length("label", "Libellé", data.label, 120)
    v.required("category", "Catégorie", data.category)
    v.max_length("category", "Catégorie", data.category, 60)
    if data.unit_cost is None:
        v.fail("unit_cost", "Coût unitaire : ce champ est obligatoire.")
    _money(v, "unit_cost", "Coût unitaire", data.unit_cost)
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class EquipmentTypeFilter:
    text: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class EquipmentTypeRow:
    id: str
    label: str
    category: str
    unit_cost: Decimal
    item_quantity: int  # live inventory, all sites
    need_count: int  # live needs, all sites


TYPE_SORT_KEYS = ("label", "category", "unit_cost", "item_quantity", "need_count")


def type_in_use(label: str, items: int, needs: int, courses: int) -> InUseError:
    return in_use(
        f"le type de matériel « {label} »",
        [
            (items, "ligne d'inventaire", "lignes d'inventaire"),
            (needs, "besoin", "besoins"),
            (courses, "parcours", "parcours"),
        ],
        "Supprimez-les ou changez leur type d'abord.",
    )


# Inventory ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EquipmentItemData:
    site_id: str
    type_id: str
    quantity: int = 1
    room_id: str | None = None
    condition: EquipmentCondition = EquipmentCondition.GOOD


def validate_item(data: EquipmentItemData) -> EquipmentItemData:
    """Field checks; that the room belongs to the site is checked by the service."""
    data = replace(data, room_id=normalise_text(data.room_id))
    v = Validator()
    v.required("site_id", "Site", data.site_id)
    v.required("type_id", "Type de matériel", data.type_id)
    v.not_negative("quantity", "Quantité", data.quantity)
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class EquipmentItemFilter:
    site_id: str | None = None
    room_id: str | None = None
    type_id: str | None = None
    condition: EquipmentCondition | None = None
    text: str | None = None


@dataclass(frozen=True)
class EquipmentItemRow:
    id: str
    site_id: str
    site_name: str
    room_id: str | None
    room_name: str | None
    type_id: str
    type_label: str
    category: str
    quantity: int
    condition: EquipmentCondition
    value: Decimal  # quantity × unit cost


ITEM_SORT_KEYS = ("type", "site", "room", "quantity", "condition", "category", "value")


# Needs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EquipmentNeedData:
    site_id: str
    type_id: str
    quantity: int
    reason: str | None = None
    offering_id: str | None = None
    priority: Priority = Priority.MEDIUM
    status: NeedStatus = NeedStatus.IDENTIFIED
    cost_override: Decimal | None = None
    funder_id: str | None = None


def validate_need(data: EquipmentNeedData) -> EquipmentNeedData:
    """Field checks; the offering's site and the funder are checked by the service."""
    data = replace(
        data,
        reason=normalise_text(data.reason),
        offering_id=normalise_text(data.offering_id),
        funder_id=normalise_text(data.funder_id),
    )
    v = Validator()
    v.required("site_id", "Site", data.site_id)
    v.required("type_id", "Type de matériel", data.type_id)
    if data.quantity is None:
        v.fail("quantity", "Quantité : ce champ est obligatoire.")
    v.positive("quantity", "Quantité", data.quantity)
    v.max_length("reason", "Motif", data.reason, 500)
    _money(v, "cost_override", "Coût estimé", data.cost_override)
    v.raise_if_any()
    return data


@dataclass(frozen=True)
class EquipmentNeedFilter:
    site_id: str | None = None
    type_id: str | None = None
    offering_id: str | None = None
    status: NeedStatus | None = None
    priority: Priority | None = None
    text: str | None = None


@dataclass(frozen=True)
class EquipmentNeedRow:
    id: str
    site_id: str
    site_name: str
    type_id: str
    type_label: str
    quantity: int
    unit_cost: Decimal
    cost_override: Decimal | None
    estimated_cost: Decimal
    reason: str | None
    offering_id: str | None
    offering_label: str | None
    priority: Priority
    status: NeedStatus
    funder_id: str | None
    funder_name: str | None


NEED_SORT_KEYS = ("type", "site", "quantity", "priority", "status", "cost", "reason", "funder")


@dataclass(frozen=True)
class NeedTotals:
    """Estimated cost of needs, by status and overall."""

    by_status: dict[NeedStatus, Decimal]
    total: Decimal


@dataclass(frozen=True)
class SiteNeedTotals:
    site_id: str
    site_name: str
    totals: NeedTotals


@dataclass(frozen=True)
class RegionNeedTotals:
    totals: NeedTotals
    sites: list[SiteNeedTotals] = field(default_factory=list)


_STATUSES = tuple(NeedStatus)  # iterating the enum class anew costs more than the sums
_ZERO = Decimal("0.00")


def need_totals(by_status: Mapping[NeedStatus, Decimal]) -> NeedTotals:
    """Totals with every status present (zero when none), in pipeline order."""
    complete = {status: by_status.get(status, _ZERO) for status in _STATUSES}
    return NeedTotals(by_status=complete, total=sum(complete.values(), _ZERO))


# Needs created by planned offerings ---------------------------------------------------------


@dataclass(frozen=True)
class OfferingDemand:
    """What one planned offering needs: its learners and its course's requirements."""

    offering_id: str
    label: str  # e.g. « NFE114 Systèmes d'information (rentrée 2026) »
    enrolled: int
    planned: int
    requirements: tuple[tuple[str, int, int], ...]  # (type_id, per learner, per group)

    @property
    def learners(self) -> int:
        return self.enrolled if self.enrolled > 0 else self.planned


@dataclass(frozen=True)
class NeedSuggestion:
    site_id: str
    type_id: str
    type_label: str
    offering_id: str
    quantity: int
    required: int
    available: int
    reason: str


def plan_needs(
    site_id: str,
    demands: Iterable[OfferingDemand],
    available: Mapping[str, int],
    type_labels: Mapping[str, str],
) -> list[NeedSuggestion]:
    """For each offering and required type: required − usable inventory, when positive.

    Each offering is compared with the whole inventory (offerings at different times
    share the site's equipment), so suggestions of one type are alternatives, not to
    be added up: see `missing_quantity`.
    """
    suggestions: list[NeedSuggestion] = []
    for demand in demands:
        for type_id, per_learner, per_group in demand.requirements:
            required = per_learner * demand.learners + per_group
            have = available.get(type_id, 0)
            missing = max(0, required - have)
            if missing:
                suggestions.append(
                    NeedSuggestion(
                        site_id=site_id,
                        type_id=type_id,
                        type_label=type_labels.get(type_id, type_id),
                        offering_id=demand.offering_id,
                        quantity=missing,
                        required=required,
                        available=have,
                        reason=f"Ouverture {demand.label} : {required} requis, {have} disponibles",
                    )
                )
    suggestions.sort(key=lambda x: (x.type_label.casefold(), -x.quantity, x.reason))
    return suggestions


def missing_quantity(suggestion: NeedSuggestion, open_quantity: int) -> int:
    """What still has to be asked for once open needs of the type are counted."""
    return max(0, suggestion.quantity - open_quantity)


@dataclass(frozen=True)
class PlannedNeed:
    """One type of equipment the site's planned offerings lack, as « Calculer » would order it."""

    type_label: str
    required: int
    available: int
    to_order: int
    estimated_cost: Decimal
    reasons: tuple[str, ...]


def planned_needs(
    suggestions: Sequence[NeedSuggestion],
    open_quantity: Mapping[str, int],
    unit_costs: Mapping[str, Decimal],
) -> list[PlannedNeed]:
    """The suggestions grouped by type, as `create_missing_needs` will create them.

    Suggestions of one type are alternatives (offerings share the inventory): the
    largest counts, less what the site's open needs of that type already ask for.
    """
    by_type: dict[str, list[NeedSuggestion]] = {}
    for suggestion in suggestions:
        by_type.setdefault(suggestion.type_id, []).append(suggestion)
    planned = []
    for type_id, group in by_type.items():
        largest = max(group, key=lambda x: x.quantity)
        to_order = max(0, largest.quantity - open_quantity.get(type_id, 0))
        cost = (to_order * unit_costs.get(type_id, Decimal("0"))).quantize(Decimal("0.01"))
        planned.append(
            PlannedNeed(
                type_label=largest.type_label,
                required=largest.required,
                available=largest.available,
                to_order=to_order,
                estimated_cost=cost,
                reasons=tuple(dict.fromkeys(s.reason for s in group)),
            )
        )
    planned.sort(key=lambda p: (-p.to_order, p.type_label))
    return planned
