"""Postal codes and districts of the demo cities, so that "near 30159" works without a GeoNames
file.

Coordinates are approximate centres of the district (Stadtteil, Ortsteil or town), good to a few
hundred metres: enough for "within 5 km", never a claim about a street. A postal code that is
already known (from ``verbund load_postal_codes`` and a GeoNames file, say) is left as it is.
"""

from dataclasses import dataclass
from decimal import Decimal

from verbund.offers.models import PostalCode


@dataclass(frozen=True)
class District:
    city: str
    name: str
    postal_code: str
    latitude: Decimal
    longitude: Decimal


def _city(city: str, rows) -> tuple[District, ...]:
    return tuple(
        District(city, name, code, Decimal(str(lat)), Decimal(str(lon)))
        for code, name, lat, lon in rows
    )


# (postal code, district, latitude, longitude). Where districts share a postal code, the first
# one listed is the code's centre.
HANNOVER = _city(
    "Hannover",
    (
        ("30159", "Mitte", 52.3745, 9.7386),
        ("30161", "Oststadt", 52.3835, 9.7480),
        ("30163", "List", 52.3935, 9.7485),
        ("30165", "Vahrenwald", 52.3990, 9.7330),
        ("30165", "Hainholz", 52.3970, 9.7130),
        ("30167", "Nordstadt", 52.3870, 9.7200),
        ("30169", "Calenberger Neustadt", 52.3690, 9.7290),
        ("30171", "Südstadt", 52.3640, 9.7520),
        ("30173", "Bult", 52.3590, 9.7640),
        ("30175", "Zoo", 52.3790, 9.7650),
        ("30177", "List", 52.3990, 9.7640),
        ("30179", "Vahrenheide", 52.4180, 9.7480),
        ("30419", "Stöcken", 52.4120, 9.6700),
        ("30419", "Herrenhausen", 52.3960, 9.6930),
        ("30449", "Linden-Süd", 52.3630, 9.7190),
        ("30449", "Linden-Mitte", 52.3690, 9.7130),
        ("30451", "Linden-Nord", 52.3766, 9.7088),
        ("30453", "Limmer", 52.3790, 9.6880),
        ("30455", "Badenstedt", 52.3640, 9.6720),
        ("30455", "Davenstedt", 52.3700, 9.6580),
        ("30457", "Mühlenberg", 52.3350, 9.7090),
        ("30457", "Wettbergen", 52.3240, 9.6900),
        ("30459", "Ricklingen", 52.3460, 9.7200),
        ("30459", "Oberricklingen", 52.3390, 9.7130),
        ("30519", "Döhren", 52.3450, 9.7700),
        ("30519", "Wülfel", 52.3320, 9.7780),
        ("30521", "Mittelfeld", 52.3300, 9.7920),
        ("30539", "Bemerode", 52.3390, 9.8320),
        ("30559", "Kirchrode", 52.3620, 9.8340),
        ("30559", "Anderten", 52.3680, 9.8640),
        ("30625", "Kleefeld", 52.3780, 9.7980),
        ("30627", "Roderbruch", 52.3870, 9.8300),
        ("30629", "Misburg", 52.3920, 9.8650),
        ("30655", "Groß-Buchholz", 52.3950, 9.8000),
        ("30657", "Bothfeld", 52.4150, 9.7880),
        ("30659", "Sahlkamp", 52.4180, 9.7700),
        ("30659", "Lahe", 52.4260, 9.8150),
    ),
)

MARBURG = _city(
    "Marburg",
    (
        ("35037", "Altstadt", 50.8100, 8.7690),
        ("35037", "Weidenhausen", 50.8060, 8.7750),
        ("35037", "Nordstadt", 50.8180, 8.7720),
        ("35037", "Waldtal", 50.8250, 8.7850),
        ("35039", "Südviertel", 50.7990, 8.7700),
        ("35039", "Ockershausen", 50.8040, 8.7420),
        ("35039", "Stadtwald", 50.7880, 8.7480),
        ("35039", "Richtsberg", 50.7860, 8.7800),
        ("35041", "Wehrda", 50.8380, 8.7580),
        ("35041", "Marbach", 50.8200, 8.7420),
        ("35043", "Cappel", 50.7770, 8.7690),
        ("35043", "Moischt", 50.7760, 8.8230),
    ),
)

# Towns of the Landkreis Marburg-Biedenkopf, the working group's region: the town is the
# district the finder filters by.
MARBURG_BIEDENKOPF = tuple(
    District(name, name, code, Decimal(str(lat)), Decimal(str(lon)))
    for code, name, lat, lon in (
        ("35091", "Cölbe", 50.8500, 8.7800),
        ("35094", "Lahntal", 50.8650, 8.6950),
        ("35096", "Weimar (Lahn)", 50.7590, 8.7240),
        ("35083", "Wetter (Hessen)", 50.9030, 8.7190),
        ("35085", "Ebsdorfergrund", 50.7280, 8.8250),
        ("35260", "Stadtallendorf", 50.8270, 9.0120),
        ("35274", "Kirchhain", 50.8250, 8.9260),
        ("35216", "Biedenkopf", 50.9110, 8.5300),
        ("35075", "Gladenbach", 50.7690, 8.5800),
        ("35232", "Dautphetal", 50.8570, 8.5540),
    )
)

BERLIN = _city(
    "Berlin",
    (
        ("10115", "Mitte", 52.5323, 13.3846),
        ("10117", "Mitte", 52.5170, 13.3880),
        ("10178", "Mitte", 52.5210, 13.4100),
        ("10243", "Friedrichshain", 52.5110, 13.4330),
        ("10245", "Friedrichshain", 52.5010, 13.4570),
        ("10247", "Friedrichshain", 52.5160, 13.4640),
        ("10315", "Friedrichsfelde", 52.5110, 13.5150),
        ("10365", "Lichtenberg", 52.5210, 13.4990),
        ("10551", "Moabit", 52.5310, 13.3380),
        ("10557", "Moabit", 52.5230, 13.3550),
        ("10777", "Schöneberg", 52.4980, 13.3460),
        ("10823", "Schöneberg", 52.4890, 13.3510),
        ("10961", "Kreuzberg", 52.4910, 13.3980),
        ("10967", "Kreuzberg", 52.4900, 13.4210),
        ("10999", "Kreuzberg", 52.4970, 13.4230),
        ("12043", "Neukölln", 52.4790, 13.4400),
        ("12047", "Neukölln", 52.4900, 13.4250),
        ("12053", "Neukölln", 52.4800, 13.4290),
        ("12055", "Neukölln", 52.4700, 13.4500),
        ("12619", "Hellersdorf", 52.5280, 13.5840),
        ("12627", "Hellersdorf", 52.5380, 13.6030),
        ("12679", "Marzahn", 52.5520, 13.5580),
        ("12683", "Biesdorf", 52.5120, 13.5540),
        ("12685", "Marzahn", 52.5480, 13.5640),
        ("13347", "Wedding", 52.5480, 13.3600),
        ("13353", "Wedding", 52.5410, 13.3450),
        ("13357", "Gesundbrunnen", 52.5510, 13.3850),
        ("13403", "Reinickendorf", 52.5740, 13.3200),
        ("13407", "Reinickendorf", 52.5750, 13.3510),
        ("13581", "Spandau", 52.5330, 13.1790),
        ("13583", "Spandau", 52.5440, 13.1880),
    ),
)

# The districts offerings of each synthetic area (``synthetic.AREAS``) are placed in.
DISTRICTS_BY_AREA = {
    "hannover": HANNOVER,
    "marburg": MARBURG + MARBURG_BIEDENKOPF,
    "berlin": BERLIN,
}
ALL_DISTRICTS = HANNOVER + MARBURG + MARBURG_BIEDENKOPF + BERLIN


def district(city: str, name: str) -> District:
    return next(d for d in ALL_DISTRICTS if d.city == city and d.name == name)


def in_postal_code(code: str) -> District:
    """The centre of ``code``: its first district."""
    return next(d for d in ALL_DISTRICTS if d.postal_code == code)


def postal_code_rows() -> list[PostalCode]:
    """One row per postal code and place, named after all its districts."""
    rows: dict[tuple[str, str], list[District]] = {}
    for entry in ALL_DISTRICTS:
        rows.setdefault((entry.postal_code, entry.city), []).append(entry)
    return [
        PostalCode(
            country="DE",
            code=code,
            place=city,
            district=", ".join(dict.fromkeys(d.name for d in entries)),
            latitude=entries[0].latitude,
            longitude=entries[0].longitude,
        )
        for (code, city), entries in rows.items()
    ]


def load_postal_codes() -> int:
    """Add the demo's postal codes that are not known yet; returns how many the demo knows."""
    rows = postal_code_rows()
    PostalCode.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)
