"""The municipalities reference file: counts per year, codes, provinces, reorganisations, names."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from kiosk import municipalities as m
from kiosk.locations import PROVINCES
from kiosk.municipalities import MunicipalityDataError, load_file, parse, shipped

# Municipalities on 1 January, as CBS counts them (CBS press releases: 355 in 2019, 352 in 2021,
# 345 in 2022; Weesp joined Amsterdam on 24 March 2022, Voorne aan Zee formed on 1 January 2023).
COUNTS = {2019: 355, 2020: 355, 2021: 352, 2022: 345, 2023: 342, 2024: 342, 2025: 342, 2026: 342}


def shipped_data() -> dict[str, Any]:
    """The decoded shipped file (a fresh copy each call)."""
    entry = resources.files("resources") / "reference" / "municipalities.json"
    data: dict[str, Any] = json.loads(entry.read_text("utf-8"))
    return data


@pytest.mark.parametrize(("year", "count"), sorted(COUNTS.items()))
def test_count_per_year(year: int, count: int) -> None:
    assert len(m.municipalities_on(date(year, 1, 1))) == count


def test_every_year_of_the_file_is_counted() -> None:
    data = shipped()
    assert data.first_day == date(2019, 1, 1)
    assert set(COUNTS) == set(range(data.first_day.year, data.version.year + 1))


def test_years_field_agrees_with_the_counts() -> None:
    per_year: dict[int, int] = {}
    for item in shipped_data()["municipalities"]:
        for year in item["years"]:
            per_year[year] = per_year.get(year, 0) + 1
    assert per_year == COUNTS


def test_weesp_is_counted_until_24_march_2022() -> None:
    assert len(m.municipalities_on(date(2022, 3, 23))) == 345
    assert len(m.municipalities_on(date(2022, 3, 24))) == 344
    codes = {listing.code for listing in m.municipalities_on(date(2022, 3, 23))}
    assert "GM0457" in codes


def test_every_code_is_gm_and_four_digits_and_unique() -> None:
    codes = [item["code"] for item in shipped_data()["municipalities"]]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"GM\d{4}", code) for code in codes)
    for item in shipped_data()["reorganisations"]:
        assert all(re.fullmatch(r"GM\d{4}", c) for c in [item["code"], item["main"], *item["into"]])


def test_provinces_are_pv20_to_pv31_with_the_app_names() -> None:
    provinces = shipped_data()["provinces"]
    assert [p["code"] for p in provinces] == [f"PV{n}" for n in range(20, 32)]
    assert sorted(p["name"] for p in provinces) == sorted(PROVINCES)
    used = {item["province"] for item in shipped_data()["municipalities"]}
    assert used == {f"PV{n}" for n in range(20, 32)}


def test_province_of() -> None:
    assert m.province_of("GM0363") == m.Province("PV27", "Noord-Holland")
    assert m.province_of("GM0080") == m.Province("PV21", "Friesland")
    assert m.province_of("GM0788") == m.Province("PV30", "Noord-Brabant")  # Haaren, ended
    assert m.province_of("GM9999") is None


def test_listing_carries_the_name_of_that_day() -> None:
    def name(day: date, code: str) -> str:
        return next(x.name for x in m.municipalities_on(day) if x.code == code)

    assert name(date(2024, 6, 1), "GM0164") == "Hengelo"
    assert name(date(2025, 1, 1), "GM0164") == "Hengelo (O.)"
    assert name(date(2026, 1, 1), "GM0518") == "'s-Gravenhage"
    listing = next(x for x in m.municipalities_on(date(2026, 1, 1)) if x.code == "GM1900")
    assert listing == m.Listing("GM1900", "Súdwest-Fryslân", "PV21")


def test_a_day_before_the_file_is_refused() -> None:
    with pytest.raises(ValueError, match="2019-01-01"):
        m.municipalities_on(date(2018, 12, 31))


def test_weesp_into_amsterdam_on_24_march_2022() -> None:
    (weesp,) = [r for r in shipped().reorganisations if r.code == "GM0457"]
    assert weesp.day == date(2022, 3, 24)
    assert weesp.into == ("GM0363",)
    assert m.successor_on("GM0457", date(2022, 3, 23)) == "GM0457"
    assert m.successor_on("GM0457", date(2022, 3, 24)) == "GM0363"
    assert m.successor_on("GM0363", date(2026, 1, 1)) == "GM0363"


def test_appingedam_delfzijl_loppersum_into_eemsdelta_2021() -> None:
    for code in ("GM0003", "GM0010", "GM0024"):
        assert m.successor_on(code, date(2020, 12, 31)) == code
        assert m.successor_on(code, date(2021, 1, 1)) == "GM1979"
        assert m.successors_on(code, date(2026, 1, 1)) == {"GM1979"}
    eemsdelta = shipped().get("GM1979")
    assert eemsdelta is not None
    assert eemsdelta.name == "Eemsdelta"
    assert eemsdelta.valid_from == date(2021, 1, 1)
    assert m.successor_on("GM1979", date(2020, 6, 1)) is None  # did not exist yet


def test_haaren_split_over_four_with_oisterwijk_as_main_successor() -> None:
    (haaren,) = [r for r in shipped().reorganisations if r.code == "GM0788"]
    assert haaren.day == date(2021, 1, 1)
    assert haaren.is_split
    assert set(haaren.into) == {"GM0757", "GM0824", "GM0855", "GM0865"}  # Boxtel .. Vught
    assert haaren.main == "GM0824"  # Oisterwijk
    assert m.successor_on("GM0788", date(2026, 1, 1)) == "GM0824"
    assert m.successors_on("GM0788", date(2026, 1, 1)) == set(haaren.into)
    assert m.successors_on("GM0788", date(2020, 12, 31)) == {"GM0788"}


def test_winsum_2019_split_mainly_into_het_hogeland() -> None:
    assert m.successor_on("GM0053", date(2019, 1, 1)) == "GM1966"
    assert m.successors_on("GM0053", date(2019, 1, 1)) == {"GM1966", "GM1969"}


def test_other_named_reorganisations() -> None:
    day = date(2026, 1, 1)
    assert m.successor_on("GM0370", day) == "GM0439"  # Beemster into Purmerend, 2022
    assert m.successor_on("GM0017", day) == "GM0014"  # Haren into Groningen, 2019
    assert {m.successor_on(c, day) for c in ("GM0501", "GM0530", "GM0614")} == {"GM1992"}
    assert {m.successor_on(c, day) for c in ("GM0756", "GM0786", "GM0815", "GM1684")} == {"GM1982"}


def test_every_code_of_any_year_rolls_into_a_code_of_the_newest_year() -> None:
    newest = shipped().version
    current = {listing.code for listing in m.municipalities_on(newest)}
    for code in shipped().by_code:
        assert m.successor_on(code, newest) in current
        assert m.successors_on(code, newest) <= current
    for year in range(2019, newest.year + 1):
        for listing in m.municipalities_on(date(year, 1, 1)):
            assert m.successor_on(listing.code, newest) in current


def test_unknown_code_has_no_successor() -> None:
    assert m.successor_on("GM9999", date(2026, 1, 1)) is None
    assert m.successors_on("GM9999", date(2026, 1, 1)) == frozenset()


def chained() -> dict[str, Any]:
    """A small file where one code goes through two reorganisations, the first a split."""
    return {
        "format": 1,
        "version": "2026-01-01",
        "first_day": "2019-01-01",
        "aliases": {},
        "provinces": [{"code": "PV30", "name": "Noord-Brabant"}],
        "municipalities": [
            _item("GM0001", "Eerst", None, "2020-01-01", [2019]),
            _item("GM0002", "Groot", None, "2023-01-01", [2019, 2020, 2021, 2022]),
            _item("GM0003", "Klein", None, None, list(range(2019, 2027))),
            _item("GM0004", "Samen", "2023-01-01", None, [2023, 2024, 2025, 2026]),
        ],
        "reorganisations": [
            {
                "date": "2020-01-01",
                "code": "GM0001",
                "into": ["GM0002", "GM0003"],
                "main": "GM0002",
            },
            {"date": "2023-01-01", "code": "GM0002", "into": ["GM0004"], "main": "GM0004"},
        ],
    }


def _item(code: str, name: str, begin: str | None, end: str | None, years: list[int]) -> Any:
    return {"code": code, "name": name, "province": "PV30", "from": begin, "until": end,
            "years": years}  # fmt: skip


def test_roll_up_is_transitive_across_two_reorganisations() -> None:
    data = parse(chained())
    assert data.successor_on("GM0001", date(2019, 6, 1)) == "GM0001"
    assert data.successor_on("GM0001", date(2021, 6, 1)) == "GM0002"
    assert data.successor_on("GM0001", date(2023, 1, 1)) == "GM0004"
    assert data.successor_on("GM0001", date(2026, 1, 1)) == "GM0004"
    assert data.successors_on("GM0001", date(2026, 1, 1)) == {"GM0003", "GM0004"}
    assert data.code_for_name("eerst", on=date(2024, 1, 1)) == "GM0004"


def test_a_file_that_disagrees_with_itself_is_refused(tmp_path: Path) -> None:
    broken = chained()
    broken["municipalities"][1]["years"] = [2019, 2020]
    with pytest.raises(MunicipalityDataError, match="years"):
        parse(broken)
    broken = chained()
    broken["reorganisations"][0]["main"] = "GM0004"
    with pytest.raises(MunicipalityDataError, match="main successor"):
        parse(broken)
    broken = chained()
    broken["reorganisations"][1]["into"] = ["GM0003", "GM0009"]
    broken["reorganisations"][1]["main"] = "GM0003"
    with pytest.raises(MunicipalityDataError, match="GM0009"):
        parse(broken)
    broken = chained()
    broken["municipalities"][2]["code"] = "0003"
    with pytest.raises(MunicipalityDataError, match="GM"):
        parse(broken)
    broken = chained()
    broken["provinces"][0]["code"] = "PV32"
    with pytest.raises(MunicipalityDataError, match="PV20"):
        parse(broken)
    broken = chained()
    del broken["reorganisations"][1]
    with pytest.raises(MunicipalityDataError, match="without a reorganisation"):
        parse(broken)
    path = tmp_path / "municipalities.json"
    path.write_text("{not json", "utf-8")
    with pytest.raises(MunicipalityDataError, match="cannot read"):
        load_file(path)


def test_the_shipped_file_loads_from_a_path_too(tmp_path: Path) -> None:
    path = tmp_path / "municipalities.json"
    path.write_text(json.dumps(copy.deepcopy(shipped_data())), "utf-8")
    assert len(load_file(path).municipalities_on(date(2026, 1, 1))) == 342


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Amsterdam", "GM0363"),
        ("  amsterdam ", "GM0363"),
        ("AMSTERDAM", "GM0363"),
        ("Súdwest-Fryslân", "GM1900"),
        ("sudwest fryslan", "GM1900"),
        ("'s-Hertogenbosch", "GM0796"),
        ("s Hertogenbosch", "GM0796"),
        ("Den Haag", "GM0518"),
        ("Nuenen, Gerwen en Nederwetten", "GM0820"),
        ("Hengelo (O.)", "GM0164"),
        ("Hengelo", "GM0164"),
        ("Weesp", "GM0457"),  # a former municipality keeps its own code
        ("Haaren", "GM0788"),
        ("Bergen (NH.)", "GM0373"),
        ("Bergen (L.)", "GM0893"),
        ("Bergen", None),  # two municipalities: ambiguous
        ("Atlantis", None),
        ("", None),
    ],
)
def test_code_for_name(text: str, code: str | None) -> None:
    assert m.code_for_name(text) == code


def test_code_for_name_rolls_up_to_a_day() -> None:
    assert m.code_for_name("Weesp", on=date(2026, 1, 1)) == "GM0363"
    assert m.code_for_name("Weesp", on=date(2022, 1, 1)) == "GM0457"
    assert m.code_for_name("Haaren", on=date(2026, 1, 1)) == "GM0824"
    assert m.code_for_name("Delfzijl", on=date(2026, 1, 1)) == "GM1979"
    assert m.code_for_name("Atlantis", on=date(2026, 1, 1)) is None


def test_every_name_of_the_newest_year_resolves_to_its_code() -> None:
    for listing in m.municipalities_on(shipped().version):
        assert m.code_for_name(listing.name) == listing.code
