"""Polish text corpora for the demo data: logins, products, buyer/seller/Allegro messages.

Placeholders in templates: ``{product}`` (product name), ``{ref}`` (claim reference number or
order number), ``{days}`` (a small number of days). Fill them with :func:`str.format`.
"""

from __future__ import annotations

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

#: Short buyer descriptions of a claim (``reason.description`` / ``description``), by reason type.
REASON_DESCRIPTIONS: Final[dict[str, tuple[str, ...]]] = {
    "NO_PRODUCT_RECEIVED": ("Paczka nie dotarła", "Status przesyłki stoi od tygodnia"),
    "NO_PRODUCT_IN_PARCEL": ("Pusta paczka", "W kartonie był tylko wypełniacz"),
    "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": (
        "Brak faktury i karty gwarancyjnej",
        "Brak instrukcji po polsku",
    ),
    "MISSING_PRODUCT_ELEMENT": ("Brak ładowarki w zestawie", "Brakuje jednej części"),
    "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": (
        "Paczka zgnieciona, produkt uszkodzony",
        "Uszkodzenie w transporcie",
    ),
    "PRODUCT_DAMAGED_PARCEL_INTACT": ("Pęknięta obudowa", "Rysy na produkcie, karton cały"),
    "DEFECT_FOUND_DURING_USE": (
        "Przestał działać po 3 tygodniach",
        "Nie ładuje się",
        "Głośno pracuje i przegrzewa się",
    ),
    "NOT_AS_DESCRIBED": ("Inny kolor niż na zdjęciach", "Inne wymiary niż w opisie"),
    "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": ("Sprzedawca odmawia przyjęcia zwrotu",),
    "PROBLEM_WITH_SENDING_PRODUCT_BACK": ("Brak etykiety zwrotnej", "Nie wiem, jak odesłać towar"),
    "NO_REFUND_AFTER_RETURNING_PRODUCT": ("Zwrot odesłany, brak pieniędzy",),
    "NO_REFUND_AFTER_CANCELING_ORDER": ("Zamówienie anulowane, brak zwrotu środków",),
    "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": ("Zapłacone, nic nie przyszło",),
    "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": ("Przyszedł inny model", "Zły rozmiar"),
    "RECEIVED_INCOMPLETE_ORDER": ("Dostałem 1 z 2 sztuk", "Brakuje części zamówienia"),
    "ITEM_IS_DAMAGED": ("Produkt uszkodzony", "Porysowany ekran"),
    "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": ("Chcę odstąpić od umowy",),
    "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": ("Nie mogę zwrócić towaru",),
    "OTHER": ("Inny problem z zamówieniem", "Pytanie o fakturę"),
}

#: The buyer's first message, by reason type.
BUYER_OPENINGS: Final[dict[str, tuple[str, ...]]] = {
    "NO_PRODUCT_RECEIVED": (
        "Dzień dobry, zamówienie opłaciłem {days} dni temu, a paczka nadal do mnie nie "
        "dotarła. Śledzenie przesyłki od kilku dni pokazuje ten sam status. "
        "Co się dzieje z moim zamówieniem?",
        "Witam, nie otrzymałam przedmiotu ({product}). Kurier twierdzi, że paczka została "
        "doręczona, ale nikt jej nie odebrał, nie ma jej też u sąsiadów. Proszę o wyjaśnienie.",
        "Dzień dobry, minęło już ponad {days} dni, a paczki brak. Proszę o informację, kiedy "
        "przesyłka zostanie wysłana, albo o zwrot pieniędzy.",
    ),
    "NO_PRODUCT_IN_PARCEL": (
        "Dzień dobry, paczka przyszła, ale w środku był tylko wypełniacz, bez produktu. "
        "Mam zdjęcia kartonu i nagranie z otwierania. Proszę o pilny kontakt.",
        "Witam, otworzyłem przesyłkę przy kurierze i okazało się, że jest pusta. Spisaliśmy "
        "protokół szkody. Proszę o wysłanie produktu ({product}) jeszcze raz albo zwrot pieniędzy.",
    ),
    "NO_PROOF_OF_PURCHASE_MANUAL_OR_WARRANTY": (
        "Dzień dobry, w paczce nie było faktury ani karty gwarancyjnej. Kupowałem na firmę, "
        "proszę o przesłanie faktury VAT na dane z zamówienia.",
        "Witam, do produktu ({product}) nie dołączono instrukcji w języku polskim ani paragonu. "
        "Proszę o przesłanie dokumentów mailem lub tutaj w wiadomości.",
    ),
    "MISSING_PRODUCT_ELEMENT": (
        "Dzień dobry, w zestawie brakuje ładowarki, a w opisie aukcji była wymieniona. "
        "Proszę o dosłanie brakującego elementu.",
        "Witam, po rozpakowaniu okazało się, że brakuje jednej części ({product}): nie da się "
        "tego złożyć. Czy mogą Państwo dosłać brakujący element?",
    ),
    "PRODUCT_AND_PARCEL_DAMAGED_IN_TRANSIT": (
        "Dzień dobry, paczka dotarła uszkodzona, karton był zgnieciony, a ekran ma pęknięcie. "
        "Proszę o zwrot pieniędzy.",
        "Witam, przesyłka przyszła rozerwana i mokra, a {product} jest porysowany i wgnieciony. "
        "Załączam zdjęcia. Proszę o wymianę na nowy.",
        "Dzień dobry, kurier przywiózł paczkę w fatalnym stanie. Spisałem protokół szkody. "
        "Produkt nie działa. Co dalej?",
    ),
    "PRODUCT_DAMAGED_PARCEL_INTACT": (
        "Dzień dobry, karton był cały, ale po rozpakowaniu okazało się, że obudowa jest pęknięta. "
        "Wygląda to na uszkodzenie jeszcze przed wysyłką. Proszę o wymianę.",
        "Witam, {product} ma głęboką rysę na froncie, opakowanie było nienaruszone. "
        "Zdjęcia w załączniku. Oczekuję wymiany albo obniżenia ceny.",
    ),
    "DEFECT_FOUND_DURING_USE": (
        "Dzień dobry, {product} przestał działać po trzech tygodniach normalnego używania. "
        "Nie włącza się, dioda nie świeci. Proszę o naprawę w ramach rękojmi.",
        "Witam, od kilku dni urządzenie bardzo głośno pracuje i się przegrzewa. Używam zgodnie z "
        "instrukcją. Chciałbym złożyć reklamację.",
        "Dzień dobry, po miesiącu odkleiła się podeszwa, a szew zaczął się pruć. Buty noszone "
        "tylko kilka razy. Proszę o zwrot pieniędzy.",
    ),
    "NOT_AS_DESCRIBED": (
        "Dzień dobry, otrzymany produkt ma inny kolor niż na zdjęciach w ofercie. "
        "Zamawiałam granatowy, przyszedł czarny. Proszę o wymianę.",
        "Witam, wymiary się nie zgadzają: w opisie było 160x200, a jest 140x200. "
        "Produkt nie jest zgodny z opisem, chcę go zwrócić.",
    ),
    "SELLER_DOES_NOT_WANT_TO_ACCEPT_RETURN": (
        "Dzień dobry, chciałem zwrócić towar w ciągu 14 dni, ale nie dostałem żadnej odpowiedzi "
        "na moje wiadomości. Mam prawo do zwrotu bez podania przyczyny.",
        'Witam, paczka zwrotna wróciła do mnie z adnotacją "odmowa przyjęcia". Dlaczego nie '
        "przyjmują Państwo zwrotu?",
    ),
    "PROBLEM_WITH_SENDING_PRODUCT_BACK": (
        "Dzień dobry, chcę odesłać {product}, ale w formularzu zwrotu nie ma etykiety. "
        "Jak mam nadać paczkę?",
        "Witam, paczkomat przy moim domu jest wyłączony, a nie mam jak dojechać do punktu. "
        "Czy kurier może odebrać zwrot ode mnie?",
    ),
    "NO_REFUND_AFTER_RETURNING_PRODUCT": (
        "Dzień dobry, zwrot został odebrany przez Państwa {days} dni temu (mam potwierdzenie "
        "doręczenia), a pieniądze nadal nie wróciły na moje konto.",
        "Witam, odesłałam towar zgodnie z procedurą, numer nadania w załączniku. "
        "Kiedy mogę spodziewać się zwrotu środków?",
    ),
    "NO_REFUND_AFTER_CANCELING_ORDER": (
        "Dzień dobry, zamówienie zostało anulowane, a ja wciąż czekam na zwrot pieniędzy. "
        "Minęło już {days} dni.",
        "Witam, anulowali Państwo zamówienie z powodu braku towaru, ale środki nie wróciły. "
        "Proszę o pilny zwrot.",
    ),
    "DID_NOT_RECEIVE_GOODS_AFTER_PAYMENT": (
        "Dzień dobry, zapłaciłem za {product} ponad tydzień temu i nie dostałem ani paczki, ani "
        "numeru przesyłki. Proszę o informację.",
        "Witam, płatność przeszła {days} dni temu, status zamówienia się nie zmienia. "
        "Czy towar w ogóle został wysłany?",
    ),
    "RECEIVED_ITEMS_NOT_MATCHING_DESCRIPTION": (
        "Dzień dobry, przyszedł inny model niż zamówiony. Zamawiałem {product}, a dostałem "
        "starszą wersję. Proszę o wymianę.",
        "Witam, zamówiłam rozmiar 38, w paczce jest 42. Proszę o wymianę na właściwy rozmiar.",
    ),
    "RECEIVED_INCOMPLETE_ORDER": (
        "Dzień dobry, zamówiłem dwie sztuki, a w paczce była tylko jedna. Proszę o dosłanie "
        "brakującej sztuki albo zwrot za nią.",
        "Witam, dostałam tylko część zamówienia: brakuje {product}. Proszę o wyjaśnienie.",
    ),
    "ITEM_IS_DAMAGED": (
        "Dzień dobry, {product} jest uszkodzony: ekran ma pęknięcie w rogu. Proszę o wymianę "
        "na nowy egzemplarz.",
        "Witam, produkt przyszedł porysowany i z wgnieceniem. Nie tego się spodziewałem, "
        "kupując nowy towar. Proszę o częściowy zwrot albo wymianę.",
    ),
    "PROBLEM_WITH_WITHDRAWAL_CANCELLATION_OF_PURCHASE": (
        "Dzień dobry, chcę odstąpić od umowy, bo znalazłem {product} taniej stacjonarnie. "
        "Zamówienie nie zostało jeszcze wysłane, proszę je anulować.",
        "Witam, próbowałam anulować zakup w systemie, ale pojawia się błąd. "
        "Proszę o anulowanie zamówienia po Państwa stronie.",
    ),
    "PROBLEM_WITH_GOODS_RETURN_CANCELLATION_OF_PURCHASE": (
        "Dzień dobry, chcę zwrócić towar, ale formularz zwrotu na Allegro się nie otwiera. "
        "Jak mogę to zrobić inaczej?",
        "Witam, minęło 10 dni od odbioru, chcę zwrócić {product}, bo nie pasuje. "
        "Na jaki adres mam go odesłać?",
    ),
    "OTHER": (
        "Dzień dobry, mam pytanie dotyczące zamówienia {ref}: czy mogę dostać fakturę na firmę? "
        "NIP podam w kolejnej wiadomości.",
        "Witam, kupiłem {product} jako prezent i chciałbym przedłużyć termin zwrotu. "
        "Czy jest taka możliwość?",
    ),
}

# --- follow-ups and replies ---------------------------------------------------------------

#: Buyer follow-ups early in a conversation (questions, evidence, pressure).
BUYER_FOLLOWUPS_EARLY: Final = (
    "Dzień dobry, czy jest już jakaś decyzja w mojej sprawie?",
    "Przesyłam dodatkowe zdjęcia, mam nadzieję, że to wystarczy.",
    "Nadal czekam na odpowiedź. Jeśli się nie odezwą Państwo do jutra, poproszę Allegro o pomoc.",
    "Niestety to nie rozwiązuje mojego problemu. Proszę o zwrot pełnej kwoty.",
    "Nie mam już oryginalnego paragonu, wystarczy potwierdzenie zakupu z Allegro?",
    "Dzień dobry,\nw załączeniu protokół szkody spisany z kurierem.\nPozdrawiam",
    "Usterka pojawia się zawsze po kilku minutach pracy, wcześniej wszystko działa normalnie.",
    "Zdjęcia opakowania w załączniku. Karton był wgnieciony z jednej strony.",
)
#: Buyer follow-ups later in a conversation (logistics, agreement).
BUYER_FOLLOWUPS_LATE: Final = (
    "Dziękuję za odpowiedź. Kiedy mogę spodziewać się zwrotu?",
    "Produkt odesłałem wczoraj, numer przesyłki: 6202 1234 5678 9012 3456.",
    "Ok, zgadzam się na takie rozwiązanie.",
    "Numer konta do zwrotu: 12 1020 3040 0000 1234 5678 9012.",
    "Czy mogę odesłać produkt w innym opakowaniu? Oryginalny karton jest zniszczony.",
    "Wymiana mi odpowiada, poproszę ten sam model.",
    "Proszę o potwierdzenie, że zwrot został zaksięgowany.",
    "Kurier nie przyjechał po paczkę, czy mogę nadać ją w paczkomacie?",
)
BUYER_FOLLOWUPS: Final = BUYER_FOLLOWUPS_EARLY + BUYER_FOLLOWUPS_LATE
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

#: The seller's first reply (when no return decision is due).
SELLER_FIRST_REPLIES: Final = (
    "Dzień dobry, dziękujemy za wiadomość i przepraszamy za kłopot. Sprawdzamy sprawę i wrócimy "
    "z odpowiedzią najpóźniej jutro.",
    "Dzień dobry, prosimy o przesłanie zdjęć uszkodzenia oraz opakowania, to przyspieszy decyzję.",
    "Dzień dobry, czy mogą Państwo opisać dokładniej, kiedy pojawia się usterka?",
    "Dzień dobry, przykro nam z powodu problemu. Prosimy o numer zamówienia i krótki opis, "
    "zajmiemy się tym od razu.",
)
#: Later seller replies.
SELLER_REPLIES: Final = (
    "Dzień dobry, przesyłka została nadana, numer śledzenia: 6202 9876 5432 1098 7654. "
    "Przepraszamy za opóźnienie.",
    "Dzień dobry, zgłosiliśmy reklamację do przewoźnika. Prosimy o jeszcze chwilę cierpliwości.",
    "Dzień dobry, brakujący element wysłaliśmy dziś osobną paczką.",
    "Dzień dobry, zwrot środków został zlecony, pieniądze powinny pojawić się na koncie w ciągu "
    "2-3 dni roboczych.",
    "Dzień dobry, prosimy o podanie numeru konta do zwrotu, jeśli płatność była za pobraniem.",
    "Dzień dobry, proponujemy rabat 15% na zatrzymanie produktu. Czy taka propozycja odpowiada?",
    "Dzień dobry, wymiana jest możliwa. Po otrzymaniu zwrotu od razu wyślemy nowy egzemplarz.",
    "Dzień dobry, dziękujemy za cierpliwość. Sprawa została przekazana do serwisu producenta.",
    "Dziękujemy za zdjęcia. Przekazaliśmy je do działu reklamacji.",
)
#: A seller reply that carries the invoice PDF.
SELLER_INVOICE_REPLY: Final = (
    "Dzień dobry, w załączniku przesyłamy fakturę VAT. Pozdrawiamy, zespół sklepu."
)

SELLER_RETURN_REQUIRED: Final = (
    "Dzień dobry, prosimy o odesłanie produktu na nasz koszt. Etykietę zwrotną przesyłamy "
    "w załączniku, wystarczy ją wydrukować i nakleić na paczkę.",
    "Dzień dobry, aby rozpatrzyć reklamację, potrzebujemy produktu. Prosimy o odesłanie go na "
    "adres: Demo Sklep, ul. Przykładowa 1, 00-001 Warszawa.",
)
SELLER_RETURN_NOT_REQUIRED: Final = (
    "Dzień dobry, nie ma potrzeby odsyłania produktu. Zdjęcia są wystarczające, rozpatrzymy "
    "reklamację na ich podstawie.",
    "Dzień dobry, produktu nie trzeba odsyłać, prosimy go zutylizować lub zatrzymać.",
)

SELLER_CLOSING: Final[dict[str, tuple[str, ...]]] = {
    "CLAIM_ACCEPTED": (
        "Dzień dobry, reklamacja została uznana. Zwrot pieniędzy zlecony, przepraszamy za "
        "niedogodności.",
        "Dzień dobry, uznajemy reklamację, nowy egzemplarz wysłaliśmy dziś kurierem.",
    ),
    "CLAIM_REJECTED": (
        "Dzień dobry, po oględzinach serwisu reklamacja została odrzucona: uszkodzenie powstało z "
        "winy użytkownika. Szczegóły w załączonej opinii.",
        "Dzień dobry, niestety nie możemy uznać reklamacji, produkt jest zgodny z umową.",
    ),
    "DISPUTE_CLOSED": (
        "Dzień dobry, cieszymy się, że sprawa została wyjaśniona. Zapraszamy ponownie!",
        "Dziękujemy za kontakt, zamykamy dyskusję. Pozdrawiamy.",
    ),
    "DISPUTE_UNRESOLVED": ("Dzień dobry, podtrzymujemy nasze stanowisko przedstawione wcześniej.",),
}

BUYER_CLOSING: Final[dict[str, tuple[str, ...]]] = {
    "CLAIM_ACCEPTED": (
        "Dziękuję, pieniądze dotarły. Pozdrawiam!",
        "Nowy produkt dotarł, dziękuję.",
    ),
    "CLAIM_REJECTED": (
        "Nie zgadzam się z tą decyzją, sprawę zgłoszę do rzecznika konsumentów.",
        "Szkoda, liczyłem na inne rozwiązanie.",
    ),
    "DISPUTE_CLOSED": (
        "Dziękuję, sprawa załatwiona.",
        "Wszystko jasne, dziękuję za pomoc 🙂",
        "Świetny kontakt 👍 Polecam sprzedawcę.",
    ),
    "DISPUTE_UNRESOLVED": ("Nadal nie otrzymałem pieniędzy. Proszę Allegro o interwencję.",),
}

#: An Allegro advisor (role ADMIN).
ADVISOR_MESSAGES: Final = (
    "Dzień dobry, nazywam się Marta i jestem doradcą Allegro. Przyglądam się tej sprawie. "
    "Prosimy sprzedającego o odniesienie się do zgłoszenia w ciągu 3 dni.",
    "Dzień dobry, tu zespół Allegro. Po analizie zgłoszenia prosimy o przesłanie dowodu nadania "
    "zwrotu.",
    "Dzień dobry, sprzedający, prosimy o zwrot pieniędzy kupującemu. Jeśli tego nie zrobisz, "
    "zwrócimy pieniądze w ramach Allegro Protect.",
    "Dzień dobry, dziękujemy obu stronom za wyjaśnienia. Zamykamy zgłoszenie z naszej strony.",
)

#: Allegro's chatbot (role SYSTEM).
SYSTEM_MESSAGES: Final = (
    "Cześć, jestem asystentem Allegro. Przekazaliśmy Twoje zgłoszenie sprzedającemu. "
    "Sprzedający ma 3 dni na odpowiedź.",
    "Dzień dobry, to automatyczna wiadomość: sprzedający otrzymał powiadomienie o zgłoszeniu.",
    "Przypominamy: sprzedający ma czas na decyzję do dnia wskazanego w szczegółach zgłoszenia.",
)

#: A fulfillment centre (role FULFILLMENT), e.g. "Allegro One Fulfillment".
FULFILLMENT_MESSAGES: Final = (
    "Dzień dobry, tu Allegro One Fulfillment. Zwrot dotarł do naszego magazynu i czeka na "
    "weryfikację.",
    "Dzień dobry, paczka została ponownie wysłana z magazynu, numer przesyłki w szczegółach "
    "zamówienia.",
)

# --- edge cases ---------------------------------------------------------------------------

EMOJI_TEXT: Final = (
    "Świetny kontakt 👍 Produkt dotarł, ale pudełko trochę pogniecione 😅 Zażółć gęślą jaźń. "
    "Czy mogę prosić o rabat? 🙏🇵🇱 👨‍👩‍👧‍👦"
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
    "Добрий день! Посилка прийшла пошкоджена, коробка зім'ята, а товар не вмикається. "
    "Прошу повернути гроші. Дякую. (Dzień dobry, paczka uszkodzona, proszę o zwrot.)"
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
SMALL_TALK_BUYER: Final = (
    "Dzień dobry, jakieś wieści?",
    "Dziękuję.",
    "Ok.",
    "A kiedy dokładnie?",
    "Rozumiem, czekam.",
    "Paczka jeszcze nie dotarła.",
    "Jest już numer przesyłki?",
)
SMALL_TALK_SELLER: Final = (
    "Sprawdzamy.",
    "Dzień dobry, jeszcze nie, ale pracujemy nad tym.",
    "Jutro damy znać.",
    "Przepraszamy za zwłokę.",
    "Magazyn potwierdził wysyłkę.",
)
