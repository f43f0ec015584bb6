<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>peerdesk::Cli</name>
    <message numerus="yes">
        <source>Vault verified: encryption, integrity, references and %n audit row(s) are intact.</source>
        <translation>
            <numerusform>Vault verified: encryption, integrity, references and %n audit row are intact.</numerusform>
            <numerusform>Vault verified: encryption, integrity, references and %n audit rows are intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::DashboardPage</name>
    <message numerus="yes">
        <source>PeerDesk locks itself after %n minute(s) without activity. Ctrl+L locks it now.</source>
        <translation>
            <numerusform>PeerDesk locks itself after %n minute without activity. Ctrl+L locks it now.</numerusform>
            <numerusform>PeerDesk locks itself after %n minutes without activity. Ctrl+L locks it now.</numerusform>
        </translation>
    </message>
</context>
</TS>
