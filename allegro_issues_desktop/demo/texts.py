"""Polish text corpora for the demo data: logins, products, buyer/seller/Allegro messages.

Placeholders in templates: ``{product}`` (product name), ``{ref}`` (claim reference number or
order number), ``{days}`` (a small number of days). Fill them with :func:`str.format`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

#: The seller (the app's user) as it appears in chat messages.
SELLER_LOGIN: Final = "sklep_demo_pl"

# --- buyers -------------------------------------------------------------------------------

#: Allegro logins are ASCII: letters, digits, dots, dashes and underscores.
LOGIN_FIRST: Final = (
    "kasia",
    "marek",
    "anna",
    "tomek",
    "ola",
    "piotr",
    "magda",
    "krzysiek",
    "agnieszka",
    "pawel",
    "ewa",
    "michal",
    "joanna",
    "lukasz",
    "basia",
    "grzegorz",
    "monika",
    "wojtek",
    "natalia",
    "jacek",
    "zosia",
    "adam",
    "karolina",
    "rafal",
    "dorota",
    "bartek",
    "iza",
    "szymon",
    "julia",
    "kuba",
    "ania",
    "mateusz",
    "gosia",
    "darek",
    "hania",
    "sebastian",
    "beata",
    "filip",
)
LOGIN_LAST: Final = (
    "nowak",
    "kowalski",
    "wisniewska",
    "wojcik",
    "kaminski",
    "lewandowska",
    "zielinski",
    "szymanska",
    "wozniak",
    "dabrowski",
    "kozlowska",
    "jankowski",
    "mazur",
    "krawczyk",
    "piotrowska",
    "grabowski",
    "pawlak",
    "michalska",
    "krol",
    "wieczorek",
    "jablonski",
    "majewska",
)
LOGIN_CITY: Final = (
    "gdanska",
    "krakowa",
    "poznania",
    "lodzi",
    "wawy",
    "wroclawia",
    "szczecina",
    "lublina",
    "torunia",
    "opola",
    "kielc",
    "rzeszowa",
    "gdyni",
    "sopotu",
    "bialegostoku",
    "zakopanego",
)
LOGIN_CITY_PLAIN: Final = (
    "gdansk",
    "krakow",
    "poznan",
    "lodz",
    "warszawa",
    "wroclaw",
    "szczecin",
    "lublin",
    "torun",
    "opole",
    "kielce",
    "rzeszow",
    "gdynia",
    "katowice",
    "bydgoszcz",
    "olsztyn",
)
LOGIN_HOBBY: Final = (
    "rowerzysta",
    "wedkarz",
    "kotka",
    "fotograf",
    "gracz",
    "mama",
    "tata",
    "biegacz",
    "ogrodnik",
    "kucharz",
    "motocyklista",
    "majsterkowicz",
    "gamer",
    "podroznik",
)

# --- products -----------------------------------------------------------------------------

#: (name, price in PLN)
PRODUCTS: Final = (
    ("Słuchawki bezprzewodowe Sony WH-1000XM4", "1099.00"),
    ("Ekspres do kawy DeLonghi Magnifica S", "1299.99"),
    ("Buty trekkingowe Salomon X Ultra 4 GTX, rozm. 42", "649.00"),
    ("Smartfon Samsung Galaxy A55 5G 8/256 GB granatowy", "1699.00"),
    ("Odkurzacz pionowy Xiaomi Dreame V11", "899.00"),
    ("Robot kuchenny Bosch MUM5 1000 W", "749.90"),
    ("Kurtka zimowa damska puchowa, rozm. M, czarna", "329.99"),
    ("Klocki LEGO Technic 42115 Lamborghini Sián", "1549.00"),
    ("Powerbank Baseus 20000 mAh 65 W", "159.99"),
    ('Monitor Dell S2721DGF 27" 165 Hz', "1399.00"),
    ("Zegarek Garmin Forerunner 255", "1149.00"),
    ("Czajnik elektryczny Russell Hobbs 1,7 l", "129.99"),
    ("Pościel satynowa 160x200, 3 części, szara", "119.00"),
    ("Fotelik samochodowy Cybex Solution T i-Fix", "999.00"),
    ("Karma dla psa Royal Canin Medium Adult 15 kg", "289.99"),
    ("Wiertarko-wkrętarka Makita DDF485 18V + 2 akumulatory", "1199.00"),
    ("Lampka biurkowa LED z ładowarką indukcyjną", "89.99"),
    ("Mata do jogi TPE 6 mm, fioletowa", "69.90"),
    ("Hulajnoga elektryczna Xiaomi Mi 4 Pro", "2299.00"),
    ("Perfumy Dior Sauvage EDT 100 ml", "489.00"),
    ("Konsola Nintendo Switch OLED biała", "1449.00"),
    ("Patelnia Tefal Unlimited 28 cm", "179.99"),
    ("Plecak turystyczny Deuter Futura 32", "599.00"),
    ("Tablet Lenovo Tab P11 (2nd Gen) 6/128 GB", "1249.00"),
    ("Głośnik JBL Flip 6 czarny", "499.00"),
    ("Szczoteczka soniczna Philips Sonicare 7100", "449.99"),
    ("Etui silikonowe do iPhone 15 Pro, granatowe", "49.99"),
    ("Kabel USB-C do USB-C 2 m, 100 W", "29.99"),
    ('Książka "Wiedźmin. Ostatnie życzenie" Andrzej Sapkowski', "39.90"),
    ("Zestaw garnków Ambition Aspen 10 elementów", "359.00"),
    ("Termos Stanley Classic 1 l zielony", "199.00"),
    ("Drukarka HP LaserJet M110we", "399.00"),
    ("Żelazko parowe Philips Azur 8000", "389.00"),
    ("Fotel gamingowy Diablo X-One 2.0", "1099.00"),
    ('Rower miejski Kross Le Grand Cadillac 28"', "2199.00"),
    ("Kamera samochodowa 70mai A500S", "449.00"),
    ("Sukienka letnia w kwiaty, rozm. 38", "139.00"),
    ("Opony zimowe Michelin Alpin 6 205/55 R16, 4 szt.", "1799.00"),
    ("Mikser ręczny Zelmer ZHM1207", "99.99"),
    ("Router TP-Link Archer AX55 Wi-Fi 6", "329.00"),
)

#: What kind of thing a product is (texts about screens, sizes or soles need the right one).
PRODUCT_KINDS: Final[dict[str, str]] = {
    name: kind
    for kind, names in (
        (
            "device",
            (
                "Słuchawki",
                "Ekspres",
                "Smartfon",
                "Odkurzacz",
                "Robot kuchenny",
                "Powerbank",
                "Monitor",
                "Zegarek",
                "Czajnik",
                "Wiertarko",
                "Lampka",
                "Hulajnoga",
                "Konsola",
                "Tablet",
                "Głośnik",
                "Szczoteczka",
                "Drukarka",
                "Żelazko",
                "Kamera",
                "Mikser",
                "Router",
            ),
        ),
        ("shoes", ("Buty",)),
        ("wear", ("Kurtka", "Sukienka")),
        ("bedding", ("Pościel",)),
    )
    for name, _ in PRODUCTS
    if name.startswith(names)
}

# --- tags ---------------------------------------------------------------------------------
#
# A line of the conversation carries the tags a case must have for the line to make sense in
# it (all of them). The generator computes a case's tags from the reason, the product, the
# expectations, the return decision and the status (``data._case_tags``):
#
# reason groups: ``not_arrived`` (the parcel never came), ``empty`` (an empty parcel),
# ``damage`` (visibly damaged), ``transit`` (damaged or emptied on the way), ``carrier`` (the
# carrier is involved), ``defect`` (a fault found in use), ``missing`` (a part or item missing),
# ``papers`` (invoice, manual, warranty), ``resend`` (something has to be sent again),
# ``in_hand`` (the buyer has the product), ``visible`` (something a photo can show),
# ``discount`` (a rebate to keep the product makes sense);
# the product: ``device``, ``wear`` (clothes), ``shoes``, ``bedding``, ``multi`` (2+ pieces);
# what the buyer wants: ``money``, ``exchange``, ``repair`` (for a claim: its expectations);
# ``return`` (the product goes back: the seller required it, or returning is the subject);
# kind and moment: ``claim``, ``dispute``, ``pending`` (not decided yet at that message),
# ``photos_sent`` (the buyer has sent pictures before this message).

Line = tuple[str, frozenset[str]]


def _lines(*items: tuple[str, str]) -> tuple[Line, ...]:
    """``(text, "tag tag")`` pairs as :data:`Line` tuples."""
    return tuple((text, frozenset(tags.split())) for text, tags in items)


@dataclass(frozen=True, slots=True)
class Opening:
    """The buyer's first message, the short description they typed, and what it takes."""

    text: str
    description: str
    tags: frozenset[str] = frozenset()  # the case must have these (product kind, wish)
    order_days: int = 0  # the order is at least this many days older than the issue


def _opening(text: str, description: str, tags: str = "", order_days: int = 0) -> Opening:
    return Opening(text, description, frozenset(tags.split()), order_days)


# --- reasons ------------------------------------------------------------------------------

#: Polish subject of a discussion, by reason type (Allegro derives the subject from the reason).
SUBJECTS: Final[dict[str, str]] = {
    "NO_PRODUCT_RECEIVED": "Nie otrzymałem przedmiotu",
    "NO_PRODUCT_IN_PARCEL": "Brak przedmiotu w paczce",
    "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": "Brak dowodu zakupu, instrukcji lub gwarancji",
    "MISSING_PRODUCT_ELEMENT": "Brakuje elementu produktu",
    "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": "Produkt i paczka uszkodzone (w transporcie)",
    "PRODUCT_DAMAGED_PARCEL_INTACT": "Produkt jest uszkodzony, ale paczka jest nienaruszona",
    "DEFECT_FOUND_DURING_USE": "Wady ujawniły się w trakcie użytkowania",
    "NOT_AS_DESCRIBED": "Produkt niezgodny z opisem",
    "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": "Sprzedający nie chce przyjąć zwrotu",
    "PROBLEM_WITH_SENDING_PRODUCT_BACK": "Mam problem z odesłaniem produktu",
    "NO_REFUND_AFTER_RETURNING_PRODUCT": "Brak zwrotu pieniędzy po odesłaniu produktu",
    "NO_REFUND_AFTER_CANCELING_ORDER": "Brak zwrotu pieniędzy po anulowaniu zamówienia",
    "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": "Nie otrzymałem towaru po zapłacie",
    "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": "Otrzymałem zamówienie niezgodne z opisem",
    "RECEIVED_INCOMPLETE_ORDER": "Otrzymałem niekompletne zamówienie",
    "ITEM_IS_DAMAGED": "Produkt jest uszkodzony",
    "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": (
        "Problem z odstąpieniem od umowy lub anulowaniem zakupu"
    ),
    "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": (
        "Mam problem ze zwrotem towaru lub anulowaniem zakupu"
    ),
    "OTHER": "Mojego powodu nie ma na liście",
}

#: The subject as Allegro sends it with ``Accept-Language: en-US`` (the contract's own list).
SUBJECTS_EN: Final[dict[str, str]] = {
    "NO_PRODUCT_RECEIVED": "I have not received the product",
    "NO_PRODUCT_IN_PARCEL": "no product in the parcel",
    "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": "no proof of purchase, manual, or warranty",
    "MISSING_PRODUCT_ELEMENT": "missing product element",
    "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": "product and parcel damaged (in transit)",
    "PRODUCT_DAMAGED_PARCEL_INTACT": "the product is damaged, but the parcel is intact",
    "DEFECT_FOUND_DURING_USE": "defects emerged during use",
    "NOT_AS_DESCRIBED": "does not match the description",
    "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": "the seller does not want to accept the return",
    "PROBLEM_WITH_SENDING_PRODUCT_BACK": "I have a problem returning the product",
    "NO_REFUND_AFTER_RETURNING_PRODUCT": "no refund after returning the product",
    "NO_REFUND_AFTER_CANCELING_ORDER": "no refund after canceling the order",
    "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": "I did not receive the goods after payment",
    "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": (
        "I received an order inconsistent with the description"
    ),
    "RECEIVED_INCOMPLETE_ORDER": "I received an incomplete order",
    "ITEM_IS_DAMAGED": "the product is damaged",
    "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": (
        "problem with withdrawal/cancelation of purchase"
    ),
    "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": (
        "I have a problem returning the goods/canceling the purchase"
    ),
    "OTHER": "my reason is not on the list",
}

#: What a claim may ask for, by reason (the claim's ``expectations`` are drawn from these).
CLAIM_EXPECTATIONS: Final[dict[str, tuple[str, ...]]] = {
    "NO_PRODUCT_RECEIVED": ("REFUND", "EXCHANGE"),
    "NO_PRODUCT_IN_PARCEL": ("REFUND", "EXCHANGE"),
    "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": ("PARTIAL_REFUND", "REFUND"),
    "MISSING_PRODUCT_ELEMENT": ("EXCHANGE", "PARTIAL_REFUND", "REFUND"),
    "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": ("REFUND", "EXCHANGE", "PARTIAL_REFUND"),
    "PRODUCT_DAMAGED_PARCEL_INTACT": ("EXCHANGE", "PARTIAL_REFUND", "REFUND", "REPAIR"),
    "DEFECT_FOUND_DURING_USE": ("REPAIR", "EXCHANGE", "REFUND", "PARTIAL_REFUND"),
    "NOT_AS_DESCRIBED": ("EXCHANGE", "REFUND", "PARTIAL_REFUND"),
    "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": ("REFUND",),
    "PROBLEM_WITH_SENDING_PRODUCT_BACK": ("REFUND",),
    "NO_REFUND_AFTER_RETURNING_PRODUCT": ("REFUND",),
    "NO_REFUND_AFTER_CANCELING_ORDER": ("REFUND",),
    "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": ("REFUND", "EXCHANGE"),
    "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": ("EXCHANGE", "REFUND"),
    "RECEIVED_INCOMPLETE_ORDER": ("EXCHANGE", "PARTIAL_REFUND", "REFUND"),
    "ITEM_IS_DAMAGED": ("EXCHANGE", "REFUND", "PARTIAL_REFUND", "REPAIR"),
    "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": ("REFUND",),
    "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": ("REFUND",),
    "OTHER": ("PARTIAL_REFUND", "REFUND"),
}

#: Reasons where the buyer has nothing to send back: a return cannot be required.
NOTHING_TO_RETURN: Final = frozenset(
    {
        "NO_PRODUCT_RECEIVED",
        "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT",
        "NO_PRODUCT_IN_PARCEL",
        "NO_REFUND_AFTER_CANCELING_ORDER",
        "NO_REFUND_AFTER_RETURNING_PRODUCT",
        "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE",
    }
)

#: The buyer's first message and the description of the claim form, by reason type.
OPENINGS: Final[dict[str, tuple[Opening, ...]]] = {
    "NO_PRODUCT_RECEIVED": (
        _opening(
            "Dzień dobry, zamówienie opłaciłem {days} dni temu, a paczka nadal do mnie nie "
            "dotarła. Śledzenie przesyłki od kilku dni pokazuje ten sam status. "
            "Co się dzieje z moim zamówieniem?",
            "Status przesyłki stoi od tygodnia",
        ),
        _opening(
            "Witam, nie otrzymałam przedmiotu ({product}). Kurier twierdzi, że paczka została "
            "doręczona, ale nikt jej nie odebrał, nie ma jej też u sąsiadów. "
            "Proszę o wyjaśnienie.",
            "Paczka nie dotarła",
        ),
        _opening(
            "Dzień dobry, minęło już ponad {days} dni, a paczki brak. Proszę o informację, kiedy "
            "przesyłka zostanie wysłana, albo o zwrot pieniędzy.",
            "Paczka nie dotarła",
            "money",
        ),
    ),
    "NO_PRODUCT_IN_PARCEL": (
        _opening(
            "Dzień dobry, paczka przyszła, ale w środku był tylko wypełniacz, bez produktu. "
            "Mam zdjęcia kartonu i nagranie z otwierania. Proszę o pilny kontakt.",
            "W kartonie był tylko wypełniacz",
        ),
        _opening(
            "Witam, otworzyłem przesyłkę przy kurierze i okazało się, że jest pusta. Spisaliśmy "
            "protokół szkody. Proszę o wysłanie produktu ({product}) jeszcze raz albo zwrot "
            "pieniędzy.",
            "Pusta paczka",
            "money exchange",
        ),
    ),
    "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": (
        _opening(
            "Dzień dobry, w paczce nie było faktury ani karty gwarancyjnej. Kupowałem na firmę, "
            "proszę o przesłanie faktury VAT na dane z zamówienia.",
            "Brak faktury i karty gwarancyjnej",
        ),
        _opening(
            "Witam, do produktu ({product}) nie dołączono instrukcji w języku polskim ani "
            "paragonu. Proszę o przesłanie dokumentów mailem lub tutaj w wiadomości.",
            "Brak instrukcji po polsku",
        ),
    ),
    "MISSING_PRODUCT_ELEMENT": (
        _opening(
            "Dzień dobry, w zestawie brakuje ładowarki, a w opisie oferty była wymieniona. "
            "Proszę o dosłanie brakującego elementu.",
            "Brak ładowarki w zestawie",
            "device",
        ),
        _opening(
            "Witam, po rozpakowaniu okazało się, że brakuje jednej części ({product}), a bez "
            "niej nie da się z niego korzystać. Czy mogą Państwo dosłać brakujący element?",
            "Brakuje jednej części",
        ),
    ),
    "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": (
        _opening(
            "Dzień dobry, paczka dotarła uszkodzona, karton był zgnieciony, a {product} jest "
            "pęknięty. Proszę o zwrot pieniędzy.",
            "Paczka zgnieciona, produkt uszkodzony",
            "money",
        ),
        _opening(
            "Witam, przesyłka przyszła rozerwana i mokra, a {product} jest uszkodzony. "
            "Załączam zdjęcia. Proszę o wymianę na nowy.",
            "Uszkodzenie w transporcie",
            "exchange",
        ),
        _opening(
            "Dzień dobry, kurier przywiózł paczkę w fatalnym stanie. Spisałem protokół szkody. "
            "Produkt jest uszkodzony. Co dalej?",
            "Uszkodzenie w transporcie",
        ),
    ),
    "PRODUCT_DAMAGED_PARCEL_INTACT": (
        _opening(
            "Dzień dobry, karton był cały, ale po rozpakowaniu okazało się, że produkt jest "
            "pęknięty. Wygląda to na uszkodzenie jeszcze przed wysyłką. Proszę o wymianę.",
            "Pęknięcie, karton cały",
            "exchange",
        ),
        _opening(
            "Witam, {product} ma głęboką rysę z przodu, opakowanie było nienaruszone. "
            "Zdjęcia w załączniku. Oczekuję wymiany albo obniżenia ceny.",
            "Rysy na produkcie, karton cały",
        ),
    ),
    "DEFECT_FOUND_DURING_USE": (
        _opening(
            "Dzień dobry, {product} przestał działać po trzech tygodniach normalnego używania. "
            "Nie włącza się, dioda nie świeci. Proszę o naprawę w ramach rękojmi.",
            "Przestał działać po 3 tygodniach",
            "device repair",
            order_days=21,
        ),
        _opening(
            "Witam, od kilku dni urządzenie bardzo głośno pracuje i się przegrzewa. Używam "
            "zgodnie z instrukcją. Chciałbym złożyć reklamację.",
            "Głośno pracuje i przegrzewa się",
            "device",
            order_days=10,
        ),
        _opening(
            "Dzień dobry, po miesiącu odkleiła się podeszwa, a szew zaczął się pruć. Buty noszone "
            "tylko kilka razy. Proszę o zwrot pieniędzy.",
            "Odkleiła się podeszwa",
            "shoes money",
            order_days=30,
        ),
        _opening(
            "Dzień dobry, po kilku tygodniach {product} ma wadę, która nie wynika ze sposobu "
            "używania. Zdjęcia w załączniku. Proszę o rozpatrzenie reklamacji.",
            "Wada ujawniła się po kilku tygodniach",
            order_days=14,
        ),
    ),
    "NOT_AS_DESCRIBED": (
        _opening(
            "Dzień dobry, otrzymany produkt ma inny kolor niż na zdjęciach w ofercie. "
            "Zamawiałam granatowy, przyszedł czarny. Proszę o wymianę.",
            "Inny kolor niż na zdjęciach",
            "exchange",
        ),
        _opening(
            "Witam, wymiary się nie zgadzają: w opisie było 160x200, a jest 140x200. "
            "Produkt nie jest zgodny z opisem, chcę go zwrócić.",
            "Inne wymiary niż w opisie",
            "bedding",
        ),
        _opening(
            "Dzień dobry, {product} różni się od opisu w ofercie: inne wykończenie i brak "
            "elementów wymienionych w specyfikacji. Proszę o wyjaśnienie.",
            "Niezgodny ze specyfikacją",
        ),
    ),
    "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": (
        _opening(
            "Dzień dobry, chciałem zwrócić towar w ciągu 14 dni, ale nie dostałem żadnej "
            "odpowiedzi na moje wiadomości. Mam prawo do zwrotu bez podania przyczyny.",
            "Sprzedawca nie odpowiada na zwrot",
            order_days=5,
        ),
        _opening(
            'Witam, paczka zwrotna wróciła do mnie z adnotacją "odmowa przyjęcia". Dlaczego nie '
            "przyjmują Państwo zwrotu?",
            "Sprzedawca odmawia przyjęcia zwrotu",
            order_days=7,
        ),
    ),
    "PROBLEM_WITH_SENDING_PRODUCT_BACK": (
        _opening(
            "Dzień dobry, chcę odesłać {product}, ale w formularzu zwrotu nie ma etykiety. "
            "Jak mam nadać paczkę?",
            "Brak etykiety zwrotnej",
        ),
        _opening(
            "Witam, paczkomat przy moim domu jest wyłączony, a nie mam jak dojechać do punktu. "
            "Czy kurier może odebrać zwrot ode mnie?",
            "Nie wiem, jak odesłać towar",
        ),
    ),
    "NO_REFUND_AFTER_RETURNING_PRODUCT": (
        _opening(
            "Dzień dobry, zwrot został odebrany przez Państwa {days} dni temu (mam "
            "potwierdzenie doręczenia), a pieniądze nadal nie wróciły na moje konto.",
            "Zwrot odesłany, brak pieniędzy",
            order_days=14,
        ),
        _opening(
            "Witam, odesłałam towar zgodnie z procedurą, numer nadania w załączniku. "
            "Kiedy mogę spodziewać się zwrotu środków?",
            "Zwrot odesłany, brak pieniędzy",
            order_days=10,
        ),
    ),
    "NO_REFUND_AFTER_CANCELING_ORDER": (
        _opening(
            "Dzień dobry, zamówienie zostało anulowane, a ja wciąż czekam na zwrot pieniędzy. "
            "Minęło już {days} dni.",
            "Zamówienie anulowane, brak zwrotu środków",
        ),
        _opening(
            "Witam, anulowali Państwo zamówienie z powodu braku towaru, ale środki nie wróciły. "
            "Proszę o pilny zwrot.",
            "Zamówienie anulowane, brak zwrotu środków",
            order_days=3,
        ),
    ),
    "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": (
        _opening(
            "Dzień dobry, zapłaciłem za {product} ponad tydzień temu i nie dostałem ani paczki, "
            "ani numeru przesyłki. Proszę o informację.",
            "Zapłacone, nic nie przyszło",
            order_days=8,
        ),
        _opening(
            "Witam, płatność przeszła {days} dni temu, status zamówienia się nie zmienia. "
            "Czy towar w ogóle został wysłany?",
            "Zapłacone, nic nie przyszło",
        ),
    ),
    "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": (
        _opening(
            "Dzień dobry, przyszedł inny model niż zamówiony. Zamawiałem {product}, a dostałem "
            "starszą wersję. Proszę o wymianę.",
            "Przyszedł inny model",
            "exchange",
        ),
        _opening(
            "Witam, zamówiłam rozmiar 38, w paczce jest 42. Proszę o wymianę na właściwy rozmiar.",
            "Zły rozmiar",
            "wear exchange",
        ),
        _opening(
            "Dzień dobry, w paczce był inny produkt niż {product}. Proszę o wyjaśnienie.",
            "Przyszedł inny produkt",
        ),
    ),
    "RECEIVED_INCOMPLETE_ORDER": (
        _opening(
            "Dzień dobry, zamówiłem kilka sztuk, a w paczce była tylko jedna. Proszę o dosłanie "
            "brakujących sztuk albo zwrot za nie.",
            "Dostałem 1 sztukę zamiast kilku",
            "multi",
        ),
        _opening(
            "Witam, dostałam tylko część zamówienia: brakuje {product}. Proszę o wyjaśnienie.",
            "Brakuje części zamówienia",
        ),
    ),
    "ITEM_IS_DAMAGED": (
        _opening(
            "Dzień dobry, {product} jest uszkodzony: pęknięcie w rogu widać zaraz po wyjęciu z "
            "pudełka. Proszę o wymianę na nowy egzemplarz.",
            "Produkt uszkodzony",
            "exchange",
        ),
        _opening(
            "Witam, produkt przyszedł porysowany i z wgnieceniem. Nie tego się spodziewałem, "
            "kupując nowy towar. Proszę o częściowy zwrot albo wymianę.",
            "Porysowany i wgnieciony",
            "money exchange",
        ),
        _opening(
            "Dzień dobry, {product} dotarł uszkodzony, zdjęcia w załączniku. Proszę o "
            "rozpatrzenie reklamacji.",
            "Produkt uszkodzony",
        ),
    ),
    "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": (
        _opening(
            "Dzień dobry, chcę odstąpić od umowy, bo znalazłem {product} taniej stacjonarnie. "
            "Zamówienie nie zostało jeszcze wysłane, proszę je anulować.",
            "Chcę odstąpić od umowy",
        ),
        _opening(
            "Witam, próbowałam anulować zakup w systemie, ale pojawia się błąd. "
            "Proszę o anulowanie zamówienia po Państwa stronie.",
            "Nie mogę anulować zakupu",
        ),
    ),
    "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": (
        _opening(
            "Dzień dobry, chcę zwrócić towar, ale formularz zwrotu na Allegro się nie otwiera. "
            "Jak mogę to zrobić inaczej?",
            "Nie mogę zwrócić towaru",
        ),
        _opening(
            "Witam, minęło 10 dni od odbioru, chcę zwrócić {product}, bo nie pasuje. "
            "Na jaki adres mam go odesłać?",
            "Chcę zwrócić towar",
            order_days=11,
        ),
    ),
    "OTHER": (
        _opening(
            "Dzień dobry, mam pytanie dotyczące zamówienia {ref}: czy mogę dostać fakturę na "
            "firmę? NIP podam w kolejnej wiadomości.",
            "Pytanie o fakturę",
        ),
        _opening(
            "Witam, kupiłem {product} jako prezent i chciałbym przedłużyć termin zwrotu. "
            "Czy jest taka możliwość?",
            "Inny problem z zamówieniem",
        ),
    ),
}

#: The buyer's first message, by reason type (the texts of :data:`OPENINGS`).
BUYER_OPENINGS: Final[dict[str, tuple[str, ...]]] = {
    reason: tuple(o.text for o in openings) for reason, openings in OPENINGS.items()
}
#: Short buyer descriptions of a claim (``reason.description`` / ``description``), by reason type.
REASON_DESCRIPTIONS: Final[dict[str, tuple[str, ...]]] = {
    reason: tuple(dict.fromkeys(o.description for o in openings))
    for reason, openings in OPENINGS.items()
}

# --- follow-ups and replies ---------------------------------------------------------------

#: Buyer follow-ups early in a conversation (questions, evidence, pressure).
BUYER_EARLY: Final = _lines(
    ("Dzień dobry, czy jest już jakaś decyzja w mojej sprawie?", "pending"),
    ("Przesyłam dodatkowe zdjęcia, mam nadzieję, że to wystarczy.", "visible"),
    (
        "Nadal czekam na odpowiedź. Jeśli się nie odezwą Państwo do jutra, poproszę Allegro o "
        "pomoc.",
        "pending",
    ),
    ("Niestety to nie rozwiązuje mojego problemu. Proszę o zwrot pełnej kwoty.", "money pending"),
    ("Nie mam już oryginalnego paragonu, wystarczy potwierdzenie zakupu z Allegro?", "defect"),
    ("Dzień dobry,\nw załączeniu protokół szkody spisany z kurierem.\nPozdrawiam", "transit"),
    (
        "Usterka pojawia się zawsze po kilku minutach pracy, wcześniej wszystko działa normalnie.",
        "defect device",
    ),
    ("Zdjęcia opakowania w załączniku. Karton był wgnieciony z jednej strony.", "transit"),
    ("Paczka nadal nie dotarła, status przesyłki się nie zmienia.", "not_arrived pending"),
    ("Czy mogą Państwo sprawdzić u przewoźnika, co się dzieje z przesyłką?", "not_arrived"),
    ("Dzień dobry, czy dostali Państwo moją poprzednią wiadomość?", "pending"),
    ("Zależy mi na szybkim rozwiązaniu, to był prezent.", ""),
)
#: Buyer follow-ups later in a conversation (logistics, agreement).
BUYER_LATE: Final = _lines(
    ("Dziękuję za odpowiedź. Kiedy mogę spodziewać się zwrotu pieniędzy?", "money"),
    ("Produkt odesłałem wczoraj, numer przesyłki: 6202 1234 5678 9012 3456.", "return"),
    ("Ok, zgadzam się na takie rozwiązanie.", ""),
    ("Numer konta do zwrotu: 12 1020 3040 0000 1234 5678 9012.", "money"),
    (
        "Czy mogę odesłać produkt w innym opakowaniu? Oryginalny karton jest zniszczony.",
        "return",
    ),
    ("Wymiana mi odpowiada, poproszę ten sam model.", "exchange"),
    ("Proszę o potwierdzenie, że zwrot został zaksięgowany.", "money dispute"),
    ("Kurier nie przyjechał po paczkę, czy mogę nadać ją w paczkomacie?", "return"),
    ("Dziękuję, czekam w takim razie na dalsze informacje.", ""),
)
#: Follow-ups that announce photos: they carry image attachments.
BUYER_TEXTS_WITH_PHOTOS: Final = frozenset(
    {
        "Przesyłam dodatkowe zdjęcia, mam nadzieję, że to wystarczy.",
        "Zdjęcia opakowania w załączniku. Karton był wgnieciony z jednej strony.",
    }
)
#: Follow-ups that announce a document: they carry a PDF.
BUYER_TEXTS_WITH_DOCUMENT: Final = frozenset(
    {"Dzień dobry,\nw załączeniu protokół szkody spisany z kurierem.\nPozdrawiam"}
)
BUYER_FOLLOWUPS_EARLY: Final = tuple(text for text, _ in BUYER_EARLY)
BUYER_FOLLOWUPS_LATE: Final = tuple(text for text, _ in BUYER_LATE)
BUYER_FOLLOWUPS: Final = BUYER_FOLLOWUPS_EARLY + BUYER_FOLLOWUPS_LATE

#: The seller's first reply (when no return decision is due).
SELLER_FIRST: Final = _lines(
    (
        "Dzień dobry, dziękujemy za wiadomość i przepraszamy za kłopot. Sprawdzamy sprawę i "
        "wrócimy z odpowiedzią najpóźniej jutro.",
        "",
    ),
    (
        "Dzień dobry, prosimy o przesłanie zdjęć uszkodzenia oraz opakowania, to przyspieszy "
        "decyzję.",
        "damage",
    ),
    ("Dzień dobry, czy mogą Państwo opisać dokładniej, kiedy pojawia się usterka?", "defect"),
    (
        "Dzień dobry, przykro nam z powodu problemu. Sprawdzamy zamówienie w magazynie i zaraz "
        "wrócimy z odpowiedzią.",
        "",
    ),
    ("Dzień dobry, sprawdzamy status przesyłki u przewoźnika.", "not_arrived"),
)
#: Later seller replies.
SELLER_LATER: Final = _lines(
    (
        "Dzień dobry, przesyłka została nadana, numer śledzenia: 6202 9876 5432 1098 7654. "
        "Przepraszamy za opóźnienie.",
        "resend",
    ),
    (
        "Dzień dobry, zgłosiliśmy reklamację do przewoźnika. Prosimy o jeszcze chwilę "
        "cierpliwości.",
        "carrier",
    ),
    ("Dzień dobry, brakujący element wysłaliśmy dziś osobną paczką.", "missing"),
    (
        "Dzień dobry, zwrot środków został zlecony, pieniądze powinny pojawić się na koncie w "
        "ciągu 2-3 dni roboczych.",
        "money dispute",
    ),
    (
        "Dzień dobry, prosimy o podanie numeru konta do zwrotu, jeśli płatność była za pobraniem.",
        "money pending",
    ),
    (
        "Dzień dobry, proponujemy rabat 15% na zatrzymanie produktu. Czy taka propozycja "
        "odpowiada?",
        "discount pending",
    ),
    (
        "Dzień dobry, wymiana jest możliwa. Po otrzymaniu zwrotu od razu wyślemy nowy egzemplarz.",
        "exchange return pending",
    ),
    (
        "Dzień dobry, dziękujemy za cierpliwość. Sprawa została przekazana do serwisu producenta.",
        "defect",
    ),
    ("Dziękujemy za zdjęcia. Przekazaliśmy je do działu reklamacji.", "photos_sent"),
    ("Dzień dobry, sprawa jest w toku, odezwiemy się, gdy tylko będziemy coś wiedzieć.", "pending"),
)
SELLER_FIRST_REPLIES: Final = tuple(text for text, _ in SELLER_FIRST)
SELLER_REPLIES: Final = tuple(text for text, _ in SELLER_LATER)
#: A seller reply that carries the invoice PDF.
SELLER_INVOICE_REPLY: Final = (
    "Dzień dobry, w załączniku przesyłamy fakturę VAT. Pozdrawiamy, zespół sklepu."
)

#: The seller's return decision: the product has to come back (the first one: label attached).
SELLER_RETURN_REQUIRED: Final = (
    "Dzień dobry, prosimy o odesłanie produktu na nasz koszt. Etykietę zwrotną przesyłamy "
    "w załączniku, wystarczy ją wydrukować i nakleić na paczkę.",
    "Dzień dobry, aby rozpatrzyć reklamację, potrzebujemy produktu. Prosimy o odesłanie go na "
    "adres: Demo Sklep, ul. Przykładowa 1, 00-001 Warszawa.",
)
#: The seller's return decision: nothing has to come back.
SELLER_NO_RETURN: Final = _lines(
    (
        "Dzień dobry, nie ma potrzeby odsyłania produktu. Zdjęcia są wystarczające, rozpatrzymy "
        "reklamację na ich podstawie.",
        "visible",
    ),
    ("Dzień dobry, produktu nie trzeba odsyłać, prosimy go zutylizować lub zatrzymać.", "in_hand"),
    ("Dzień dobry, w tej sprawie nie trzeba niczego odsyłać, rozpatrzymy ją od razu.", ""),
)
SELLER_RETURN_NOT_REQUIRED: Final = tuple(text for text, _ in SELLER_NO_RETURN)

#: The seller's last word on a decided case: the verdict of a claim, the end of a discussion.
SELLER_CLOSING_LINES: Final[dict[str, tuple[Line, ...]]] = {
    "CLAIM_ACCEPTED": _lines(
        (
            "Dzień dobry, reklamacja została uznana. Zwrot pieniędzy zlecony, przepraszamy za "
            "niedogodności.",
            "money",
        ),
        ("Dzień dobry, uznajemy reklamację, nowy egzemplarz wysłaliśmy dziś kurierem.", "exchange"),
        (
            "Dzień dobry, reklamacja została uznana. Produkt został naprawiony i wraca do "
            "Państwa kurierem.",
            "repair",
        ),
    ),
    "CLAIM_REJECTED": _lines(
        (
            "Dzień dobry, po oględzinach serwisu reklamacja została odrzucona: uszkodzenie "
            "powstało z winy użytkownika. Szczegóły w załączonej opinii.",
            "defect",
        ),
        (
            "Dzień dobry, niestety nie możemy uznać reklamacji, produkt jest zgodny z umową.",
            "in_hand",
        ),
        (
            "Dzień dobry, niestety nie możemy uznać reklamacji: według przewoźnika przesyłka "
            "została doręczona, a protokołu szkody nie spisano.",
            "not_arrived",
        ),
        (
            "Dzień dobry, po analizie zgłoszenia nie możemy uznać reklamacji. Uzasadnienie "
            "przesłaliśmy w formularzu Allegro.",
            "",
        ),
    ),
    "DISPUTE_CLOSED": _lines(
        ("Dzień dobry, cieszymy się, że sprawa została wyjaśniona. Zapraszamy ponownie!", ""),
        ("Dziękujemy za kontakt, zamykamy dyskusję. Pozdrawiamy.", ""),
    ),
    "DISPUTE_UNRESOLVED": _lines(
        ("Dzień dobry, podtrzymujemy nasze stanowisko przedstawione wcześniej.", ""),
    ),
}
SELLER_CLOSING: Final[dict[str, tuple[str, ...]]] = {
    status: tuple(text for text, _ in lines) for status, lines in SELLER_CLOSING_LINES.items()
}
#: The verdict that carries the service report PDF.
SELLER_REPORT_VERDICT: Final = SELLER_CLOSING["CLAIM_REJECTED"][0]

#: The buyer's last word on a decided case.
BUYER_CLOSING_LINES: Final[dict[str, tuple[Line, ...]]] = {
    "CLAIM_ACCEPTED": _lines(
        ("Dziękuję, pieniądze dotarły. Pozdrawiam!", "money"),
        ("Nowy produkt dotarł, dziękuję.", "exchange"),
        ("Naprawiony produkt wrócił, działa, dziękuję.", "repair"),
        ("Dziękuję za szybkie załatwienie sprawy.", ""),
    ),
    "CLAIM_REJECTED": _lines(
        ("Nie zgadzam się z tą decyzją, sprawę zgłoszę do rzecznika konsumentów.", ""),
        ("Szkoda, liczyłem na inne rozwiązanie.", ""),
    ),
    "DISPUTE_CLOSED": _lines(
        ("Dziękuję, sprawa załatwiona.", ""),
        ("Wszystko jasne, dziękuję za pomoc 🙂", ""),
        ("Świetny kontakt 👍 Polecam sprzedawcę.", ""),
    ),
    "DISPUTE_UNRESOLVED": _lines(
        ("Nadal nie otrzymałem pieniędzy. Proszę Allegro o interwencję.", "money"),
        ("Sprawa nie została wyjaśniona. Proszę Allegro o interwencję.", ""),
    ),
}
BUYER_CLOSING: Final[dict[str, tuple[str, ...]]] = {
    status: tuple(text for text, _ in lines) for status, lines in BUYER_CLOSING_LINES.items()
}

#: An Allegro advisor (role ADMIN): while the case is open, and once it is decided.
ADVISOR_OPEN: Final = _lines(
    (
        "Dzień dobry, nazywam się Marta i jestem doradcą Allegro. Przyglądam się tej sprawie. "
        "Prosimy sprzedającego o odniesienie się do zgłoszenia w ciągu 3 dni.",
        "",
    ),
    (
        "Dzień dobry, tu zespół Allegro. Po analizie zgłoszenia prosimy kupującego o przesłanie "
        "dowodu nadania zwrotu.",
        "return",
    ),
    (
        "Dzień dobry, sprzedający, prosimy o zwrot pieniędzy kupującemu. Jeśli tego nie zrobisz, "
        "zwrócimy pieniądze w ramach Allegro Protect.",
        "money",
    ),
    (
        "Dzień dobry, tu zespół Allegro. Prosimy obie strony o uzgodnienie rozwiązania w tej "
        "rozmowie, w razie potrzeby pomożemy.",
        "",
    ),
)
ADVISOR_DECIDED: Final = _lines(
    (
        "Dzień dobry, dziękujemy obu stronom za wyjaśnienia. Zamykamy zgłoszenie z naszej strony.",
        "",
    ),
    (
        "Dzień dobry, tu zespół Allegro. Sprawdziliśmy przebieg rozmowy, sprawa jest zakończona.",
        "",
    ),
)
ADVISOR_MESSAGES: Final = tuple(text for text, _ in ADVISOR_OPEN + ADVISOR_DECIDED)

#: Allegro's chatbot (role SYSTEM).
SYSTEM_LINES: Final = _lines(
    (
        "Cześć, jestem asystentem Allegro. Przekazaliśmy Twoje zgłoszenie sprzedającemu. "
        "Sprzedający ma 3 dni na odpowiedź.",
        "dispute",
    ),
    (
        "Cześć, jestem asystentem Allegro. Przekazaliśmy Twoją reklamację sprzedającemu. "
        "Sprzedający ma 14 dni na jej rozpatrzenie.",
        "claim",
    ),
    (
        "Dzień dobry, to automatyczna wiadomość: sprzedający otrzymał powiadomienie o zgłoszeniu.",
        "",
    ),
    (
        "Przypominamy: sprzedający ma czas na decyzję do dnia wskazanego w szczegółach zgłoszenia.",
        "claim pending",
    ),
)
SYSTEM_MESSAGES: Final = tuple(text for text, _ in SYSTEM_LINES)

#: A fulfillment centre (role FULFILLMENT), e.g. "Allegro One Fulfillment".
FULFILLMENT_LINES: Final = _lines(
    (
        "Dzień dobry, tu Allegro One Fulfillment. Zwrot dotarł do naszego magazynu i czeka na "
        "weryfikację.",
        "return",
    ),
    (
        "Dzień dobry, paczka została ponownie wysłana z magazynu, numer przesyłki w "
        "szczegółach zamówienia.",
        "resend",
    ),
    ("Dzień dobry, tu Allegro One Fulfillment. Sprawdzamy to zamówienie w naszym magazynie.", ""),
)
FULFILLMENT_MESSAGES: Final = tuple(text for text, _ in FULFILLMENT_LINES)

# --- edge cases ---------------------------------------------------------------------------

EMOJI_TEXT: Final = (
    "Dzień dobry 👋 Czekam na odpowiedź w tej sprawie 🙏 Zażółć gęślą jaźń 😅🇵🇱 "
    "Pozdrawiamy całą rodziną 👨‍👩‍👧‍👦"
)
HOSTILE_HTML: Final = "<b>x</b><img src=http://example.com/x.png>"
HOSTILE_SCRIPT: Final = "<script>alert(1)</script>"
RTL_OVERRIDE: Final = (
    "Przesyłam fakturę: faktura_\u202efdp.exe\u202c (proszę otworzyć). Tekst po \u202eodwróceniu"
)
HTML_ENTITIES: Final = (
    "Cena &lt;b&gt;249,99 zł&lt;/b&gt; &amp; dostawa &quot;gratis&quot; &#39;od ręki&#39;"
    " &nbsp;&copy; &#x1F600; &#8364;"
)

UKRAINIAN_TEXT: Final = (
    "Добрий день! Маю проблему із замовленням, прошу відповісти якнайшвидше. Дякую. "
    "(Dzień dobry, mam problem z zamówieniem, proszę o szybką odpowiedź.)"
)
LONG_WORD_TEXT: Final = (
    "Zdjęcia są tutaj: https://example.com/galeria/"
    + "uszkodzenie" * 60
    + "?id=1234567890 (bez spacji)"
)
MANY_LINES_TEXT: Final = (
    "Lista braków:\n"
    + "".join(f"- element nr {n}: brak\n" for n in range(1, 61))
    + "\n\n\nPozdrawiam"
)
#: Attachment names a client must never trust as file-system paths or markup.
HOSTILE_FILE_NAMES: Final = (
    "../../../../tmp/evil.png",
    "..\\..\\Windows\\System32\\evil.png",
    "<img src=x onerror=alert(1)>.png",
    "zdjęcie_" + "bardzo_długa_nazwa_pliku_" * 9 + "koniec.png",
)


def _long_text(target: int) -> str:
    """A ~``target``-character complaint: numbered Polish paragraphs (stays under 20,000)."""
    paragraph = (
        "Szanowni Państwo, opisuję całą historię zamówienia krok po kroku, żeby nie było "
        "wątpliwości. Produkt zamówiłem w poniedziałek, zapłaciłem od razu przez szybki przelew, "
        "a paczka przyszła dopiero po tygodniu. Karton był zgnieciony, taśma naderwana, w środku "
        "brakowało instrukcji i jednego elementu mocującego. Po podłączeniu urządzenie działało "
        "przez dwa dni, potem zaczęło wydawać dziwne dźwięki i wyłączać się samo. "
    )
    parts: list[str] = []
    length = 0
    number = 1
    while True:
        piece = f"{number}. {paragraph}\n\n"
        if length + len(piece) > target:
            break
        parts.append(piece)
        length += len(piece)
        number += 1
    return "".join(parts) + "Z poważaniem, Jan Kowalski"


LONG_TEXT: Final = _long_text(19_000)

#: Short chat lines for very long conversations.
SMALL_TALK_BUYER_LINES: Final = _lines(
    ("Dzień dobry, jakieś wieści?", "pending"),
    ("Dziękuję.", ""),
    ("Ok.", ""),
    ("A kiedy dokładnie?", "pending"),
    ("Rozumiem, czekam.", "pending"),
    ("Paczka jeszcze nie dotarła.", "not_arrived pending"),
    ("Jest już numer przesyłki?", "resend pending"),
)
SMALL_TALK_SELLER_LINES: Final = _lines(
    ("Sprawdzamy.", "pending"),
    ("Dzień dobry, jeszcze nie, ale pracujemy nad tym.", "pending"),
    ("Jutro damy znać.", "pending"),
    ("Przepraszamy za zwłokę.", ""),
    ("Magazyn potwierdził wysyłkę.", "resend"),
)
SMALL_TALK_BUYER: Final = tuple(text for text, _ in SMALL_TALK_BUYER_LINES)
SMALL_TALK_SELLER: Final = tuple(text for text, _ in SMALL_TALK_SELLER_LINES)
