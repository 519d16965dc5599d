"""Tests for kiosk.privacy: personal data detection in free-text notes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.privacy import (
    LABELS,
    MASKS,
    Finding,
    PersonalDataError,
    check_free_text,
    describe_findings,
    find_personal_data,
    mask,
)
from ui import words


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text)]


def assert_single(text: str, kind: str, matched: str) -> None:
    assert kinds_and_texts(text) == [(kind, matched)]
    (finding,) = find_personal_data(text)
    assert text[finding.start : finding.end] == matched
    assert finding.label == LABELS[kind]


# --- BSN -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("BSN 111222333 meegenomen", "111222333"),
        ("bsn: 123456782.", "123456782"),
        ("Burgerservicenummer 1234.56.782 staat op de brief", "1234.56.782"),
        ("nummer 123 456 782 genoemd", "123 456 782"),
        ("nummer 123-45-6782 genoemd", "123-45-6782"),
        ("zonder voorloopnul 12345672", "12345672"),
        ("(123456782)", "123456782"),
        ("aanslag 1234.56.782.H.01 over 2023", "1234.56.782"),
        ("123456782", "123456782"),
        ("BSN123456782", "123456782"),
    ],
)
def test_bsn_detected(text: str, matched: str) -> None:
    assert_single(text, "bsn", matched)


@pytest.mark.parametrize(
    "text",
    [
        "BSN 123456789 fout getypt",  # fails the elfproef
        "BSN 111222334",
        "000000000",
        "1234.56.789",
        "aanslagnummer 123456782000",  # part of a longer digit run
        "referentie 9123456782",
        "1123456782",
        "1.123456782",
        "123456782,50",
        "Bedrag € 123456782 klopt niet",  # passes the elfproef, but it is an amount
        "€123456782",
        "EUR 123456782",
        "123456782 euro",
        "123456782 EUR",
        "123456782 cent",
        "123456782,-",
        "€ 123.456.782,00",
        "12 123 456 782",  # a space-grouped run that continues
        "123 456 782 12",
        "M123456782",
        "dossier 20240107 aangemaakt",  # YYYYMMDD date that passes the elfproef
        "datum 06012024",  # DDMMYYYY date that passes the elfproef
        "12.345.672",  # eight digits only count unseparated
    ],
)
def test_bsn_not_detected(text: str) -> None:
    assert find_personal_data(text) == []


# --- Phone numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("bel 06-12345678 terug", "06-12345678"),
        ("bel 06 1234 5678 terug", "06 1234 5678"),
        ("bel 0612345678 terug", "0612345678"),
        ("mobiel 06 12 34 56 78.", "06 12 34 56 78"),
        ("mobiel 06.12.34.56.78", "06.12.34.56.78"),
        ("+31 6 12345678 is zijn nummer", "+31 6 12345678"),
        ("0031612345678", "0031612345678"),
        ("+31(0)6-12345678", "+31(0)6-12345678"),
        ("+31 (0)6 1234 5678", "+31 (0)6 1234 5678"),
        ("+31612345678", "+31612345678"),
        ("vast 020-1234567", "020-1234567"),
        ("vast (020) 123 4567", "(020) 123 4567"),
        ("vast 010 - 123 45 67", "010 - 123 45 67"),
        ("vast 0111-123456", "0111-123456"),
        ("+31 20 123 4567", "+31 20 123 4567"),
        ("gratis 0800-1234", "0800-1234"),
        ("gratis 0800-1234567", "0800-1234567"),
        ("betaald 0900 1234567", "0900 1234567"),
        ("tel 0612345678 2 keer gebeld", "0612345678"),
        ("om 09.45 0612345678 gebeld", "0612345678"),
        ("op 01-03-2024 0612345678 gebeld", "0612345678"),
        # Written as clerks write them, each shape of the issue:
        ("0031 6 12345678", "0031 6 12345678"),
        ("tel. 0031 (0)20 123 45 67", "0031 (0)20 123 45 67"),
        ("0031-20-1234567", "0031-20-1234567"),
        ("bel 088-1234567 terug", "088-1234567"),
        ("bel 088 123 4567 terug", "088 123 4567"),
        ("06 - 12 34 56 78", "06 - 12 34 56 78"),
        ("06/12345678", "06/12345678"),
        ("(06) 12345678", "(06) 12345678"),
        ("bel 085 123 4567", "085 123 4567"),
        # A number followed or preceded by other figures, dates and times:
        ("bel 06 1234 5678 2 keer gebeld", "06 1234 5678"),
        ("+31 6 12345678 14 uur bellen", "+31 6 12345678"),
        ("kamer 3 06 12345678", "06 12345678"),
        ("bel 06-12345678 14:30", "06-12345678"),
        ("06-17460817 07:13", "06-17460817"),  # would read as a time stamp to the matcher
        ("op 12/3/2024 06-12345678 gebeld", "06-12345678"),
        ("06-12345678 2024-03-12 14:30", "06-12345678"),
        ("( 085-1234567 gebeld", "085-1234567"),  # the bracket opens a remark
        ("bel ０６１２３４５６７８", "０６１２３４５６７８"),  # full-width digits
        # Foreign numbers are someone's number just as well (this used to be missed):
        ("+44 20 1234 5678", "+44 20 1234 5678"),
        ("Belgisch nummer +32 470 12 34 56", "+32 470 12 34 56"),
        ("0049 30 1234567", "0049 30 1234567"),
    ],
)
def test_phone_detected(text: str, matched: str) -> None:
    assert_single(text, "phone", matched)


@pytest.mark.parametrize(
    "text",
    [
        "06-1234567",  # one digit short
        "06-123456789",  # one digit too many
        "020-123456",
        "0012345678",
        "0800-123",
        "+31 6 1234567",
        "open 09.00-17.00 uur",
        "bereikbaar 0900-1700",
        "op 06-03-2024 14 uur",
        "06.00-18.00",
        "0612345678901",
        "0612345678,50",
        "x0612345678",
        "doorverwezen naar de Belastingtelefoon 0800-0543",  # public helplines
        "DigiD helpdesk 088 123 6555 gebeld",
        "Juridisch Loket 0800-8020",
        "gemeente via 14 020 gebeld",  # municipalities' public numbers
        "bel 14020",
        "geboren 09-09-1993",
        "op 09.09.2025 om 10 uur",
        "om 09.00 1234 formulieren",
        "bereikbaar 0900-1730",
        "open 09.00 - 17.00",
        "( 0800-0415",
        "van 00.45 2345 euro",
        "31612345678",  # a number is written with 0, 00 or +
        "316 15 20 50 74",
        "zaak 2024-0612345",
        "Sinds 2019 12 34 56 78 90 punten",
    ],
)
def test_phone_not_detected(text: str) -> None:
    assert find_personal_data(text) == []


def test_phone_hint_is_below_every_valid_number() -> None:
    """Notes with fewer digits skip the matcher: no valid number of any plan is that short."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    from kiosk import privacy

    shortest = min(
        len(str(meta.country_code)) + length
        for region in phonenumbers.SUPPORTED_REGIONS
        if (meta := PhoneMetadata.metadata_for_region(region)) is not None
        for desc in (meta.general_desc,)
        if desc is not None
        for length in desc.possible_length
        if length > 0
    )
    assert shortest >= privacy._MIN_PHONE_DIGITS
    assert privacy._PHONE_HINT.search("+43 12 34")
    assert not privacy._PHONE_HINT.search("+43 12 3")


def test_importing_the_guard_leaves_the_number_libraries_for_later() -> None:
    code = (
        "import sys, kiosk.privacy as p; "
        "assert not {'phonenumbers', 'stdnum'} & set(sys.modules), 'imported early'; "
        "p.find_personal_data('Vraag over DigiD, 3 min.'); "
        "assert 'phonenumbers' not in sys.modules, 'imported for a note without numbers'; "
        "assert p.find_personal_data('bel 06-12345678 of BSN 111222333')"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_several_phone_numbers_in_one_run() -> None:
    text = "0800-1234 0800-1234567 0900 1234567"
    assert kinds_and_texts(text) == [
        ("phone", "0800-1234"),
        ("phone", "0800-1234567"),
        ("phone", "0900 1234567"),
    ]


# --- E-mail ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("mail naar jan.jansen@example.nl.", "jan.jansen@example.nl"),
        ("j_de-vries+ido@gemeente.amsterdam", "j_de-vries+ido@gemeente.amsterdam"),
        ("(PIET@Mail.Example.COM)", "PIET@Mail.Example.COM"),
        ("adres: a.b@sub.domein-x.org, graag", "a.b@sub.domein-x.org"),
        ("123456782@example.nl", "123456782@example.nl"),  # one finding, not also a BSN
    ],
)
def test_email_detected(text: str, matched: str) -> None:
    assert_single(text, "email", matched)


@pytest.mark.parametrize(
    "text", ["via @mijnoverheid", "jan@localhost", "@example.nl", "jan@ example.nl", "a@b.c"]
)
def test_email_not_detected(text: str) -> None:
    assert find_personal_data(text) == []


# --- IBAN ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("rekening NL91ABNA0417164300 geblokkeerd", "NL91ABNA0417164300"),
        ("NL91 ABNA 0417 1643 00 is het nummer", "NL91 ABNA 0417 1643 00"),
        ("nl91abna0417164300", "nl91abna0417164300"),
        ("NL20INGB0001234567", "NL20INGB0001234567"),
        ("DE89370400440532013000", "DE89370400440532013000"),
        ("Duitse rekening DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00"),
        ("GB82WEST12345698765432", "GB82WEST12345698765432"),
        ("GB82 WEST 1234 5698 7654 32 voor", "GB82 WEST 1234 5698 7654 32"),
        ("BE68539007547034", "BE68539007547034"),
        ("FR1420041010050500013M02606", "FR1420041010050500013M02606"),
        ("NO9386011117947", "NO9386011117947"),
        ("CH9300762011623852957", "CH9300762011623852957"),
        ("MT84MALT011000012345MTLCAST001S", "MT84MALT011000012345MTLCAST001S"),
        ("LC55HEMM000100010012001200023015", "LC55HEMM000100010012001200023015"),
        ("RU0204452560040702810412345678901", "RU0204452560040702810412345678901"),
        ("rekening BI42 1000 0100 0100 0033 2045 181", "BI42 1000 0100 0100 0033 2045 181"),
    ],
)
def test_iban_detected(text: str, matched: str) -> None:
    assert_single(text, "iban", matched)


@pytest.mark.parametrize(
    "text",
    [
        "NL91ABNA0417164301",  # checksum off by one
        "NL92ABNA0417164300",
        "DE89370400440532013001",
        "GB82WEST12345698765433",
        "NL91ABNA04171643001",  # too long for a Dutch IBAN
        "NL91ABNA041716430",  # too short
        "XNL91ABNA0417164300",
        "NL91ABNA0417164300X",
        "NL91 ABNA041 7164300",  # spaces only between groups of four
        "IB60 formulier ingevuld voor de aangifte",
        "NL5312340417164300",  # check digits fit, but a Dutch bank code is four letters
        "NO9386011117948",
    ],
)
def test_iban_not_detected(text: str) -> None:
    assert find_personal_data(text) == []


# --- Postcode with house number --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("woont op 1234 AB 12", "1234 AB 12"),
        ("1234AB 5a", "1234AB 5a"),
        ("postcode 1234ab 7", "1234ab 7"),
        ("1234 AB 12-2 hoog", "1234 AB 12-2"),
        ("1234 AB 3/1", "1234 AB 3/1"),
        ("Van Goghstraat 7 9999 ZZ", "Goghstraat 7 9999 ZZ"),  # last word of the street
        ("Dorpsstraat 12, 1234 AB Amsterdam", "Dorpsstraat 12, 1234 AB"),
        ("kerkstraat 5a 1234AB", "kerkstraat 5a 1234AB"),
        ("woont op 12 1234 AB", "12 1234 AB"),
        ("9999 ZZ 1", "9999 ZZ 1"),
        # Letters that are also words (IB, OK, NL, EU, NV, BV), with a house number after:
        ("4975 IB 185a", "4975 IB 185a"),
        ("woont 4975 IB 185a, Etten", "4975 IB 185a"),
        ("2064 OK 216 bis", "2064 OK 216 bis"),
        ("1234 NL 5", "1234 NL 5"),
        ("post naar 8011 EU 12", "8011 EU 12"),
        ("3011 NV 7-2", "3011 NV 7-2"),
        ("6511 BV 30", "6511 BV 30"),
        ("Dorpsstraat 12, 4975 IB Etten", "Dorpsstraat 12, 4975 IB"),  # street before it
        ("Kerkstraat 216bis 1234 AB", "Kerkstraat 216bis 1234 AB"),
    ],
)
def test_postcode_address_detected(text: str, matched: str) -> None:
    assert_single(text, "postcode_address", matched)


@pytest.mark.parametrize(
    "text",
    [
        "1234 AB",  # a postcode without a house number is not an address
        "alleen postcode 1234AB opgegeven",
        "in 2024 en 2025 12 keer",  # lowercase, separated: ordinary words
        "tussen 2020 of 2021 3 keer",
        "1234 ab 12",
        "0123 AB 12",  # postcodes never start with 0
        "1234 SA 12",  # SA, SD and SS are not used
        "1234SS 12",
        "aangifte 2023 IB 60",
        "Aanvraag 2024 OK, 3 stappen gedaan",
        "1234 AB, 12 keer",
        "1500km 3 keer",
        "1234 ABC 12",
        "1234 AB 12:30",
        "3 ok",
        "2024 EU regels",
        "1500 NL",
        "toeslag 2025 OK",
        "toeslag 2025 OK 3 keer",  # a year, then a word and a number
        "2024 EU 27 landen",
        "In 27 2024 EU landen geldig",
        "€ 1500 NL 3",
        "1234 IB",
    ],
)
def test_postcode_address_not_detected(text: str) -> None:
    assert find_personal_data(text) == []


# --- Ordinary notes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vraag over DigiD aanvragen, afspraak op 12-03-2024 om 14:30.",
        "Burger komt terug op 12/3/2024.",
        "Termijn verloopt 2024-03-12.",
        "Inloop van 9.45 uur tot 12.00 uur.",
        "Toeslag van € 1.234,56 per maand terugbetalen.",
        "Zorgtoeslag 2025 is € 131,- per maand.",
        "Formulier M-2024-0012 samen ingevuld.",
        "Hulp bij aangifte IB 60 over 2023.",
        "Aanslagnummer 123456782000 op de brief onduidelijk.",
        "Over 2023 en 2024 geen aangifte gedaan.",
        "Btw 21% en 9% uitgelegd, huurverhoging 5,5% per 1 juli 2024.",
        "DigiD activeringsbrief niet binnen 5 werkdagen ontvangen, nieuwe code aangevraagd.",
        "Update naar versie 6.12.0 van de DigiD app.",
        "Zaak 2024-118877 loopt bij de gemeente.",
        "Overleg in kamer 3.14 met collega.",
        "Open 09.00-17.00 uur, pauze 12.30-13.00.",
        "Wachttijd 15 min, 3 burgers geholpen.",
        "AOW-leeftijd 67 jaar en 3 maanden uitgelegd.",
        "Alleen postcodegebied 1234 genoteerd voor de statistiek.",
        "Tussen 1500 en 2000 euro schuld bij de Belastingdienst.",
        "Energietoeslag 2022 van 1300 euro nagevraagd.",
        "Afspraak 06-03-2024 14 uur bij balie 2.",
        "Paspoort verloopt 01.03.2025; pasfoto kost € 15,50.",
        "Stap 1 t/m 4 uitgelegd in 20 min.",
        "Bericht in de berichtenbox van MijnOverheid, 3 van de 4 stappen klaar.",
        "Telefoonnummer en e-mail bewust niet genoteerd.",
        "Vraag over art. 3:40 BW en de Awb.",
        "Huurtoeslag 2024: voorschot 245,67 per maand, terugvordering 1.850 euro.",
        "Bezoeker kwam om 10:15 en vertrok om 10:45, 2e bezoek dit jaar.",
        "Dossier 20240107 aangemaakt, tijdslot 0900-1700.",
        "Belastingjaar 2024: 12 vragen, 1e keer via de app.",
        "Schuld van 123456782 cent volgens de brief.",
        "Afspraak 12-03-2025 om 14:30, toeslag € 1.234,56 terug.",
        "Op 12-03-2025 14:30 teruggebeld door de Belastingdienst.",
        "Op 12/3/2025 en 1-4-2025 langs geweest, 2 keer 15 min.",
        "DigiD app 2.3.15 geïnstalleerd, Android 14, iOS 17.4.1.",
        "Bedragen 1.234,56 en 12.345,67 en 123.456,78 vergeleken.",
        "Jaren 2019 2020 2021 2022 2023 2024 nagekeken.",
        "Tijden 09.00-12.30 en 13.00 - 17.00, 0900-1730.",
        "Gemeente via 14 020 gebeld, doorverwezen naar 0800-8020.",
        "3 ok, 2024 EU regels, 1500 NL, toeslag 2025 OK.",
        "Noodnummer 112 en 0900-8844 uitgelegd.",
        "Kenmerk 2024/0001234 en ons kenmerk 123-4567-89.",
        "Studieschuld 20000 euro, aflossing 150,00 per maand.",
        "",
    ],
)
def test_ordinary_notes_have_no_findings(text: str) -> None:
    assert find_personal_data(text) == []


# --- Combined results, messages and masking --------------------------------------------------

MIXED = (
    "BSN 123456782, bel 06-12345678 of mail jan@example.nl; "
    "rekening NL91ABNA0417164300, woont Dorpsstraat 12, 1234 AB Ergens."
)


def test_mixed_text_finds_everything_in_order() -> None:
    findings = find_personal_data(MIXED)
    assert [f.kind for f in findings] == ["bsn", "phone", "email", "iban", "postcode_address"]
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for f in findings:
        assert MIXED[f.start : f.end] == f.text
        assert f.label == LABELS[f.kind]


def test_findings_are_frozen() -> None:
    (finding,) = find_personal_data("BSN 123456782")
    with pytest.raises(AttributeError):
        finding.text = "x"  # type: ignore[misc]


def test_describe_findings_matches_the_example() -> None:
    findings = find_personal_data("BSN 123456782 en 06-12345678")
    message = describe_findings(findings)
    assert message.code == "privacy.personal_data"
    assert message.params["kinds"] == "bsn,phone"
    assert words.text(message) == (
        "De notitie bevat persoonsgegevens en is niet opgeslagen: "
        'BSN (burgerservicenummer) "123456782", telefoonnummer "06-12345678". '
        "Haal ze weg; de registratie is anoniem."
    )


def test_describe_findings_shows_every_label_and_text() -> None:
    message = words.text(describe_findings(find_personal_data(MIXED)))
    for label in LABELS.values():
        assert words.text(label) in message
    for piece in ("123456782", "06-12345678", "jan@example.nl", "NL91ABNA0417164300"):
        assert f'"{piece}"' in message


def test_describe_single_and_empty() -> None:
    single = words.text(describe_findings(find_personal_data("mail jan@example.nl")))
    assert 'e-mailadres "jan@example.nl"' in single
    assert "Haal het weg" in single
    assert words.text(describe_findings([])) == "De notitie bevat geen persoonsgegevens."


def test_mask_replaces_each_finding() -> None:
    masked = mask(MIXED, find_personal_data(MIXED))
    assert masked == (
        "BSN [BSN], bel [telefoon] of mail [e-mail]; rekening [IBAN], woont [adres] Ergens."
    )
    assert find_personal_data(masked) == []


@pytest.mark.parametrize("kind", sorted(MASKS))
def test_mask_placeholders(kind: str) -> None:
    finding = Finding(kind, "xyz", 2, 5, LABELS[kind])
    assert mask("a xyz b", [finding]) == f"a {MASKS[kind]} b"


def test_mask_without_findings_and_mismatch() -> None:
    assert mask("geen gegevens", []) == "geen gegevens"
    with pytest.raises(ValueError, match="does not match"):
        mask("BSN 123456782", [Finding("bsn", "123456782", 0, 9, LABELS["bsn"])])


def test_check_free_text_raises_with_findings() -> None:
    with pytest.raises(PersonalDataError) as excinfo:
        check_free_text("Klant belde vanaf 06-12345678")
    error = excinfo.value
    assert isinstance(error, ValueError)
    assert [f.kind for f in error.findings] == ["phone"]
    assert error.message == describe_findings(error.findings)
    assert '"06-12345678"' in words.error_text(error)
    # The exception's own text, for a log, names the code and the kinds, not what was found.
    assert str(error) == "privacy.personal_data (phone)"
    assert "06-12345678" not in str(error)


def test_check_free_text_accepts_ordinary_notes() -> None:
    check_free_text("Hulp bij DigiD aanvraag, afspraak 12-03-2024 om 14:30.")


def test_long_text_is_handled() -> None:
    text = ("Vraag over toeslagen 2024, € 1.234,56. " * 40) + "BSN 111222333"
    assert kinds_and_texts(text) == [("bsn", "111222333")]


# --- Properties ------------------------------------------------------------------------------

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a dev dependency
    pass
else:
    FRAGMENTS = st.sampled_from(
        [
            "0", "06", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "123", "1234", "+31",
            "0031", "(0)", "(", ")", " ", " ", "-", ".", ",", "/", ":", "@", "a", "AB", "ab",
            "NL", "NL91", "ABNA", "€", "euro", "x.nl", "123456782", "straat", "\n", "é",
        ]
    )  # fmt: skip
    TEXTS = st.one_of(st.text(max_size=300), st.lists(FRAGMENTS, max_size=60).map("".join))

    @settings(max_examples=400, deadline=None)
    @given(TEXTS)
    def test_property_findings_are_consistent(text: str) -> None:
        findings = find_personal_data(text)
        previous_end = 0
        for f in findings:
            assert 0 <= previous_end <= f.start < f.end <= len(text)
            assert text[f.start : f.end] == f.text
            assert f.label == LABELS[f.kind]
            previous_end = f.end
        masked = mask(text, findings)
        assert sum(masked.count(MASKS[f.kind]) >= 1 for f in findings) == len(findings)
        if findings:
            with pytest.raises(PersonalDataError):
                check_free_text(text)
        else:
            check_free_text(text)
