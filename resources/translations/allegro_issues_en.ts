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
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="36"/>
        <source>Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="37"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="38"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="57"/>
        <source>(signed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="62"/>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="63"/>
        <source>Switch, add or rename Allegro accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="80"/>
        <source>Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="83"/>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="87"/>
        <source>Sign in to “%1” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="92"/>
        <source>Sign out of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="114"/>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/account_switcher.py" line="115"/>
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
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="230"/>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="232"/>
        <source>The text is back in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="239"/>
        <source>Put back into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="290"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="291"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_delegate.py" line="292"/>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="86"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="105"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="203"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="236"/>
        <source>Loading conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="219"/>
        <source>Allegro does not accept new messages in this claim now. You can still read the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="224"/>
        <source>Allegro does not accept new messages in this discussion now. You can still read the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="260"/>
        <source>The conversation could not be refreshed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="266"/>
        <source>The conversation could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="275"/>
        <source>No messages yet. Write the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="277"/>
        <source>There are no messages in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_panel.py" line="470"/>
        <source>Allegro did not confirm this message before the app closed. Check the conversation before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="58"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="59"/>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="172"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="172"/>
        <source>Copy %n messages</source>
        <translation>
            <numerusform>Copy %n message</numerusform>
            <numerusform>Copy %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="175"/>
        <source>Select text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="183"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/chat_view.py" line="191"/>
        <source>Put back into the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="134"/>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="205"/>
        <source>Write to the buyer… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="135"/>
        <source>Message to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="143"/>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="145"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="148"/>
        <source>Images (PNG, JPEG, GIF, BMP, TIFF) or PDF, up to 2 MB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="153"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="157"/>
        <source>Send the message (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="207"/>
        <source>Writing is closed for this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="297"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="299"/>
        <source>Images and PDF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="342"/>
        <source>Allegro accepts up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="359"/>
        <source>“%1” cannot be attached: Allegro accepts only images (PNG, JPEG, GIF, BMP, TIFF) and PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="368"/>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="377"/>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="366"/>
        <source>“%1” cannot be read. Check that the file still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/composer.py" line="372"/>
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
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="49"/>
        <source>Something went wrong. Try again; if it keeps happening, copy the diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="30"/>
        <source>Cannot reach Allegro. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="32"/>
        <source>Your Allegro session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="34"/>
        <source>Allegro refused access. The app needs permission to manage discussions and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="38"/>
        <source>Allegro asked us to slow down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="40"/>
        <source>Allegro is having problems right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="42"/>
        <source>This discussion or claim is no longer available on Allegro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="44"/>
        <source>Allegro does not accept new messages in this issue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="46"/>
        <source>Allegro did not accept this request. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/error_text.py" line="48"/>
        <source>This link does not lead to Allegro, so it was not opened with your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="77"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="82"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="79"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="78"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="83"/>
        <source>Buyer expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="80"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="84"/>
        <source>Reason details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="85"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="86"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="153"/>
        <source>%1 – open on Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="170"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/facts_view.py" line="175"/>
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
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="80"/>
        <source>No subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/delegate.py" line="87"/>
        <source>Unknown buyer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDetailPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/panel.py" line="48"/>
        <source>Select a discussion or claim on the left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueFilterBar</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="37"/>
        <source>Search buyer, reference, order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="39"/>
        <source>Search issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="45"/>
        <source>Issue type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="47"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="48"/>
        <source>Discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="49"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="57"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="58"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="59"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="65"/>
        <source>Awaiting my reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="66"/>
        <source>Only issues where the buyer or Allegro wrote last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="70"/>
        <source>Return decision pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="71"/>
        <source>Only claims where you have not decided about a return yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="76"/>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="77"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="79"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="80"/>
        <source>Deadline soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/filter_bar.py" line="81"/>
        <source>Latest message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueHeader</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="58"/>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="124"/>
        <source>Decide on claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="60"/>
        <source>Accept or reject the claim and tell the buyer why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="107"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="124"/>
        <source>Sending decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="138"/>
        <source>Decide by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="140"/>
        <source>Deadline %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/header.py" line="148"/>
        <source>Deadline set by Allegro: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueListPanel</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="54"/>
        <source>Issues</source>
        <extracomment>Relative deadlines (&quot;in 5 min&quot;) are repainted this often. The current row changed to another issue (its id). Not emitted for the same id twice in a row, nor when the selection merely disappears (e.g. filtered out).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="205"/>
        <source>No issues match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="207"/>
        <source>No discussions or claims yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="219"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln issue</numerusform>
            <numerusform>%Ln issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/issue_list/panel.py" line="221"/>
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
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="175"/>
        <source>Awaiting your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="35"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="36"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="37"/>
        <source>Closed without agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="38"/>
        <source>Awaiting your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="39"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="40"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="46"/>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="53"/>
        <source>Product not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="54"/>
        <source>No product in the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="55"/>
        <source>No proof of purchase, manual or warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="56"/>
        <source>Part of the product missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="57"/>
        <source>Product and parcel damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="58"/>
        <source>Product damaged, parcel intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="59"/>
        <source>Defect found during use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="60"/>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="61"/>
        <source>Seller does not want to accept the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="62"/>
        <source>Problem sending the product back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="63"/>
        <source>No refund after returning the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="64"/>
        <source>No refund after cancelling the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="65"/>
        <source>Goods not received after payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="66"/>
        <source>Items do not match the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="67"/>
        <source>Incomplete order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="68"/>
        <source>Item is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="69"/>
        <source>Problem withdrawing from the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="72"/>
        <source>Problem returning the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="73"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="86"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="87"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="88"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="89"/>
        <source>Partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="95"/>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="107"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="108"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="109"/>
        <source>Allegro advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="110"/>
        <source>Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="111"/>
        <source>Allegro Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="144"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="145"/>
        <source>Ask to end the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="146"/>
        <source>Return required – I provide the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="147"/>
        <source>Return required – buyer sends it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="148"/>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="119"/>
        <source>No return needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="155"/>
        <source>Accept: repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="156"/>
        <source>Accept: full refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="157"/>
        <source>Accept: exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="158"/>
        <source>Accept: partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="159"/>
        <source>Reject: additional requirements not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="162"/>
        <source>Reject: product not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="163"/>
        <source>Reject: damaged by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="164"/>
        <source>Reject: product conforms to the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="167"/>
        <source>Reject: minor defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="168"/>
        <source>Reject: other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="169"/>
        <source>Reject: withdrawn by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="26"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="27"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="28"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="113"/>
        <source>Unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="118"/>
        <source>Return required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="120"/>
        <source>Return decision pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="127"/>
        <source>You decided that the buyer must send the product back before the claim is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="130"/>
        <source>You decided that the buyer does not need to send the product back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="133"/>
        <source>You have not decided yet whether the buyer must return the product. Tell the buyer in the chat: return with your label, return at the buyer&apos;s cost, or no return needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="102"/>
        <source>Statutory warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/labels.py" line="102"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="97"/>
        <source>Allegro – Discussions and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="248"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="211"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="131"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="217"/>
        <source>Load discussions and claims again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="220"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="225"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="233"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="239"/>
        <source>About %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="266"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="483"/>
        <source>Loading discussions and claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="505"/>
        <source>Loading discussions and claims… %n loaded</source>
        <translation>
            <numerusform>Loading discussions and claims… %n loaded</numerusform>
            <numerusform>Loading discussions and claims… %n loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="513"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="514"/>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="525"/>
        <source>%n discussions and claims</source>
        <translation>
            <numerusform>%n discussion or claim</numerusform>
            <numerusform>%n discussions and claims</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="616"/>
        <source>Not sent: there is no connection to Allegro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="633"/>
        <source>Sending was interrupted. Check the conversation before sending this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="688"/>
        <source>Not sent: Allegro does not accept new messages in this issue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="644"/>
        <source>Allegro did not answer in time and the message is not in the conversation. Your text is kept: send it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="652"/>
        <source>Not sent: the file %1 cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="659"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="703"/>
        <source>The decision was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="729"/>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/main_window.py" line="743"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="197"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="206"/>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="408"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="243"/>
        <source>Starting the demo Allegro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="310"/>
        <source>My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="406"/>
        <source>Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="407"/>
        <source>Allegro Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/session_controller.py" line="434"/>
        <source>This build has no Allegro application ID yet: enter one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="155"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="162"/>
        <source>Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="162"/>
        <source>Allegro Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="169"/>
        <source>Allegro application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="175"/>
        <source>No system keyring is available, so secrets are kept in a file that only your user account can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="185"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="189"/>
        <source>Takes effect after restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="190"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="192"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="228"/>
        <source>Enter the client secret of your own application.</source>
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
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="48"/>
        <source>The sign-in stopped unexpectedly. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="35"/>
        <source>The app cannot receive the answer from the browser: another program may be using the port of the redirect address. Close it, or change the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="40"/>
        <source>Allegro cannot be reached. Check your internet connection and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="47"/>
        <source>Allegro refused the sign-in. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="43"/>
        <source>Allegro did not accept this app&apos;s client ID or secret, or the app is registered for another sign-in type. Check them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="21"/>
        <source>Access was refused in the browser. If that was a mistake, start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="24"/>
        <source>The code has expired. Start again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="25"/>
        <source>Allegro no longer recognises this code. Start again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="28"/>
        <source>The browser&apos;s answer did not belong to this sign-in, so it was ignored for your safety. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/messages.py" line="32"/>
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
    <name>Time</name>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="49"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="49"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="44"/>
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min overdue</numerusform>
            <numerusform>%n min overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="44"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="47"/>
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n h overdue</numerusform>
            <numerusform>%n h overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/timefmt.py" line="47"/>
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
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="70"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="72"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="93"/>
        <source>%n awaiting your reply</source>
        <translation>
            <numerusform>%n awaiting your reply</numerusform>
            <numerusform>%n awaiting your reply</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="104"/>
        <source>a buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="105"/>
        <source>New message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="108"/>
        <source>%n more conversations await your reply.</source>
        <translation>
            <numerusform>%n more conversation awaits your reply.</numerusform>
            <numerusform>%n more conversations await your reply.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/tray.py" line="110"/>
        <source>Click to open the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="63"/>
        <source>Decide on the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="70"/>
        <source>Allegro tells the buyer about your decision right away, with your message. A decision cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="80"/>
        <source>Choose a decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="93"/>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="99"/>
        <source>The buyer asked for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="104"/>
        <source>Explain your decision to the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="116"/>
        <source>Send decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="124"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="125"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="127"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="165"/>
        <source>Choose a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="168"/>
        <source>Enter the amount to refund (more than 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="172"/>
        <source>The partial refund cannot be more than the buyer asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="175"/>
        <source>Write a message to the buyer that explains your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/detail/verdict_dialog.py" line="177"/>
        <source>The message is too long: Allegro accepts up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AppCredentialsTab</name>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="63"/>
        <source>Use the application built into this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="64"/>
        <source>Use my own application registered at Allegro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="70"/>
        <source>Use the application built into this app (none in this build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="80"/>
        <source>Device (code shown in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="81"/>
        <source>Browser (redirect to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="87"/>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="88"/>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="89"/>
        <source>Application type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="90"/>
        <source>Redirect address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="93"/>
        <source>Register the application at Allegro&apos;s developer portal. A browser-type application needs the redirect address above registered exactly, with http://localhost (Allegro refuses 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../allegro_issues_desktop/ui/auth/settings_dialog.py" line="116"/>
        <source>Stored securely; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
