<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="30"/>
        <source>About %1</source>
        <translation>O programie %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="46"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="53"/>
        <source>Answer discussions and claims from your Allegro buyers in one place (Allegro: Discussions and claims).</source>
        <translation>Odpowiadaj na dyskusje i reklamacje kupujących z Allegro w jednym miejscu (Allegro: Dyskusje i reklamacje).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="63"/>
        <source>Free software under the MIT licence. Not affiliated with Allegro.</source>
        <translation>Wolne oprogramowanie na licencji MIT. Program nie jest powiązany z Allegro.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="83"/>
        <source>Logs: %1</source>
        <translation>Logi: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="84"/>
        <source>Data: %1</source>
        <translation>Dane: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="85"/>
        <source>Settings: %1</source>
        <translation>Ustawienia: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="94"/>
        <source>Copy diagnostics</source>
        <translation>Kopiuj diagnostykę</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="98"/>
        <source>Copies versions, system and folder paths for a bug report. No passwords or tokens.</source>
        <translation>Kopiuje wersje, informacje o systemie i ścieżki folderów do zgłoszenia błędu. Bez haseł i tokenów.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="103"/>
        <source>Open log folder</source>
        <translation>Otwórz folder z logami</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="136"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostyka skopiowana do schowka.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="36"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="37"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="38"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="57"/>
        <source>(signed out)</source>
        <translation>(wylogowane)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="62"/>
        <source>No account</source>
        <translation>Brak konta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="63"/>
        <source>Switch, add or rename Allegro accounts</source>
        <translation>Przełączaj, dodawaj i zmieniaj nazwy kont Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="80"/>
        <source>Add an account…</source>
        <translation>Dodaj konto…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="83"/>
        <source>Rename “%1”…</source>
        <translation>Zmień nazwę „%1”…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="87"/>
        <source>Sign in to “%1” again</source>
        <translation>Zaloguj się ponownie do „%1”</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="92"/>
        <source>Sign out of “%1”</source>
        <translation>Wyloguj z „%1”</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="114"/>
        <source>Rename account</source>
        <translation>Zmień nazwę konta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="115"/>
        <source>Name shown for this account:</source>
        <translation>Nazwa wyświetlana dla tego konta:</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="94"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="95"/>
        <source>Remove %1</source>
        <translation>Usuń %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/banner.py" line="27"/>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>BrowserSignInDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="49"/>
        <source>Sign in to %1</source>
        <translation>Logowanie do %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="52"/>
        <source>Finish signing in in your browser</source>
        <translation>Dokończ logowanie w przeglądarce</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="59"/>
        <source>Allegro opens in your browser. Sign in there as the seller and approve access; this window closes by itself when Allegro answers.</source>
        <translation>Allegro otworzy się w przeglądarce. Zaloguj się tam jako sprzedający i zatwierdź dostęp; to okno zamknie się samo, gdy Allegro odpowie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="73"/>
        <source>Open the page again</source>
        <translation>Otwórz stronę ponownie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="76"/>
        <source>Copy the address</source>
        <translation>Kopiuj adres</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="78"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="102"/>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="103"/>
        <source>You can close this tab and go back to the app.</source>
        <translation>Możesz zamknąć tę kartę i wrócić do aplikacji.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="104"/>
        <source>Sign-in did not finish</source>
        <translation>Logowanie nie zostało dokończone</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="105"/>
        <source>Go back to the app: it says what happened.</source>
        <translation>Wróć do aplikacji: tam znajdziesz wyjaśnienie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="106"/>
        <source>en</source>
        <comment>HTML language code of this translation</comment>
        <translation>pl</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="116"/>
        <source>Waiting for Allegro…</source>
        <translation>Czekam na Allegro…</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="230"/>
        <source>Not sent.</source>
        <translation>Nie wysłano.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="232"/>
        <source>The text is back in the editor.</source>
        <translation>Tekst wrócił do edytora.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="239"/>
        <source>Put back into the editor</source>
        <translation>Przywróć do edytora</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="290"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="291"/>
        <source>Not sent</source>
        <translation>Nie wysłano</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="292"/>
        <source>Not confirmed</source>
        <translation>Niepotwierdzona</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="86"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="105"/>
        <source>Retry</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="203"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="236"/>
        <source>Loading conversation…</source>
        <translation>Wczytywanie rozmowy…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="219"/>
        <source>Allegro does not accept new messages in this claim now. You can still read the whole conversation.</source>
        <translation>Allegro nie przyjmuje teraz nowych wiadomości w tej reklamacji. Całą rozmowę nadal możesz przeczytać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="224"/>
        <source>Allegro does not accept new messages in this discussion now. You can still read the whole conversation.</source>
        <translation>Allegro nie przyjmuje teraz nowych wiadomości w tej dyskusji. Całą rozmowę nadal możesz przeczytać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="260"/>
        <source>The conversation could not be refreshed. %1</source>
        <translation>Nie udało się odświeżyć rozmowy. %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="266"/>
        <source>The conversation could not be loaded.</source>
        <translation>Nie udało się wczytać rozmowy.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="275"/>
        <source>No messages yet. Write the first one below.</source>
        <translation>Nie ma jeszcze wiadomości. Napisz pierwszą poniżej.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="277"/>
        <source>There are no messages in this conversation.</source>
        <translation>W tej rozmowie nie ma wiadomości.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="470"/>
        <source>Allegro did not confirm this message before the app closed. Check the conversation before you send it again.</source>
        <translation>Allegro nie potwierdziło tej wiadomości przed zamknięciem aplikacji. Sprawdź rozmowę, zanim wyślesz ją ponownie.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="58"/>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="59"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="172"/>
        <source>Copy text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="172"/>
        <source>Copy %n messages</source>
        <translation>
            <numerusform>Kopiuj %n wiadomość</numerusform>
            <numerusform>Kopiuj %n wiadomości</numerusform>
            <numerusform>Kopiuj %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="175"/>
        <source>Select text…</source>
        <translation>Zaznacz tekst…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="183"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="191"/>
        <source>Put back into the editor</source>
        <translation>Przywróć do edytora</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="134"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="205"/>
        <source>Write to the buyer… (Ctrl+Enter sends)</source>
        <translation>Napisz do kupującego… (Ctrl+Enter wysyła)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="135"/>
        <source>Message to the buyer</source>
        <translation>Wiadomość do kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="143"/>
        <source>Message type</source>
        <translation>Rodzaj wiadomości</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="145"/>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="148"/>
        <source>Images (PNG, JPEG, GIF, BMP, TIFF) or PDF, up to 2 MB each</source>
        <translation>Obrazy (PNG, JPEG, GIF, BMP, TIFF) lub PDF, do 2 MB każdy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="153"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="157"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Wyślij wiadomość (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="207"/>
        <source>Writing is closed for this conversation.</source>
        <translation>W tej rozmowie nie można już pisać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="297"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="299"/>
        <source>Images and PDF (%1)</source>
        <translation>Obrazy i PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="342"/>
        <source>Allegro accepts up to %1 characters.</source>
        <translation>Allegro przyjmuje najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="359"/>
        <source>“%1” cannot be attached: Allegro accepts only images (PNG, JPEG, GIF, BMP, TIFF) and PDF files.</source>
        <translation>Nie można dołączyć „%1”: Allegro przyjmuje tylko obrazy (PNG, JPEG, GIF, BMP, TIFF) i pliki PDF.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="368"/>
        <source>“%1” is not a file.</source>
        <translation>„%1” nie jest plikiem.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="377"/>
        <source>“%1” is empty.</source>
        <translation>Plik „%1” jest pusty.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="366"/>
        <source>“%1” cannot be read. Check that the file still exists.</source>
        <translation>Nie można odczytać „%1”. Sprawdź, czy plik nadal istnieje.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="372"/>
        <source>“%1” is %2 MB; Allegro accepts files up to 2 MB.</source>
        <translation>Plik „%1” ma %2 MB; Allegro przyjmuje pliki do 2 MB.</translation>
    </message>
</context>
<context>
    <name>DeviceFlowDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="70"/>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="79"/>
        <source>Sign in to %1</source>
        <translation>Logowanie do %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="88"/>
        <source>Open Allegro in your browser and sign in as the seller. When Allegro shows this code, check that it matches and approve access.</source>
        <translation>Otwórz Allegro w przeglądarce i zaloguj się jako sprzedający. Gdy Allegro pokaże ten kod, sprawdź, czy się zgadza, i zatwierdź dostęp.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="116"/>
        <source>Open Allegro in the browser</source>
        <translation>Otwórz Allegro w przeglądarce</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="120"/>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="269"/>
        <source>Copy code</source>
        <translation>Kopiuj kod</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="146"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="149"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="188"/>
        <source>Signed in.</source>
        <translation>Zalogowano.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="195"/>
        <source>Allegro cannot be reached right now; still trying…</source>
        <translation>Brak połączenia z Allegro; nadal próbuję…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="201"/>
        <source>Waiting for you to approve access in the browser…</source>
        <translation>Czekam, aż zatwierdzisz dostęp w przeglądarce…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="213"/>
        <source>Asking Allegro for a code…</source>
        <translation>Pobieranie kodu z Allegro…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="220"/>
        <source>On another device, go to %1 and enter the code.</source>
        <translation>Na innym urządzeniu wejdź na %1 i wpisz kod.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="247"/>
        <source>The code is valid for %1:%2.</source>
        <translation>Kod jest ważny jeszcze %1:%2.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="265"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="49"/>
        <source>Something went wrong. Try again; if it keeps happening, copy the diagnostics.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli błąd się powtarza, skopiuj diagnostykę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="30"/>
        <source>Cannot reach Allegro. Check your internet connection and try again.</source>
        <translation>Brak połączenia z Allegro. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="32"/>
        <source>Your Allegro session has ended. Sign in again to continue.</source>
        <translation>Twoja sesja Allegro wygasła. Zaloguj się ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="34"/>
        <source>Allegro refused access. The app needs permission to manage discussions and claims.</source>
        <translation>Allegro odmówiło dostępu. Aplikacja potrzebuje uprawnień do obsługi dyskusji i reklamacji.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="38"/>
        <source>Allegro asked us to slow down. Try again in a minute.</source>
        <translation>Allegro ogranicza liczbę zapytań. Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="40"/>
        <source>Allegro is having problems right now. Try again in a moment.</source>
        <translation>Allegro ma teraz problemy. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="42"/>
        <source>This discussion or claim is no longer available on Allegro.</source>
        <translation>Ta dyskusja lub reklamacja nie jest już dostępna na Allegro.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="44"/>
        <source>Allegro does not accept new messages in this issue now.</source>
        <translation>Allegro nie przyjmuje teraz nowych wiadomości w tym zgłoszeniu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="46"/>
        <source>Allegro did not accept this request. Check what you entered and try again.</source>
        <translation>Allegro nie przyjęło tego żądania. Sprawdź wprowadzone dane i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="48"/>
        <source>This link does not lead to Allegro, so it was not opened with your account.</source>
        <translation>Ten link nie prowadzi do Allegro, więc nie został otwarty z użyciem Twojego konta.</translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="77"/>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="82"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="79"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="78"/>
        <source>Opened</source>
        <translation>Data otwarcia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="83"/>
        <source>Buyer expects</source>
        <translation>Żądanie kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="80"/>
        <source>Right</source>
        <translation>Podstawa reklamacji</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="84"/>
        <source>Reason details</source>
        <translation>Szczegóły powodu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="85"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="86"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="153"/>
        <source>%1 – open on Allegro</source>
        <translation>%1 – otwórz na Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="170"/>
        <source>attachment</source>
        <translation>załącznik</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="175"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="33"/>
        <source>Welcome to %1</source>
        <translation>Witaj w %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="42"/>
        <source>This app shows your Allegro post-purchase discussions and claims and lets you answer buyers from your desktop. It needs your permission to read and answer them on your seller account; you give it on Allegro&apos;s own page, so your password never passes through the app.</source>
        <translation>Ta aplikacja pokazuje Twoje dyskusje i reklamacje z Allegro i pozwala odpowiadać kupującym z komputera. Potrzebuje Twojej zgody na ich odczyt i obsługę na koncie sprzedającego; udzielasz jej na stronie Allegro, więc Twoje hasło nigdy nie trafia do aplikacji.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="56"/>
        <source>Sign in to Allegro</source>
        <translation>Zaloguj się do Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="57"/>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="127"/>
        <source>Use your seller account on allegro.pl.</source>
        <translation>Użyj konta sprzedającego na allegro.pl.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="64"/>
        <source>Sign in to the Sandbox</source>
        <translation>Zaloguj się do Allegro Sandbox</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="65"/>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="129"/>
        <source>Use a test account on the Allegro Sandbox; nothing there is real.</source>
        <translation>Użyj konta w środowisku testowym Allegro Sandbox; nic tam nie jest prawdziwe.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="72"/>
        <source>Try the demo</source>
        <translation>Wypróbuj demo</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="73"/>
        <source>Explore made-up discussions and claims; no account needed.</source>
        <translation>Przejrzyj przykładowe dyskusje i reklamacje; konto nie jest potrzebne.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="77"/>
        <source>Back to your discussions and claims</source>
        <translation>Wróć do dyskusji i reklamacji</translation>
    </message>
</context>
<context>
    <name>IssueDelegate</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="80"/>
        <source>No subject</source>
        <translation>Bez tematu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="87"/>
        <source>Unknown buyer</source>
        <translation>Nieznany kupujący</translation>
    </message>
</context>
<context>
    <name>IssueDetailPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/panel.py" line="48"/>
        <source>Select a discussion or claim on the left</source>
        <translation>Wybierz dyskusję lub reklamację z listy po lewej</translation>
    </message>
</context>
<context>
    <name>IssueFilterBar</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="37"/>
        <source>Search buyer, reference, order…</source>
        <translation>Szukaj: kupujący, numer, zamówienie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="39"/>
        <source>Search issues</source>
        <translation>Szukaj zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="45"/>
        <source>Issue type</source>
        <translation>Rodzaj zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="47"/>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="48"/>
        <source>Discussions</source>
        <translation>Dyskusje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="49"/>
        <source>Claims</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="57"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="58"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="59"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="65"/>
        <source>Awaiting my reply</source>
        <translation>Oczekujące na moją odpowiedź</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="66"/>
        <source>Only issues where the buyer or Allegro wrote last</source>
        <translation>Tylko zgłoszenia, w których ostatnio napisał kupujący lub Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="70"/>
        <source>Return decision pending</source>
        <translation>Brak decyzji o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="71"/>
        <source>Only claims where you have not decided about a return yet</source>
        <translation>Tylko reklamacje, w których nie podjęto jeszcze decyzji o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="76"/>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="77"/>
        <source>Sort by</source>
        <translation>Sortuj według</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="79"/>
        <source>Newest first</source>
        <translation>Od najnowszych</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="80"/>
        <source>Deadline soonest</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="81"/>
        <source>Latest message</source>
        <translation>Ostatnia wiadomość</translation>
    </message>
</context>
<context>
    <name>IssueHeader</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="58"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="124"/>
        <source>Decide on claim…</source>
        <translation>Rozpatrz reklamację…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="60"/>
        <source>Accept or reject the claim and tell the buyer why</source>
        <translation>Uznaj lub odrzuć reklamację i wyjaśnij kupującemu dlaczego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="107"/>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="124"/>
        <source>Sending decision…</source>
        <translation>Wysyłanie decyzji…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="138"/>
        <source>Decide by %1 (%2)</source>
        <translation>Decyzja do %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="140"/>
        <source>Deadline %1 (%2)</source>
        <translation>Termin %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="148"/>
        <source>Deadline set by Allegro: %1</source>
        <translation>Termin wyznaczony przez Allegro: %1</translation>
    </message>
</context>
<context>
    <name>IssueListPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="54"/>
        <source>Issues</source>
        <extracomment>Relative deadlines (&quot;in 5 min&quot;) are repainted this often. The current row changed to another issue (its id). Not emitted for the same id twice in a row, nor when the selection merely disappears (e.g. filtered out).</extracomment>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="205"/>
        <source>No issues match the filters</source>
        <translation>Żadne zgłoszenie nie pasuje do filtrów</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="207"/>
        <source>No discussions or claims yet</source>
        <translation>Nie ma jeszcze dyskusji ani reklamacji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="219"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln zgłoszenie</numerusform>
            <numerusform>%Ln zgłoszenia</numerusform>
            <numerusform>%Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="221"/>
        <source>%1 of %Ln issue(s)</source>
        <translation>
            <numerusform>%1 z %Ln zgłoszenia</numerusform>
            <numerusform>%1 z %Ln zgłoszeń</numerusform>
            <numerusform>%1 z %Ln zgłoszeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="175"/>
        <source>Awaiting your reply</source>
        <translation>Oczekuje na Twoją odpowiedź</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="35"/>
        <source>Ongoing</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="36"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="37"/>
        <source>Closed without agreement</source>
        <translation>Zamknięta bez porozumienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="38"/>
        <source>Awaiting your decision</source>
        <translation>Oczekuje na Twoją decyzję</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="39"/>
        <source>Accepted</source>
        <translation>Uznana</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="40"/>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="46"/>
        <source>Unknown status</source>
        <translation>Nieznany status</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="53"/>
        <source>Product not received</source>
        <translation>Produkt nie dotarł</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="54"/>
        <source>No product in the parcel</source>
        <translation>Brak produktu w paczce</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="55"/>
        <source>No proof of purchase, manual or warranty</source>
        <translation>Brak dowodu zakupu, instrukcji lub karty gwarancyjnej</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="56"/>
        <source>Part of the product missing</source>
        <translation>Brak części produktu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="57"/>
        <source>Product and parcel damaged in transit</source>
        <translation>Produkt i paczka uszkodzone w transporcie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="58"/>
        <source>Product damaged, parcel intact</source>
        <translation>Produkt uszkodzony, paczka nienaruszona</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="59"/>
        <source>Defect found during use</source>
        <translation>Wada ujawniona podczas użytkowania</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="60"/>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="61"/>
        <source>Seller does not want to accept the return</source>
        <translation>Sprzedający nie chce przyjąć zwrotu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="62"/>
        <source>Problem sending the product back</source>
        <translation>Problem z odesłaniem produktu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="63"/>
        <source>No refund after returning the product</source>
        <translation>Brak zwrotu pieniędzy po odesłaniu produktu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="64"/>
        <source>No refund after cancelling the order</source>
        <translation>Brak zwrotu pieniędzy po anulowaniu zamówienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="65"/>
        <source>Goods not received after payment</source>
        <translation>Nie otrzymano towaru mimo zapłaty</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="66"/>
        <source>Items do not match the description</source>
        <translation>Przedmioty niezgodne z opisem</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="67"/>
        <source>Incomplete order</source>
        <translation>Niekompletne zamówienie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="68"/>
        <source>Item is damaged</source>
        <translation>Przedmiot jest uszkodzony</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="69"/>
        <source>Problem withdrawing from the purchase</source>
        <translation>Problem z odstąpieniem od umowy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="72"/>
        <source>Problem returning the goods</source>
        <translation>Problem ze zwrotem towaru</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="73"/>
        <source>Other reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="86"/>
        <source>Repair</source>
        <translation>Naprawa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="87"/>
        <source>Exchange</source>
        <translation>Wymiana</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="88"/>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="89"/>
        <source>Partial refund</source>
        <translation>Częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="95"/>
        <source>Not specified</source>
        <translation>Nie określono</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="107"/>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="108"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="109"/>
        <source>Allegro advisor</source>
        <translation>Doradca Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="110"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="111"/>
        <source>Allegro Fulfillment</source>
        <translation>Allegro Fulfillment</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="144"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="145"/>
        <source>Ask to end the discussion</source>
        <translation>Prośba o zakończenie dyskusji</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="146"/>
        <source>Return required – I provide the label</source>
        <translation>Zwrot wymagany – zapewniam etykietę</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="147"/>
        <source>Return required – buyer sends it back</source>
        <translation>Zwrot wymagany – kupujący odsyła produkt sam</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="148"/>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="119"/>
        <source>No return needed</source>
        <translation>Zwrot niewymagany</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="155"/>
        <source>Accept: repair</source>
        <translation>Uznanie: naprawa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="156"/>
        <source>Accept: full refund</source>
        <translation>Uznanie: pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="157"/>
        <source>Accept: exchange</source>
        <translation>Uznanie: wymiana</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="158"/>
        <source>Accept: partial refund</source>
        <translation>Uznanie: częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="159"/>
        <source>Reject: additional requirements not completed</source>
        <translation>Odrzucenie: niespełnione dodatkowe wymagania</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="162"/>
        <source>Reject: product not returned</source>
        <translation>Odrzucenie: produkt nie został odesłany</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="163"/>
        <source>Reject: damaged by the buyer</source>
        <translation>Odrzucenie: uszkodzenie z winy kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="164"/>
        <source>Reject: product conforms to the contract</source>
        <translation>Odrzucenie: produkt zgodny z umową</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="167"/>
        <source>Reject: minor defect</source>
        <translation>Odrzucenie: wada nieistotna</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="168"/>
        <source>Reject: other reason</source>
        <translation>Odrzucenie: inny powód</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="169"/>
        <source>Reject: withdrawn by the buyer</source>
        <translation>Odrzucenie: kupujący wycofał reklamację</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="26"/>
        <source>Discussion</source>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="27"/>
        <source>Claim</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="28"/>
        <source>Issue</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="113"/>
        <source>Unknown author</source>
        <translation>Nieznany autor</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="118"/>
        <source>Return required</source>
        <translation>Zwrot wymagany</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="120"/>
        <source>Return decision pending</source>
        <translation>Brak decyzji o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="127"/>
        <source>You decided that the buyer must send the product back before the claim is settled.</source>
        <translation>Twoja decyzja: kupujący musi odesłać produkt, zanim reklamacja zostanie rozpatrzona.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="130"/>
        <source>You decided that the buyer does not need to send the product back.</source>
        <translation>Twoja decyzja: kupujący nie musi odsyłać produktu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="133"/>
        <source>You have not decided yet whether the buyer must return the product. Tell the buyer in the chat: return with your label, return at the buyer&apos;s cost, or no return needed.</source>
        <translation>Nie zdecydowano jeszcze, czy kupujący musi zwrócić produkt. Przekaż decyzję na czacie: zwrot z Twoją etykietą, zwrot na koszt kupującego albo bez zwrotu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="102"/>
        <source>Statutory warranty</source>
        <translation>Rękojmia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="102"/>
        <source>Complaint</source>
        <translation>Niezgodność towaru z umową</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="97"/>
        <source>Allegro – Discussions and claims</source>
        <translation>Allegro – Dyskusje i reklamacje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="248"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="211"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="131"/>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="217"/>
        <source>Load discussions and claims again (F5)</source>
        <translation>Wczytaj ponownie dyskusje i reklamacje (F5)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="220"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="225"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="233"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="239"/>
        <source>About %1…</source>
        <translation>O programie %1…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="266"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="483"/>
        <source>Loading discussions and claims…</source>
        <translation>Wczytywanie dyskusji i reklamacji…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="505"/>
        <source>Loading discussions and claims… %n loaded</source>
        <translation>
            <numerusform>Wczytywanie dyskusji i reklamacji… wczytano %n</numerusform>
            <numerusform>Wczytywanie dyskusji i reklamacji… wczytano %n</numerusform>
            <numerusform>Wczytywanie dyskusji i reklamacji… wczytano %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="513"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="514"/>
        <source>Loading failed</source>
        <translation>Nie udało się wczytać</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="525"/>
        <source>%n discussions and claims</source>
        <translation>
            <numerusform>Dyskusje i reklamacje: %n</numerusform>
            <numerusform>Dyskusje i reklamacje: %n</numerusform>
            <numerusform>Dyskusje i reklamacje: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="616"/>
        <source>Not sent: there is no connection to Allegro.</source>
        <translation>Nie wysłano: brak połączenia z Allegro.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="633"/>
        <source>Sending was interrupted. Check the conversation before sending this again.</source>
        <translation>Wysyłanie zostało przerwane. Sprawdź rozmowę, zanim wyślesz tę wiadomość ponownie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="688"/>
        <source>Not sent: Allegro does not accept new messages in this issue now.</source>
        <translation>Nie wysłano: Allegro nie przyjmuje teraz nowych wiadomości w tym zgłoszeniu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="644"/>
        <source>Allegro did not answer in time and the message is not in the conversation. Your text is kept: send it again when ready.</source>
        <translation>Allegro nie odpowiedziało na czas i wiadomości nie ma w rozmowie. Twój tekst został zachowany: wyślij go ponownie, gdy zechcesz.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="652"/>
        <source>Not sent: the file %1 cannot be attached.</source>
        <translation>Nie wysłano: nie można dołączyć pliku %1.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="659"/>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="703"/>
        <source>The decision was not saved: %1</source>
        <translation>Decyzja nie została zapisana: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="729"/>
        <source>Could not open %1: %2</source>
        <translation>Nie udało się otworzyć %1: %2</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="743"/>
        <source>Updated %1</source>
        <translation>Zaktualizowano %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="197"/>
        <source>The demo could not start: %1</source>
        <translation>Nie udało się uruchomić wersji demonstracyjnej: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="206"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="408"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="243"/>
        <source>Starting the demo Allegro…</source>
        <translation>Uruchamianie demonstracyjnego serwera Allegro…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="310"/>
        <source>My shop</source>
        <translation>Mój sklep</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="406"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="407"/>
        <source>Allegro Sandbox</source>
        <translation>Allegro Sandbox</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="434"/>
        <source>This build has no Allegro application ID yet: enter one in Settings.</source>
        <translation>Ta wersja programu nie ma jeszcze identyfikatora aplikacji Allegro (Client ID): wpisz go w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="155"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="162"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="162"/>
        <source>Allegro Sandbox</source>
        <translation>Allegro Sandbox</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="169"/>
        <source>Allegro application</source>
        <translation>Aplikacja Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="175"/>
        <source>No system keyring is available, so secrets are kept in a file that only your user account can read.</source>
        <translation>Brak systemowego magazynu haseł, więc dane logowania są przechowywane w pliku, który może odczytać tylko Twoje konto użytkownika.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="185"/>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="189"/>
        <source>Takes effect after restart.</source>
        <translation>Zmiana zadziała po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="190"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="192"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="228"/>
        <source>Enter the client secret of your own application.</source>
        <translation>Wpisz Client Secret własnej aplikacji.</translation>
    </message>
</context>
<context>
    <name>SignInBanner</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/sign_in_banner.py" line="21"/>
        <source>Your Allegro session for “%1” has ended. Sign in again to continue; what you see and anything you typed stay here.</source>
        <translation>Twoja sesja Allegro na koncie „%1” wygasła. Zaloguj się ponownie, aby kontynuować; widoczne dane i wpisany tekst zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/sign_in_banner.py" line="26"/>
        <source>Your Allegro session has ended. Sign in again to continue; what you see and anything you typed stay here.</source>
        <translation>Twoja sesja Allegro wygasła. Zaloguj się ponownie, aby kontynuować; widoczne dane i wpisany tekst zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/sign_in_banner.py" line="29"/>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="48"/>
        <source>The sign-in stopped unexpectedly. Start again.</source>
        <translation>Logowanie zostało nieoczekiwanie przerwane. Zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="35"/>
        <source>The app cannot receive the answer from the browser: another program may be using the port of the redirect address. Close it, or change the address in Settings.</source>
        <translation>Aplikacja nie może odebrać odpowiedzi z przeglądarki: port z adresu przekierowania może być zajęty przez inny program. Zamknij ten program lub zmień adres w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="40"/>
        <source>Allegro cannot be reached. Check your internet connection and start again.</source>
        <translation>Brak połączenia z Allegro. Sprawdź połączenie z internetem i zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="47"/>
        <source>Allegro refused the sign-in. Start again.</source>
        <translation>Allegro odrzuciło logowanie. Zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="43"/>
        <source>Allegro did not accept this app&apos;s client ID or secret, or the app is registered for another sign-in type. Check them in Settings.</source>
        <translation>Allegro nie przyjęło Client ID lub Client Secret tej aplikacji albo aplikacja jest zarejestrowana dla innego sposobu logowania. Sprawdź te dane w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="21"/>
        <source>Access was refused in the browser. If that was a mistake, start again.</source>
        <translation>W przeglądarce odmówiono dostępu. Jeśli to pomyłka, zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="24"/>
        <source>The code has expired. Start again to get a new one.</source>
        <translation>Kod wygasł. Zacznij od nowa, aby otrzymać nowy.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="25"/>
        <source>Allegro no longer recognises this code. Start again to get a new one.</source>
        <translation>Allegro nie rozpoznaje już tego kodu. Zacznij od nowa, aby otrzymać nowy.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="28"/>
        <source>The browser&apos;s answer did not belong to this sign-in, so it was ignored for your safety. Start again.</source>
        <translation>Odpowiedź z przeglądarki nie dotyczyła tego logowania, więc dla Twojego bezpieczeństwa została zignorowana. Zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="32"/>
        <source>Allegro did not finish the sign-in. Start again.</source>
        <translation>Allegro nie dokończyło logowania. Zacznij od nowa.</translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/storage_notice.py" line="25"/>
        <source>Where sign-in data is kept</source>
        <translation>Gdzie są przechowywane dane logowania</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/storage_notice.py" line="27"/>
        <source>This computer has no system keyring, so your Allegro sign-in is kept in a file that only your user account can read.</source>
        <translation>Ten komputer nie ma systemowego magazynu haseł, więc Twoje logowanie do Allegro jest przechowywane w pliku, który może odczytać tylko Twoje konto użytkownika.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="49"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="49"/>
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="44"/>
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min po terminie</numerusform>
            <numerusform>%n min po terminie</numerusform>
            <numerusform>%n min po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="44"/>
        <source>in %n min</source>
        <translation>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="47"/>
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n godz. po terminie</numerusform>
            <numerusform>%n godz. po terminie</numerusform>
            <numerusform>%n godz. po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="47"/>
        <source>in %n h</source>
        <translation>
            <numerusform>za %n godz.</numerusform>
            <numerusform>za %n godz.</numerusform>
            <numerusform>za %n godz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="70"/>
        <source>Show window</source>
        <translation>Pokaż okno</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="72"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="93"/>
        <source>%n awaiting your reply</source>
        <translation>
            <numerusform>%n zgłoszenie oczekuje na Twoją odpowiedź</numerusform>
            <numerusform>%n zgłoszenia oczekują na Twoją odpowiedź</numerusform>
            <numerusform>%n zgłoszeń oczekuje na Twoją odpowiedź</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="104"/>
        <source>a buyer</source>
        <translation>kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="105"/>
        <source>New message from %1</source>
        <translation>Nowa wiadomość od %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="108"/>
        <source>%n more conversations await your reply.</source>
        <translation>
            <numerusform>Jeszcze %n rozmowa oczekuje na Twoją odpowiedź.</numerusform>
            <numerusform>Jeszcze %n rozmowy oczekują na Twoją odpowiedź.</numerusform>
            <numerusform>Jeszcze %n rozmów oczekuje na Twoją odpowiedź.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="110"/>
        <source>Click to open the conversation.</source>
        <translation>Kliknij, aby otworzyć rozmowę.</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="63"/>
        <source>Decide on the claim</source>
        <translation>Rozpatrz reklamację</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="70"/>
        <source>Allegro tells the buyer about your decision right away, with your message. A decision cannot be changed later.</source>
        <translation>Allegro od razu powiadomi kupującego o Twojej decyzji i przekaże Twoją wiadomość. Decyzji nie można później zmienić.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="80"/>
        <source>Choose a decision…</source>
        <translation>Wybierz decyzję…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="93"/>
        <source>Amount to refund</source>
        <translation>Kwota do zwrotu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="99"/>
        <source>The buyer asked for %1.</source>
        <translation>Kupujący prosi o %1.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="104"/>
        <source>Explain your decision to the buyer</source>
        <translation>Wyjaśnij kupującemu swoją decyzję</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="116"/>
        <source>Send decision</source>
        <translation>Wyślij decyzję</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="124"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="125"/>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="127"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="165"/>
        <source>Choose a decision.</source>
        <translation>Wybierz decyzję.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="168"/>
        <source>Enter the amount to refund (more than 0).</source>
        <translation>Wpisz kwotę do zwrotu (większą niż 0).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="172"/>
        <source>The partial refund cannot be more than the buyer asked for (%1).</source>
        <translation>Częściowy zwrot nie może przekraczać kwoty, o którą prosi kupujący (%1).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="175"/>
        <source>Write a message to the buyer that explains your decision.</source>
        <translation>Napisz do kupującego wiadomość z uzasadnieniem decyzji.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="177"/>
        <source>The message is too long: Allegro accepts up to %1 characters.</source>
        <translation>Wiadomość jest za długa: Allegro przyjmuje najwyżej %1 znaków.</translation>
    </message>
</context>
<context>
    <name>_AppCredentialsTab</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="63"/>
        <source>Use the application built into this app</source>
        <translation>Użyj aplikacji wbudowanej w program</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="64"/>
        <source>Use my own application registered at Allegro</source>
        <translation>Użyj własnej aplikacji zarejestrowanej w Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="70"/>
        <source>Use the application built into this app (none in this build)</source>
        <translation>Użyj aplikacji wbudowanej w program (brak w tej wersji)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="80"/>
        <source>Device (code shown in the app)</source>
        <translation>Urządzenie (kod wyświetlany w programie)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="81"/>
        <source>Browser (redirect to this computer)</source>
        <translation>Przeglądarka (przekierowanie na ten komputer)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="87"/>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="88"/>
        <source>Client secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="89"/>
        <source>Application type:</source>
        <translation>Typ aplikacji:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="90"/>
        <source>Redirect address:</source>
        <translation>Adres przekierowania:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="93"/>
        <source>Register the application at Allegro&apos;s developer portal. A browser-type application needs the redirect address above registered exactly, with http://localhost (Allegro refuses 127.0.0.1).</source>
        <translation>Zarejestruj aplikację w portalu Allegro dla deweloperów. Aplikacja typu przeglądarkowego wymaga zarejestrowania dokładnie powyższego adresu przekierowania, z http://localhost (Allegro nie przyjmuje 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="116"/>
        <source>Stored securely; leave empty to keep it</source>
        <translation>Przechowywany bezpiecznie; zostaw puste, aby go nie zmieniać</translation>
    </message>
</context>
</TS>
