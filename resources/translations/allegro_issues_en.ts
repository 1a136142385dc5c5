<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="30"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="46"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="53"/>
        <source>Answer discussions and claims from your Allegro buyers in one place (Allegro: Discussions and claims).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="63"/>
        <source>Free software under the MIT licence. Not affiliated with Allegro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="83"/>
        <source>Logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="84"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="85"/>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="94"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="98"/>
        <source>Copies versions, system and folder paths for a bug report. No passwords or tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="103"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/about_dialog.py" line="136"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="45"/>
        <source>Allegro</source>
        <extracomment>The server (and login, once known) of a token given at start; None: accounts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="46"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="47"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="82"/>
        <source>(signed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="90"/>
        <source>All accounts (%n)</source>
        <translation>
            <numerusform>All accounts (%n)</numerusform>
            <numerusform>All accounts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="94"/>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="95"/>
        <source>Switch, add or rename Allegro accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="121"/>
        <source>Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="124"/>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="128"/>
        <source>Sign in to “%1” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="133"/>
        <source>Sign out of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="139"/>
        <source>Token · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="141"/>
        <source>Connected to %1 with the token given at start (no account sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="172"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="173"/>
        <source>Name shown for this account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="94"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="95"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/banner.py" line="27"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserSignInDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="49"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="52"/>
        <source>Finish signing in in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="59"/>
        <source>Allegro opens in your browser. Sign in there as the seller and approve access; this window closes by itself when Allegro answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="73"/>
        <source>Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="76"/>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="78"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="102"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="103"/>
        <source>You can close this tab and go back to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="104"/>
        <source>Sign-in did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="105"/>
        <source>Go back to the app: it says what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="106"/>
        <source>en</source>
        <comment>HTML language code of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/browser_sign_in_dialog.py" line="116"/>
        <source>Waiting for Allegro…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="242"/>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="244"/>
        <source>The text is back in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="255"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="260"/>
        <source>Put back into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="310"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="311"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="312"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="313"/>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="135"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="154"/>
        <source>Retry</source>
        <extracomment>Asked before a message goes back to the editor: the outbox lets go of it at once, or answers False (its POST has begun). None: no outbox to ask (the panel alone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="269"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="376"/>
        <source>Loading conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="300"/>
        <source>This claim is closed, so Allegro does not accept new messages. You can still read the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="305"/>
        <source>This discussion is closed, so Allegro does not accept new messages. You can still read the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="312"/>
        <source>Allegro has stopped the chat while the claim is still open: it does not accept new messages for now. You can read the conversation; writing comes back when Allegro reopens the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="318"/>
        <source>Allegro has stopped the chat while the discussion is still open: it does not accept new messages for now. You can read the conversation; writing comes back when Allegro reopens the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="326"/>
        <source>Allegro refused your message just now: this claim does not accept new messages any more. What you wrote is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="331"/>
        <source>Allegro refused your message just now: this discussion does not accept new messages any more. What you wrote is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="337"/>
        <source>Allegro does not accept new messages in this claim now. You can still read the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="342"/>
        <source>Allegro does not accept new messages in this discussion now. You can still read the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="400"/>
        <source>The conversation could not be refreshed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="406"/>
        <source>The conversation could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="415"/>
        <source>No messages yet. Write the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="417"/>
        <source>There are no messages in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="547"/>
        <source>This message is already on its way to Allegro and cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="669"/>
        <source>Allegro did not confirm this message before the app closed. Check the conversation before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="60"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="61"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="176"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="176"/>
        <source>Copy %n messages</source>
        <translation>
            <numerusform>Copy %n message</numerusform>
            <numerusform>Copy %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="179"/>
        <source>Select text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="187"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="199"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="201"/>
        <source>Put back into the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="135"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="237"/>
        <source>Write to the buyer… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="136"/>
        <source>Message to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="144"/>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="146"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="149"/>
        <source>Images (PNG, JPEG, GIF, BMP, TIFF) or PDF, up to 2 MB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="152"/>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="154"/>
        <source>Insert a canned reply (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="164"/>
        <source>Send</source>
        <extracomment>Fills the templates&apos; placeholders for the issue on screen (set by the detail panel).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="168"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="239"/>
        <source>Writing is closed for this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="347"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="349"/>
        <source>Images and PDF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="392"/>
        <source>Allegro accepts up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="413"/>
        <source>“%1” cannot be attached: Allegro accepts only images (PNG, JPEG, GIF, BMP, TIFF) and PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="423"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="437"/>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="419"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="428"/>
        <source>“%1” cannot be read. Check that the file still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="433"/>
        <source>“%1” is %2 MB; Allegro accepts files up to 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceFlowDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="70"/>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="79"/>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="88"/>
        <source>Open Allegro in your browser and sign in as the seller. When Allegro shows this code, check that it matches and approve access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="116"/>
        <source>Open Allegro in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="120"/>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="269"/>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="146"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="149"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="188"/>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="195"/>
        <source>Allegro cannot be reached right now; still trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="201"/>
        <source>Waiting for you to approve access in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="213"/>
        <source>Asking Allegro for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="220"/>
        <source>On another device, go to %1 and enter the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="247"/>
        <source>The code is valid for %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/device_flow_dialog.py" line="265"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="64"/>
        <source>Something went wrong. Try again; if it keeps happening, copy the diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="38"/>
        <source>Cannot reach Allegro. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="31"/>
        <source>Allegro sent far more data than expected, so it was not read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="36"/>
        <source>Allegro&apos;s answer could not be read. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="42"/>
        <source>Your Allegro session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="44"/>
        <source>Allegro refused access. The app needs permission to manage discussions and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="49"/>
        <source>Allegro asked us to slow down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="51"/>
        <source>Allegro is having problems right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="53"/>
        <source>This discussion or claim is no longer available on Allegro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="55"/>
        <source>Allegro does not accept new messages in this issue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="57"/>
        <source>Allegro did not accept this request. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="61"/>
        <source>This link does not lead to Allegro, so it was not opened with your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="147"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="152"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="149"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="148"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="153"/>
        <source>Buyer expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="150"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="154"/>
        <source>Reason details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="155"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="156"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="234"/>
        <source>%1 – open on Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="249"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="254"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="33"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="42"/>
        <source>This app shows your Allegro post-purchase discussions and claims and lets you answer buyers from your desktop. It needs your permission to read and answer them on your seller account; you give it on Allegro&apos;s own page, so your password never passes through the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="56"/>
        <source>Sign in to Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="57"/>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="127"/>
        <source>Use your seller account on allegro.pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="64"/>
        <source>Sign in to the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="65"/>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="129"/>
        <source>Use a test account on the Allegro Sandbox; nothing there is real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="72"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="73"/>
        <source>Explore made-up discussions and claims; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/first_run.py" line="77"/>
        <source>Back to your discussions and claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDelegate</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="107"/>
        <source>No subject</source>
        <extracomment>The account&apos;s name (only when the list holds several accounts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="116"/>
        <source>Waiting for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="120"/>
        <source>Unknown buyer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDetailPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/panel.py" line="61"/>
        <source>Select a discussion or claim on the left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueFilterBar</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="68"/>
        <source>Search buyer, reference, order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="70"/>
        <source>Search issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="76"/>
        <source>Issue type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="78"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="79"/>
        <source>Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="80"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="88"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="89"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="90"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="96"/>
        <source>Awaiting my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="97"/>
        <source>Only issues where the buyer or Allegro wrote last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="101"/>
        <source>Return decision pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="102"/>
        <source>Only claims where you have not decided about a return yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="107"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="108"/>
        <source>Show the issues of all accounts, or of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="117"/>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="118"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="120"/>
        <source>Needs me first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="121"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="122"/>
        <source>Deadline soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="123"/>
        <source>Latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="193"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueHeader</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="62"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="159"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="165"/>
        <source>Decide on the return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="66"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="179"/>
        <source>Decide on claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="68"/>
        <source>Accept or reject the claim and tell the buyer why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="127"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="153"/>
        <source>Return decision sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="155"/>
        <source>Your return decision is on its way to Allegro; the badge changes once Allegro confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="161"/>
        <source>Tell the buyer whether to send the product back: with your label, on their own, or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="167"/>
        <source>Allegro does not accept messages in this claim now, so the return decision cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="179"/>
        <source>Sending decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="193"/>
        <source>Decide by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="195"/>
        <source>Deadline %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="203"/>
        <source>Deadline set by Allegro: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueListPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="66"/>
        <source>Issues</source>
        <extracomment>Relative deadlines (&quot;in 5 min&quot;) are repainted this often. Queue counts follow model changes within this delay (ms). The current row changed to another issue (its id). Not emitted for the same id twice in a row, nor when the selection merely disappears (e.g. filtered out). The queue sizes were recounted (a :class:`QueueCounts`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="431"/>
        <source>No issues match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="433"/>
        <source>No discussions or claims yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="445"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln issue</numerusform>
            <numerusform>%Ln issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="447"/>
        <source>%1 of %Ln issue(s)</source>
        <translation>
            <numerusform>%1 of %Ln issue</numerusform>
            <numerusform>%1 of %Ln issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="216"/>
        <source>Awaiting your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="36"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="37"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="38"/>
        <source>Closed without agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="39"/>
        <source>Awaiting your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="40"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="41"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="47"/>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="54"/>
        <source>Product not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="55"/>
        <source>No product in the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="56"/>
        <source>No proof of purchase, manual or warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="59"/>
        <source>Part of the product missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="60"/>
        <source>Product and parcel damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="63"/>
        <source>Product damaged, parcel intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="64"/>
        <source>Defect found during use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="65"/>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="66"/>
        <source>Seller does not want to accept the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="69"/>
        <source>Problem sending the product back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="72"/>
        <source>No refund after returning the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="75"/>
        <source>No refund after cancelling the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="78"/>
        <source>Goods not received after payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="81"/>
        <source>Items do not match the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="84"/>
        <source>Incomplete order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="85"/>
        <source>Item is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="86"/>
        <source>Problem withdrawing from the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="89"/>
        <source>Problem returning the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="92"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="112"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="113"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="114"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="115"/>
        <source>Partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="121"/>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="136"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="137"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="138"/>
        <source>Allegro advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="139"/>
        <source>Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="140"/>
        <source>Allegro Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="175"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="176"/>
        <source>Ask to end the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="177"/>
        <source>Return required – I provide the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="180"/>
        <source>Return required – buyer sends it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="148"/>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="183"/>
        <source>No return needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="190"/>
        <source>Accept: repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="191"/>
        <source>Accept: full refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="192"/>
        <source>Accept: exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="193"/>
        <source>Accept: partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="194"/>
        <source>Reject: additional requirements not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="197"/>
        <source>Reject: product not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="200"/>
        <source>Reject: damaged by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="203"/>
        <source>Reject: product conforms to the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="206"/>
        <source>Reject: minor defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="207"/>
        <source>Reject: other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="208"/>
        <source>Reject: withdrawn by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="27"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="28"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="29"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="142"/>
        <source>Unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="147"/>
        <source>Return required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="149"/>
        <source>Return decision pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="156"/>
        <source>You decided that the buyer must send the product back before the claim is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="160"/>
        <source>You decided that the buyer does not need to send the product back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="163"/>
        <source>You have not decided yet whether the buyer must return the product. Tell the buyer in the chat: return with your label, return at the buyer&apos;s cost, or no return needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="129"/>
        <source>Statutory warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="130"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="116"/>
        <source>Allegro – Discussions and claims</source>
        <extracomment>The list now shows another account, or all (None); accounts came or went.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="311"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="246"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="151"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="252"/>
        <source>Load discussions and claims again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="255"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="260"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="268"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="274"/>
        <source>About %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="287"/>
        <source>Next issue that needs me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="324"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="327"/>
        <source>Canned &amp;replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="332"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="338"/>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="342"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="580"/>
        <source>Allegro is slow to answer, still trying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="846"/>
        <source>Nothing else needs you in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1425"/>
        <source>Loading discussions and claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1428"/>
        <source>Loading discussions and claims… %n loaded</source>
        <translation>
            <numerusform>Loading discussions and claims… %n loaded</numerusform>
            <numerusform>Loading discussions and claims… %n loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1048"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1448"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1449"/>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1439"/>
        <source>%n discussions and claims</source>
        <translation>
            <numerusform>%n discussion or claim</numerusform>
            <numerusform>%n discussions and claims</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="914"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="937"/>
        <source>Filters cleared to show the chosen issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1001"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1039"/>
        <source>%2: offline since %1 — showing what was saved. Replies wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1043"/>
        <source>Offline since %1 — showing what was saved. Replies wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1103"/>
        <source>A saved draft could not be read and was put aside, unchanged, as %1. The conversation opens without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1095"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1106"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1138"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1165"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="279"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="860"/>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1027"/>
        <source>%2: offline, last update from Allegro %1. Showing what was saved; replies wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1032"/>
        <source>Offline, last update from Allegro %1. Showing what was saved; replies wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1092"/>
        <source>A draft could not be saved on this computer (is the disk full?). It is kept while the app is open and saved as soon as that works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1118"/>
        <source>The saved data was damaged and has been put aside; the app starts afresh from Allegro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1122"/>
        <source>The saved data is in use by another program (is the app open twice?). This window works from Allegro without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1126"/>
        <source>The app cannot write its data folder. It works from Allegro, but nothing is saved for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1130"/>
        <source>The saved data comes from a newer version of the app and was left untouched. This window works from Allegro without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1134"/>
        <source>The app cannot save its data (is the disk full?). It works from Allegro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1149"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1151"/>
        <source>%n new discussion(s) or claim(s)</source>
        <translation>
            <numerusform>%n new discussion or claim</numerusform>
            <numerusform>%n new discussions or claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1153"/>
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1155"/>
        <source>Since %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1157"/>
        <source>Since the last start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1276"/>
        <source>Not sent again: Allegro could not be asked whether it already has this message. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1283"/>
        <source>Not sent again: the conversation already has a message with these words, sent after this one. If it is not yours, put this one back and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1319"/>
        <source>The decision was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1349"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1357"/>
        <source>Could not open %1: the file could not be stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1367"/>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1383"/>
        <source>%1 is not a picture or a PDF, so it is not opened here. Save it and check it before you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1388"/>
        <source>Save attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1413"/>
        <source>%1 could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1416"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1457"/>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="1462"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="151"/>
        <source>Paid in total</source>
        <extracomment>The delivery and tracking sit beside the items only when both get their room: the facts whole within this share of the card, the items at least this wide; else under the items. The running load (the window cancels and awaits it with its own work).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="153"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="162"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="344"/>
        <source>Loading the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="362"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="373"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="396"/>
        <source>Bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="399"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="419"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="433"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="444"/>
        <source>%1 each, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="485"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="486"/>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="498"/>
        <source>Order details need the orders permission: sign in again to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="512"/>
        <source>The offer&apos;s title and picture need the offers permission: sign in again to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="500"/>
        <source>Allegro no longer shows this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="502"/>
        <source>Order details could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/order_view.py" line="504"/>
        <source>Order as saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingText</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="19"/>
        <source>Waiting for the connection to Allegro: it is sent as soon as Allegro answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="26"/>
        <source>Allegro did not confirm this message and it is not in the conversation yet. The app keeps checking; send it again only if it does not appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="35"/>
        <source>Not sent: Allegro does not accept new messages in this issue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="42"/>
        <source>Not sent: the file %1 cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="46"/>
        <source>Not sent: Allegro did not accept the sign-in. Sign in again, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="51"/>
        <source>Not sent: there is no connection to Allegro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/outgoing_text.py" line="52"/>
        <source>Not sent: Allegro refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="45"/>
        <source>Needs me</source>
        <extracomment>The queues of the &quot;More queues&quot; menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="46"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="47"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="49"/>
        <source>Return decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="50"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="51"/>
        <source>Claims: to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="52"/>
        <source>Claims: to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="48"/>
        <source>Awaiting my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="53"/>
        <source>Claims: resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="54"/>
        <source>Discussions: to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="55"/>
        <source>Discussions: waiting for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="56"/>
        <source>Discussions: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="57"/>
        <source>Everything, closed too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="58"/>
        <source>Custom filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="64"/>
        <source>Open issues awaiting your reply or your decision: overdue first, then by Allegro&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="69"/>
        <source>Open issues whose deadline set by Allegro has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="70"/>
        <source>Open issues whose deadline ends later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="71"/>
        <source>The buyer or Allegro wrote last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="72"/>
        <source>Open claims where you have not decided about a return yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="75"/>
        <source>Every open discussion and claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/queue_bar.py" line="167"/>
        <source>More queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDecisionDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="68"/>
        <source>The buyer is asked to send the product back with the prepaid return label you attach as a PDF.</source>
        <extracomment>The three decisions, in the order a seller weighs them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="73"/>
        <source>The buyer is asked to send the product back themselves, the way your message describes (address, carrier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="78"/>
        <source>The buyer is told to keep the product: nothing needs to be sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="103"/>
        <source>Decide on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="113"/>
        <source>Does the buyer have to send the product back? Allegro shows your choice to the buyer together with your message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="125"/>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="278"/>
        <source>Choose the label PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="127"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="159"/>
        <source>Message to the buyer (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="163"/>
        <source>For example: where to send the parcel, or why no return is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="166"/>
        <source>Message to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="175"/>
        <source>Send return decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="204"/>
        <source>Claim No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="207"/>
        <source>buyer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="247"/>
        <source>Choose the return label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="247"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="269"/>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="273"/>
        <source>No label chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="278"/>
        <source>Choose another PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="287"/>
        <source>Attach your return label as a PDF file: the buyer needs it to send the product back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="293"/>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="305"/>
        <source>“%1” is not a PDF file. Choose the return label as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="302"/>
        <source>“%1” cannot be read. Check that the file still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="314"/>
        <source>Choose whether the buyer has to send the product back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="321"/>
        <source>Write a message to the buyer: Allegro sends it with your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/return_dialog.py" line="323"/>
        <source>The message is too long: Allegro accepts up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="425"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="372"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="393"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="420"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="734"/>
        <source>Demo</source>
        <extracomment>The open accounts&apos; clients by account id (&quot;&quot; for a server from the command line). The demo&apos;s emulator when it runs in this process (tests act on its state). The demo&apos;s emulator when it runs in a process of its own (the app). A server given at start: its name and the seller&apos;s login (from /me, once known).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="395"/>
        <source>Demo shop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="403"/>
        <source>Every demo shop is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="497"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="522"/>
        <source>Starting the demo Allegro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="585"/>
        <source>My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="732"/>
        <source>Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="733"/>
        <source>Allegro Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="764"/>
        <source>All accounts (%n)</source>
        <translation>
            <numerusform>All accounts (%n)</numerusform>
            <numerusform>All accounts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="777"/>
        <source>This build has no Allegro application ID yet: enter one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="157"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="164"/>
        <source>Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="164"/>
        <source>Allegro Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="171"/>
        <source>Allegro application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="177"/>
        <source>No system keyring is available, so secrets are kept in a file that only your user account can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="187"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="191"/>
        <source>Takes effect after restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="192"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="194"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="230"/>
        <source>Checking Allegro and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="235"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="237"/>
        <source>Check Allegro every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="238"/>
        <source>Check Allegro every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="240"/>
        <source>New message from a buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="241"/>
        <source>New discussion or claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="242"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="243"/>
        <source>Allegro closed the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="244"/>
        <source>An Allegro advisor joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="245"/>
        <source>Deadline within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="246"/>
        <source>Deadline within 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="247"/>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="256"/>
        <source>Notify me of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="257"/>
        <source>Do not disturb (no notifications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="295"/>
        <source>Enter the client secret of your own application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="46"/>
        <source>Send the message (in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="50"/>
        <source>Insert a canned reply (in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="54"/>
        <source>Copy the selected messages (in the conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="67"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/shortcuts_dialog.py" line="67"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInBanner</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/sign_in_banner.py" line="21"/>
        <source>Your Allegro session for “%1” has ended. Sign in again to continue; what you see and anything you typed stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/sign_in_banner.py" line="26"/>
        <source>Your Allegro session has ended. Sign in again to continue; what you see and anything you typed stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/sign_in_banner.py" line="29"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="57"/>
        <source>The sign-in stopped unexpectedly. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="39"/>
        <source>The app cannot receive the answer from the browser: another program may be using the port of the redirect address. Close it, or change the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="45"/>
        <source>Allegro cannot be reached. Check your internet connection and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="56"/>
        <source>Allegro refused the sign-in. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="51"/>
        <source>Allegro did not accept this app&apos;s client ID or secret, or the app is registered for another sign-in type. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="18"/>
        <source>Access was refused in the browser. If that was a mistake, start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="22"/>
        <source>The code has expired. Start again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="25"/>
        <source>Allegro no longer recognises this code. Start again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="29"/>
        <source>The browser&apos;s answer did not belong to this sign-in, so it was ignored for your safety. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="34"/>
        <source>Allegro did not finish the sign-in. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/storage_notice.py" line="25"/>
        <source>Where sign-in data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/storage_notice.py" line="27"/>
        <source>This computer has no system keyring, so your Allegro sign-in is kept in a file that only your user account can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="52"/>
        <source>buyer&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="53"/>
        <source>reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="54"/>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="55"/>
        <source>offer title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="56"/>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="74"/>
        <source>Insert a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="80"/>
        <source>Type to filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="97"/>
        <source>No template matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="101"/>
        <source>Manage templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="104"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/template_picker.py" line="107"/>
        <source>Enter inserts at the cursor · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="55"/>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="62"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="63"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="64"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="65"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="66"/>
        <source>Restore starter set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="86"/>
        <source>Insert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="98"/>
        <source>Placeholders are filled in from the issue on screen; a value that is not known stays in brackets, e.g. [order number], for you to complete before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="107"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="108"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="162"/>
        <source>New reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="191"/>
        <source>The templates could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="213"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="249"/>
        <source>The buyer&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="250"/>
        <source>The claim&apos;s or discussion&apos;s reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="251"/>
        <source>The order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="252"/>
        <source>The offer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="253"/>
        <source>The deadline Allegro set for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="259"/>
        <source>Restore starter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/templates_dialog.py" line="260"/>
        <source>Replace the list with the starter set? Your own templates will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="48"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="48"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="42"/>
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min overdue</numerusform>
            <numerusform>%n min overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="42"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="45"/>
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n h overdue</numerusform>
            <numerusform>%n h overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="45"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="71"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="73"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="94"/>
        <source>%n awaiting your reply</source>
        <translation>
            <numerusform>%n awaiting your reply</numerusform>
            <numerusform>%n awaiting your reply</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="105"/>
        <source>a buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="106"/>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="139"/>
        <source>New message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="109"/>
        <source>%n more conversations await your reply.</source>
        <translation>
            <numerusform>%n more conversation awaits your reply.</numerusform>
            <numerusform>%n more conversations await your reply.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="111"/>
        <source>Click to open the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="128"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="129"/>
        <source>New discussion or claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="130"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="131"/>
        <source>Allegro closed the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="132"/>
        <source>An Allegro advisor joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="133"/>
        <source>Due within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="134"/>
        <source>Due within 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="135"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="141"/>
        <source>A buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="143"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="145"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="45"/>
        <source>Check for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="50"/>
        <source>Check for updates at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="55"/>
        <source>At most once a day; it only tells you about a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="111"/>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="119"/>
        <source>%1 %2 is available (you have %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="123"/>
        <source>Download it from the release page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="126"/>
        <source>Open the release page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="132"/>
        <source>You have the latest version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="145"/>
        <source>Could not reach the release page. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="147"/>
        <source>The release page did not answer as expected. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="149"/>
        <source>The release page sent us to an insecure address; nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/update_check.py" line="150"/>
        <source>The list of releases could not be read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="88"/>
        <source>Decide on the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="96"/>
        <source>Allegro tells the buyer about your decision right away, with your message. A decision cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="106"/>
        <source>Choose a decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="119"/>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="125"/>
        <source>The buyer asked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="130"/>
        <source>Explain your decision to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="142"/>
        <source>Review decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="150"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="151"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="153"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="180"/>
        <source>Check before you send: Allegro tells the buyer at once, and the decision cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="189"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="190"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="191"/>
        <source>Buyer expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="192"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="193"/>
        <source>You refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="194"/>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="204"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="208"/>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="244"/>
        <source>Accept claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="228"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="244"/>
        <source>Reject claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="293"/>
        <source>Choose a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="296"/>
        <source>Enter the amount to refund (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="300"/>
        <source>The partial refund cannot be more than the buyer asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="303"/>
        <source>Write a message to the buyer that explains your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="305"/>
        <source>The message is too long: Allegro accepts up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AppCredentialsTab</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="65"/>
        <source>Use the application built into this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="66"/>
        <source>Use my own application registered at Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="72"/>
        <source>Use the application built into this app (none in this build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="82"/>
        <source>Device (code shown in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="83"/>
        <source>Browser (redirect to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="89"/>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="90"/>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="91"/>
        <source>Application type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="92"/>
        <source>Redirect address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="95"/>
        <source>Register the application at Allegro&apos;s developer portal. A browser-type application needs the redirect address above registered exactly, with http://localhost (Allegro refuses 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="118"/>
        <source>Stored securely; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
