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
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="45"/>
        <source>Allegro</source>
        <extracomment>The server (and login, once known) of a token given at start; None: accounts.</extracomment>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="46"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="47"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="82"/>
        <source>(signed out)</source>
        <translation>(wylogowane)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="90"/>
        <source>All accounts (%n)</source>
        <translation>
            <numerusform>Wszystkie konta (%n)</numerusform>
            <numerusform>Wszystkie konta (%n)</numerusform>
            <numerusform>Wszystkie konta (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="94"/>
        <source>No account</source>
        <translation>Brak konta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="95"/>
        <source>Switch, add or rename Allegro accounts</source>
        <translation>Przełączaj, dodawaj i zmieniaj nazwy kont Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="121"/>
        <source>Add an account…</source>
        <translation>Dodaj konto…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="124"/>
        <source>Rename “%1”…</source>
        <translation>Zmień nazwę „%1”…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="128"/>
        <source>Sign in to “%1” again</source>
        <translation>Zaloguj się ponownie do „%1”</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="133"/>
        <source>Sign out of “%1”</source>
        <translation>Wyloguj z „%1”</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="139"/>
        <source>Token · %1</source>
        <translation>Token · %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="141"/>
        <source>Connected to %1 with the token given at start (no account sign-in)</source>
        <translation>Połączono z %1 tokenem podanym przy uruchomieniu (bez logowania na konto)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="172"/>
        <source>Rename account</source>
        <translation>Zmień nazwę konta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="173"/>
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
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="242"/>
        <source>Not sent.</source>
        <translation>Nie wysłano.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="244"/>
        <source>The text is back in the editor.</source>
        <translation>Tekst wrócił do edytora.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="255"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="260"/>
        <source>Put back into the editor</source>
        <translation>Przywróć do edytora</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="310"/>
        <source>Waiting to send</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="311"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="312"/>
        <source>Not sent</source>
        <translation>Nie wysłano</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="313"/>
        <source>Not confirmed</source>
        <translation>Niepotwierdzona</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="135"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="154"/>
        <source>Retry</source>
        <extracomment>Asked before a message goes back to the editor: the outbox lets go of it at once, or answers False (its POST has begun). None: no outbox to ask (the panel alone).</extracomment>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="269"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="376"/>
        <source>Loading conversation…</source>
        <translation>Wczytywanie rozmowy…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="300"/>
        <source>This claim is closed, so Allegro does not accept new messages. You can still read the whole conversation.</source>
        <translation>Ta reklamacja jest zamknięta, więc Allegro nie przyjmuje nowych wiadomości. Całą rozmowę nadal możesz przeczytać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="305"/>
        <source>This discussion is closed, so Allegro does not accept new messages. You can still read the whole conversation.</source>
        <translation>Ta dyskusja jest zamknięta, więc Allegro nie przyjmuje nowych wiadomości. Całą rozmowę nadal możesz przeczytać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="312"/>
        <source>Allegro has stopped the chat while the claim is still open: it does not accept new messages for now. You can read the conversation; writing comes back when Allegro reopens the chat.</source>
        <translation>Allegro wstrzymało czat, choć reklamacja jest nadal otwarta: na razie nie przyjmuje nowych wiadomości. Rozmowę możesz czytać; pisanie wróci, gdy Allegro ponownie otworzy czat.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="318"/>
        <source>Allegro has stopped the chat while the discussion is still open: it does not accept new messages for now. You can read the conversation; writing comes back when Allegro reopens the chat.</source>
        <translation>Allegro wstrzymało czat, choć dyskusja jest nadal otwarta: na razie nie przyjmuje nowych wiadomości. Rozmowę możesz czytać; pisanie wróci, gdy Allegro ponownie otworzy czat.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="326"/>
        <source>Allegro refused your message just now: this claim does not accept new messages any more. What you wrote is kept.</source>
        <translation>Allegro przed chwilą odrzuciło Twoją wiadomość: ta reklamacja nie przyjmuje już nowych wiadomości. Twój tekst został zachowany.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="331"/>
        <source>Allegro refused your message just now: this discussion does not accept new messages any more. What you wrote is kept.</source>
        <translation>Allegro przed chwilą odrzuciło Twoją wiadomość: ta dyskusja nie przyjmuje już nowych wiadomości. Twój tekst został zachowany.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="337"/>
        <source>Allegro does not accept new messages in this claim now. You can still read the whole conversation.</source>
        <translation>Allegro nie przyjmuje teraz nowych wiadomości w tej reklamacji. Całą rozmowę nadal możesz przeczytać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="342"/>
        <source>Allegro does not accept new messages in this discussion now. You can still read the whole conversation.</source>
        <translation>Allegro nie przyjmuje teraz nowych wiadomości w tej dyskusji. Całą rozmowę nadal możesz przeczytać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="400"/>
        <source>The conversation could not be refreshed. %1</source>
        <translation>Nie udało się odświeżyć rozmowy. %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="406"/>
        <source>The conversation could not be loaded.</source>
        <translation>Nie udało się wczytać rozmowy.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="415"/>
        <source>No messages yet. Write the first one below.</source>
        <translation>Nie ma jeszcze wiadomości. Napisz pierwszą poniżej.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="417"/>
        <source>There are no messages in this conversation.</source>
        <translation>W tej rozmowie nie ma wiadomości.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="547"/>
        <source>This message is already on its way to Allegro and cannot be put back.</source>
        <translation>Ta wiadomość jest już wysyłana do Allegro i nie można jej przywrócić do edytora.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="669"/>
        <source>Allegro did not confirm this message before the app closed. Check the conversation before you send it again.</source>
        <translation>Allegro nie potwierdziło tej wiadomości przed zamknięciem aplikacji. Sprawdź rozmowę, zanim wyślesz ją ponownie.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="60"/>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="61"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="176"/>
        <source>Copy text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="176"/>
        <source>Copy %n messages</source>
        <translation>
            <numerusform>Kopiuj %n wiadomość</numerusform>
            <numerusform>Kopiuj %n wiadomości</numerusform>
            <numerusform>Kopiuj %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="179"/>
        <source>Select text…</source>
        <translation>Zaznacz tekst…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="187"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="199"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="201"/>
        <source>Put back into the editor</source>
        <translation>Przywróć do edytora</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="135"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="237"/>
        <source>Write to the buyer… (Ctrl+Enter sends)</source>
        <translation>Napisz do kupującego… (Ctrl+Enter wysyła)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="136"/>
        <source>Message to the buyer</source>
        <translation>Wiadomość do kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="144"/>
        <source>Message type</source>
        <translation>Rodzaj wiadomości</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="146"/>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="149"/>
        <source>Images (PNG, JPEG, GIF, BMP, TIFF) or PDF, up to 2 MB each</source>
        <translation>Obrazy (PNG, JPEG, GIF, BMP, TIFF) lub PDF, do 2 MB każdy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="152"/>
        <source>Templates…</source>
        <translation>Szablony…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="154"/>
        <source>Insert a canned reply (Ctrl+T)</source>
        <translation>Wstaw gotową odpowiedź (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="164"/>
        <source>Send</source>
        <extracomment>Fills the templates&apos; placeholders for the issue on screen (set by the detail panel).</extracomment>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="168"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Wyślij wiadomość (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="239"/>
        <source>Writing is closed for this conversation.</source>
        <translation>W tej rozmowie nie można już pisać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="347"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="349"/>
        <source>Images and PDF (%1)</source>
        <translation>Obrazy i PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="392"/>
        <source>Allegro accepts up to %1 characters.</source>
        <translation>Allegro przyjmuje najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="413"/>
        <source>“%1” cannot be attached: Allegro accepts only images (PNG, JPEG, GIF, BMP, TIFF) and PDF files.</source>
        <translation>Nie można dołączyć „%1”: Allegro przyjmuje tylko obrazy (PNG, JPEG, GIF, BMP, TIFF) i pliki PDF.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="423"/>
        <source>“%1” is not a file.</source>
        <translation>„%1” nie jest plikiem.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="437"/>
        <source>“%1” is empty.</source>
        <translation>Plik „%1” jest pusty.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="419"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="428"/>
        <source>“%1” cannot be read. Check that the file still exists.</source>
        <translation>Nie można odczytać „%1”. Sprawdź, czy plik nadal istnieje.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="433"/>
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
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="64"/>
        <source>Something went wrong. Try again; if it keeps happening, copy the diagnostics.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli błąd się powtarza, skopiuj diagnostykę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="38"/>
        <source>Cannot reach Allegro. Check your internet connection and try again.</source>
        <translation>Brak połączenia z Allegro. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="31"/>
        <source>Allegro sent far more data than expected, so it was not read. Try again later.</source>
        <translation>Allegro przysłało znacznie więcej danych, niż się spodziewano, więc ich nie odczytano. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="36"/>
        <source>Allegro&apos;s answer could not be read. Try again in a moment.</source>
        <translation>Nie udało się odczytać odpowiedzi Allegro. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="42"/>
        <source>Your Allegro session has ended. Sign in again to continue.</source>
        <translation>Twoja sesja Allegro wygasła. Zaloguj się ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="44"/>
        <source>Allegro refused access. The app needs permission to manage discussions and claims.</source>
        <translation>Allegro odmówiło dostępu. Aplikacja potrzebuje uprawnień do obsługi dyskusji i reklamacji.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="49"/>
        <source>Allegro asked us to slow down. Try again in a minute.</source>
        <translation>Allegro ogranicza liczbę zapytań. Spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="51"/>
        <source>Allegro is having problems right now. Try again in a moment.</source>
        <translation>Allegro ma teraz problemy. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="53"/>
        <source>This discussion or claim is no longer available on Allegro.</source>
        <translation>Ta dyskusja lub reklamacja nie jest już dostępna na Allegro.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="55"/>
        <source>Allegro does not accept new messages in this issue now.</source>
        <translation>Allegro nie przyjmuje teraz nowych wiadomości w tym zgłoszeniu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="57"/>
        <source>Allegro did not accept this request. Check what you entered and try again.</source>
        <translation>Allegro nie przyjęło tego żądania. Sprawdź wprowadzone dane i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="61"/>
        <source>This link does not lead to Allegro, so it was not opened with your account.</source>
        <translation>Ten link nie prowadzi do Allegro, więc nie został otwarty z użyciem Twojego konta.</translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="147"/>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="152"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="149"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="148"/>
        <source>Opened</source>
        <translation>Data otwarcia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="153"/>
        <source>Buyer expects</source>
        <translation>Żądanie kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="150"/>
        <source>Right</source>
        <translation>Podstawa reklamacji</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="154"/>
        <source>Reason details</source>
        <translation>Szczegóły powodu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="155"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="156"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="234"/>
        <source>%1 – open on Allegro</source>
        <translation>%1 – otwórz na Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="249"/>
        <source>attachment</source>
        <translation>załącznik</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="254"/>
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
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="107"/>
        <source>No subject</source>
        <extracomment>The account&apos;s name (only when the list holds several accounts).</extracomment>
        <translation>Bez tematu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="116"/>
        <source>Waiting for the buyer</source>
        <translation>Czeka na kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="120"/>
        <source>Unknown buyer</source>
        <translation>Nieznany kupujący</translation>
    </message>
</context>
<context>
    <name>IssueDetailPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/panel.py" line="61"/>
        <source>Select a discussion or claim on the left</source>
        <translation>Wybierz dyskusję lub reklamację z listy po lewej</translation>
    </message>
</context>
<context>
    <name>IssueFilterBar</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="68"/>
        <source>Search buyer, reference, order…</source>
        <translation>Szukaj: kupujący, numer, zamówienie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="70"/>
        <source>Search issues</source>
        <translation>Szukaj zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="76"/>
        <source>Issue type</source>
        <translation>Rodzaj zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="78"/>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="79"/>
        <source>Discussions</source>
        <translation>Dyskusje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="80"/>
        <source>Claims</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="88"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="89"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="90"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="96"/>
        <source>Awaiting my reply</source>
        <translation>Oczekujące na moją odpowiedź</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="97"/>
        <source>Only issues where the buyer or Allegro wrote last</source>
        <translation>Tylko zgłoszenia, w których ostatnio napisał kupujący lub Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="101"/>
        <source>Return decision pending</source>
        <translation>Brak decyzji o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="102"/>
        <source>Only claims where you have not decided about a return yet</source>
        <translation>Tylko reklamacje, w których nie podjęto jeszcze decyzji o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="107"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="108"/>
        <source>Show the issues of all accounts, or of one</source>
        <translation>Pokaż zgłoszenia wszystkich kont albo jednego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="117"/>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="118"/>
        <source>Sort by</source>
        <translation>Sortuj według</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="120"/>
        <source>Needs me first</source>
        <translation>Najpierw pilne</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="121"/>
        <source>Newest first</source>
        <translation>Od najnowszych</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="122"/>
        <source>Deadline soonest</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="123"/>
        <source>Latest message</source>
        <translation>Ostatnia wiadomość</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="193"/>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
</context>
<context>
    <name>IssueHeader</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="62"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="159"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="165"/>
        <source>Decide on the return…</source>
        <translation>Zdecyduj o zwrocie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="66"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="179"/>
        <source>Decide on claim…</source>
        <translation>Rozpatrz reklamację…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="68"/>
        <source>Accept or reject the claim and tell the buyer why</source>
        <translation>Uznaj lub odrzuć reklamację i wyjaśnij kupującemu dlaczego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="127"/>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="153"/>
        <source>Return decision sent</source>
        <translation>Decyzja o zwrocie wysłana</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="155"/>
        <source>Your return decision is on its way to Allegro; the badge changes once Allegro confirms it.</source>
        <translation>Twoja decyzja o zwrocie jest w drodze do Allegro; plakietka zmieni się, gdy Allegro ją potwierdzi.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="161"/>
        <source>Tell the buyer whether to send the product back: with your label, on their own, or not at all</source>
        <translation>Powiedz kupującemu, czy ma odesłać produkt: z Twoją etykietą, samodzielnie, czy wcale</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="167"/>
        <source>Allegro does not accept messages in this claim now, so the return decision cannot be sent.</source>
        <translation>Allegro nie przyjmuje teraz wiadomości w tej reklamacji, więc nie można wysłać decyzji o zwrocie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="179"/>
        <source>Sending decision…</source>
        <translation>Wysyłanie decyzji…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="193"/>
        <source>Decide by %1 (%2)</source>
        <translation>Decyzja do %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="195"/>
        <source>Deadline %1 (%2)</source>
        <translation>Termin %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="203"/>
        <source>Deadline set by Allegro: %1</source>
        <translation>Termin wyznaczony przez Allegro: %1</translation>
    </message>
</context>
<context>
    <name>IssueListPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="66"/>
        <source>Issues</source>
        <extracomment>Relative deadlines (&quot;in 5 min&quot;) are repainted this often. Queue counts follow model changes within this delay (ms). The current row changed to another issue (its id). Not emitted for the same id twice in a row, nor when the selection merely disappears (e.g. filtered out). The queue sizes were recounted (a :class:`QueueCounts`).</extracomment>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="431"/>
        <source>No issues match the filters</source>
        <translation>Żadne zgłoszenie nie pasuje do filtrów</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="433"/>
        <source>No discussions or claims yet</source>
        <translation>Nie ma jeszcze dyskusji ani reklamacji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="445"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln zgłoszenie</numerusform>
            <numerusform>%Ln zgłoszenia</numerusform>
            <numerusform>%Ln zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="447"/>
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
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="216"/>
        <source>Awaiting your reply</source>
        <translation>Oczekuje na Twoją odpowiedź</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="36"/>
        <source>Ongoing</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="37"/>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="38"/>
        <source>Closed without agreement</source>
        <translation>Zamknięta bez porozumienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="39"/>
        <source>Awaiting your decision</source>
        <translation>Oczekuje na Twoją decyzję</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="40"/>
        <source>Accepted</source>
        <translation>Uznana</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="41"/>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="47"/>
        <source>Unknown status</source>
        <translation>Nieznany status</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="54"/>
        <source>Product not received</source>
        <translation>Produkt nie dotarł</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="55"/>
        <source>No product in the parcel</source>
        <translation>Brak produktu w paczce</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="56"/>
        <source>No proof of purchase, manual or warranty</source>
        <translation>Brak dowodu zakupu, instrukcji lub karty gwarancyjnej</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="59"/>
        <source>Part of the product missing</source>
        <translation>Brak części produktu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="60"/>
        <source>Product and parcel damaged in transit</source>
        <translation>Produkt i paczka uszkodzone w transporcie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="63"/>
        <source>Product damaged, parcel intact</source>
        <translation>Produkt uszkodzony, paczka nienaruszona</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="64"/>
        <source>Defect found during use</source>
        <translation>Wada ujawniona podczas użytkowania</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="65"/>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="66"/>
        <source>Seller does not want to accept the return</source>
        <translation>Sprzedający nie chce przyjąć zwrotu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="69"/>
        <source>Problem sending the product back</source>
        <translation>Problem z odesłaniem produktu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="72"/>
        <source>No refund after returning the product</source>
        <translation>Brak zwrotu pieniędzy po odesłaniu produktu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="75"/>
        <source>No refund after cancelling the order</source>
        <translation>Brak zwrotu pieniędzy po anulowaniu zamówienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="78"/>
        <source>Goods not received after payment</source>
        <translation>Nie otrzymano towaru mimo zapłaty</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="81"/>
        <source>Items do not match the description</source>
        <translation>Przedmioty niezgodne z opisem</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="84"/>
        <source>Incomplete order</source>
        <translation>Niekompletne zamówienie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="85"/>
        <source>Item is damaged</source>
        <translation>Przedmiot jest uszkodzony</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="86"/>
        <source>Problem withdrawing from the purchase</source>
        <translation>Problem z odstąpieniem od umowy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="89"/>
        <source>Problem returning the goods</source>
        <translation>Problem ze zwrotem towaru</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="92"/>
        <source>Other reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="112"/>
        <source>Repair</source>
        <translation>Naprawa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="113"/>
        <source>Exchange</source>
        <translation>Wymiana</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="114"/>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="115"/>
        <source>Partial refund</source>
        <translation>Częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="121"/>
        <source>Not specified</source>
        <translation>Nie określono</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="136"/>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="137"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="138"/>
        <source>Allegro advisor</source>
        <translation>Doradca Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="139"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="140"/>
        <source>Allegro Fulfillment</source>
        <translation>Allegro Fulfillment</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="175"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="176"/>
        <source>Ask to end the discussion</source>
        <translation>Prośba o zakończenie dyskusji</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="177"/>
        <source>Return required – I provide the label</source>
        <translation>Zwrot wymagany – zapewniam etykietę</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="180"/>
        <source>Return required – buyer sends it back</source>
        <translation>Zwrot wymagany – kupujący odsyła produkt sam</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="148"/>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="183"/>
        <source>No return needed</source>
        <translation>Zwrot niewymagany</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="190"/>
        <source>Accept: repair</source>
        <translation>Uznanie: naprawa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="191"/>
        <source>Accept: full refund</source>
        <translation>Uznanie: pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="192"/>
        <source>Accept: exchange</source>
        <translation>Uznanie: wymiana</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="193"/>
        <source>Accept: partial refund</source>
        <translation>Uznanie: częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="194"/>
        <source>Reject: additional requirements not completed</source>
        <translation>Odrzucenie: niespełnione dodatkowe wymagania</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="197"/>
        <source>Reject: product not returned</source>
        <translation>Odrzucenie: produkt nie został odesłany</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="200"/>
        <source>Reject: damaged by the buyer</source>
        <translation>Odrzucenie: uszkodzenie z winy kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="203"/>
        <source>Reject: product conforms to the contract</source>
        <translation>Odrzucenie: produkt zgodny z umową</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="206"/>
        <source>Reject: minor defect</source>
        <translation>Odrzucenie: wada nieistotna</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="207"/>
        <source>Reject: other reason</source>
        <translation>Odrzucenie: inny powód</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="208"/>
        <source>Reject: withdrawn by the buyer</source>
        <translation>Odrzucenie: kupujący wycofał reklamację</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="27"/>
        <source>Discussion</source>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="28"/>
        <source>Claim</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="29"/>
        <source>Issue</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="142"/>
        <source>Unknown author</source>
        <translation>Nieznany autor</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="147"/>
        <source>Return required</source>
        <translation>Zwrot wymagany</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="149"/>
        <source>Return decision pending</source>
        <translation>Brak decyzji o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="156"/>
        <source>You decided that the buyer must send the product back before the claim is settled.</source>
        <translation>Twoja decyzja: kupujący musi odesłać produkt, zanim reklamacja zostanie rozpatrzona.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="160"/>
        <source>You decided that the buyer does not need to send the product back.</source>
        <translation>Twoja decyzja: kupujący nie musi odsyłać produktu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="163"/>
        <source>You have not decided yet whether the buyer must return the product. Tell the buyer in the chat: return with your label, return at the buyer&apos;s cost, or no return needed.</source>
        <translation>Nie zdecydowano jeszcze, czy kupujący musi zwrócić produkt. Przekaż decyzję na czacie: zwrot z Twoją etykietą, zwrot na koszt kupującego albo bez zwrotu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="129"/>
        <source>Statutory warranty</source>
        <translation>Rękojmia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="130"/>
        <source>Complaint</source>
        <translation>Niezgodność towaru z umową</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="116"/>
        <source>Allegro – Discussions and claims</source>
        <extracomment>The list now shows another account, or all (None); accounts came or went.</extracomment>
        <translation>Allegro – Dyskusje i reklamacje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="311"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="246"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="151"/>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="252"/>
        <source>Load discussions and claims again (F5)</source>
        <translation>Wczytaj ponownie dyskusje i reklamacje (F5)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="255"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="260"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="268"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="274"/>
        <source>About %1…</source>
        <translation>O programie %1…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="287"/>
        <source>Next issue that needs me</source>
        <translation>Następne zgłoszenie do zrobienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="324"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="327"/>
        <source>Canned &amp;replies…</source>
        <translation>Gotowe &amp;odpowiedzi…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="332"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="338"/>
        <source>&amp;Queue</source>
        <translation>&amp;Kolejka</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="342"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="580"/>
        <source>Allegro is slow to answer, still trying…</source>
        <translation>Allegro odpowiada powoli, nadal próbujemy…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="846"/>
        <source>Nothing else needs you in this list.</source>
        <translation>Na tej liście nic więcej nie czeka na Ciebie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1425"/>
        <source>Loading discussions and claims…</source>
        <translation>Wczytywanie dyskusji i reklamacji…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1428"/>
        <source>Loading discussions and claims… %n loaded</source>
        <translation>
            <numerusform>Wczytywanie dyskusji i reklamacji… wczytano %n</numerusform>
            <numerusform>Wczytywanie dyskusji i reklamacji… wczytano %n</numerusform>
            <numerusform>Wczytywanie dyskusji i reklamacji… wczytano %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1048"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1448"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1449"/>
        <source>Loading failed</source>
        <translation>Nie udało się wczytać</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1439"/>
        <source>%n discussions and claims</source>
        <translation>
            <numerusform>Dyskusje i reklamacje: %n</numerusform>
            <numerusform>Dyskusje i reklamacje: %n</numerusform>
            <numerusform>Dyskusje i reklamacje: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="914"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="937"/>
        <source>Filters cleared to show the chosen issue.</source>
        <translation>Wyczyszczono filtry, aby pokazać wybraną sprawę.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1001"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n nieprzeczytana</numerusform>
            <numerusform>%n nieprzeczytane</numerusform>
            <numerusform>%n nieprzeczytanych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1039"/>
        <source>%2: offline since %1 — showing what was saved. Replies wait in the outbox.</source>
        <translation>%2: brak połączenia od %1 — widzisz zapisane dane. Odpowiedzi czekają w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1043"/>
        <source>Offline since %1 — showing what was saved. Replies wait in the outbox.</source>
        <translation>Brak połączenia od %1 — widzisz zapisane dane. Odpowiedzi czekają w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1103"/>
        <source>A saved draft could not be read and was put aside, unchanged, as %1. The conversation opens without it.</source>
        <translation>Zapisanego szkicu nie dało się odczytać; odłożono go bez zmian jako %1. Rozmowa otwiera się bez niego.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1095"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1106"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1138"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1165"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="279"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="860"/>
        <source>Queue: %1</source>
        <translation>Kolejka: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1027"/>
        <source>%2: offline, last update from Allegro %1. Showing what was saved; replies wait in the outbox.</source>
        <translation>%2: brak połączenia, ostatnia aktualizacja z Allegro: %1. Widzisz zapisane dane; odpowiedzi czekają w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1032"/>
        <source>Offline, last update from Allegro %1. Showing what was saved; replies wait in the outbox.</source>
        <translation>Brak połączenia, ostatnia aktualizacja z Allegro: %1. Widzisz zapisane dane; odpowiedzi czekają w skrzynce nadawczej.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1092"/>
        <source>A draft could not be saved on this computer (is the disk full?). It is kept while the app is open and saved as soon as that works again.</source>
        <translation>Nie udało się zapisać szkicu na tym komputerze (czy dysk jest pełny?). Szkic jest przechowywany, dopóki aplikacja jest otwarta, i zostanie zapisany, gdy tylko będzie to możliwe.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1118"/>
        <source>The saved data was damaged and has been put aside; the app starts afresh from Allegro.</source>
        <translation>Zapisane dane były uszkodzone i zostały odłożone; aplikacja wczytuje wszystko od nowa z Allegro.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1122"/>
        <source>The saved data is in use by another program (is the app open twice?). This window works from Allegro without saving.</source>
        <translation>Zapisane dane są używane przez inny program (czy aplikacja jest otwarta dwa razy?). To okno działa na danych z Allegro, bez zapisywania.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1126"/>
        <source>The app cannot write its data folder. It works from Allegro, but nothing is saved for the next start.</source>
        <translation>Aplikacja nie może zapisywać w swoim folderze danych. Działa na danych z Allegro, ale nic nie zostanie zachowane do następnego uruchomienia.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1130"/>
        <source>The saved data comes from a newer version of the app and was left untouched. This window works from Allegro without saving.</source>
        <translation>Zapisane dane pochodzą z nowszej wersji aplikacji i pozostały nietknięte. To okno działa na danych z Allegro, bez zapisywania.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1134"/>
        <source>The app cannot save its data (is the disk full?). It works from Allegro.</source>
        <translation>Aplikacja nie może zapisać danych (czy dysk jest pełny?). Działa na danych z Allegro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1149"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nowa wiadomość</numerusform>
            <numerusform>%n nowe wiadomości</numerusform>
            <numerusform>%n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1151"/>
        <source>%n new discussion(s) or claim(s)</source>
        <translation>
            <numerusform>%n nowa dyskusja lub reklamacja</numerusform>
            <numerusform>%n nowe dyskusje lub reklamacje</numerusform>
            <numerusform>%n nowych dyskusji lub reklamacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1153"/>
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n zmiana statusu</numerusform>
            <numerusform>%n zmiany statusu</numerusform>
            <numerusform>%n zmian statusu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1155"/>
        <source>Since %1:</source>
        <translation>Od %1:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1157"/>
        <source>Since the last start:</source>
        <translation>Od ostatniego uruchomienia:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1276"/>
        <source>Not sent again: Allegro could not be asked whether it already has this message. Try again when the connection is back.</source>
        <translation>Nie wysłano ponownie: nie udało się sprawdzić w Allegro, czy ta wiadomość już tam jest. Spróbuj ponownie, gdy wróci połączenie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1283"/>
        <source>Not sent again: the conversation already has a message with these words, sent after this one. If it is not yours, put this one back and send it.</source>
        <translation>Nie wysłano ponownie: w rozmowie jest już wiadomość o tej samej treści, wysłana po tej. Jeśli to nie Twoja, przywróć tę do edytora i wyślij ją.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1319"/>
        <source>The decision was not saved: %1</source>
        <translation>Decyzja nie została zapisana: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1349"/>
        <source>Could not open %1: %2</source>
        <translation>Nie udało się otworzyć %1: %2</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1357"/>
        <source>Could not open %1: the file could not be stored on this computer.</source>
        <translation>Nie udało się otworzyć %1: nie można zapisać pliku na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1367"/>
        <source>No program on this computer opens %1.</source>
        <translation>Żaden program na tym komputerze nie otwiera %1.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1383"/>
        <source>%1 is not a picture or a PDF, so it is not opened here. Save it and check it before you open it.</source>
        <translation>%1 nie jest obrazem ani plikiem PDF, więc nie zostanie tu otwarty. Zapisz go i sprawdź, zanim go otworzysz.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1388"/>
        <source>Save attachment as</source>
        <translation>Zapisz załącznik jako</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1413"/>
        <source>%1 could not be saved there. Choose another folder.</source>
        <translation>Nie udało się zapisać %1 w tym miejscu. Wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1416"/>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1457"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1462"/>
        <source>Updated %1</source>
        <translation>Zaktualizowano %1</translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="151"/>
        <source>Paid in total</source>
        <extracomment>The delivery and tracking sit beside the items only when both get their room: the facts whole within this share of the card, the items at least this wide; else under the items. The running load (the window cancels and awaits it with its own work).</extracomment>
        <translation>Zapłacono łącznie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="153"/>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="162"/>
        <source>Tracking</source>
        <translation>Nr przesyłki</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="344"/>
        <source>Loading the order…</source>
        <translation>Wczytywanie zamówienia…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="362"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="373"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="396"/>
        <source>Bought %1</source>
        <translation>Kupione %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="399"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n sztuka</numerusform>
            <numerusform>%n sztuki</numerusform>
            <numerusform>%n sztuk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="419"/>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="433"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n pozycja</numerusform>
            <numerusform>i jeszcze %n pozycje</numerusform>
            <numerusform>i jeszcze %n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="444"/>
        <source>%1 each, %2</source>
        <translation>%1/szt., razem %2</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="485"/>
        <source>could not be read</source>
        <translation>nie udało się odczytać</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="486"/>
        <source>not sent yet</source>
        <translation>jeszcze nie nadano</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="498"/>
        <source>Order details need the orders permission: sign in again to grant it.</source>
        <translation>Szczegóły zamówienia wymagają uprawnienia do zamówień: zaloguj się ponownie, aby je przyznać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="512"/>
        <source>The offer&apos;s title and picture need the offers permission: sign in again to grant it.</source>
        <translation>Tytuł i zdjęcie oferty wymagają uprawnienia do ofert: zaloguj się ponownie, aby je przyznać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="500"/>
        <source>Allegro no longer shows this order.</source>
        <translation>Allegro nie pokazuje już tego zamówienia.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="502"/>
        <source>Order details could not be loaded.</source>
        <translation>Nie udało się wczytać szczegółów zamówienia.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="504"/>
        <source>Order as saved earlier.</source>
        <translation>Zamówienie w wersji zapisanej wcześniej.</translation>
    </message>
</context>
<context>
    <name>OutgoingText</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="19"/>
        <source>Waiting for the connection to Allegro: it is sent as soon as Allegro answers.</source>
        <translation>Czeka na połączenie z Allegro: zostanie wysłana, gdy tylko Allegro odpowie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="26"/>
        <source>Allegro did not confirm this message and it is not in the conversation yet. The app keeps checking; send it again only if it does not appear.</source>
        <translation>Allegro nie potwierdziło tej wiadomości i nie ma jej jeszcze w rozmowie. Aplikacja dalej sprawdza; wyślij ją ponownie tylko wtedy, gdy się nie pojawi.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="35"/>
        <source>Not sent: Allegro does not accept new messages in this issue now.</source>
        <translation>Nie wysłano: Allegro nie przyjmuje teraz nowych wiadomości w tej sprawie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="42"/>
        <source>Not sent: the file %1 cannot be attached.</source>
        <translation>Nie wysłano: nie można załączyć pliku %1.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="46"/>
        <source>Not sent: Allegro did not accept the sign-in. Sign in again, then send it.</source>
        <translation>Nie wysłano: Allegro nie przyjęło logowania. Zaloguj się ponownie i wyślij jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="51"/>
        <source>Not sent: there is no connection to Allegro.</source>
        <translation>Nie wysłano: brak połączenia z Allegro.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="52"/>
        <source>Not sent: Allegro refused the message.</source>
        <translation>Nie wysłano: Allegro odrzuciło wiadomość.</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="45"/>
        <source>Needs me</source>
        <extracomment>The queues of the &quot;More queues&quot; menu.</extracomment>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="46"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="47"/>
        <source>Due today</source>
        <translation>Termin dziś</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="49"/>
        <source>Return decision</source>
        <translation>Decyzja o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="50"/>
        <source>All open</source>
        <translation>Wszystkie otwarte</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="51"/>
        <source>Claims: to decide</source>
        <translation>Reklamacje: do decyzji</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="52"/>
        <source>Claims: to answer</source>
        <translation>Reklamacje: do odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="48"/>
        <source>Awaiting my reply</source>
        <translation>Czeka na moją odpowiedź</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="53"/>
        <source>Claims: resolved</source>
        <translation>Reklamacje: rozpatrzone</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="54"/>
        <source>Discussions: to answer</source>
        <translation>Dyskusje: do odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="55"/>
        <source>Discussions: waiting for the buyer</source>
        <translation>Dyskusje: czekają na kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="56"/>
        <source>Discussions: closed</source>
        <translation>Dyskusje: zamknięte</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="57"/>
        <source>Everything, closed too</source>
        <translation>Wszystko, także zamknięte</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="58"/>
        <source>Custom filter</source>
        <translation>Własny filtr</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="64"/>
        <source>Open issues awaiting your reply or your decision: overdue first, then by Allegro&apos;s deadline</source>
        <translation>Otwarte zgłoszenia, które czekają na Twoją odpowiedź lub decyzję: najpierw po terminie, potem według terminu Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="69"/>
        <source>Open issues whose deadline set by Allegro has passed</source>
        <translation>Otwarte zgłoszenia, których termin wyznaczony przez Allegro minął</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="70"/>
        <source>Open issues whose deadline ends later today</source>
        <translation>Otwarte zgłoszenia, których termin upływa dziś</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="71"/>
        <source>The buyer or Allegro wrote last</source>
        <translation>Ostatnio napisał kupujący lub Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="72"/>
        <source>Open claims where you have not decided about a return yet</source>
        <translation>Otwarte reklamacje, w których nie zdecydowałeś jeszcze o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="75"/>
        <source>Every open discussion and claim</source>
        <translation>Wszystkie otwarte dyskusje i reklamacje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="167"/>
        <source>More queues</source>
        <translation>Więcej kolejek</translation>
    </message>
</context>
<context>
    <name>ReturnDecisionDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="68"/>
        <source>The buyer is asked to send the product back with the prepaid return label you attach as a PDF.</source>
        <extracomment>The three decisions, in the order a seller weighs them.</extracomment>
        <translation>Kupujący zostanie poproszony o odesłanie produktu z opłaconą etykietą zwrotną, którą załączasz jako PDF.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="73"/>
        <source>The buyer is asked to send the product back themselves, the way your message describes (address, carrier).</source>
        <translation>Kupujący zostanie poproszony o samodzielne odesłanie produktu tak, jak opisuje Twoja wiadomość (adres, przewoźnik).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="78"/>
        <source>The buyer is told to keep the product: nothing needs to be sent back.</source>
        <translation>Kupujący dowie się, że może zatrzymać produkt: nic nie trzeba odsyłać.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="103"/>
        <source>Decide on the return</source>
        <translation>Decyzja o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="113"/>
        <source>Does the buyer have to send the product back? Allegro shows your choice to the buyer together with your message.</source>
        <translation>Czy kupujący musi odesłać produkt? Allegro pokaże kupującemu Twój wybór razem z Twoją wiadomością.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="125"/>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="278"/>
        <source>Choose the label PDF…</source>
        <translation>Wybierz etykietę (PDF)…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="127"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="159"/>
        <source>Message to the buyer (required)</source>
        <translation>Wiadomość do kupującego (wymagana)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="163"/>
        <source>For example: where to send the parcel, or why no return is needed</source>
        <translation>Na przykład: dokąd wysłać paczkę albo dlaczego zwrot nie jest potrzebny</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="166"/>
        <source>Message to the buyer</source>
        <translation>Wiadomość do kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="175"/>
        <source>Send return decision</source>
        <translation>Wyślij decyzję o zwrocie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="204"/>
        <source>Claim No. %1</source>
        <translation>Reklamacja nr %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="207"/>
        <source>buyer %1</source>
        <translation>kupujący %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="247"/>
        <source>Choose the return label</source>
        <translation>Wybierz etykietę zwrotną</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="247"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="269"/>
        <source>Label: %1</source>
        <translation>Etykieta: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="273"/>
        <source>No label chosen yet</source>
        <translation>Nie wybrano jeszcze etykiety</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="278"/>
        <source>Choose another PDF…</source>
        <translation>Wybierz inny PDF…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="287"/>
        <source>Attach your return label as a PDF file: the buyer needs it to send the product back.</source>
        <translation>Załącz etykietę zwrotną jako plik PDF: kupujący potrzebuje jej, by odesłać produkt.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="293"/>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="305"/>
        <source>“%1” is not a PDF file. Choose the return label as a PDF.</source>
        <translation>„%1” nie jest plikiem PDF. Wybierz etykietę zwrotną w formacie PDF.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="302"/>
        <source>“%1” cannot be read. Check that the file still exists.</source>
        <translation>Nie można odczytać pliku „%1”. Sprawdź, czy nadal istnieje.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="314"/>
        <source>Choose whether the buyer has to send the product back.</source>
        <translation>Wybierz, czy kupujący ma odesłać produkt.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="321"/>
        <source>Write a message to the buyer: Allegro sends it with your decision.</source>
        <translation>Napisz wiadomość do kupującego: Allegro wyśle ją razem z Twoją decyzją.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="323"/>
        <source>The message is too long: Allegro accepts up to %1 characters.</source>
        <translation>Wiadomość jest za długa: Allegro przyjmuje do %1 znaków.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="425"/>
        <source>The demo could not start: %1</source>
        <translation>Nie udało się uruchomić wersji demonstracyjnej: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="372"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="393"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="420"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="734"/>
        <source>Demo</source>
        <extracomment>The open accounts&apos; clients by account id (&quot;&quot; for a server from the command line). The demo&apos;s emulator when it runs in this process (tests act on its state). The demo&apos;s emulator when it runs in a process of its own (the app). A server given at start: its name and the seller&apos;s login (from /me, once known).</extracomment>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="395"/>
        <source>Demo shop %1</source>
        <translation>Sklep demo %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="403"/>
        <source>Every demo shop is open already.</source>
        <translation>Wszystkie sklepy demo są już otwarte.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="497"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="522"/>
        <source>Starting the demo Allegro…</source>
        <translation>Uruchamianie demonstracyjnego serwera Allegro…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="585"/>
        <source>My shop</source>
        <translation>Mój sklep</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="732"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="733"/>
        <source>Allegro Sandbox</source>
        <translation>Allegro Sandbox</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="764"/>
        <source>All accounts (%n)</source>
        <translation>
            <numerusform>Wszystkie konta (%n)</numerusform>
            <numerusform>Wszystkie konta (%n)</numerusform>
            <numerusform>Wszystkie konta (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="777"/>
        <source>This build has no Allegro application ID yet: enter one in Settings.</source>
        <translation>Ta wersja programu nie ma jeszcze identyfikatora aplikacji Allegro (Client ID): wpisz go w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="157"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="164"/>
        <source>Allegro</source>
        <translation>Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="164"/>
        <source>Allegro Sandbox</source>
        <translation>Allegro Sandbox</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="171"/>
        <source>Allegro application</source>
        <translation>Aplikacja Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="177"/>
        <source>No system keyring is available, so secrets are kept in a file that only your user account can read.</source>
        <translation>Brak systemowego magazynu haseł, więc dane logowania są przechowywane w pliku, który może odczytać tylko Twoje konto użytkownika.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="187"/>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="191"/>
        <source>Takes effect after restart.</source>
        <translation>Zmiana zadziała po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="192"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="194"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="230"/>
        <source>Checking Allegro and notifications</source>
        <translation>Sprawdzanie Allegro i powiadomienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="235"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="237"/>
        <source>Check Allegro every (seconds)</source>
        <translation>Sprawdzaj Allegro co (sekundy)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="238"/>
        <source>Check Allegro every:</source>
        <translation>Sprawdzaj Allegro co:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="240"/>
        <source>New message from a buyer</source>
        <translation>Nowa wiadomość od kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="241"/>
        <source>New discussion or claim</source>
        <translation>Nowa dyskusja lub reklamacja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="242"/>
        <source>Status changed</source>
        <translation>Zmiana statusu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="243"/>
        <source>Allegro closed the conversation</source>
        <translation>Allegro zamknęło rozmowę</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="244"/>
        <source>An Allegro advisor joined</source>
        <translation>Dołączył doradca Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="245"/>
        <source>Deadline within 24 hours</source>
        <translation>Termin w ciągu 24 godzin</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="246"/>
        <source>Deadline within 3 hours</source>
        <translation>Termin w ciągu 3 godzin</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="247"/>
        <source>Deadline passed</source>
        <translation>Termin minął</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="256"/>
        <source>Notify me of:</source>
        <translation>Powiadamiaj mnie o:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="257"/>
        <source>Do not disturb (no notifications)</source>
        <translation>Nie przeszkadzać (bez powiadomień)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="295"/>
        <source>Enter the client secret of your own application.</source>
        <translation>Wpisz Client Secret własnej aplikacji.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="46"/>
        <source>Send the message (in the editor)</source>
        <translation>Wyślij wiadomość (w edytorze)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="50"/>
        <source>Insert a canned reply (in the editor)</source>
        <translation>Wstaw gotową odpowiedź (w edytorze)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="54"/>
        <source>Copy the selected messages (in the conversation)</source>
        <translation>Kopiuj zaznaczone wiadomości (w rozmowie)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="67"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="67"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
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
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="57"/>
        <source>The sign-in stopped unexpectedly. Start again.</source>
        <translation>Logowanie zostało nieoczekiwanie przerwane. Zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="39"/>
        <source>The app cannot receive the answer from the browser: another program may be using the port of the redirect address. Close it, or change the address in Settings.</source>
        <translation>Aplikacja nie może odebrać odpowiedzi z przeglądarki: port z adresu przekierowania może być zajęty przez inny program. Zamknij ten program lub zmień adres w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="45"/>
        <source>Allegro cannot be reached. Check your internet connection and start again.</source>
        <translation>Brak połączenia z Allegro. Sprawdź połączenie z internetem i zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="56"/>
        <source>Allegro refused the sign-in. Start again.</source>
        <translation>Allegro odrzuciło logowanie. Zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="51"/>
        <source>Allegro did not accept this app&apos;s client ID or secret, or the app is registered for another sign-in type. Check them in Settings.</source>
        <translation>Allegro nie przyjęło Client ID lub Client Secret tej aplikacji albo aplikacja jest zarejestrowana dla innego sposobu logowania. Sprawdź te dane w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="18"/>
        <source>Access was refused in the browser. If that was a mistake, start again.</source>
        <translation>W przeglądarce odmówiono dostępu. Jeśli to pomyłka, zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="22"/>
        <source>The code has expired. Start again to get a new one.</source>
        <translation>Kod wygasł. Zacznij od nowa, aby otrzymać nowy.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="25"/>
        <source>Allegro no longer recognises this code. Start again to get a new one.</source>
        <translation>Allegro nie rozpoznaje już tego kodu. Zacznij od nowa, aby otrzymać nowy.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="29"/>
        <source>The browser&apos;s answer did not belong to this sign-in, so it was ignored for your safety. Start again.</source>
        <translation>Odpowiedź z przeglądarki nie dotyczyła tego logowania, więc dla Twojego bezpieczeństwa została zignorowana. Zacznij od nowa.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="34"/>
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
    <name>TemplatePicker</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="52"/>
        <source>buyer&apos;s login</source>
        <translation>login kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="53"/>
        <source>reference number</source>
        <translation>numer zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="54"/>
        <source>order number</source>
        <translation>numer zamówienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="55"/>
        <source>offer title</source>
        <translation>tytuł oferty</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="56"/>
        <source>deadline</source>
        <translation>termin</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="74"/>
        <source>Insert a canned reply</source>
        <translation>Wstaw gotową odpowiedź</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="80"/>
        <source>Type to filter…</source>
        <translation>Wpisz, aby zawęzić…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="97"/>
        <source>No template matches.</source>
        <translation>Żaden szablon nie pasuje.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="101"/>
        <source>Manage templates…</source>
        <translation>Zarządzaj szablonami…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="104"/>
        <source>Insert</source>
        <translation>Wstaw</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="107"/>
        <source>Enter inserts at the cursor · Esc closes</source>
        <translation>Enter wstawia w miejscu kursora · Esc zamyka</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="55"/>
        <source>Canned replies</source>
        <translation>Gotowe odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="62"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="63"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="64"/>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="65"/>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="66"/>
        <source>Restore starter set…</source>
        <translation>Przywróć zestaw startowy…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="86"/>
        <source>Insert:</source>
        <translation>Wstaw:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="98"/>
        <source>Placeholders are filled in from the issue on screen; a value that is not known stays in brackets, e.g. [order number], for you to complete before sending.</source>
        <translation>Pola w klamrach wypełniają się danymi otwartego zgłoszenia; wartość, której nie znamy, zostaje w nawiasach, np. [numer zamówienia], do uzupełnienia przed wysłaniem.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="107"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="108"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="162"/>
        <source>New reply</source>
        <translation>Nowa odpowiedź</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="191"/>
        <source>The templates could not be saved: %1</source>
        <translation>Nie udało się zapisać szablonów: %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="213"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="249"/>
        <source>The buyer&apos;s login</source>
        <translation>Login kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="250"/>
        <source>The claim&apos;s or discussion&apos;s reference number</source>
        <translation>Numer reklamacji lub dyskusji</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="251"/>
        <source>The order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="252"/>
        <source>The offer&apos;s title</source>
        <translation>Tytuł oferty</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="253"/>
        <source>The deadline Allegro set for your answer</source>
        <translation>Termin odpowiedzi wyznaczony przez Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="259"/>
        <source>Restore starter set</source>
        <translation>Przywróć zestaw startowy</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="260"/>
        <source>Replace the list with the starter set? Your own templates will be removed.</source>
        <translation>Zastąpić listę zestawem startowym? Twoje własne szablony zostaną usunięte.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="48"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="48"/>
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="42"/>
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min po terminie</numerusform>
            <numerusform>%n min po terminie</numerusform>
            <numerusform>%n min po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="42"/>
        <source>in %n min</source>
        <translation>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
            <numerusform>za %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="45"/>
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n godz. po terminie</numerusform>
            <numerusform>%n godz. po terminie</numerusform>
            <numerusform>%n godz. po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="45"/>
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
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="71"/>
        <source>Show window</source>
        <translation>Pokaż okno</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="73"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="94"/>
        <source>%n awaiting your reply</source>
        <translation>
            <numerusform>%n zgłoszenie oczekuje na Twoją odpowiedź</numerusform>
            <numerusform>%n zgłoszenia oczekują na Twoją odpowiedź</numerusform>
            <numerusform>%n zgłoszeń oczekuje na Twoją odpowiedź</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="105"/>
        <source>a buyer</source>
        <translation>kupującego</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="106"/>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="139"/>
        <source>New message from %1</source>
        <translation>Nowa wiadomość od %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="109"/>
        <source>%n more conversations await your reply.</source>
        <translation>
            <numerusform>Jeszcze %n rozmowa oczekuje na Twoją odpowiedź.</numerusform>
            <numerusform>Jeszcze %n rozmowy oczekują na Twoją odpowiedź.</numerusform>
            <numerusform>Jeszcze %n rozmów oczekuje na Twoją odpowiedź.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="111"/>
        <source>Click to open the conversation.</source>
        <translation>Kliknij, aby otworzyć rozmowę.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="128"/>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="129"/>
        <source>New discussion or claim</source>
        <translation>Nowa dyskusja lub reklamacja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="130"/>
        <source>Status changed</source>
        <translation>Zmiana statusu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="131"/>
        <source>Allegro closed the conversation</source>
        <translation>Allegro zamknęło rozmowę</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="132"/>
        <source>An Allegro advisor joined</source>
        <translation>Dołączył doradca Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="133"/>
        <source>Due within 24 hours</source>
        <translation>Termin w ciągu 24 godzin</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="134"/>
        <source>Due within 3 hours</source>
        <translation>Termin w ciągu 3 godzin</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="135"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="141"/>
        <source>A buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="143"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="145"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i %n kolejna</numerusform>
            <numerusform>i %n kolejne</numerusform>
            <numerusform>i %n kolejnych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="45"/>
        <source>Check for updates…</source>
        <translation>Sprawdź aktualizacje…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="50"/>
        <source>Check for updates at start-up</source>
        <translation>Sprawdzaj aktualizacje przy uruchomieniu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="55"/>
        <source>At most once a day; it only tells you about a new version.</source>
        <translation>Najwyżej raz dziennie; tylko informuje o nowej wersji.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="111"/>
        <source>Check for updates</source>
        <translation>Sprawdzanie aktualizacji</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="119"/>
        <source>%1 %2 is available (you have %3).</source>
        <translation>Dostępna jest nowa wersja %1: %2 (masz %3).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="123"/>
        <source>Download it from the release page:</source>
        <translation>Pobierz ją ze strony wydania:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="126"/>
        <source>Open the release page</source>
        <translation>Otwórz stronę wydania</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="132"/>
        <source>You have the latest version (%1).</source>
        <translation>Masz najnowszą wersję (%1).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="145"/>
        <source>Could not reach the release page. Check the connection and try again.</source>
        <translation>Nie udało się połączyć ze stroną wydań. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="147"/>
        <source>The release page did not answer as expected. Try again later.</source>
        <translation>Strona wydań nie odpowiedziała zgodnie z oczekiwaniami. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="149"/>
        <source>The release page sent us to an insecure address; nothing was opened.</source>
        <translation>Strona wydań przekierowała pod niezabezpieczony adres; niczego nie otwarto.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="150"/>
        <source>The list of releases could not be read. Try again later.</source>
        <translation>Nie udało się odczytać listy wydań. Spróbuj ponownie później.</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="88"/>
        <source>Decide on the claim</source>
        <translation>Rozpatrz reklamację</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="96"/>
        <source>Allegro tells the buyer about your decision right away, with your message. A decision cannot be changed later.</source>
        <translation>Allegro od razu powiadomi kupującego o Twojej decyzji i przekaże Twoją wiadomość. Decyzji nie można później zmienić.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="106"/>
        <source>Choose a decision…</source>
        <translation>Wybierz decyzję…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="119"/>
        <source>Amount to refund</source>
        <translation>Kwota do zwrotu</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="125"/>
        <source>The buyer asked for %1.</source>
        <translation>Kupujący prosi o %1.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="130"/>
        <source>Explain your decision to the buyer</source>
        <translation>Wyjaśnij kupującemu swoją decyzję</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="142"/>
        <source>Review decision…</source>
        <translation>Sprawdź decyzję…</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="150"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="151"/>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="153"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="180"/>
        <source>Check before you send: Allegro tells the buyer at once, and the decision cannot be changed later.</source>
        <translation>Sprawdź przed wysłaniem: Allegro od razu powiadomi kupującego, a decyzji nie można później zmienić.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="189"/>
        <source>Claim</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="190"/>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="191"/>
        <source>Buyer expects</source>
        <translation>Kupujący oczekuje</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="192"/>
        <source>Your decision</source>
        <translation>Twoja decyzja</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="193"/>
        <source>You refund</source>
        <translation>Zwracasz</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="194"/>
        <source>Your message</source>
        <translation>Twoja wiadomość</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="204"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="208"/>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="244"/>
        <source>Accept claim</source>
        <translation>Uznaj reklamację</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="228"/>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="244"/>
        <source>Reject claim</source>
        <translation>Odrzuć reklamację</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="293"/>
        <source>Choose a decision.</source>
        <translation>Wybierz decyzję.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="296"/>
        <source>Enter the amount to refund (more than 0).</source>
        <translation>Wpisz kwotę do zwrotu (większą niż 0).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="300"/>
        <source>The partial refund cannot be more than the buyer asked for (%1).</source>
        <translation>Częściowy zwrot nie może przekraczać kwoty, o którą prosi kupujący (%1).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="303"/>
        <source>Write a message to the buyer that explains your decision.</source>
        <translation>Napisz do kupującego wiadomość z uzasadnieniem decyzji.</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="305"/>
        <source>The message is too long: Allegro accepts up to %1 characters.</source>
        <translation>Wiadomość jest za długa: Allegro przyjmuje najwyżej %1 znaków.</translation>
    </message>
</context>
<context>
    <name>_AppCredentialsTab</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="65"/>
        <source>Use the application built into this app</source>
        <translation>Użyj aplikacji wbudowanej w program</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="66"/>
        <source>Use my own application registered at Allegro</source>
        <translation>Użyj własnej aplikacji zarejestrowanej w Allegro</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="72"/>
        <source>Use the application built into this app (none in this build)</source>
        <translation>Użyj aplikacji wbudowanej w program (brak w tej wersji)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="82"/>
        <source>Device (code shown in the app)</source>
        <translation>Urządzenie (kod wyświetlany w programie)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="83"/>
        <source>Browser (redirect to this computer)</source>
        <translation>Przeglądarka (przekierowanie na ten komputer)</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="89"/>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="90"/>
        <source>Client secret:</source>
        <translation>Client Secret:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="91"/>
        <source>Application type:</source>
        <translation>Typ aplikacji:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="92"/>
        <source>Redirect address:</source>
        <translation>Adres przekierowania:</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="95"/>
        <source>Register the application at Allegro&apos;s developer portal. A browser-type application needs the redirect address above registered exactly, with http://localhost (Allegro refuses 127.0.0.1).</source>
        <translation>Zarejestruj aplikację w portalu Allegro dla deweloperów. Aplikacja typu przeglądarkowego wymaga zarejestrowania dokładnie powyższego adresu przekierowania, z http://localhost (Allegro nie przyjmuje 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="118"/>
        <source>Stored securely; leave empty to keep it</source>
        <translation>Przechowywany bezpiecznie; zostaw puste, aby go nie zmieniać</translation>
    </message>
</context>
</TS>
