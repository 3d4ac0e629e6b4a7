"""Names we know: countries (from pycountry plus our variants), demonyms, capitals and seats
of government, international organizations with their acronyms, news agencies.

This is the one place where such knowledge lives. It feeds the spaCy pipeline (label fixes
and an entity ruler, see `pipeline.nlp.model`) and the entity layer (country codes,
canonical names, acronym expansion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

# Short names that news writers use, where pycountry's `name` is formal.
_PREFERRED_COUNTRY_NAMES = {
    "RU": "Russia",
    "US": "United States",
    "GB": "United Kingdom",
    "KR": "South Korea",
    "KP": "North Korea",
    "IR": "Iran",
    "SY": "Syria",
    "VN": "Vietnam",
    "TW": "Taiwan",
    "BO": "Bolivia",
    "MD": "Moldova",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "LA": "Laos",
    "PS": "Palestine",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia",
    "MK": "North Macedonia",
}

# Variants and old names not in pycountry (or not in the form news uses).
_COUNTRY_VARIANTS = {
    "Turkey": "TR",
    "Türkiye": "TR",
    "Turkiye": "TR",
    "Russian Federation": "RU",
    "U.S.": "US",
    "US": "US",
    "U.S.A.": "US",
    "USA": "US",
    "America": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "Burma": "MM",
    "Holland": "NL",
    "the Netherlands": "NL",
    "Korea": "KR",
    "Republic of Korea": "KR",
    "DPRK": "KP",
    "PRC": "CN",
    "Mainland China": "CN",
    "UAE": "AE",
    "Vatican": "VA",
    "Byelorussia": "BY",
    "Belorussia": "BY",
    "Kirghizia": "KG",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Macedonia": "MK",
    "Cape Verde": "CV",
    "Gaza": "PS",
    "West Bank": "PS",
    "Kosovo": "XK",
}

# Demonyms and nationality adjectives -> country code (NORP in spaCy terms).
DEMONYMS = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH",
    "Bangladeshi": "BD", "Belarusian": "BY", "Belarussian": "BY", "Byelorussian": "BY",
    "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB",
    "Bulgarian": "BG", "Burmese": "MM", "Cambodian": "KH", "Cameroonian": "CM",
    "Canadian": "CA", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Congolese": "CD",
    "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK",
    "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "English": "GB",
    "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI",
    "French": "FR", "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR",
    "Guatemalan": "GT", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU",
    "Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ",
    "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE",
    "Korean": "KR", "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA",
    "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT",
    "Macedonian": "MK", "Malagasy": "MG", "Malaysian": "MY", "Malian": "ML", "Maltese": "MT",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Montenegrin": "ME",
    "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA", "Nepalese": "NP", "Nepali": "NP",
    "New Zealander": "NZ", "Nicaraguan": "NI", "Nigerian": "NG", "Nigerien": "NE",
    "North Korean": "KP", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK",
    "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
    "Philippine": "PH", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO",
    "Russian": "RU", "Rwandan": "RW", "Saudi": "SA", "Scottish": "GB", "Senegalese": "SN",
    "Serbian": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI", "Somali": "SO",
    "South African": "ZA", "South Korean": "KR", "Spanish": "ES", "Sri Lankan": "LK",
    "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW",
    "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Welsh": "GB", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW",
}  # fmt: skip

# Capitals and other cities that news uses for their country's government (metonymy).
CAPITALS = {
    "Abu Dhabi": "AE", "Abuja": "NG", "Addis Ababa": "ET", "Amman": "JO", "Ankara": "TR",
    "Astana": "KZ", "Athens": "GR", "Baghdad": "IQ", "Baku": "AZ", "Bangkok": "TH",
    "Beijing": "CN", "Beirut": "LB", "Belgrade": "RS", "Berlin": "DE", "Bern": "CH",
    "Bishkek": "KG", "Brasilia": "BR", "Brussels": "BE", "Bucharest": "RO", "Budapest": "HU",
    "Buenos Aires": "AR", "Cairo": "EG", "Canberra": "AU", "Caracas": "VE", "Damascus": "SY",
    "Dhaka": "BD", "Doha": "QA", "Dushanbe": "TJ", "Hanoi": "VN", "Havana": "CU",
    "Helsinki": "FI", "Islamabad": "PK", "Jakarta": "ID", "Jerusalem": "IL", "Kabul": "AF",
    "Kathmandu": "NP", "Khartoum": "SD", "Kiev": "UA", "Kyiv": "UA", "Kuala Lumpur": "MY",
    "Lagos": "NG", "Lima": "PE", "Lisbon": "PT", "London": "GB", "Madrid": "ES",
    "Manila": "PH", "Mexico City": "MX", "Minsk": "BY", "Moscow": "RU", "Nairobi": "KE",
    "New Delhi": "IN", "Oslo": "NO", "Ottawa": "CA", "Paris": "FR", "Prague": "CZ",
    "Pretoria": "ZA", "Pyongyang": "KP", "Rabat": "MA", "Riga": "LV", "Riyadh": "SA",
    "Rome": "IT", "Santiago": "CL", "Seoul": "KR", "Singapore": "SG", "Sofia": "BG",
    "Stockholm": "SE", "Taipei": "TW", "Tallinn": "EE", "Tashkent": "UZ", "Tbilisi": "GE",
    "Tehran": "IR", "Tel Aviv": "IL", "Tokyo": "JP", "Tripoli": "LY", "Tunis": "TN",
    "Ulaanbaatar": "MN", "Vienna": "AT", "Vilnius": "LT", "Warsaw": "PL", "Washington": "US",
    "Wellington": "NZ", "Yerevan": "AM", "Almaty": "KZ", "Shanghai": "CN", "St. Petersburg": "RU",
}  # fmt: skip

# Seats of government that stand for it ("the Kremlin said").
SEATS = {
    "Kremlin": "RU",
    "White House": "US",
    "Pentagon": "US",
    "Downing Street": "GB",
    "Elysee": "FR",
    "Élysée": "FR",
    "Zhongnanhai": "CN",
    "Blue House": "KR",
}

# International organizations: canonical name -> acronyms and variants.
ORGANIZATIONS = {
    "Shanghai Cooperation Organization": ("SCO", "Shanghai Cooperation Organisation"),
    "United Nations": ("UN", "U.N.", "United Nations Organization", "UNO"),
    "United Nations Security Council": ("UNSC", "UN Security Council", "Security Council"),
    "European Union": ("EU", "E.U."),
    "North Atlantic Treaty Organization": ("NATO", "Nato"),
    "Collective Security Treaty Organization": ("CSTO",),
    "Eurasian Economic Union": ("EAEU", "EEU"),
    "Commonwealth of Independent States": ("CIS",),
    "Association of Southeast Asian Nations": ("ASEAN",),
    "African Union": ("AU",),
    "World Health Organization": ("WHO",),
    "World Trade Organization": ("WTO",),
    "International Monetary Fund": ("IMF",),
    "World Bank": (),
    "BRICS": (),
    "Organization of the Petroleum Exporting Countries": ("OPEC",),
    "Organization for Security and Co-operation in Europe": ("OSCE",),
    "Group of Seven": ("G7", "G-7"),
    "Group of Twenty": ("G20", "G-20"),
    "International Atomic Energy Agency": ("IAEA",),
    "Red Cross": ("ICRC", "International Committee of the Red Cross"),
    "Kurdistan Workers' Party": ("PKK",),
    "People's Protection Units": ("YPG",),
    "Hamas": (),
    "Hezbollah": (),
    "Taliban": (),
}

NEWS_AGENCIES = (
    "BelTA", "Xinhua", "Reuters", "TASS", "RIA Novosti", "Interfax", "Kazinform", "AFP",
    "Associated Press", "UPI", "Yonhap", "Kyodo", "Anadolu Agency", "Bernama", "Sputnik",
)  # fmt: skip

# Political parties under the short names the small model takes for people ("Labour
# backed …", "the Lib Dems said …": a "he" or "she" then found them as a person): canonical
# name -> spaCy label and the short names. Only names seen mislabelled: the model already
# labels Tories, Democrats, GOP and the full names well.
PARTIES = {
    "Labour Party": ("ORG", ("Labour",)),
    "Liberal Democrats": ("NORP", ("Lib Dems", "Lib Dem", "Liberal Democrat")),
}

# Named regions and geopolitical concepts the small model takes for people.
LOCATIONS = ("Greater Eurasia", "Eurasia", "Central Asia", "Middle East", "Balkans", "Sahel")


@dataclass(frozen=True)
class GazetteerEntry:
    """What a name means: spaCy label, canonical name, country code (if any) and kind
    (country, capital, seat, demonym, organization, agency, party, location)."""

    label: str
    canonical: str
    country_code: str | None
    kind: str


def country_name(code: str) -> str:
    """The name news uses for a country code (Russia, not Russian Federation)."""
    if code in _PREFERRED_COUNTRY_NAMES:
        return _PREFERRED_COUNTRY_NAMES[code]
    if code == "XK":
        return "Kosovo"
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@cache
def gazetteer() -> dict[str, GazetteerEntry]:
    """Surface form -> entry. Keys are exact surface forms (case-sensitive)."""
    table: dict[str, GazetteerEntry] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        entry = GazetteerEntry("GPE", country_name(code), code, "country")
        for name in (country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None)):  # fmt: skip
            if name and "," not in name:
                table.setdefault(name, entry)
        table[country_name(code)] = entry
    for name, code in _COUNTRY_VARIANTS.items():
        table[name] = GazetteerEntry("GPE", country_name(code), code, "country")
    for name, code in CAPITALS.items():
        table.setdefault(name, GazetteerEntry("GPE", name, code, "capital"))
    for name, code in SEATS.items():
        table[name] = GazetteerEntry("FAC", name, code, "seat")
    for name, code in DEMONYMS.items():
        table.setdefault(name, GazetteerEntry("NORP", name, code, "demonym"))
        if not name.endswith("s"):
            table.setdefault(name + "s", GazetteerEntry("NORP", name, code, "demonym"))
    for canonical, variants in ORGANIZATIONS.items():
        entry = GazetteerEntry("ORG", canonical, None, "organization")
        for name in (canonical, *variants):
            table[name] = entry
    for name in NEWS_AGENCIES:
        table[name] = GazetteerEntry("ORG", name, None, "agency")
    for canonical, (label, variants) in PARTIES.items():
        for name in (canonical, *variants):
            table[name] = GazetteerEntry(label, canonical, None, "party")
    for name in LOCATIONS:
        table[name] = GazetteerEntry("LOC", name, None, "location")
    return table


_DETERMINER = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def strip_name(text: str) -> str:
    """'the Shanghai Cooperation Organization' -> 'Shanghai Cooperation Organization';
    "Lukashenko’s" -> 'Lukashenko'."""
    return _POSSESSIVE.sub("", _DETERMINER.sub("", text.strip())).strip()


def lookup(text: str) -> GazetteerEntry | None:
    """Gazetteer entry for a surface form, tolerant of a leading 'the' and a possessive."""
    table = gazetteer()
    return table.get(text) or table.get(strip_name(text))


# Names that are also common words or given names: never forced by the entity ruler
# (the spaCy model still labels them from context, and `lookup` still maps them).
AMBIGUOUS_NAMES = frozenset(
    {"Jordan", "Georgia", "Chad", "Turkey", "Guinea", "Niger", "Victoria", "Washington",
     "Lima", "Santiago", "Sofia", "Jersey", "Man", "US", "AU", "WHO", "Security Council",
     "America", "English", "Polish", "Nato", "Trend"}
)  # fmt: skip
