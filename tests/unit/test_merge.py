"""domain/merge.py: the three-way comparison of one record's fields and the merge chosen."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from cnam_desktop.domain.merge import (
    FieldDiff,
    Side,
    merged,
    plain_text,
    proposed_choices,
    three_way,
)

FIELDS = [("name", "Nom du site"), ("town", "Commune"), ("notes", "Notes"), ("acv", "Ville ACV")]
BASE = {"name": "Cnam Chaumont", "town": "Chaumont", "notes": None, "acv": False}


def test_only_fields_that_differ_between_the_two_sides_are_listed_in_order() -> None:
    mine = {**BASE, "notes": "Salle 2 refaite", "town": "Langres"}
    theirs = {**BASE, "town": "Langres", "acv": True}
    diffs = three_way(FIELDS, BASE, mine, theirs)
    # town: the same change on both sides, so no difference to show.
    assert [d.name for d in diffs] == ["notes", "acv"]
    notes, acv = diffs
    assert (notes.label, notes.mine, notes.theirs, notes.base) == (
        "Notes",
        "Salle 2 refaite",
        None,
        None,
    )
    assert (notes.mine_text, notes.theirs_text, notes.base_text) == ("Salle 2 refaite", "—", "—")
    assert (acv.mine_text, acv.theirs_text) == ("Non", "Oui")


def test_each_sides_own_change_is_proposed_and_both_sided_ones_flagged() -> None:
    mine = {**BASE, "name": "Cnam Chaumont centre", "notes": "à moi"}
    theirs = {**BASE, "acv": True, "notes": "à eux"}
    by_name = {d.name: d for d in three_way(FIELDS, BASE, mine, theirs)}
    assert by_name["name"].proposed is Side.MINE and not by_name["name"].both_changed
    assert by_name["acv"].proposed is Side.THEIRS and not by_name["acv"].both_changed
    assert by_name["notes"].both_changed and by_name["notes"].proposed is Side.MINE
    assert proposed_choices(list(by_name.values())) == {
        "name": Side.MINE,
        "acv": Side.THEIRS,
        "notes": Side.MINE,
    }


def test_without_a_base_every_difference_is_both_sided_and_proposed_mine() -> None:
    diffs = three_way(FIELDS, None, {**BASE, "town": "Langres"}, BASE)
    assert len(diffs) == 1
    diff = diffs[0]
    assert not diff.base_known and diff.both_changed and diff.proposed is Side.MINE
    assert diff.base_text == ""


def test_merged_takes_the_fields_chosen_theirs_from_theirs() -> None:
    mine = {**BASE, "name": "A", "town": "B"}
    theirs = {**BASE, "name": "C", "town": "D", "acv": True}
    result = merged(mine, theirs, {"name": Side.THEIRS, "town": Side.MINE, "acv": Side.THEIRS})
    assert result == {**BASE, "name": "C", "town": "B", "acv": True}
    assert mine["name"] == "A"  # the inputs are left as they were


def test_collections_compare_as_sets_and_read_sorted() -> None:
    diffs = three_way(
        [("sector_ids", "Filières")], None, {"sector_ids": ("b", "a")}, {"sector_ids": ("a", "b")}
    )
    assert diffs == []
    diff = three_way(
        [("sector_ids", "Filières")],
        None,
        {"sector_ids": frozenset({"Numérique", "Commerce"})},
        {"sector_ids": frozenset()},
    )[0]
    assert (diff.mine_text, diff.theirs_text) == ("Commerce, Numérique", "—")


def test_a_formatter_names_values_its_own_way() -> None:
    def text(name: str, value: object) -> str:
        return f"{name}={value}"

    diff = three_way([("town", "Commune")], BASE, {"town": "X"}, {"town": "Y"}, text=text)[0]
    texts = (diff.mine_text, diff.theirs_text, diff.base_text)
    assert texts == ("town=X", "town=Y", "town=Chaumont")


def test_plain_text_writes_values_the_french_way() -> None:
    assert plain_text(date(2026, 11, 26)) == "jeudi 26 novembre 2026"
    assert plain_text(datetime(2026, 11, 26, 14, 5)) == "jeudi 26 novembre 2026 à 14 h 05"
    assert plain_text(time(9, 30)) == "9\u00a0h\u00a030"
    assert plain_text(Decimal("1234.50")) == "1\u202f234,50"
    assert plain_text(Decimal("12.00")) == "12"
    assert plain_text("") == plain_text(None) == "—"
    assert plain_text(3) == "3"


def test_field_diff_sides_changed() -> None:
    diff = FieldDiff("town", "Commune", base="A", mine="A", theirs="B")
    assert (diff.mine_changed, diff.theirs_changed, diff.proposed) == (False, True, Side.THEIRS)
