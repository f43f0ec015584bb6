<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>Parameter %1 does not fit in a 64-bit signed integer</source>
        <translation>Le paramètre %1 ne tient pas dans un entier signé de 64 bits</translation>
    </message>
    <message>
        <source>Parameter %1 has a type that cannot be stored: %2</source>
        <translation>Le paramètre %1 est d’un type qui ne peut pas être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>La base de données n’est pas ouverte</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Impossible de préparer la requête</translation>
    </message>
    <message>
        <source>The statement is too long</source>
        <translation>La requête est trop longue</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>La requête est vide</translation>
    </message>
    <message>
        <source>Only one SQL statement can be run at a time</source>
        <translation>Une seule requête SQL peut être exécutée à la fois</translation>
    </message>
    <message>
        <source>Unable to bind the parameters</source>
        <translation>Impossible de lier les paramètres</translation>
    </message>
    <message>
        <source>The statement has %1 parameters but %2 values were bound</source>
        <translation>La requête compte %1 paramètres, mais %2 valeurs ont été liées</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Impossible d’exécuter la requête</translation>
    </message>
    <message>
        <source>Nothing was prepared</source>
        <translation>Aucune requête n’a été préparée</translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation>Impossible de lire la rangée</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Coordinating physician peer support, privately.</source>
        <translation>Coordonner le soutien par les pairs pour les médecins, en toute confidentialité.</translation>
    </message>
    <message>
        <source>Open or create the vault in &lt;folder&gt;.</source>
        <translation>Ouvrir ou créer le coffre dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Sign in to the program server of this connection profile, now and at the next start (docs/server.md).</source>
        <translation>Se connecter au serveur de programme de ce profil de connexion, maintenant et au prochain démarrage (docs/server.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>peerdesk::AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>Choose a one-time initial passphrase and give it to the person in a safe way. At their first unlock PeerDesk asks them to choose their own, and nothing else opens until they do.</source>
        <translation>Choisissez une phrase de passe initiale à usage unique et remettez-la à la personne de façon sûre. À son premier déverrouillage, PeerDesk lui demande de choisir la sienne, et rien d’autre ne s’ouvre avant.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Reactivate the account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Ajouter un c&amp;ompte…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Deactivate the account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Reactivate the account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Deactivate %1? Their key slot leaves the vault at once; an administrator can reactivate the account later with a new initial passphrase.</source>
        <translation>Désactiver %1&#xa0;? Son emplacement de clé quitte le coffre aussitôt&#xa0;; un administrateur pourra réactiver le compte plus tard avec une nouvelle phrase de passe initiale.</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Ajout du compte…</translation>
    </message>
    <message>
        <source>Account %1 added. Give them the initial passphrase in a safe way.</source>
        <translation>Compte %1 ajouté. Remettez-lui la phrase de passe initiale de façon sûre.</translation>
    </message>
    <message>
        <source>Deactivating the account…</source>
        <translation>Désactivation du compte…</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>Reactivating the account…</source>
        <translation>Réactivation du compte…</translation>
    </message>
    <message>
        <source>Account %1 reactivated with an initial passphrase.</source>
        <translation>Compte %1 réactivé avec une phrase de passe initiale.</translation>
    </message>
    <message>
        <source>Removing the account…</source>
        <translation>Suppression du compte…</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>New re&amp;covery key…</source>
        <translation>Nouvelle clé de ré&amp;cupération…</translation>
    </message>
    <message>
        <source>Make a new recovery key; the old one stops working</source>
        <translation>Créer une nouvelle clé de récupération&#xa0;; l’ancienne cesse de fonctionner</translation>
    </message>
    <message>
        <source>Make a new recovery key? The current one stops opening the vault at once, wherever it is kept.</source>
        <translation>Créer une nouvelle clé de récupération&#xa0;? L’actuelle cesse aussitôt d’ouvrir le coffre, où qu’elle soit conservée.</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Création d’une nouvelle clé de récupération…</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer opens the vault.</source>
        <translation>Une nouvelle clé de récupération a été créée&#xa0;; l’ancienne n’ouvre plus le coffre.</translation>
    </message>
    <message>
        <source>New data &amp;key…</source>
        <translation>&amp;Nouvelle clé de données…</translation>
    </message>
    <message>
        <source>Give the vault a new data key; old copies of its key file stop opening it</source>
        <translation>Donner une nouvelle clé de données au coffre&#xa0;; les anciennes copies de son fichier de clés ne l’ouvrent plus</translation>
    </message>
    <message>
        <source>Remove %1 for good? Their key slot leaves the vault.

If they may keep a copy of the vault&apos;s files (a backup, an old keyring.json), also give the vault a new data key: PeerDesk then closes the window, changes the key, and asks everyone to unlock again.</source>
        <translation>Supprimer %1 définitivement&#xa0;? Son emplacement de clé quitte le coffre.

Si cette personne peut garder une copie des fichiers du coffre (une sauvegarde, un ancien keyring.json), donnez aussi une nouvelle clé de données au coffre&#xa0;: PeerDesk ferme alors la fenêtre, change la clé et demande à chacun de déverrouiller de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove and change the &amp;key</source>
        <translation>Supprimer et changer la &amp;clé</translation>
    </message>
    <message>
        <source>Give the vault a new data key? The window closes while the key is changed and PeerDesk asks for your passphrase again. Copies of keyring.json made before, and the passphrases in them, stop opening the vault; backups made before keep their old key.</source>
        <translation>Donner une nouvelle clé de données au coffre&#xa0;? La fenêtre se ferme pendant le changement de clé, puis PeerDesk vous redemande votre phrase de passe. Les copies antérieures de keyring.json, et les phrases de passe qu’elles contiennent, n’ouvrent plus le coffre&#xa0;; les sauvegardes antérieures gardent leur ancienne clé.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate…</source>
        <translation>Réact&amp;iver…</translation>
    </message>
    <message>
        <source>New identity &amp;key…</source>
        <translation>Nouvelle clé d’&amp;identité…</translation>
    </message>
    <message>
        <source>Give the program a new key to names and contact details; copies of key slots made before stop opening them</source>
        <translation>Donner au programme une nouvelle clé des noms et coordonnées&#xa0;; les copies d’emplacements de clé faites avant cessent de les ouvrir</translation>
    </message>
    <message>
        <source>Remove %1 for good? Their key slot leaves the program, their login to the program server is closed and their open sessions end at once.

If they may keep a copy of their key slot and of the program&apos;s database, also give the program a new identity key: everyone goes on working while PeerDesk re-encrypts every name under it.</source>
        <translation>Retirer %1 pour de bon&#xa0;? Son emplacement de clé quitte le programme, son accès au serveur du programme est fermé et ses sessions ouvertes prennent fin aussitôt.

Si cette personne peut garder une copie de son emplacement de clé et de la base de données du programme, donnez aussi au programme une nouvelle clé d’identité&#xa0;: tout le monde continue de travailler pendant que PeerDesk chiffre à nouveau chaque nom sous cette clé.</translation>
    </message>
    <message>
        <source>Give the program a new identity key? Everyone goes on working while PeerDesk re-encrypts every name and contact detail under it. Copies of key slots made before stop opening them; the server&apos;s backups made before keep the old key.</source>
        <translation>Donner au programme une nouvelle clé d’identité&#xa0;? Tout le monde continue de travailler pendant que PeerDesk chiffre à nouveau chaque nom et chaque coordonnée sous cette clé. Les copies d’emplacements de clé faites avant cessent de les ouvrir&#xa0;; les sauvegardes du serveur faites avant gardent l’ancienne clé.</translation>
    </message>
    <message>
        <source>Changing the identity key and re-encrypting every name…</source>
        <translation>Changement de la clé d’identité et nouveau chiffrement de chaque nom…</translation>
    </message>
    <message numerus="yes">
        <source>The program has a new identity key: %n records re-encrypted. Copies of key slots made before no longer open names.</source>
        <translation>
            <numerusform>Le programme a une nouvelle clé d’identité&#xa0;: %n dossier chiffré à nouveau. Les copies d’emplacements de clé faites avant n’ouvrent plus les noms.</numerusform>
            <numerusform>Le programme a une nouvelle clé d’identité&#xa0;: %n dossiers chiffrés à nouveau. Les copies d’emplacements de clé faites avant n’ouvrent plus les noms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::AgendaModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Group session: %1</source>
        <translation>Séance de groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>peerdesk::AppController</name>
    <message>
        <source>Your new passphrase is set. Unlock with it.</source>
        <translation>Votre nouvelle phrase de passe est enregistrée. Déverrouillez avec elle.</translation>
    </message>
    <message>
        <source>Finishing the automatic backup…</source>
        <translation>Fin de la sauvegarde automatique…</translation>
    </message>
    <message>
        <source>Backing up the vault before PeerDesk closes…</source>
        <translation>Sauvegarde du coffre avant la fermeture de PeerDesk…</translation>
    </message>
    <message>
        <source>Giving the vault a new data key…</source>
        <translation>Attribution d’une nouvelle clé de données au coffre…</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>The vault has a new data key. Unlock to go on.</source>
        <translation>Le coffre a une nouvelle clé de données. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>The data key was not changed: %1</source>
        <translation>La clé de données n’a pas été changée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>PeerDesk</source>
        <translation>PeerDesk</translation>
    </message>
    <message>
        <source>Look at this before you go on:</source>
        <translation>À regarder avant de continuer&#xa0;:</translation>
    </message>
    <message>
        <source>Close the warnings</source>
        <translation>Fermer les avertissements</translation>
    </message>
    <message>
        <source>The program server&apos;s connection profile cannot be used: %1</source>
        <translation>Le profil de connexion du serveur de programme est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection profile of the program server</source>
        <translation>Profil de connexion du serveur de programme</translation>
    </message>
    <message>
        <source>Connection profiles (*.json)</source>
        <translation>Profils de connexion (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This connection profile cannot be used: %1</source>
        <translation>Ce profil de connexion est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Program server</source>
        <translation>Serveur de programme</translation>
    </message>
</context>
<context>
    <name>peerdesk::AuditLog</name>
    <message>
        <source>An audit entry needs an actor, an action and an entity type.</source>
        <translation>Une entrée du journal d’audit doit indiquer qui agit, l’action et le type d’élément.</translation>
    </message>
    <message>
        <source>Audit rows are missing before row %1.</source>
        <translation>Des rangées du journal d’audit manquent avant la rangée %1.</translation>
    </message>
    <message>
        <source>Audit row %1 was altered, inserted or reordered.</source>
        <translation>La rangée %1 du journal d’audit a été modifiée, insérée ou déplacée.</translation>
    </message>
    <message>
        <source>The newest audit rows were deleted or the audit anchor was altered.</source>
        <translation>Les rangées les plus récentes du journal d’audit ont été supprimées, ou son ancre a été modifiée.</translation>
    </message>
    <message>
        <source>The audit log in peerdesk.db was altered: its newest rows were deleted or its anchor changed. Run verify.</source>
        <translation>Le journal d’audit de peerdesk.db a été modifié&#xa0;: ses rangées les plus récentes ont été supprimées ou son ancre a changé. Lancez la vérification (verify).</translation>
    </message>
    <message>
        <source>The start of the audit log is missing.</source>
        <translation>Le début du journal d’audit est manquant.</translation>
    </message>
    <message>
        <source>The audit log cannot be written: no signing key is open.</source>
        <translation>Le journal d’audit ne peut pas être écrit&#xa0;: aucune clé de signature n’est ouverte.</translation>
    </message>
    <message>
        <source>Audit row %1 is not signed by its actor&apos;s key: it was written or rewritten outside PeerDesk.</source>
        <translation>La ligne d’audit %1 n’est pas signée par la clé de son auteur&#xa0;: elle a été écrite ou réécrite hors de PeerDesk.</translation>
    </message>
</context>
<context>
    <name>peerdesk::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>Pour l’administration</translation>
    </message>
    <message>
        <source>Who did what, and when. Every change to the vault is logged without any physician&apos;s name, and each entry is chained to the previous one so that tampering shows.</source>
        <translation>Qui a fait quoi, et quand. Chaque modification du coffre est consignée sans aucun nom de médecin, et chaque entrée est enchaînée à la précédente, de sorte que toute falsification se voit.</translation>
    </message>
    <message>
        <source>&amp;Verify the vault</source>
        <translation>&amp;Vérifier le coffre</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Action starts with</source>
        <translation>L’action commence par</translation>
    </message>
    <message>
        <source>e.g. request.</source>
        <translation>p. ex. request.</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d’élément</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Élém&amp;ent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Verify the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <source>Checks the encryption, the database&apos;s integrity and the audit log&apos;s hash chain.</source>
        <translation>Vérifie le chiffrement, l’intégrité de la base de données et la chaîne de hachage du journal d’audit.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les éléments</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation>Vérification du coffre…</translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: the encryption, the database and all %n audit entry(ies) check out.</source>
        <translation>
            <numerusform>Le coffre est intact&#xa0;: le chiffrement, la base de données et l’entrée du journal d’audit (%n) sont valides.</numerusform>
            <numerusform>Le coffre est intact&#xa0;: le chiffrement, la base de données et les %n entrées du journal d’audit sont valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault failed verification:
%1</source>
        <translation>Le coffre n’a pas passé la vérification&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>e.g. R-12</source>
        <translation>p. ex. R-12</translation>
    </message>
    <message>
        <source>Only the rows of this request. With the action identity.viewed, who was shown the person&apos;s identity.</source>
        <translation>Seulement les lignes de cette demande. Avec l’action identity.viewed&#xa0;: à qui l’identité de la personne a été montrée.</translation>
    </message>
    <message>
        <source>Re&amp;quest:</source>
        <translation>De&amp;mande&#xa0;:</translation>
    </message>
    <message>
        <source>Perso&amp;n:</source>
        <translation>Perso&amp;nne&#xa0;:</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>peerdesk::AuditTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Chain hash</source>
        <translation>Hachage de chaîne</translation>
    </message>
</context>
<context>
    <name>peerdesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;window</source>
        <translation>A&amp;jouter une plage</translation>
    </message>
    <message>
        <source>Add an availability window</source>
        <translation>Ajouter une plage de disponibilité</translation>
    </message>
    <message>
        <source>Availability window %1 ends before it starts.</source>
        <translation>La plage de disponibilité %1 se termine avant de commencer.</translation>
    </message>
    <message>
        <source>00:00 means midnight at the end of the day.</source>
        <translation>00:00 signifie minuit à la fin de la journée.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Day of window %1</source>
        <translation>Jour de la plage %1</translation>
    </message>
    <message>
        <source>Start of window %1</source>
        <translation>Début de la plage %1</translation>
    </message>
    <message>
        <source>End of window %1</source>
        <translation>Fin de la plage %1</translation>
    </message>
    <message>
        <source>Remove window %1</source>
        <translation>Retirer la plage %1</translation>
    </message>
</context>
<context>
    <name>peerdesk::BackgroundTask</name>
    <message>
        <source>PeerDesk is working</source>
        <translation>PeerDesk travaille</translation>
    </message>
</context>
<context>
    <name>peerdesk::Backup</name>
    <message>
        <source>The backup %1 is damaged or not a PeerDesk backup: %2</source>
        <translation>La sauvegarde %1 est endommagée ou n’est pas une sauvegarde PeerDesk&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it does not start as a PeerDesk backup</source>
        <translation>elle ne commence pas comme une sauvegarde PeerDesk</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>elle est tronquée</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>son en-tête est invalide</translation>
    </message>
    <message>
        <source>its format is not one this PeerDesk reads</source>
        <translation>ce PeerDesk ne lit pas son format</translation>
    </message>
    <message>
        <source>its size does not match its header (truncated?)</source>
        <translation>sa taille ne correspond pas à son en-tête (tronquée&#xa0;?)</translation>
    </message>
    <message>
        <source>its keyring does not match its checksum</source>
        <translation>son trousseau ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>its keyring is not valid</source>
        <translation>son trousseau est invalide</translation>
    </message>
    <message>
        <source>its database does not match its checksum</source>
        <translation>sa base de données ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>the snapshot cannot be read</source>
        <translation>la copie instantanée ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 already holds a vault; restore over it only with --force.</source>
        <translation>%1 contient déjà un coffre&#xa0;; restaurez par-dessus seulement avec --force.</translation>
    </message>
    <message>
        <source>The backup&apos;s database fails verification: %1</source>
        <translation>La base de données de la sauvegarde échoue à la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only an administrator of the backed-up vault may restore it.</source>
        <translation>Seul un administrateur du coffre sauvegardé peut le restaurer.</translation>
    </message>
    <message>
        <source>the restored vault cannot be moved into place</source>
        <translation>le coffre restauré ne peut pas être mis en place</translation>
    </message>
    <message>
        <source>the old vault cannot be moved aside</source>
        <translation>l’ancien coffre ne peut pas être mis de côté</translation>
    </message>
    <message>
        <source>the backup folder does not exist (is its drive connected?)</source>
        <translation>le dossier de sauvegarde n’existe pas (son disque est-il branché&#xa0;?)</translation>
    </message>
    <message>
        <source>the snapshot folder cannot be locked</source>
        <translation>le dossier de l’instantané ne peut pas être verrouillé</translation>
    </message>
    <message>
        <source>This backup&apos;s keyring asks for more key-derivation work than PeerDesk uses (%1 passes, %2 MiB): opening it may take minutes and much of this computer&apos;s memory. Open it only if you trust where it came from (--allow-costly-keyring).</source>
        <translation>Le trousseau de cette sauvegarde demande plus de travail de dérivation de clé que PeerDesk n’en utilise (%1 passes, %2 Mio)&#xa0;: l’ouvrir peut prendre des minutes et une bonne partie de la mémoire de cet ordinateur. Ne l’ouvrez que si vous avez confiance en sa provenance (--allow-costly-keyring).</translation>
    </message>
    <message>
        <source>The vault&apos;s backup snapshot key is missing or damaged.</source>
        <translation>La clé des instantanés de sauvegarde du coffre est absente ou endommagée.</translation>
    </message>
    <message>
        <source>the snapshot folder cannot be created</source>
        <translation>le dossier de l’instantané ne peut pas être créé</translation>
    </message>
    <message>
        <source>Cannot create the private folder %1.</source>
        <translation>Impossible de créer le dossier privé %1.</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1.</source>
        <translation>Impossible de créer un dossier dans %1.</translation>
    </message>
    <message>
        <source>Cannot lock the private folder %1.</source>
        <translation>Impossible de verrouiller le dossier privé %1.</translation>
    </message>
    <message>
        <source>A program on a server is backed up by the server&apos;s operator, not by PeerDesk: see docs/server.md, &quot;Backups&quot;.</source>
        <translation>Un programme sur un serveur est sauvegardé par l’exploitant du serveur, pas par PeerDesk&#xa0;: voir docs/server.md, «&#xa0;Backups&#xa0;».</translation>
    </message>
</context>
<context>
    <name>peerdesk::CalendarGridModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>peerdesk::ChangeSettingsCommand</name>
    <message>
        <source>change of setting %1</source>
        <translation>modification du paramètre %1</translation>
    </message>
    <message numerus="yes">
        <source>change of %n setting(s)</source>
        <translation>
            <numerusform>modification de %n paramètre</numerusform>
            <numerusform>modification de %n paramètres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::ChoosePassphraseDialog</name>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Choisissez votre phrase de passe</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>An administrator gave you a one-time passphrase. Choose your own now: from here on only you know it. Nothing else opens until you do.</source>
        <translation>Un administrateur vous a remis une phrase de passe à usage unique. Choisissez maintenant la vôtre&#xa0;: vous seul la connaîtrez. Rien d’autre ne s’ouvre avant.</translation>
    </message>
    <message>
        <source>Save the passphrase and continue</source>
        <translation>Enregistrer la phrase de passe et continuer</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock without choosing</source>
        <translation>Verrouiller sans choisir</translation>
    </message>
    <message>
        <source>Saving your passphrase…</source>
        <translation>Enregistrement de votre phrase de passe…</translation>
    </message>
</context>
<context>
    <name>peerdesk::Cli</name>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 ne s’applique pas à %2.</translation>
    </message>
    <message>
        <source>Use either --passphrase-file or --passphrase-stdin, not both.</source>
        <translation>Utilisez --passphrase-file ou --passphrase-stdin, pas les deux.</translation>
    </message>
    <message>
        <source>Run &quot;peerdesk-cli --help&quot; for usage.</source>
        <translation>Lancez «&#xa0;peerdesk-cli --help&#xa0;» pour l’utilisation.</translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation>--user NOM est obligatoire.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Il n’y a pas de coffre dans %1.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 attend un nombre entier.</translation>
    </message>
    <message>
        <source>Vault created in %1.</source>
        <translation>Coffre créé dans %1.</translation>
    </message>
    <message>
        <source>Store the recovery key below somewhere safe, away from this computer. It opens the vault if every passphrase is lost, and it is shown only this once.</source>
        <translation>Rangez la clé de récupération ci-dessous en lieu sûr, loin de cet ordinateur. Elle ouvre le coffre si toutes les phrases de passe sont perdues, et elle n’est affichée que cette fois-ci.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>La vérification a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>Vault verified: encryption, integrity, references and %n audit row(s) are intact.</source>
        <translation>
            <numerusform>Coffre vérifié&#xa0;: le chiffrement, l’intégrité, les références et %n entrée d’audit sont intacts.</numerusform>
            <numerusform>Coffre vérifié&#xa0;: le chiffrement, l’intégrité, les références et %n entrées d’audit sont intacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --passphrase-stdin, give the new passphrase with --new-passphrase-file FILE.</source>
        <translation>Avec --passphrase-stdin, donnez la nouvelle phrase de passe avec --new-passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Phrase de passe changée.</translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.</source>
        <translation>%1 vaut maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Would purge the identity of %n closed request(s).</source>
        <translation>
            <numerusform>Effacerait l’identité de %n demande fermée.</numerusform>
            <numerusform>Effacerait l’identité de %n demandes fermées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the identity of %n closed request(s).</source>
        <translation>
            <numerusform>Identité de %n demande fermée effacée.</numerusform>
            <numerusform>Identité de %n demandes fermées effacée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under legal hold, kept: %n request(s).</source>
        <translation>
            <numerusform>Conservée sous mesure de conservation légale&#xa0;: %n demande.</numerusform>
            <numerusform>Conservées sous mesure de conservation légale&#xa0;: %n demandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would purge the contact details of %n retired supporter(s).</source>
        <translation>
            <numerusform>Effacerait les coordonnées de %n pair aidant retraité.</numerusform>
            <numerusform>Effacerait les coordonnées de %n pairs aidants retraités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the contact details of %n retired supporter(s).</source>
        <translation>
            <numerusform>Coordonnées de %n pair aidant retraité effacées.</numerusform>
            <numerusform>Coordonnées de %n pairs aidants retraités effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n group registration(s).</source>
        <translation>
            <numerusform>Supprimerait %n inscription à un groupe.</numerusform>
            <numerusform>Supprimerait %n inscriptions à un groupe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n group registration(s).</source>
        <translation>
            <numerusform>%n inscription à un groupe supprimée.</numerusform>
            <numerusform>%n inscriptions à un groupe supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the %1.</source>
        <translation>Indiquez le %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un %2 valide.</translation>
    </message>
    <message>
        <source>--%1 takes a date and time such as 2026-03-05T14:00 (local time) or 2026-03-05T19:00Z.</source>
        <translation>--%1 prend une date et une heure comme 2026-03-05T14:00 (heure locale) ou 2026-03-05T19:00Z.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-03-05.</source>
        <translation>--%1 prend une date comme 2026-03-05.</translation>
    </message>
    <message>
        <source>Usage: peerdesk-cli %1</source>
        <translation>Utilisation&#xa0;: peerdesk-cli %1</translation>
    </message>
    <message>
        <source>Demo data created (fictional people only).</source>
        <translation>Données de démonstration créées (personnes fictives seulement).</translation>
    </message>
    <message>
        <source>Supporters: %1 (%2)</source>
        <translation>Pairs aidants&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Training records: %1; supporters with lapsed required training: %2; debriefs: %3</source>
        <translation>Formations&#xa0;: %1&#xa0;; pairs aidants dont une formation obligatoire est échue&#xa0;: %2&#xa0;; débreffages&#xa0;: %3</translation>
    </message>
    <message>
        <source>Requests: %1 (%2)</source>
        <translation>Demandes&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Closed requests by outcome: %1</source>
        <translation>Demandes fermées par issue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matches: %1, of which declined by the supporter: %2</source>
        <translation>Jumelages&#xa0;: %1, dont refusés par le pair aidant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Conversations: %1, of which held: %2</source>
        <translation>Conversations&#xa0;: %1, dont tenues&#xa0;: %2</translation>
    </message>
    <message>
        <source>Groups: %1; group sessions: %2, of which held: %3</source>
        <translation>Groupes&#xa0;: %1&#xa0;; séances de groupe&#xa0;: %2, dont tenues&#xa0;: %3</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to %1.</source>
        <translation>--seed prend un nombre entier de 0 à %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: would import %n supporter(s). Nothing was written (dry run).</source>
        <translation>
            <numerusform>Le fichier est valide&#xa0;: %n pair aidant serait importé. Rien n’a été écrit (essai à blanc).</numerusform>
            <numerusform>Le fichier est valide&#xa0;: %n pairs aidants seraient importés. Rien n’a été écrit (essai à blanc).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n supporter(s).</source>
        <translation>
            <numerusform>%n pair aidant importé.</numerusform>
            <numerusform>%n pairs aidants importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: would import %n request(s). Nothing was written (dry run).</source>
        <translation>
            <numerusform>Le fichier est valide&#xa0;: %n demande serait importée. Rien n’a été écrit (essai à blanc).</numerusform>
            <numerusform>Le fichier est valide&#xa0;: %n demandes seraient importées. Rien n’a été écrit (essai à blanc).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>%n demande importée.</numerusform>
            <numerusform>%n demandes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard input cannot hold both the passphrase and the file: use --passphrase-file.</source>
        <translation>L’entrée standard ne peut pas contenir à la fois la phrase de passe et le fichier&#xa0;: utilisez --passphrase-file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: corrigez le problème ci-dessus et importez le fichier de nouveau.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: corrigez les %n problèmes ci-dessus et importez le fichier de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>(identity purged)</source>
        <translation>(identité effacée)</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>numéro de demande</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Statut inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>--immediate-risk takes yes or no.</source>
        <translation>--immediate-risk prend yes ou no.</translation>
    </message>
    <message>
        <source>Immediate risk: the request is flagged. Crisis resources:</source>
        <translation>Danger immédiat&#xa0;: la demande est signalée. Ressources de crise&#xa0;:</translation>
    </message>
    <message>
        <source>Request #%1 is out of scope and was closed as referred elsewhere: %2</source>
        <translation>La demande n°&#xa0;%1 est hors du champ du programme et a été fermée comme orientée ailleurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Resources to offer:</source>
        <translation>Ressources à proposer&#xa0;:</translation>
    </message>
    <message>
        <source>Request #%1 is triaged and ready to match.</source>
        <translation>La demande n°&#xa0;%1 est triée et prête pour le jumelage.</translation>
    </message>
    <message>
        <source>Request #%1 is flagged as escalated. Crisis resources:</source>
        <translation>La demande n°&#xa0;%1 est signalée comme ayant exigé une intervention. Ressources de crise&#xa0;:</translation>
    </message>
    <message>
        <source>Give --outcome, one of: %1.</source>
        <translation>Indiquez --outcome, parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Request #%1 is closed (%2).</source>
        <translation>La demande n°&#xa0;%1 est fermée (%2).</translation>
    </message>
    <message>
        <source>Consent recorded: request #%1 can now be triaged.</source>
        <translation>Consentement consigné&#xa0;: la demande n°&#xa0;%1 peut maintenant être triée.</translation>
    </message>
    <message>
        <source>First contact recorded for request #%1.</source>
        <translation>Premier contact consigné pour la demande n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Request #%1 is under legal hold: its identity will not be purged.</source>
        <translation>La demande n°&#xa0;%1 est sous mesure de conservation légale&#xa0;: son identité ne sera pas effacée.</translation>
    </message>
    <message>
        <source>The legal hold on request #%1 is lifted.</source>
        <translation>La mesure de conservation légale de la demande n°&#xa0;%1 est levée.</translation>
    </message>
    <message>
        <source>supporter id</source>
        <translation>numéro de pair aidant</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) excluded:</source>
        <translation>
            <numerusform>%n pair aidant exclu&#xa0;:</numerusform>
            <numerusform>%n pairs aidants exclus&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Supporter #%1 is proposed for request #%2; record their answer with match accept or match decline.</source>
        <translation>Le pair aidant n°&#xa0;%1 est proposé pour la demande n°&#xa0;%2&#xa0;; consignez sa réponse avec match accept ou match decline.</translation>
    </message>
    <message>
        <source>The supporter accepted request #%1.</source>
        <translation>Le pair aidant a accepté la demande n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>The supporter declined; request #%1 is back to triaged for another match.</source>
        <translation>Le pair aidant a refusé&#xa0;; la demande n°&#xa0;%1 revient à l’état triée pour un autre jumelage.</translation>
    </message>
    <message>
        <source>(contact details purged)</source>
        <translation>(coordonnées effacées)</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>%n pair aidant</numerusform>
            <numerusform>%n pairs aidants</numerusform>
        </translation>
    </message>
    <message>
        <source>Supporter #%1 is now %2.</source>
        <translation>Le pair aidant n°&#xa0;%1 est maintenant&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Supporter #%1 can be matched again.</source>
        <translation>Le pair aidant n°&#xa0;%1 peut de nouveau être jumelé.</translation>
    </message>
    <message>
        <source>Supporter #%1 is paused until %2.</source>
        <translation>Le pair aidant n°&#xa0;%1 est en pause jusqu’au %2.</translation>
    </message>
    <message>
        <source>Training recorded for supporter #%1.</source>
        <translation>Formation consignée pour le pair aidant n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Debrief recorded for supporter #%1.</source>
        <translation>Compte rendu consigné pour le pair aidant n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-03-05, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date comme 2026-03-05, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>--%1 attend yes ou no, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Conversation #%1 scheduled for %2 (%3 minutes, %4).</source>
        <translation>Conversation n°&#xa0;%1 planifiée pour le %2 (%3 minutes, %4).</translation>
    </message>
    <message>
        <source>request #%1</source>
        <translation>demande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>conversation id</source>
        <translation>numéro de conversation</translation>
    </message>
    <message>
        <source>Conversation #%1 is now %2.</source>
        <translation>La conversation n°&#xa0;%1 a maintenant le statut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes supporter ids separated by &apos;;&apos;, such as &quot;3;8&quot;.</source>
        <translation>--%1 attend des numéros de pairs aidants séparés par «&#xa0;;&#xa0;», par exemple «&#xa0;3;8&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 added: %2, %3; %n session(s) scheduled.</source>
        <translation>
            <numerusform>Groupe n°&#xa0;%1 ajouté&#xa0;: %2, %3&#xa0;; %n séance planifiée.</numerusform>
            <numerusform>Groupe n°&#xa0;%1 ajouté&#xa0;: %2, %3&#xa0;; %n séances planifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>group id</source>
        <translation>numéro de groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n personne présente</numerusform>
            <numerusform>%n personnes présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) scheduled for group #%1.</source>
        <translation>
            <numerusform>%n nouvelle séance planifiée pour le groupe n°&#xa0;%1.</numerusform>
            <numerusform>%n nouvelles séances planifiées pour le groupe n°&#xa0;%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one of --status, --attendance, --positive, --neutral, --negative and --debrief.</source>
        <translation>Indiquez au moins une des options --status, --attendance, --positive, --neutral, --negative et --debrief.</translation>
    </message>
    <message>
        <source>group session id</source>
        <translation>numéro de séance de groupe</translation>
    </message>
    <message>
        <source>Group session #%1 recorded: %2.</source>
        <translation>Séance de groupe n°&#xa0;%1 consignée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Registration #%1 added to group session #%2. Verify the person&apos;s identity and province before sending the link.</source>
        <translation>Inscription n°&#xa0;%1 ajoutée à la séance de groupe n°&#xa0;%2. Vérifiez l’identité et la province de la personne avant d’envoyer le lien.</translation>
    </message>
    <message>
        <source>link sent</source>
        <translation>lien envoyé</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>registration id</source>
        <translation>numéro d’inscription</translation>
    </message>
    <message>
        <source>Registration #%1: identity and province verified.</source>
        <translation>Inscription n°&#xa0;%1&#xa0;: identité et province vérifiées.</translation>
    </message>
    <message>
        <source>Registration #%1: link sent.</source>
        <translation>Inscription n°&#xa0;%1&#xa0;: lien envoyé.</translation>
    </message>
    <message>
        <source>--period takes a month (2026-03), a quarter (2026-Q1) or a year (2026).</source>
        <translation>--period prend un mois (2026-03), un trimestre (2026-Q1) ou une année (2026).</translation>
    </message>
    <message>
        <source>--k takes a whole number from %1 to %2.</source>
        <translation>--k prend un nombre entier de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>Statistics for %1: %n cell(s) suppressed (k = %2); the audit passed.</source>
        <translation>
            <numerusform>Statistiques de %1&#xa0;: %n cellule masquée (k = %2)&#xa0;; l’audit est réussi.</numerusform>
            <numerusform>Statistiques de %1&#xa0;: %n cellules masquées (k = %2)&#xa0;; l’audit est réussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statistics for %1, revision %3: %n cell(s) suppressed (k = %2); the audit passed.</source>
        <translation>
            <numerusform>Statistiques de %1, révision %3&#xa0;: %n cellule masquée (k = %2)&#xa0;; l’audit est réussi.</numerusform>
            <numerusform>Statistiques de %1, révision %3&#xa0;: %n cellules masquées (k = %2)&#xa0;; l’audit est réussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 added. Until %1 chooses a passphrase with &quot;peerdesk-cli passwd&quot;, the initial one opens nothing else.</source>
        <translation>Compte %1 ajouté. Tant que %1 n’a pas choisi sa phrase de passe avec «&#xa0;peerdesk-cli passwd&#xa0;», la phrase initiale n’ouvre rien d’autre.</translation>
    </message>
    <message>
        <source>Account %1 reactivated with an initial passphrase.</source>
        <translation>Compte %1 réactivé avec une phrase de passe initiale.</translation>
    </message>
    <message>
        <source>Account %1 deactivated: its key slot has left keyring.json.</source>
        <translation>Compte %1 désactivé&#xa0;: son emplacement de clé a quitté keyring.json.</translation>
    </message>
    <message>
        <source>Account %1 removed and the data key rotated: old copies of keyring.json no longer open the vault.</source>
        <translation>Compte %1 supprimé et clé des données renouvelée&#xa0;: les anciennes copies de keyring.json n’ouvrent plus le coffre.</translation>
    </message>
    <message>
        <source>Account %1 removed: its key slot has left keyring.json.</source>
        <translation>Compte %1 supprimé&#xa0;: son emplacement de clé a quitté keyring.json.</translation>
    </message>
    <message>
        <source>The data key was rotated: the database is encrypted under a new key, and every key slot opens it.</source>
        <translation>La clé des données a été renouvelée&#xa0;: la base est chiffrée sous une nouvelle clé, que chaque emplacement de clé ouvre.</translation>
    </message>
    <message>
        <source>--recovery-key-file replaces the passphrase: give one or the other.</source>
        <translation>--recovery-key-file remplace la phrase de passe&#xa0;: donnez l’une ou l’autre.</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the vault. Store the new one below somewhere safe, away from this computer; it is shown only this once.</source>
        <translation>L’ancienne clé de récupération n’ouvre plus le coffre. Conservez la nouvelle ci-dessous en lieu sûr, loin de cet ordinateur&#xa0;; elle n’est affichée qu’une fois.</translation>
    </message>
    <message>
        <source>Backup written: encrypted with the vault&apos;s key, with its keyring.</source>
        <translation>Sauvegarde écrite&#xa0;: chiffrée avec la clé du coffre, avec son trousseau.</translation>
    </message>
    <message>
        <source>Passphrase for %1 in the backup: </source>
        <translation>Phrase de passe de %1 dans la sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <source>The backup&apos;s database fails verification.</source>
        <translation>La base de données de la sauvegarde échoue à la vérification.</translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: checksums, keyring, encryption, integrity and %n audit row(s).</source>
        <translation>
            <numerusform>Sauvegarde vérifiée&#xa0;: sommes de contrôle, trousseau, chiffrement, intégrité et %n ligne d’audit.</numerusform>
            <numerusform>Sauvegarde vérifiée&#xa0;: sommes de contrôle, trousseau, chiffrement, intégrité et %n lignes d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault restored into %1.</source>
        <translation>Coffre restauré dans %1.</translation>
    </message>
    <message>
        <source>A participant&apos;s name and contact are never taken on the command line, where shell history and the process list keep them: give them in a file (--participant-file), on standard input (--participant-stdin), or type them when asked.</source>
        <translation>Le nom et les coordonnées d’un participant ne sont jamais pris sur la ligne de commande, que l’historique du shell et la liste des processus conservent&#xa0;: donnez-les dans un fichier (--participant-file), sur l’entrée standard (--participant-stdin) ou tapez-les quand ils sont demandés.</translation>
    </message>
    <message>
        <source>Participant&apos;s name: </source>
        <translation>Nom du participant&#xa0;: </translation>
    </message>
    <message>
        <source>Email or phone: </source>
        <translation>Courriel ou téléphone&#xa0;: </translation>
    </message>
    <message>
        <source>A copy of the old keyring.json still opens the vault with this account&apos;s passphrase until the data key is rotated (peerdesk-cli rekey): rotate it if they may have kept one.</source>
        <translation>Une copie de l’ancien keyring.json ouvre encore le coffre avec la phrase de passe de ce compte tant que la clé des données n’est pas renouvelée (peerdesk-cli rekey)&#xa0;: renouvelez-la si la personne a pu en garder une.</translation>
    </message>
    <message>
        <source>keyring.json agrees with the vault&apos;s accounts; nothing was changed.</source>
        <translation>keyring.json concorde avec les comptes du coffre&#xa0;; rien n’a été changé.</translation>
    </message>
    <message>
        <source>keyring.json now holds only the key slots the vault&apos;s accounts give. Anyone who may have a copy of a removed slot: change the data key (peerdesk-cli rekey).</source>
        <translation>keyring.json ne contient plus que les emplacements de clé que donnent les comptes du coffre. Si quelqu’un peut avoir une copie d’un emplacement retiré&#xa0;: changez la clé des données (peerdesk-cli rekey).</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not one of: %3.</source>
        <translation>La ligne %1 de %2 n’est pas l’un de&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 gives the field &quot;%2&quot; twice.</source>
        <translation>%1 donne le champ «&#xa0;%2&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in %2 holds a control character.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» dans %2 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>%1 does not give the field &quot;%2&quot;.</source>
        <translation>%1 ne donne pas le champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is far too long for a person&apos;s details.</source>
        <translation>%1 est beaucoup trop long pour les coordonnées d’une personne.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>No terminal to ask on: give the details in a file or on standard input.</source>
        <translation>Aucun terminal où demander&#xa0;: donnez les coordonnées dans un fichier ou sur l’entrée standard.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>le terminal</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) booked from then on cancelled.</source>
        <translation>
            <numerusform>%n conversation prévue à partir de ce moment annulée.</numerusform>
            <numerusform>%n conversations prévues à partir de ce moment annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conversation #%1 written to %2.</source>
        <translation>Conversation n°&#xa0;%1 écrite dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1  received %2 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1  reçue le %2 (il y a %n jour)</numerusform>
            <numerusform>%1  reçue le %2 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>  escalated</source>
        <translation>  urgence signalée</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>First contact overdue</source>
        <translation>Premier contact en retard</translation>
    </message>
    <message>
        <source>First contact due today</source>
        <translation>Premier contact dû aujourd’hui</translation>
    </message>
    <message>
        <source>New requests to triage</source>
        <translation>Nouvelles demandes à trier</translation>
    </message>
    <message>
        <source>Awaiting consent</source>
        <translation>En attente du consentement</translation>
    </message>
    <message>
        <source>Triaged, no supporter yet</source>
        <translation>Triées, sans pair aidant pour l’instant</translation>
    </message>
    <message>
        <source>Escalated, no supporter yet</source>
        <translation>Urgence signalée, sans pair aidant pour l’instant</translation>
    </message>
    <message>
        <source>Awaiting the supporter&apos;s answer</source>
        <translation>En attente de la réponse du pair aidant</translation>
    </message>
    <message numerus="yes">
        <source>Proposals unanswered for more than %n day(s)</source>
        <translation>
            <numerusform>Propositions sans réponse depuis plus de %n jour</numerusform>
            <numerusform>Propositions sans réponse depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  proposed %2 to %3</source>
        <translation>%1  proposée le %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>No conversation held for %n day(s)</source>
        <translation>
            <numerusform>Aucune conversation tenue depuis %n jour</numerusform>
            <numerusform>Aucune conversation tenue depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  last held or accepted %3</source>
        <translation>%1  %2  dernière conversation ou acceptation le %3</translation>
    </message>
    <message>
        <source>Needs a new supporter</source>
        <translation>Besoin d’un nouveau pair aidant</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>en pause jusqu’au %1</translation>
    </message>
    <message>
        <source>%1  %2 is %3</source>
        <translation>%1  %2 est %3</translation>
    </message>
    <message>
        <source>Past conversations not recorded</source>
        <translation>Conversations passées non consignées</translation>
    </message>
    <message>
        <source>%1  %2 with %3</source>
        <translation>%1  %2 avec %3</translation>
    </message>
    <message>
        <source>Past group sessions not recorded</source>
        <translation>Séances de groupe passées non consignées</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>n°&#xa0;%1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>Group series running out within %n day(s)</source>
        <translation>
            <numerusform>Séries de groupe qui s’épuisent d’ici %n jour</numerusform>
            <numerusform>Séries de groupe qui s’épuisent d’ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2  last session scheduled: %3</source>
        <translation>n°&#xa0;%1  %2  dernière séance prévue&#xa0;: %3</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Nous sommes le %1.</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... et %n autre</numerusform>
            <numerusform>  ... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral to %1 recorded for request #%2.</source>
        <translation>Orientation vers %1 consignée pour la demande n°&#xa0;%2.</translation>
    </message>
    <message>
        <source>The match of request #%1 has ended; the request is back to triaged for a new supporter.</source>
        <translation>Le jumelage de la demande n°&#xa0;%1 a pris fin&#xa0;; la demande est de nouveau triée, en attente d’un nouveau pair aidant.</translation>
    </message>
    <message>
        <source>--action says what was done about an immediate risk: it goes with --immediate-risk yes.</source>
        <translation>--action dit ce qui a été fait face à un risque immédiat&#xa0;: il va avec --immediate-risk yes.</translation>
    </message>
    <message>
        <source>--when takes the days and times, such as &quot;mon 19:15-20:30&quot;, &quot;daily 12:00-13:00&quot;, &quot;mon-fri 12:00-13:00&quot;, &quot;mon,thu 19:15-20:30&quot; or &quot;2nd tue 18:00-18:45&quot;; not &quot;%1&quot;.</source>
        <translation>--when prend les jours et les heures, p. ex. «&#xa0;mon 19:15-20:30&#xa0;», «&#xa0;daily 12:00-13:00&#xa0;», «&#xa0;mon-fri 12:00-13:00&#xa0;», «&#xa0;mon,thu 19:15-20:30&#xa0;» ou «&#xa0;2nd tue 18:00-18:45&#xa0;»&#xa0;; pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--every-weeks goes with days of the week (&quot;mon,thu 19:15-20:30&quot;), not with a daily or monthly group.</source>
        <translation>--every-weeks va avec des jours de la semaine («&#xa0;mon,thu 19:15-20:30&#xa0;»), pas avec un groupe quotidien ou mensuel.</translation>
    </message>
    <message>
        <source>Group #%1 changed: %2, %3. Sessions ahead: %4 added, %5 removed, %6 cancelled (someone had registered).</source>
        <translation>Groupe n°&#xa0;%1 modifié&#xa0;: %2, %3. Séances à venir&#xa0;: %4 ajoutées, %5 retirées, %6 annulées (des personnes étaient inscrites).</translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 ended: %n session(s) ahead cancelled.</source>
        <translation>
            <numerusform>Groupe n°&#xa0;%1 terminé&#xa0;: %n séance à venir annulée.</numerusform>
            <numerusform>Groupe n°&#xa0;%1 terminé&#xa0;: %n séances à venir annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 reopened: %n session(s) scheduled.</source>
        <translation>
            <numerusform>Groupe n°&#xa0;%1 rouvert&#xa0;: %n séance planifiée.</numerusform>
            <numerusform>Groupe n°&#xa0;%1 rouvert&#xa0;: %n séances planifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups short of facilitators for their next session</source>
        <translation>Groupes sans assez de pairs aidants pour animer leur prochaine séance</translation>
    </message>
    <message>
        <source>#%1  %2  next %3: %4 of %5 facilitator(s) can lead</source>
        <translation>n°&#xa0;%1  %2  prochaine séance %3&#xa0;: %4 sur %5 peuvent animer</translation>
    </message>
    <message numerus="yes">
        <source>Would purge the identity of %n former group member(s).</source>
        <translation>
            <numerusform>Effacerait l’identité de %n ancien membre d’un groupe.</numerusform>
            <numerusform>Effacerait l’identité de %n anciens membres d’un groupe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the identity of %n former group member(s).</source>
        <translation>
            <numerusform>Identité de %n ancien membre d’un groupe effacée.</numerusform>
            <numerusform>Identité de %n anciens membres d’un groupe effacée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under legal hold, kept: %n former group member(s).</source>
        <translation>
            <numerusform>Conservé sous mesure de conservation légale&#xa0;: %n ancien membre d’un groupe.</numerusform>
            <numerusform>Conservés sous mesure de conservation légale&#xa0;: %n anciens membres d’un groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>--enrolment takes &quot;session&quot; (registration for each session) or &quot;members&quot; (standing members verified once), not &quot;%1&quot;.</source>
        <translation>--enrolment prend «&#xa0;session&#xa0;» (inscription à chaque séance) ou «&#xa0;members&#xa0;» (membres permanents vérifiés une fois), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>(returning)</source>
        <translation>(de retour)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>A member&apos;s name and contact are never taken on the command line, where shell history and the process list keep them: give them in a file (--identity-file), on standard input (--identity-stdin), or type them when asked.</source>
        <translation>Le nom et les coordonnées d’un membre ne sont jamais pris sur la ligne de commande, que l’historique du shell et la liste des processus conservent&#xa0;: donnez-les dans un fichier (--identity-file), sur l’entrée standard (--identity-stdin), ou tapez-les quand ils sont demandés.</translation>
    </message>
    <message>
        <source>Member&apos;s name: </source>
        <translation>Nom du membre&#xa0;: </translation>
    </message>
    <message>
        <source>Member #%1 added to group #%2. Verify the person&apos;s identity and province once, then send the group&apos;s link.</source>
        <translation>Membre n°&#xa0;%1 ajouté au groupe n°&#xa0;%2. Vérifiez une fois l’identité et la province de la personne, puis envoyez le lien du groupe.</translation>
    </message>
    <message>
        <source>This contact was a member of the group before (a keyed hash: occasionally wrong).</source>
        <translation>Ces coordonnées appartenaient déjà à un membre du groupe (une empreinte à clé&#xa0;: parfois erronée).</translation>
    </message>
    <message>
        <source>member id</source>
        <translation>numéro de membre</translation>
    </message>
    <message>
        <source>Member #%1: identity and province verified.</source>
        <translation>Membre n°&#xa0;%1&#xa0;: identité et province vérifiées.</translation>
    </message>
    <message>
        <source>Member #%1: link sent.</source>
        <translation>Membre n°&#xa0;%1&#xa0;: lien envoyé.</translation>
    </message>
    <message>
        <source>Member #%1 is no longer a member; their identity is purged after the retention period.</source>
        <translation>Le membre n°&#xa0;%1 ne fait plus partie du groupe&#xa0;; son identité est effacée après la période de conservation.</translation>
    </message>
    <message>
        <source>Member #%1 is under legal hold: their identity will not be purged.</source>
        <translation>Le membre n°&#xa0;%1 est sous mesure de conservation légale&#xa0;: son identité ne sera pas effacée.</translation>
    </message>
    <message>
        <source>The legal hold on member #%1 is lifted.</source>
        <translation>La mesure de conservation légale du membre n°&#xa0;%1 est levée.</translation>
    </message>
    <message>
        <source>Resources for participants: %1</source>
        <translation>Ressources pour les participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Escalation recorded on group session #%1. Crisis resources:</source>
        <translation>Signalement consigné pour la séance de groupe n°&#xa0;%1. Ressources de crise&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 takes one of: %3.</source>
        <translation>%1 %2 prend l’une de ces sous-commandes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 prend l’une de ces sous-commandes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Usage: peerdesk-cli [options] COMMAND [arguments] [command options]
       peerdesk-cli COMMAND --help   the options of one command or group
</source>
        <translation>Utilisation&#xa0;: peerdesk-cli [options] COMMANDE [arguments] [options de la commande]
       peerdesk-cli COMMANDE --help   les options d’une commande ou d’un groupe
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Values: DATE 2026-03-05; DATETIME 2026-03-05T14:00 or &quot;2026-03-05 14:00&quot; (local time), or with Z or an offset; LIST items separated by &quot;;&quot;. Details and JSON shapes: docs/cli.md
</source>
        <translation>Valeurs&#xa0;: DATE 2026-03-05&#xa0;; DATETIME 2026-03-05T14:00 ou «&#xa0;2026-03-05 14:00&#xa0;» (heure locale), ou avec Z ou un décalage&#xa0;; LIST des éléments séparés par «&#xa0;;&#xa0;». Détails et formes JSON&#xa0;: docs/cli.md
</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 exige --%2.</translation>
    </message>
    <message>
        <source>administrators and coordinators</source>
        <translation>administration et coordination</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>administrators, coordinators and reporting users</source>
        <translation>administration, coordination et production de rapports</translation>
    </message>
    <message>
        <source>Options of every command:
  --vault DIR              Vault folder (default: %1)
  --profile FILE           Work on a program server: its connection profile
                           (peerdesk-server.json, docs/server.md) in place of a vault
  --user NAME              Your login
  --passphrase-file FILE   Read your passphrase from FILE (one trailing newline is ignored)
  --passphrase-stdin       Read your passphrase from standard input
                           Without either, PeerDesk asks on the terminal without echo.
                           A passphrase is never accepted as an argument.
  --version                Print the version
  -h, --help               Print this help
</source>
        <translation>Options de toutes les commandes&#xa0;:
  --vault DOSSIER          Dossier du coffre (par défaut&#xa0;: %1)
  --profile FICHIER        Travailler sur un serveur de programme&#xa0;: son profil de connexion
                           (peerdesk-server.json, docs/server.md) au lieu d’un coffre
  --user NOM               Votre identifiant
  --passphrase-file FICHIER  Lire votre phrase de passe dans FICHIER (un saut de ligne final est ignoré)
  --passphrase-stdin       Lire votre phrase de passe sur l’entrée standard
                           Sans l’une ou l’autre, PeerDesk la demande au terminal, sans écho.
                           Une phrase de passe n’est jamais acceptée en argument.
  --version                Afficher la version
  -h, --help               Afficher cette aide
</translation>
    </message>
    <message>
        <source>Use either --vault or --profile, not both.</source>
        <translation>Utilisez --vault ou --profile, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is for a local vault; a program server is set up with &quot;server init&quot; and kept by its operator (docs/server.md).</source>
        <translation>%1 sert à un coffre local&#xa0;; un serveur de programme se met en place avec «&#xa0;server init&#xa0;» et est entretenu par son exploitant (docs/server.md).</translation>
    </message>
    <message>
        <source>%1 needs --profile FILE, the program server&apos;s connection profile.</source>
        <translation>%1 exige --profile FICHIER, le profil de connexion du serveur de programme.</translation>
    </message>
    <message>
        <source>A program server has no keyring.json to repair.</source>
        <translation>Un serveur de programme n’a pas de keyring.json à réparer.</translation>
    </message>
    <message>
        <source>On a program server the recovery key opens no login: an administrator gives you a new initial passphrase (peerdesk-cli user reactivate).</source>
        <translation>Sur un serveur de programme, la clé de récupération n’ouvre aucune connexion&#xa0;: un administrateur vous donne une nouvelle phrase de passe initiale (peerdesk-cli user reactivate).</translation>
    </message>
    <message>
        <source>%1 still has the initial passphrase an administrator chose. Choose your own first: %2</source>
        <translation>%1 a encore la phrase de passe initiale choisie par un administrateur. Choisissez d’abord la vôtre&#xa0;: %2</translation>
    </message>
    <message>
        <source>This connection profile already belongs to a program; start from a profile without &quot;program_salt&quot;.</source>
        <translation>Ce profil de connexion appartient déjà à un programme&#xa0;; partez d’un profil sans «&#xa0;program_salt&#xa0;».</translation>
    </message>
    <message>
        <source>Password of the database role %1: </source>
        <translation>Mot de passe du rôle de base de données %1&#xa0;: </translation>
    </message>
    <message>
        <source>Store the recovery key below somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Rangez la clé de récupération ci-dessous en lieu sûr, loin de cet ordinateur. Elle n’est affichée que cette fois-ci.</translation>
    </message>
    <message>
        <source>Give %1 the connection profile and the initial passphrase; they sign in with &quot;peerdesk-cli --profile FILE --user %1 passwd&quot; or in the window with &quot;Connect to a program server…&quot;.</source>
        <translation>Remettez à %1 le profil de connexion et la phrase de passe initiale&#xa0;; la personne se connecte avec «&#xa0;peerdesk-cli --profile FICHIER --user %1 passwd&#xa0;» ou dans la fenêtre avec «&#xa0;Se connecter à un serveur de programme…&#xa0;».</translation>
    </message>
    <message>
        <source>The connection profile %1 is complete: give a copy to every staff member; it holds no secret.</source>
        <translation>Le profil de connexion %1 est complet&#xa0;: remettez-en une copie à chaque membre du personnel&#xa0;; il ne contient aucun secret.</translation>
    </message>
    <message>
        <source>Program created on %1.</source>
        <translation>Programme créé sur %1.</translation>
    </message>
    <message>
        <source>The vault %1 is now the program on %2; the vault itself is unchanged.</source>
        <translation>Le coffre %1 est maintenant le programme sur %2&#xa0;; le coffre lui-même est inchangé.</translation>
    </message>
    <message>
        <source>These accounts were deactivated and are enrolled again with a new initial passphrase (&quot;peerdesk-cli --profile FILE --user %1 user reactivate LOGIN --initial-passphrase-file FILE&quot;): %2</source>
        <translation>Ces comptes ont été désactivés et sont inscrits de nouveau avec une nouvelle phrase de passe initiale («&#xa0;peerdesk-cli --profile FILE --user %1 user reactivate LOGIN --initial-passphrase-file FILE&#xa0;»)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The program is exported into the vault %1. The same passphrases and recovery key open it; the program on the server goes on unchanged.</source>
        <translation>Le programme est exporté dans le coffre %1. Les mêmes phrases de passe et la même clé de récupération l’ouvrent&#xa0;; le programme sur le serveur continue sans changement.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number above 0.</source>
        <translation>--%1 prend un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>Watching %1 for changes.</source>
        <translation>Surveillance des changements sur %1.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  usage error
  2  wrong passphrase or unknown user
  3  invalid input (nothing was written)
  4  damaged vault or failed verification
  5  not permitted for your role
  6  the system refused (file system, memory, vault in use)
  7  changed by someone else since it was read (program server): nothing was written
</source>
        <translation>Codes de sortie&#xa0;:
  0  réussite
  1  erreur d’utilisation
  2  phrase de passe erronée ou utilisateur inconnu
  3  entrée invalide (rien n’a été écrit)
  4  coffre endommagé ou vérification échouée
  5  non permis pour votre rôle
  6  refus du système (fichiers, mémoire, coffre déjà utilisé)
  7  modifié par quelqu’un d’autre depuis sa lecture (serveur de programme)&#xa0;: rien n’a été écrit
</translation>
    </message>
    <message>
        <source>server maintain needs the program&apos;s connection profile: --profile FILE.</source>
        <translation>server maintain a besoin du profil de connexion du programme&#xa0;: --profile FICHIER.</translation>
    </message>
    <message>
        <source>%1: rewritten, %2 → %3</source>
        <translation>%1&#xa0;: réécrite, %2 → %3</translation>
    </message>
    <message>
        <source>Watching %1 again; changes made while the connection was lost are not listed.</source>
        <translation>Nouvelle surveillance de %1&#xa0;; les changements faits pendant la perte de connexion ne sont pas listés.</translation>
    </message>
    <message numerus="yes">
        <source>Maintenance done on %1: %n table(s) vacuumed; what purges removed is in no table file now, unless a transaction that began before the purge is still open (the WAL and backups keep it until they age out: docs/server.md).</source>
        <translation>
            <numerusform>Maintenance faite sur %1&#xa0;: %n table nettoyée&#xa0;; ce que les purges ont retiré n’est plus dans aucun fichier de table, sauf si une transaction commencée avant la purge est encore ouverte (le WAL et les sauvegardes le gardent jusqu’à leur expiration&#xa0;: docs/server.md).</numerusform>
            <numerusform>Maintenance faite sur %1&#xa0;: %n tables nettoyées&#xa0;; ce que les purges ont retiré n’est plus dans aucun fichier de table, sauf si une transaction commencée avant la purge est encore ouverte (le WAL et les sauvegardes le gardent jusqu’à leur expiration&#xa0;: docs/server.md).</numerusform>
        </translation>
    </message>
    <message>
        <source>Their database login and sessions have ended. A copy of their key slot, with a copy of the program&apos;s database, still opens names until the identity key is changed (peerdesk-cli rekey): change it if they may have kept one.</source>
        <translation>Son accès à la base de données et ses sessions ont pris fin. Une copie de son emplacement de clé, avec une copie de la base de données du programme, ouvre encore les noms tant que la clé d’identité n’est pas changée (peerdesk-cli rekey)&#xa0;: changez-la si cette personne a pu en garder une.</translation>
    </message>
    <message>
        <source>The program&apos;s identity key was changed (generation %1): %2 records and %3 supporters were re-encrypted under it, and the earlier key opens nothing on the server any more.</source>
        <translation>La clé d’identité du programme a été changée (génération %1)&#xa0;: %2 dossiers et %3 pairs aidants ont été chiffrés à nouveau sous cette clé, et l’ancienne clé n’ouvre plus rien sur le serveur.</translation>
    </message>
    <message>
        <source>Account %1 removed: its key slot has left the program&apos;s keyring.</source>
        <translation>Compte %1 retiré&#xa0;: son emplacement de clé a quitté le trousseau du programme.</translation>
    </message>
    <message>
        <source>Site %1 added (number %2). Give its coordinators their sites with &quot;peerdesk-cli user sites&quot;.</source>
        <translation>Site %1 ajouté (n°&#xa0;%2). Attribuez leurs sites à ses coordonnateurs avec «&#xa0;peerdesk-cli user sites&#xa0;».</translation>
    </message>
    <message>
        <source>Site %1 renamed.</source>
        <translation>Site %1 renommé.</translation>
    </message>
    <message>
        <source>supporters, on a program server</source>
        <translation>pairs aidants, sur un serveur de programme</translation>
    </message>
    <message>
        <source>(no card: ask your coordinator)</source>
        <translation>(pas de fiche&#xa0;: demandez à votre coordonnateur)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live match(es)</source>
        <translation>
            <numerusform>%n jumelage en cours</numerusform>
            <numerusform>%n jumelages en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>match id</source>
        <translation>numéro de jumelage</translation>
    </message>
    <message>
        <source>Match #%1 accepted: contact the physician by the date on its card.</source>
        <translation>Jumelage n°&#xa0;%1 accepté&#xa0;: joignez le médecin avant la date indiquée sur sa fiche.</translation>
    </message>
    <message>
        <source>Match #%1 declined: the coordinators will find someone else.</source>
        <translation>Jumelage n°&#xa0;%1 refusé&#xa0;: les coordonnateurs trouveront quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>First contact recorded for match #%1.</source>
        <translation>Premier contact consigné pour le jumelage n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Match #%1 ended: the coordinators will find a new supporter.</source>
        <translation>Jumelage n°&#xa0;%1 terminé&#xa0;: les coordonnateurs trouveront un nouveau pair aidant.</translation>
    </message>
    <message>
        <source>Conversation #%1 booked for %2.</source>
        <translation>Conversation n°&#xa0;%1 prévue le %2.</translation>
    </message>
    <message>
        <source>Conversation #%1 recorded as held.</source>
        <translation>Conversation n°&#xa0;%1 consignée comme tenue.</translation>
    </message>
    <message>
        <source>user add needs --role administrator, coordinator, reporting or supporter.</source>
        <translation>user add exige --role administrator, coordinator, reporting ou supporter.</translation>
    </message>
    <message>
        <source>A supporter&apos;s account needs --supporter ID, the supporter it works for.</source>
        <translation>Le compte d’un pair aidant exige --supporter ID, le pair aidant pour lequel il travaille.</translation>
    </message>
</context>
<context>
    <name>peerdesk::CliHelp</name>
    <message>
        <source>Every setting with its value and description</source>
        <translation>Chaque paramètre, avec sa valeur et sa description</translation>
    </message>
    <message>
        <source>A setting&apos;s value (the default when never set)</source>
        <translation>La valeur d’un paramètre (la valeur par défaut s’il n’a jamais été réglé)</translation>
    </message>
    <message>
        <source>Change a setting; a value outside its type or range changes nothing</source>
        <translation>Changer un paramètre&#xa0;; une valeur hors de son type ou de ses bornes ne change rien</translation>
    </message>
    <message>
        <source>Purge identity past its retention period now</source>
        <translation>Effacer maintenant l’identité dont la durée de conservation est écoulée</translation>
    </message>
    <message>
        <source>Create a vault with its first administrator; print the recovery key once</source>
        <translation>Créer un coffre avec son premier compte administrateur&#xa0;; afficher une seule fois la clé de récupération</translation>
    </message>
    <message>
        <source>Check encryption, database integrity, references, the audit chain and the keyring</source>
        <translation>Vérifier le chiffrement, l’intégrité de la base, les références, la chaîne d’audit et le trousseau</translation>
    </message>
    <message>
        <source>Change your passphrase; --recovery-key-file in place of a forgotten one</source>
        <translation>Changer votre phrase de passe&#xa0;; --recovery-key-file au lieu d’une phrase oubliée</translation>
    </message>
    <message>
        <source>An encrypted backup in DIR; its path is the last line</source>
        <translation>Une sauvegarde chiffrée dans DIR&#xa0;; son chemin est la dernière ligne</translation>
    </message>
    <message>
        <source>Check a backup&apos;s checksums, keys and database with your passphrase as it was in the backup</source>
        <translation>Vérifier les sommes de contrôle, les clés et la base d’une sauvegarde, avec votre phrase de passe telle qu’elle était dans la sauvegarde</translation>
    </message>
    <message>
        <source>Everything verify checks, then the vault restored into --to DIR</source>
        <translation>Tout ce que vérifie verify, puis le coffre restauré dans --to DIR</translation>
    </message>
    <message>
        <source>What needs attention today</source>
        <translation>Ce qui demande de l’attention aujourd’hui</translation>
    </message>
    <message>
        <source>Fill an empty vault with fictional data</source>
        <translation>Remplir un coffre vide de données fictives</translation>
    </message>
    <message>
        <source>A recurring group and its first sessions</source>
        <translation>Un groupe récurrent et ses premières séances</translation>
    </message>
    <message>
        <source>Change a group; the sessions ahead follow</source>
        <translation>Modifier un groupe&#xa0;; les séances à venir suivent</translation>
    </message>
    <message>
        <source>End a group: its sessions ahead are cancelled</source>
        <translation>Mettre fin à un groupe&#xa0;: ses séances à venir sont annulées</translation>
    </message>
    <message>
        <source>Reopen an ended group</source>
        <translation>Rouvrir un groupe terminé</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>A group&apos;s sessions, with its resources first</source>
        <translation>Les séances d’un groupe, précédées de ses ressources</translation>
    </message>
    <message>
        <source>Schedule the series&apos; sessions ahead; --from enters past ones</source>
        <translation>Planifier les séances à venir de la série&#xa0;; --from saisit les séances passées</translation>
    </message>
    <message>
        <source>Record a session: held or cancelled, attendance, feedback, debrief</source>
        <translation>Consigner une séance&#xa0;: tenue ou annulée, présence, rétroaction, compte rendu</translation>
    </message>
    <message>
        <source>Immediate risk during a session: the action taken, no narrative</source>
        <translation>Risque immédiat pendant une séance&#xa0;: la mesure prise, sans récit</translation>
    </message>
    <message>
        <source>Register a participant for a drop-in session</source>
        <translation>Inscrire une personne à une séance ouverte</translation>
    </message>
    <message>
        <source>A session&apos;s registrations (a view of identities)</source>
        <translation>Les inscriptions d’une séance (une consultation d’identités)</translation>
    </message>
    <message>
        <source>A registration&apos;s identity and province verified</source>
        <translation>L’identité et la province d’une inscription vérifiées</translation>
    </message>
    <message>
        <source>The session&apos;s link sent to a verified registration</source>
        <translation>Le lien de la séance envoyé à une inscription vérifiée</translation>
    </message>
    <message>
        <source>A members group&apos;s members (a view of identities)</source>
        <translation>Les membres d’un groupe à membres (une consultation d’identités)</translation>
    </message>
    <message>
        <source>A standing member, verified once</source>
        <translation>Un membre permanent, vérifié une seule fois</translation>
    </message>
    <message>
        <source>A member&apos;s identity and province verified, once</source>
        <translation>L’identité et la province d’un membre vérifiées, une seule fois</translation>
    </message>
    <message>
        <source>The group&apos;s link sent to a verified member</source>
        <translation>Le lien du groupe envoyé à un membre vérifié</translation>
    </message>
    <message>
        <source>A member leaves; their identity is purged after the retention period</source>
        <translation>Un membre quitte le groupe&#xa0;; son identité est effacée après la durée de conservation</translation>
    </message>
    <message>
        <source>Legal hold on a member&apos;s identity</source>
        <translation>Conservation légale de l’identité d’un membre</translation>
    </message>
    <message>
        <source>Lift a member&apos;s legal hold</source>
        <translation>Lever la conservation légale d’un membre</translation>
    </message>
    <message>
        <source>Intake from a CSV file, all or none (docs/import-formats.md)</source>
        <translation>Accueil à partir d’un fichier CSV, tout ou rien (docs/import-formats.md)</translation>
    </message>
    <message>
        <source>Every request, newest first</source>
        <translation>Toutes les demandes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>One request</source>
        <translation>Une demande</translation>
    </message>
    <message>
        <source>A colleague&apos;s referral: the person agreed to be contacted</source>
        <translation>La recommandation d’un collègue&#xa0;: la personne a accepté d’être contactée</translation>
    </message>
    <message>
        <source>Triage: the safety question answered, reasons and urgency</source>
        <translation>Triage&#xa0;: la question de sécurité répondue, motifs et urgence</translation>
    </message>
    <message>
        <source>Immediate risk at any other time; prints the crisis resources</source>
        <translation>Risque immédiat à tout autre moment&#xa0;; affiche les ressources de crise</translation>
    </message>
    <message>
        <source>First contact made</source>
        <translation>Premier contact établi</translation>
    </message>
    <message>
        <source>Close; the match&apos;s conversations booked from then on are cancelled</source>
        <translation>Fermer&#xa0;; les conversations du jumelage prévues à partir de ce moment sont annulées</translation>
    </message>
    <message>
        <source>A referral given to one of the resources setting&apos;s names</source>
        <translation>Une orientation vers l’une des ressources du paramètre resources</translation>
    </message>
    <message>
        <source>Legal hold: the identity is not purged</source>
        <translation>Conservation légale&#xa0;: l’identité n’est pas effacée</translation>
    </message>
    <message>
        <source>Lift a legal hold</source>
        <translation>Lever une conservation légale</translation>
    </message>
    <message>
        <source>Every supporter, ranked or excluded with the rule</source>
        <translation>Chaque pair aidant, classé ou exclu avec la règle</translation>
    </message>
    <message>
        <source>Propose this supporter (the rules are checked again)</source>
        <translation>Proposer ce pair aidant (les règles sont vérifiées de nouveau)</translation>
    </message>
    <message>
        <source>The supporter agreed</source>
        <translation>Le pair aidant a accepté</translation>
    </message>
    <message>
        <source>The supporter declined; never suggested for this request again</source>
        <translation>Le pair aidant a refusé&#xa0;; il n’est plus jamais suggéré pour cette demande</translation>
    </message>
    <message>
        <source>End an accepted match early: the request goes back to triaged</source>
        <translation>Mettre fin plus tôt à un jumelage accepté&#xa0;: la demande revient à l’état trié</translation>
    </message>
    <message>
        <source>The introduction sent to the supporter (a view of the identity)</source>
        <translation>La présentation envoyée au pair aidant (une consultation de l’identité)</translation>
    </message>
    <message>
        <source>Add supporters from a CSV file, all or none (docs/import-formats.md)</source>
        <translation>Ajouter des pairs aidants à partir d’un fichier CSV, tout ou rien (docs/import-formats.md)</translation>
    </message>
    <message>
        <source>The roster, by name</source>
        <translation>La liste des pairs aidants, par nom</translation>
    </message>
    <message>
        <source>One supporter with availability and training</source>
        <translation>Un pair aidant, avec ses disponibilités et ses formations</translation>
    </message>
    <message>
        <source>A new status; --force confirms it for a supporter with live matches</source>
        <translation>Un nouveau statut&#xa0;; --force le confirme pour un pair aidant ayant des jumelages actifs</translation>
    </message>
    <message>
        <source>No new matches or conversations until the date (inclusive)</source>
        <translation>Aucun nouveau jumelage ni conversation jusqu’à la date (incluse)</translation>
    </message>
    <message>
        <source>End a pause</source>
        <translation>Mettre fin à une pause</translation>
    </message>
    <message>
        <source>A training record; --optional for a course that is not required</source>
        <translation>Une formation suivie&#xa0;; --optional pour un cours qui n’est pas obligatoire</translation>
    </message>
    <message>
        <source>A debrief or supervision date (today unless --on)</source>
        <translation>Une date de compte rendu ou de supervision (aujourd’hui, sauf --on)</translation>
    </message>
    <message>
        <source>Book a conversation with the request&apos;s supporter</source>
        <translation>Prévoir une conversation avec le pair aidant de la demande</translation>
    </message>
    <message>
        <source>Conversations, of one request or all</source>
        <translation>Les conversations, d’une demande ou de toutes</translation>
    </message>
    <message>
        <source>Record a conversation as held, cancelled or no-show</source>
        <translation>Consigner une conversation comme tenue, annulée ou absence</translation>
    </message>
    <message>
        <source>Write a conversation as an iCalendar file, with no name in it</source>
        <translation>Écrire une conversation dans un fichier iCalendar, sans aucun nom</translation>
    </message>
    <message>
        <source>A new account with a one-time initial passphrase</source>
        <translation>Un nouveau compte avec une phrase de passe initiale à usage unique</translation>
    </message>
    <message>
        <source>Every account: login, role, status, display name</source>
        <translation>Tous les comptes&#xa0;: identifiant, rôle, état, nom affiché</translation>
    </message>
    <message>
        <source>The account&apos;s key slot leaves keyring.json</source>
        <translation>L’emplacement de clé du compte quitte keyring.json</translation>
    </message>
    <message>
        <source>Bring an account back with a new initial passphrase</source>
        <translation>Rétablir un compte avec une nouvelle phrase de passe initiale</translation>
    </message>
    <message>
        <source>End an account for good; --rotate-key changes the data key too</source>
        <translation>Mettre fin à un compte pour de bon&#xa0;; --rotate-key change aussi la clé des données</translation>
    </message>
    <message>
        <source>Rotate the data key: re-encrypt the database, give every key slot the new key</source>
        <translation>Changer la clé des données&#xa0;: rechiffrer la base, donner la nouvelle clé à chaque emplacement de clé</translation>
    </message>
    <message>
        <source>A new recovery key; the old one stops working</source>
        <translation>Une nouvelle clé de récupération&#xa0;; l’ancienne cesse de fonctionner</translation>
    </message>
    <message>
        <source>Keep in keyring.json only the key slots the vault&apos;s accounts give</source>
        <translation>Ne garder dans keyring.json que les emplacements de clé que donnent les comptes du coffre</translation>
    </message>
    <message>
        <source>Set up a program on a PostgreSQL database with its first administrator (--user); completes the --profile file and prints the recovery key once</source>
        <translation>Mettre en place un programme sur une base PostgreSQL avec son premier compte administrateur (--user)&#xa0;; compléter le fichier --profile et afficher une seule fois la clé de récupération</translation>
    </message>
    <message>
        <source>A staff member&apos;s account and database login, with a one-time initial passphrase</source>
        <translation>Le compte d’un membre du personnel et sa connexion à la base, avec une phrase de passe initiale à usage unique</translation>
    </message>
    <message>
        <source>Move a local vault, opened as its administrator (--user), into an empty program on a PostgreSQL database; completes the --profile file</source>
        <translation>Déplacer un coffre local, ouvert par son administrateur (--user), dans un programme vide sur une base PostgreSQL&#xa0;; complète le fichier --profile</translation>
    </message>
    <message>
        <source>Write the program as it is now into a new local vault in the folder DIR</source>
        <translation>Écrire le programme tel qu’il est dans un nouveau coffre local, dans le dossier DIR</translation>
    </message>
    <message>
        <source>On a program server: print each change others commit (table and row number), until --count changes or --seconds</source>
        <translation>Sur un serveur de programme&#xa0;: afficher chaque changement enregistré par d’autres (table et numéro de ligne), jusqu’à --count changements ou --seconds</translation>
    </message>
    <message>
        <source>As the schema&apos;s owner: reclaim what purges left in the program&apos;s tables (VACUUM; the tables with identities are rewritten, each locked meanwhile)</source>
        <translation>En tant que propriétaire du schéma&#xa0;: récupérer ce que les purges ont laissé dans les tables du programme (VACUUM&#xa0;; les tables qui contiennent des identités sont réécrites, chacune verrouillée pendant ce temps)</translation>
    </message>
    <message>
        <source>The program&apos;s sites: number, code, name; --mine: yours</source>
        <translation>Les sites du programme&#xa0;: numéro, code, nom; --mine&#xa0;: les vôtres</translation>
    </message>
    <message>
        <source>A new site, with a code of a-z, 0-9 and &apos;-&apos;</source>
        <translation>Un nouveau site, avec un code fait de a-z, 0-9 et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>A site&apos;s new name; its code stays</source>
        <translation>Le nouveau nom d’un site; son code reste</translation>
    </message>
    <message>
        <source>The sites an account works; --sites CODE,... replaces them</source>
        <translation>Les sites où travaille un compte; --sites CODE,... les remplace</translation>
    </message>
    <message>
        <source>Anonymized statistics of a month (2026-03), quarter (2026-Q1) or year, small numbers suppressed; FORMAT csv, json, xlsx or pdf; --by-site splits the tables by site</source>
        <translation>Statistiques anonymisées d’un mois (2026-03), d’un trimestre (2026-Q1) ou d’une année, petits nombres masqués&#xa0;; FORMAT csv, json, xlsx ou pdf&#xa0;; --by-site répartit les tableaux par site</translation>
    </message>
    <message>
        <source>Your live matches: the physician&apos;s first name, how to reach them, the date to contact them by, your conversations</source>
        <translation>Vos jumelages en cours&#xa0;: le prénom du médecin, comment le joindre, la date limite du premier contact, vos conversations</translation>
    </message>
    <message>
        <source>Accept a match proposed to you</source>
        <translation>Accepter un jumelage qui vous est proposé</translation>
    </message>
    <message>
        <source>Decline a match proposed to you</source>
        <translation>Refuser un jumelage qui vous est proposé</translation>
    </message>
    <message>
        <source>Record that you reached the physician (now, or --at)</source>
        <translation>Consigner que vous avez joint le médecin (maintenant, ou --at)</translation>
    </message>
    <message>
        <source>Book a conversation with the physician</source>
        <translation>Prévoir une conversation avec le médecin</translation>
    </message>
    <message>
        <source>Record that a booked conversation took place</source>
        <translation>Consigner qu’une conversation prévue a eu lieu</translation>
    </message>
    <message>
        <source>Ask for a new supporter to take over (--reason supporter_withdrew, requester_asked or poor_fit)</source>
        <translation>Demander qu’un nouveau pair aidant prenne le relais (--reason supporter_withdrew, requester_asked ou poor_fit)</translation>
    </message>
</context>
<context>
    <name>peerdesk::ClockTime</name>
    <message>
        <source>Give a time, such as 18:00 or 6 PM.</source>
        <translation>Indiquez une heure, par exemple 18&#xa0;h&#xa0;00 ou 18:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it like 18:00, 6:00 PM or 6pm.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure&#xa0;: écrivez-la comme 18:00, 18&#xa0;h&#xa0;00 ou 6 PM.</translation>
    </message>
    <message>
        <source>An hour has 60 minutes: &quot;%1&quot; is not a time.</source>
        <translation>Une heure compte 60 minutes&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure.</translation>
    </message>
    <message>
        <source>With AM or PM the hour goes from 1 to 12: &quot;%1&quot; is not a time.</source>
        <translation>Avec AM ou PM, l’heure va de 1 à 12&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure.</translation>
    </message>
    <message>
        <source>A day has 24 hours: &quot;%1&quot; is not a time.</source>
        <translation>Une journée compte 24 heures&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure.</translation>
    </message>
    <message>
        <source>Say which %1 o&apos;clock: write %1 AM, %1 PM or %2:00.</source>
        <translation>Précisez quelle heure&#xa0;: écrivez %1 AM, %1 PM ou %2&#xa0;h&#xa0;00.</translation>
    </message>
</context>
<context>
    <name>peerdesk::CloseRequestDialog</name>
    <message>
        <source>Close request %1</source>
        <translation>Fermer la demande %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>It was &amp;difficult for the supporter (gives them their cooldown)</source>
        <translation>Ce fut &amp;difficile pour le pair aidant (lui accorde sa période de répit)</translation>
    </message>
    <message>
        <source>Difficult for the supporter</source>
        <translation>Difficile pour le pair aidant</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lose request</source>
        <translation>&amp;Fermer la demande</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Fermer la demande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Closing cancels %n conversation(s) booked from now on; the supporter&apos;s time is freed.</source>
        <translation>
            <numerusform>La fermeture annule %n conversation prévue à partir de maintenant&#xa0;; le temps du pair aidant est libéré.</numerusform>
            <numerusform>La fermeture annule %n conversations prévues à partir de maintenant&#xa0;; le temps du pair aidant est libéré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation>Orientation donnée</translation>
    </message>
    <message>
        <source>A service the physician was connected to, whatever the outcome: it is counted in the statistics of referrals given.</source>
        <translation>Un service vers lequel le médecin a été orienté, quelle que soit l’issue&#xa0;: il est compté dans les statistiques des orientations données.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Referral given:</source>
        <translation>&amp;Orientation donnée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::ConflictText</name>
    <message>
        <source>nothing this form shows (another part of the record)</source>
        <translation>rien de ce que montre ce formulaire (une autre partie de la fiche)</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motifs</translation>
    </message>
    <message>
        <source>career stage</source>
        <translation>étape de carrière</translation>
    </message>
    <message>
        <source>specialty</source>
        <translation>spécialité</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>modalities</source>
        <translation>modalités</translation>
    </message>
    <message>
        <source>preferences</source>
        <translation>préférences</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>best time to reach</source>
        <translation>meilleur moment pour joindre</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>pronoms</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>practice setting</source>
        <translation>milieu de pratique</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>établissements</translation>
    </message>
    <message>
        <source>affinity groups</source>
        <translation>groupes d’affinité</translation>
    </message>
    <message>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <source>rest after a difficult match</source>
        <translation>repos après un jumelage difficile</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>when it meets</source>
        <translation>moment des rencontres</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>facilitators</source>
        <translation>animateurs</translation>
    </message>
    <message>
        <source>whether it meets</source>
        <translation>tenue du groupe</translation>
    </message>
    <message>
        <source>resources for participants</source>
        <translation>ressources pour les participants</translation>
    </message>
    <message>
        <source>Changed by someone else — reloaded. They changed: %1. What you typed is still here, their change wherever you typed nothing: check it, then press OK to apply yours over it.</source>
        <translation>Modifié par quelqu’un d’autre — rechargé. Cette personne a changé&#xa0;: %1. Ce que vous avez tapé est toujours là, et sa modification partout où vous n’avez rien tapé&#xa0;: vérifiez, puis appuyez sur OK pour appliquer la vôtre par-dessus.</translation>
    </message>
</context>
<context>
    <name>peerdesk::ContactTarget</name>
    <message>
        <source>The contact target is %1 to %2 business days.</source>
        <translation>La cible de premier contact est de %1 à %2 jours ouvrables.</translation>
    </message>
    <message>
        <source>The program&apos;s time zone is not valid.</source>
        <translation>Le fuseau horaire du programme n’est pas valide.</translation>
    </message>
    <message>
        <source>The request has no valid receipt time.</source>
        <translation>La demande n’a pas d’heure de réception valide.</translation>
    </message>
    <message>
        <source>First contact cannot precede the request&apos;s receipt.</source>
        <translation>Le premier contact ne peut pas précéder la réception de la demande.</translation>
    </message>
</context>
<context>
    <name>peerdesk::Controls</name>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les rangées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Choose the site</source>
        <translation>Choisir le site</translation>
    </message>
</context>
<context>
    <name>peerdesk::ConversationDialog</name>
    <message>
        <source>The supporter agreed to a time &amp;outside their availability</source>
        <translation>Le pair aidant a accepté un moment en deh&amp;ors de ses disponibilités</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Move conversation</source>
        <translation>Déplacer la conversation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>The supporter agreed to a time outside their availability</source>
        <translation>Le pair aidant a accepté un moment en dehors de ses disponibilités</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Mo&amp;ve</source>
        <translation>Dé&amp;placer</translation>
    </message>
    <message>
        <source>Schedule the conversation</source>
        <translation>Planifier la conversation</translation>
    </message>
    <message>
        <source>Move the conversation</source>
        <translation>Déplacer la conversation</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>De&amp;mande&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>Mo&amp;dalité&#xa0;:</translation>
    </message>
    <message>
        <source>supporter #%1</source>
        <translation>pair aidant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Request %1 has no accepted match yet: conversations are scheduled once a supporter has accepted the request.</source>
        <translation>La demande %1 n’a pas encore de jumelage accepté&#xa0;: les conversations se planifient une fois qu’un pair aidant a accepté la demande.</translation>
    </message>
    <message>
        <source>No request has an accepted match yet.</source>
        <translation>Aucune demande n’a encore de jumelage accepté.</translation>
    </message>
    <message>
        <source>%1 (conversation %2)</source>
        <translation>%1 (conversation %2)</translation>
    </message>
    <message>
        <source>Scheduled. %1</source>
        <translation>Planifiée. %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Supporter:</source>
        <translation>Pair aidant&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>No availability given: any time the supporter agrees to.</source>
        <translation>Aucune disponibilité indiquée&#xa0;: à l’heure qui convient au pair aidant.</translation>
    </message>
    <message>
        <source>Available %1.</source>
        <translation>Disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>First free time: %1.</source>
        <translation>Premier moment libre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing free in the next four weeks.</source>
        <translation>Rien de libre dans les quatre prochaines semaines.</translation>
    </message>
</context>
<context>
    <name>peerdesk::CreateVaultDialog</name>
    <message>
        <source>C&amp;reate vault</source>
        <translation>C&amp;réer le coffre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>Create your PeerDesk vault</source>
        <translation>Créez votre coffre PeerDesk</translation>
    </message>
    <message>
        <source>PeerDesk keeps everything in an encrypted vault on this computer. You will be its first administrator: choose a login and a passphrase. Without a passphrase or the recovery key, nobody can open the vault, not even the people who make PeerDesk.</source>
        <translation>PeerDesk conserve tout dans un coffre chiffré sur cet ordinateur. Vous en serez la première personne administratrice&#xa0;: choisissez un identifiant et une phrase de passe. Sans phrase de passe ni clé de récupération, personne ne peut ouvrir le coffre, pas même les personnes qui conçoivent PeerDesk.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>for example jtremblay</source>
        <translation>par exemple jtremblay</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>for example Jordan Tremblay</source>
        <translation>par exemple Jordan Tremblay</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>How other staff see you in PeerDesk.</source>
        <translation>Le nom sous lequel les autres membres de l’équipe vous voient dans PeerDesk.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Création du coffre. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please type the passphrase again.</source>
        <translation>Veuillez saisir la phrase de passe de nouveau.</translation>
    </message>
    <message>
        <source>Connect to a program &amp;server…</source>
        <translation>Se connecter à un &amp;serveur de programme…</translation>
    </message>
    <message>
        <source>Connect to a program server with a connection profile</source>
        <translation>Se connecter à un serveur de programme avec un profil de connexion</translation>
    </message>
</context>
<context>
    <name>peerdesk::Csv</name>
    <message>
        <source>Line %1, column &quot;%2&quot;: %3</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>a value is required: yes or no.</source>
        <translation>une valeur est requise&#xa0;: oui ou non.</translation>
    </message>
    <message>
        <source>expected yes, no, true, false, 1 or 0.</source>
        <translation>valeur attendue&#xa0;: yes, no, true, false, 1 ou 0.</translation>
    </message>
    <message>
        <source>The input could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts on this line has no closing quote.</source>
        <translation>Ligne %1&#xa0;: le champ entre guillemets qui commence sur cette ligne n’a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>Line %1, field %2: %3</source>
        <translation>Ligne %1, champ %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the field is longer than the limit of %1 bytes.</source>
        <translation>le champ dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>a quote appears in a field that does not start with one; enclose the whole field in quotes and double each quote inside it.</source>
        <translation>un guillemet figure dans un champ qui ne commence pas par un guillemet&#xa0;; mettez tout le champ entre guillemets et doublez chaque guillemet qu’il contient.</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted field; a quote inside a quoted field must be doubled.</source>
        <translation>du texte suit le guillemet fermant d’un champ entre guillemets&#xa0;; un guillemet à l’intérieur d’un tel champ doit être doublé.</translation>
    </message>
    <message>
        <source>a carriage return outside quotes is not followed by a line feed.</source>
        <translation>un retour de chariot hors guillemets n’est pas suivi d’un saut de ligne.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>le texte n’est pas en UTF-8 valide&#xa0;; enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: this row has more fields than the limit of %2.</source>
        <translation>Ligne %1&#xa0;: cette rangée compte plus de champs que la limite de %2.</translation>
    </message>
    <message>
        <source>Too many errors: reading stopped at line %1.</source>
        <translation>Trop d’erreurs&#xa0;: la lecture s’est arrêtée à la ligne %1.</translation>
    </message>
    <message>
        <source>The header has already been read.</source>
        <translation>L’en-tête a déjà été lu.</translation>
    </message>
    <message>
        <source>Line %1: the file is empty; its first line must name the columns.</source>
        <translation>Ligne %1&#xa0;: le fichier est vide&#xa0;; sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>Line %1: column %2 of the header has no name.</source>
        <translation>Ligne %1&#xa0;: la colonne %2 de l’en-tête n’a pas de nom.</translation>
    </message>
    <message>
        <source>Line %1: the required column &quot;%2&quot; is missing.</source>
        <translation>Ligne %1&#xa0;: la colonne obligatoire «&#xa0;%2&#xa0;» est absente.</translation>
    </message>
    <message>
        <source>Line %1: the number of fields (%2) differs from the header&apos;s (%3).</source>
        <translation>Ligne %1&#xa0;: le nombre de champs (%2) diffère de celui de l’en-tête (%3).</translation>
    </message>
    <message>
        <source>The input could not be read: it is not open.</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: il n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Line %1: column %2 of the header repeats the name of column %3.</source>
        <translation>Ligne %1&#xa0;: la colonne %2 de l’en-tête répète le nom de la colonne %3.</translation>
    </message>
    <message>
        <source>Line %1: column %2 is not one PeerDesk reads and will be ignored.</source>
        <translation>Ligne %1&#xa0;: la colonne %2 n’est pas une de celles que PeerDesk lit&#xa0;; elle sera ignorée.</translation>
    </message>
    <message>
        <source>Line %1 names none of the columns PeerDesk reads: the first line must be the header (docs/import-formats.md).</source>
        <translation>La ligne %1 ne nomme aucune des colonnes que PeerDesk lit&#xa0;: la première ligne doit être l’en-tête (docs/import-formats.md).</translation>
    </message>
</context>
<context>
    <name>peerdesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>PeerDesk locks itself after %n minute(s) without activity. Ctrl+L locks it now.</source>
        <translation>
            <numerusform>PeerDesk se verrouille après %n minute d’inactivité. Ctrl+L le verrouille immédiatement.</numerusform>
            <numerusform>PeerDesk se verrouille après %n minutes d’inactivité. Ctrl+L le verrouille immédiatement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic locking is off. Ctrl+L locks PeerDesk now.</source>
        <translation>Le verrouillage automatique est désactivé. Ctrl+L verrouille PeerDesk immédiatement.</translation>
    </message>
    <message>
        <source>Today, for coordinators and administrators</source>
        <translation>Aujourd’hui, pour la coordination et l’administration</translation>
    </message>
    <message>
        <source>First contact overdue</source>
        <translation>Premier contact en retard</translation>
    </message>
    <message>
        <source>First contact due today</source>
        <translation>Premier contact à faire aujourd’hui</translation>
    </message>
    <message>
        <source>New requests to triage</source>
        <translation>Nouvelles demandes à trier</translation>
    </message>
    <message>
        <source>Awaiting consent</source>
        <translation>En attente de consentement</translation>
    </message>
    <message>
        <source>Awaiting the supporter&apos;s answer</source>
        <translation>En attente de la réponse du pair aidant</translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation>Conversations d’aujourd’hui</translation>
    </message>
    <message>
        <source>Group sessions in the next 7 days</source>
        <translation>Séances de groupe des 7 prochains jours</translation>
    </message>
    <message>
        <source>Training due within 30 days</source>
        <translation>Formations à renouveler d’ici 30 jours</translation>
    </message>
    <message>
        <source>Identities purged in the next 7 days</source>
        <translation>Identités effacées dans les 7 prochains jours</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Affichage des %1 premiers sur %2.</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Nous sommes le %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · priority</source>
        <translation>%1 · prioritaire</translation>
    </message>
    <message>
        <source>%1 · escalated</source>
        <translation>%1 · signalée</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçue le %1</translation>
    </message>
    <message>
        <source>overdue: was due %1</source>
        <translation>en retard&#xa0;: échéance le %1</translation>
    </message>
    <message>
        <source>%1 · %2 with %3 · %4</source>
        <translation>%1 · %2 avec %3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>échue depuis le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>%1 · closed %2 · identity purged %3</source>
        <translation>%1 · fermée le %2 · identité effacée le %3</translation>
    </message>
    <message>
        <source>Needs a new supporter</source>
        <translation>Besoin d’un nouveau pair aidant</translation>
    </message>
    <message>
        <source>Escalated, no supporter yet</source>
        <translation>Urgence signalée, sans pair aidant</translation>
    </message>
    <message>
        <source>Triaged, no supporter yet</source>
        <translation>Triées, sans pair aidant</translation>
    </message>
    <message>
        <source>Proposals unanswered</source>
        <translation>Propositions sans réponse</translation>
    </message>
    <message>
        <source>Past sessions not recorded</source>
        <translation>Séances passées non consignées</translation>
    </message>
    <message>
        <source>No conversation held lately</source>
        <translation>Aucune conversation récente</translation>
    </message>
    <message>
        <source>Group series running out within 14 days</source>
        <translation>Séries de groupe qui s’épuisent d’ici 14 jours</translation>
    </message>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>reçue il y a %n jour</numerusform>
            <numerusform>reçue il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · received %2</source>
        <translation>%1 · reçue le %2</translation>
    </message>
    <message numerus="yes">
        <source>Proposed more than %n day(s) ago and still waiting for the supporter&apos;s answer (setting proposal_answer_days).</source>
        <translation>
            <numerusform>Proposées il y a plus de %n jour et toujours en attente de la réponse du pair aidant (paramètre proposal_answer_days).</numerusform>
            <numerusform>Proposées il y a plus de %n jours et toujours en attente de la réponse du pair aidant (paramètre proposal_answer_days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · proposed %n day(s) ago</source>
        <translation>
            <numerusform>%1 · proposée il y a %n jour</numerusform>
            <numerusform>%1 · proposée il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted matches with no conversation held for %n day(s) (setting quiet_match_days).</source>
        <translation>
            <numerusform>Jumelages acceptés sans conversation tenue depuis %n jour (paramètre quiet_match_days).</numerusform>
            <numerusform>Jumelages acceptés sans conversation tenue depuis %n jours (paramètre quiet_match_days).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last held or accepted %2</source>
        <translation>%1 · dernière conversation ou acceptation le %2</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>en pause jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1 · %2 with %3</source>
        <translation>%1 · %2 avec %3</translation>
    </message>
    <message>
        <source>last session scheduled %1</source>
        <translation>dernière séance prévue le %1</translation>
    </message>
    <message>
        <source>no session scheduled</source>
        <translation>aucune séance prévue</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>1. Review the program&apos;s settings: its name, the first-contact target and holidays, scope, resources and crisis resources.</source>
        <translation>1. Passez en revue les paramètres du programme&#xa0;: son nom, la cible du premier contact et les jours fériés, la portée, les ressources et les ressources de crise.</translation>
    </message>
    <message>
        <source>1. An administrator reviews the program&apos;s settings.</source>
        <translation>1. Un administrateur passe en revue les paramètres du programme.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>2. Add the supporters, or import the roster from a CSV file.</source>
        <translation>2. Ajoutez les pairs aidants, ou importez la liste depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>2. An administrator adds the supporters or imports the roster.</source>
        <translation>2. Un administrateur ajoute les pairs aidants ou importe la liste.</translation>
    </message>
    <message>
        <source>Open Supporters</source>
        <translation>Ouvrir les pairs aidants</translation>
    </message>
    <message>
        <source>3. Enter the first request (Ctrl+N on the Requests page).</source>
        <translation>3. Saisissez la première demande (Ctrl+N à la page Demandes).</translation>
    </message>
    <message>
        <source>Open Requests</source>
        <translation>Ouvrir les demandes</translation>
    </message>
    <message>
        <source>%1 Done.</source>
        <translation>%1 Fait.</translation>
    </message>
    <message>
        <source>No first contact is overdue.</source>
        <translation>Aucun premier contact en retard.</translation>
    </message>
    <message>
        <source>No match needs a new supporter.</source>
        <translation>Aucun jumelage n’a besoin d’un nouveau pair aidant.</translation>
    </message>
    <message>
        <source>No escalated request is waiting for a supporter.</source>
        <translation>Aucune demande signalée n’attend de pair aidant.</translation>
    </message>
    <message>
        <source>No first contact is due today.</source>
        <translation>Aucun premier contact prévu aujourd’hui.</translation>
    </message>
    <message>
        <source>No new request to triage. New request… on the Requests page records one.</source>
        <translation>Aucune nouvelle demande à trier. Nouvelle demande… sur la page Demandes en consigne une.</translation>
    </message>
    <message>
        <source>Every triaged request has a supporter.</source>
        <translation>Chaque demande triée a un pair aidant.</translation>
    </message>
    <message>
        <source>No request is waiting for consent.</source>
        <translation>Aucune demande n’attend de consentement.</translation>
    </message>
    <message>
        <source>No supporter has a proposal to answer.</source>
        <translation>Aucun pair aidant n’a de proposition à laquelle répondre.</translation>
    </message>
    <message>
        <source>No proposal has waited too long for an answer.</source>
        <translation>Aucune proposition n’attend de réponse depuis trop longtemps.</translation>
    </message>
    <message>
        <source>No conversation today.</source>
        <translation>Aucune conversation aujourd’hui.</translation>
    </message>
    <message>
        <source>Every past session is recorded.</source>
        <translation>Chaque séance passée est consignée.</translation>
    </message>
    <message>
        <source>Every ongoing match had a conversation lately.</source>
        <translation>Chaque jumelage en cours a eu une conversation récemment.</translation>
    </message>
    <message>
        <source>No group session in the next 7 days.</source>
        <translation>Aucune séance de groupe dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>No group series runs out soon.</source>
        <translation>Aucune série de séances de groupe ne se termine bientôt.</translation>
    </message>
    <message>
        <source>No training falls due within 30 days.</source>
        <translation>Aucune formation n’arrive à échéance dans les 30 jours.</translation>
    </message>
    <message>
        <source>No identity is purged in the next 7 days.</source>
        <translation>Aucune identité ne sera purgée dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Groups short of facilitators</source>
        <translation>Groupes à court d’animation</translation>
    </message>
    <message>
        <source>Every group has a facilitator who can lead its next session.</source>
        <translation>Chaque groupe a un pair aidant qui peut animer sa prochaine séance.</translation>
    </message>
    <message>
        <source>%1 · next %2 · %3 of %4 facilitators can lead</source>
        <translation>%1 · prochaine séance %2 · %3 sur %4 peuvent animer</translation>
    </message>
</context>
<context>
    <name>peerdesk::Database</name>
    <message>
        <source>%1 is missing from %2.</source>
        <translation>%1 est introuvable dans %2.</translation>
    </message>
    <message>
        <source>The SQLCipher driver is not available.</source>
        <translation>Le pilote SQLCipher n’est pas disponible.</translation>
    </message>
    <message>
        <source>%1 cannot be decrypted: it is damaged or belongs to another vault.</source>
        <translation>Impossible de déchiffrer %1&#xa0;: le fichier est endommagé ou appartient à un autre coffre.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 is in use by another program.</source>
        <translation>%1 est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This PeerDesk was built with SQLCipher %1; version %2.%3 or newer is required.</source>
        <translation>Cette version de PeerDesk a été compilée avec SQLCipher %1&#xa0;; la version %2.%3 ou plus récente est requise.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging.</source>
        <translation>%1 ne peut pas utiliser la journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation>%1 est endommagé&#xa0;: la version de son schéma est illisible.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PeerDesk (schema %2; this program knows up to %3). Install the newer PeerDesk to open it.</source>
        <translation>%1 a été écrit par une version plus récente de PeerDesk (schéma %2&#xa0;; ce programme connaît jusqu’au schéma %3). Installez la version plus récente de PeerDesk pour l’ouvrir.</translation>
    </message>
    <message>
        <source>A user has an unknown role.</source>
        <translation>Une personne utilisatrice a un rôle inconnu.</translation>
    </message>
    <message>
        <source>%1 is empty or damaged: it holds no PeerDesk data.</source>
        <translation>%1 est vide ou endommagé&#xa0;: il ne contient aucune donnée PeerDesk.</translation>
    </message>
    <message>
        <source>A match has an unknown status.</source>
        <translation>Un jumelage a un statut inconnu.</translation>
    </message>
    <message>
        <source>A request has an unknown status.</source>
        <translation>Une demande a un statut inconnu.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot write %1: it already exists.</source>
        <translation>Impossible d’écrire %1&#xa0;: le fichier existe déjà.</translation>
    </message>
    <message>
        <source>Your account does not hold the key to people&apos;s names and contact details.</source>
        <translation>Votre compte ne détient pas la clé des noms et des coordonnées des personnes.</translation>
    </message>
    <message>
        <source>An identity field of %1 %2 in peerdesk.db was altered or copied from elsewhere: it cannot be read. Run verify.</source>
        <translation>Un champ d’identité de %1 %2 dans peerdesk.db a été modifié ou copié d’ailleurs&#xa0;: il ne peut pas être lu. Lancez verify.</translation>
    </message>
    <message>
        <source>An identity field of %1 %2 in peerdesk.db is not encrypted. Run verify.</source>
        <translation>Un champ d’identité de %1 %2 dans peerdesk.db n’est pas chiffré. Lancez verify.</translation>
    </message>
    <message>
        <source>peerdesk.db is not at the schema version this step upgrades.</source>
        <translation>peerdesk.db n’est pas à la version de schéma que cette étape met à niveau.</translation>
    </message>
    <message>
        <source>the same record already exists, and there may be only one</source>
        <translation>le même enregistrement existe déjà, et il ne peut y en avoir qu’un</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>une valeur obligatoire manque</translation>
    </message>
    <message>
        <source>a value is not one the vault accepts</source>
        <translation>une valeur n’est pas de celles que le coffre accepte</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>une valeur n’est pas du bon type</translation>
    </message>
    <message>
        <source>the change refers to a record that does not exist, or removes one that others refer to</source>
        <translation>la modification renvoie à un enregistrement qui n’existe pas, ou en retire un auquel d’autres renvoient</translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation>une valeur est trop grande</translation>
    </message>
    <message>
        <source>the change breaks one of the vault&apos;s rules</source>
        <translation>la modification enfreint une des règles du coffre</translation>
    </message>
    <message>
        <source>Nothing was saved: %1.</source>
        <translation>Rien n’a été enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Encrypted page check failed: %1</source>
        <translation>La vérification des pages chiffrées a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>Intégrité de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>A reference is broken in table %1.</source>
        <translation>Une référence est brisée dans la table %1.</translation>
    </message>
    <message>
        <source>no id returned</source>
        <translation>aucun identifiant renvoyé</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that the program&apos;s CA did not sign. PeerDesk does not connect to a server it cannot verify: check the CA certificate in the connection profile with whoever runs the server.</source>
        <translation>Le serveur %1 a présenté un certificat que l’autorité de certification du programme n’a pas signé. PeerDesk ne se connecte pas à un serveur qu’il ne peut pas vérifier&#xa0;: vérifiez le certificat de l’autorité dans le profil de connexion avec la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate made for another host name. PeerDesk does not connect to a server it cannot verify.</source>
        <translation>Le serveur %1 a présenté un certificat établi pour un autre nom d’hôte. PeerDesk ne se connecte pas à un serveur qu’il ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection. PeerDesk connects to a program server only over TLS.</source>
        <translation>Le serveur %1 n’offre pas de connexion chiffrée. PeerDesk ne se connecte à un serveur de programme que par TLS.</translation>
    </message>
    <message>
        <source>The server %1 did not prove that it holds its certificate&apos;s key (SCRAM channel binding). PeerDesk does not connect without it.</source>
        <translation>Le serveur %1 n’a pas prouvé qu’il détient la clé de son certificat (liaison de canal SCRAM). PeerDesk ne se connecte pas sans cette preuve.</translation>
    </message>
    <message>
        <source>The server %1 refused the login: the login or passphrase is wrong, or the account may not connect.</source>
        <translation>Le serveur %1 a refusé la connexion&#xa0;: l’identifiant ou la phrase de passe est erroné, ou le compte n’a pas le droit de se connecter.</translation>
    </message>
    <message>
        <source>The server %1 has no such program database.</source>
        <translation>Le serveur %1 n’a pas cette base de données de programme.</translation>
    </message>
    <message>
        <source>The CA certificate for %1 cannot be read.</source>
        <translation>Le certificat de l’autorité de certification pour %1 est illisible.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached.</source>
        <translation>Le serveur %1 est injoignable.</translation>
    </message>
    <message>
        <source>The connection profile must name a host, a port, a database and a login.</source>
        <translation>Le profil de connexion doit indiquer un hôte, un port, une base de données et un identifiant.</translation>
    </message>
    <message>
        <source>The connection profile names no CA certificate: PeerDesk connects to a program server only when it can verify the server&apos;s certificate.</source>
        <translation>Le profil de connexion n’indique aucun certificat d’autorité de certification&#xa0;: PeerDesk ne se connecte à un serveur de programme que s’il peut vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>The CA certificate %1 does not exist.</source>
        <translation>Le certificat d’autorité de certification %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The path of the CA certificate may not contain a semicolon.</source>
        <translation>Le chemin du certificat d’autorité de certification ne peut pas contenir de point-virgule.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted; PeerDesk closed it.</source>
        <translation>La connexion à %1 n’est pas chiffrée&#xa0;; PeerDesk l’a fermée.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer PeerDesk (server schema %2; this program knows up to %3). Install the newer PeerDesk to use it.</source>
        <translation>%1 a été configuré par une version plus récente de PeerDesk (schéma de serveur %2&#xa0;; ce programme connaît jusqu’au %3). Installez la version plus récente de PeerDesk pour l’utiliser.</translation>
    </message>
    <message>
        <source>The server %1 refused this to your account.</source>
        <translation>Le serveur %1 a refusé cette action à votre compte.</translation>
    </message>
    <message>
        <source>The server %1 refused the login.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>Someone else was changing the same records on %1; nothing was saved. Try again.</source>
        <translation>Une autre personne modifiait les mêmes dossiers sur %1&#xa0;; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost.</source>
        <translation>La connexion au serveur %1 a été perdue.</translation>
    </message>
    <message>
        <source>The server %1 is out of resources: %2</source>
        <translation>Le serveur %1 manque de ressources&#xa0;: %2</translation>
    </message>
    <message>
        <source>The vault&apos;s tables refer to each other in a circle.</source>
        <translation>Les tables du coffre se renvoient l’une à l’autre en boucle.</translation>
    </message>
    <message>
        <source>The vault has a table PeerDesk does not know.</source>
        <translation>Le coffre contient une table que PeerDesk ne connaît pas.</translation>
    </message>
    <message>
        <source>The server&apos;s schema has no table %1: it does not match the vault&apos;s.</source>
        <translation>Le schéma du serveur n’a pas de table %1&#xa0;: il ne correspond pas à celui du coffre.</translation>
    </message>
    <message>
        <source>The server&apos;s schema has no column %1.%2: it does not match the vault&apos;s.</source>
        <translation>Le schéma du serveur n’a pas de colonne %1.%2&#xa0;: il ne correspond pas à celui du coffre.</translation>
    </message>
    <message>
        <source>A program is copied from a local vault to a program server.</source>
        <translation>Un programme se copie d’un coffre local vers un serveur de programme.</translation>
    </message>
    <message>
        <source>The server %1 already holds a program; a vault is copied only into an empty one.</source>
        <translation>Le serveur %1 contient déjà un programme&#xa0;; un coffre ne se copie que dans un serveur vide.</translation>
    </message>
    <message>
        <source>A program is copied from a program server to a local vault.</source>
        <translation>Un programme se copie d’un serveur de programme vers un coffre local.</translation>
    </message>
    <message>
        <source>The vault has a trigger PeerDesk does not know.</source>
        <translation>Le coffre contient un déclencheur que PeerDesk ne connaît pas.</translation>
    </message>
    <message>
        <source>%1 holds no PeerDesk program: its owner has not set it up (docs/server.md).</source>
        <translation>%1 ne contient aucun programme PeerDesk&#xa0;: son propriétaire ne l’a pas configuré (docs/server.md).</translation>
    </message>
    <message>
        <source>Staff logins exist only on a program server.</source>
        <translation>Les identifiants du personnel n’existent que sur un serveur de programme.</translation>
    </message>
    <message>
        <source>The login %1 is too long for this program server.</source>
        <translation>L’identifiant %1 est trop long pour ce serveur de programme.</translation>
    </message>
    <message>
        <source>The role %1 already exists and is someone&apos;s login: choose another name for the program&apos;s database.</source>
        <translation>Le rôle %1 existe déjà et sert d’identifiant à quelqu’un&#xa0;: choisissez un autre nom pour la base de données du programme.</translation>
    </message>
    <message>
        <source>A program database&apos;s name must be lower-case letters, digits and &apos;_&apos;, starting with a letter, at most 40 characters, without &quot;_u_&quot;.</source>
        <translation>Le nom d’une base de données de programme doit être fait de lettres minuscules, de chiffres et de «&#xa0;_&#xa0;», commencer par une lettre, compter au plus 40 caractères et ne pas contenir «&#xa0;_u_&#xa0;».</translation>
    </message>
    <message>
        <source>A database password is set only as its SCRAM verifier.</source>
        <translation>Un mot de passe de base de données ne se définit que par son vérificateur SCRAM.</translation>
    </message>
    <message>
        <source>The program server %1 cannot announce changes to this connection.</source>
        <translation>Le serveur de programme %1 ne peut pas annoncer les changements à cette connexion.</translation>
    </message>
    <message>
        <source>someone else has just taken what this needed (the supporter&apos;s last place, or that time); look again and choose another</source>
        <translation>quelqu’un d’autre vient de prendre ce qu’il fallait (la dernière place du pair aidant, ou cette plage horaire)&#xa0;; vérifiez de nouveau et choisissez-en une autre</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; trying again.</source>
        <translation>La connexion au serveur %1 a été perdue&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>The server %1 is busy: what this needed stayed locked too long. Try again.</source>
        <translation>Le serveur %1 est occupé&#xa0;: ce dont cette opération avait besoin est resté verrouillé trop longtemps. Réessayez.</translation>
    </message>
    <message>
        <source>An administrator changed the program&apos;s key to names while this was being saved; nothing was saved. Try again.</source>
        <translation>Un administrateur a changé la clé des noms du programme pendant l’enregistrement&#xa0;; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The program&apos;s identity key of generation %1 cannot be read: it was altered on the server. Run verify.</source>
        <translation>La clé d’identité de génération %1 du programme est illisible&#xa0;: elle a été modifiée sur le serveur. Lancez verify.</translation>
    </message>
    <message>
        <source>The program&apos;s identity key generation is not a number.</source>
        <translation>La génération de la clé d’identité du programme n’est pas un nombre.</translation>
    </message>
    <message>
        <source>An administrator changed the program&apos;s identity key: it is read again.</source>
        <translation>Un administrateur a changé la clé d’identité du programme&#xa0;: elle est lue de nouveau.</translation>
    </message>
    <message>
        <source>%1 needs its schema brought up to date by its owner before it can be used: peerdesk-cli server maintain --owner ROLE does it.</source>
        <translation>Le schéma de %1 doit être mis à jour par son propriétaire avant usage&#xa0;: peerdesk-cli server maintain --owner RÔLE le fait.</translation>
    </message>
</context>
<context>
    <name>peerdesk::DebriefTableModel</name>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>peerdesk::DemoData</name>
    <message>
        <source>Monday evening group</source>
        <translation>Groupe du lundi soir</translation>
    </message>
    <message>
        <source>ICU trainees group</source>
        <translation>Groupe des personnes résidentes aux soins intensifs</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty vault: this one already has supporters, requests or groups. Create a separate vault for the demo.</source>
        <translation>Les données de démonstration ne vont que dans un coffre vide&#xa0;: celui-ci contient déjà des pairs aidants, des demandes ou des groupes. Créez un coffre distinct pour la démonstration.</translation>
    </message>
    <message>
        <source>The number of supporters must be from %1 to %2.</source>
        <translation>Le nombre de pairs aidants doit être de %1 à %2.</translation>
    </message>
    <message>
        <source>The number of requests must be from 0 to %1.</source>
        <translation>Le nombre de demandes doit être de 0 à %1.</translation>
    </message>
    <message>
        <source>The demo session must be opened with the demo clock.</source>
        <translation>La session de démonstration doit être ouverte avec l’horloge de démonstration.</translation>
    </message>
    <message>
        <source>The number of years must be from 1 to %1.</source>
        <translation>Le nombre d’années doit être de 1 à %1.</translation>
    </message>
    <message>
        <source>The number of conversations must be from 0 to %1.</source>
        <translation>Le nombre de conversations doit être de 0 à %1.</translation>
    </message>
    <message>
        <source>The name marker must be at most %1 letters from A to Z.</source>
        <translation>Le marqueur de nom doit compter au plus %1 lettres de A à Z.</translation>
    </message>
    <message>
        <source>Daily virtual group</source>
        <translation>Groupe virtuel quotidien</translation>
    </message>
</context>
<context>
    <name>peerdesk::DisclosureControl</name>
    <message>
        <source>Table %1, cell %2: the hidden count could be narrowed down from what is published.</source>
        <translation>Tableau %1, cellule %2&#xa0;: le nombre masqué pourrait être déduit de ce qui est publié.</translation>
    </message>
    <message>
        <source>Table %1, cell %2 of the release for %3: this release would let its hidden count be narrowed down.</source>
        <translation>Tableau %1, cellule %2 de la diffusion de %3&#xa0;: cette diffusion permettrait de déduire son nombre masqué.</translation>
    </message>
    <message>
        <source>The figures of this release do not add up, so they cannot be audited.</source>
        <translation>Les chiffres de cette diffusion ne concordent pas entre eux&#xa0;; ils ne peuvent donc pas être vérifiés.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier release(s) left out: their figures disagree with later ones</source>
        <translation>
            <numerusform>%n diffusion antérieure écartée&#xa0;: ses chiffres diffèrent de chiffres plus récents</numerusform>
            <numerusform>%n diffusions antérieures écartées&#xa0;: leurs chiffres diffèrent de chiffres plus récents</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts from 1 to %1 hidden, with complementary suppression checked by an audit of every release against the ledger.</source>
        <translation>Nombres de 1 à %1 masqués, avec suppression complémentaire vérifiée par un audit de chaque diffusion par rapport au registre.</translation>
    </message>
</context>
<context>
    <name>peerdesk::EditCommand</name>
    <message>
        <source>This change could not be undone or redone: %1</source>
        <translation>Impossible d’annuler ou de rétablir cette modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>peerdesk::EditRequestCommand</name>
    <message>
        <source>edit of request %1</source>
        <translation>modification de la demande %1</translation>
    </message>
</context>
<context>
    <name>peerdesk::EndMatchDialog</name>
    <message>
        <source>End the match of request %1</source>
        <translation>Mettre fin au jumelage de la demande %1</translation>
    </message>
    <message>
        <source>The request goes back to triaged so that you can find a new supporter. It keeps its history, and this supporter is not suggested for it again.</source>
        <translation>La demande redevient triée pour que vous trouviez un nouveau pair aidant. Elle garde son historique, et ce pair aidant ne lui sera plus suggéré.</translation>
    </message>
    <message>
        <source>Why the match ends</source>
        <translation>Pourquoi le jumelage prend fin</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choisissez un motif</translation>
    </message>
    <message numerus="yes">
        <source>Ending the match cancels %n conversation(s) booked from now on; the supporter&apos;s time is freed.</source>
        <translation>
            <numerusform>Mettre fin au jumelage annule %n conversation prévue à partir de maintenant&#xa0;; le temps du pair aidant est libéré.</numerusform>
            <numerusform>Mettre fin au jumelage annule %n conversations prévues à partir de maintenant&#xa0;; le temps du pair aidant est libéré.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reasons for ending a match are configured: an administrator sets them on the Settings page.</source>
        <translation>Aucun motif de fin de jumelage n’est configuré&#xa0;: un administrateur les définit à la page Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End the match</source>
        <translation>M&amp;ettre fin au jumelage</translation>
    </message>
    <message>
        <source>End the match</source>
        <translation>Mettre fin au jumelage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>peerdesk::EscalationDialog</name>
    <message>
        <source>Escalate request %1</source>
        <translation>Signaler un risque pour la demande %1</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Ressources de crise</translation>
    </message>
    <message>
        <source>Someone may be at immediate risk: offer these crisis resources now.</source>
        <translation>Quelqu’un court peut-être un risque immédiat&#xa0;: proposez ces ressources de crise maintenant.</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>&amp;Mesure prise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record escalation</source>
        <translation>&amp;Consigner le signalement</translation>
    </message>
    <message>
        <source>Record escalation</source>
        <translation>Consigner le signalement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The escalation is recorded and the request is flagged.</source>
        <translation>Le signalement est consigné et la demande est marquée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>peerdesk::FieldChecks</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;. Allowed: %3.</source>
        <translation>Valeur inconnue pour %1&#xa0;: «&#xa0;%2&#xa0;». Valeurs permises&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>L’adresse courriel n’est pas valide.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>Le numéro de téléphone n’est pas valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter ISO 639-1 language code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue ISO 639-1 à deux lettres.</translation>
    </message>
    <message>
        <source>Unknown affinity group &quot;%1&quot;. Configured: %2.</source>
        <translation>Groupe d’affinité inconnu&#xa0;: «&#xa0;%1&#xa0;». Groupes configurés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>An availability window is not valid.</source>
        <translation>Une plage de disponibilité n’est pas valide.</translation>
    </message>
    <message>
        <source>%1 cannot hold a line break, a tab or another control character.</source>
        <translation>%1 ne peut contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupCommands</name>
    <message>
        <source>edit of group #%1</source>
        <translation>modification du groupe n°&#xa0;%1</translation>
    </message>
    <message>
        <source>end of group #%1</source>
        <translation>fin du groupe n°&#xa0;%1</translation>
    </message>
    <message>
        <source>reopening of group #%1</source>
        <translation>réouverture du groupe n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupEditorDialog</name>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Meets every how many weeks</source>
        <translation>Se réunit toutes les combien de semaines</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Se termine le&#xa0;:</translation>
    </message>
    <message>
        <source>The group has an end date</source>
        <translation>Le groupe a une date de fin</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Places per session</source>
        <translation>Places par séance</translation>
    </message>
    <message>
        <source>Most facilitators</source>
        <translation>Nombre maximal d’animateurs ou animatrices</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Describes the group, such as &quot;Monday evening group&quot;</source>
        <translation>Décrit le groupe, par exemple «&#xa0;Groupe du lundi soir&#xa0;»</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> semaine</numerusform>
            <numerusform> semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Début à&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation>Se réunit &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First date:</source>
        <translation>&amp;Première date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Places per session:</source>
        <translation>P&amp;laces par séance&#xa0;:</translation>
    </message>
    <message>
        <source>Most f&amp;acilitators:</source>
        <translation>Nombre maximal de pairs à l’&amp;animation&#xa0;:</translation>
    </message>
    <message>
        <source>Fa&amp;cilitators (active supporters):</source>
        <translation>Animation (pairs aidants a&amp;ctifs)&#xa0;:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Quelle semaine du mois</translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation>Se termine après&#xa0;:</translation>
    </message>
    <message>
        <source>The series ends after a number of sessions</source>
        <translation>La série se termine après un nombre de séances</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>Not on statutory &amp;holidays</source>
        <translation>Pas les jours &amp;fériés</translation>
    </message>
    <message>
        <source>No session on statutory holidays</source>
        <translation>Aucune séance les jours fériés</translation>
    </message>
    <message>
        <source>Weekly, on the days ticked</source>
        <translation>Chaque semaine, les jours cochés</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Monthly, on one weekday</source>
        <translation>Chaque mois, un jour de la semaine</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Troisième</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Quatrième</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <translation>
            <numerusform> séance</numerusform>
            <numerusform> séances</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>How participants join</source>
        <translation>Comment les participants se joignent au groupe</translation>
    </message>
    <message>
        <source>Registration for each session (drop-in)</source>
        <translation>Inscription à chaque séance (accès libre)</translation>
    </message>
    <message>
        <source>Standing members, verified once</source>
        <translation>Membres permanents, vérifiés une fois</translation>
    </message>
    <message>
        <source>Par&amp;ticipants:</source>
        <translation>Partic&amp;ipation&#xa0;:</translation>
    </message>
    <message>
        <source>Resources for participants</source>
        <translation>Ressources pour les participants</translation>
    </message>
    <message>
        <source>Separated by &quot;;&quot;, e.g. Physician health program; Crisis line 988</source>
        <translation>Séparées par «&#xa0;;&#xa0;», p. ex. Programme de santé des médecins&#xa0;; Ligne de crise 988</translation>
    </message>
    <message>
        <source>Shown with the group&apos;s sessions, for pointing participants to help.</source>
        <translation>Affichées avec les séances du groupe, pour orienter les participants vers de l’aide.</translation>
    </message>
    <message>
        <source>Resources for part&amp;icipants:</source>
        <translation>Ress&amp;ources pour les participants&#xa0;:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupMemberService</name>
    <message>
        <source>There is no group #%1.</source>
        <translation>Il n’y a pas de groupe n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Group #%1 has ended: reopen it to add members.</source>
        <translation>Le groupe n°&#xa0;%1 est terminé&#xa0;: rouvrez-le pour y ajouter des membres.</translation>
    </message>
    <message>
        <source>Group #%1 takes registrations for each session, not standing members: register the person for a session, or change the group to enrol members.</source>
        <translation>Le groupe n°&#xa0;%1 prend des inscriptions à chaque séance, pas des membres permanents&#xa0;: inscrivez la personne à une séance, ou modifiez le groupe pour qu’il ait des membres.</translation>
    </message>
    <message>
        <source>There is no group member #%1.</source>
        <translation>Il n’y a pas de membre de groupe n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Group member #%1 is no longer a member.</source>
        <translation>Le membre n°&#xa0;%1 ne fait plus partie du groupe.</translation>
    </message>
    <message>
        <source>Group member #%1 is already verified: a member is verified once.</source>
        <translation>Le membre n°&#xa0;%1 est déjà vérifié&#xa0;: un membre est vérifié une seule fois.</translation>
    </message>
    <message>
        <source>Verify the identity and province of group member #%1 before sending the link.</source>
        <translation>Vérifiez l’identité et la province du membre n°&#xa0;%1 avant d’envoyer le lien.</translation>
    </message>
    <message>
        <source>Group member #%1&apos;s identity was already purged; there is nothing left to hold.</source>
        <translation>L’identité du membre n°&#xa0;%1 a déjà été effacée&#xa0;; il n’y a plus rien à conserver.</translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupRecurrence</name>
    <message>
        <source>A series has 1 to %1 sessions, not %2.</source>
        <translation>Une série compte de 1 à %1 séances, pas %2.</translation>
    </message>
    <message>
        <source>A group meets every %1 to %2 weeks, not every %3.</source>
        <translation>Un groupe se réunit toutes les %1 à %2 semaines, pas toutes les %3.</translation>
    </message>
    <message>
        <source>Choose the days of the week the group meets.</source>
        <translation>Choisissez les jours de la semaine où le groupe se réunit.</translation>
    </message>
    <message>
        <source>A monthly group meets on one day of the week.</source>
        <translation>Un groupe mensuel se réunit un seul jour de la semaine.</translation>
    </message>
    <message>
        <source>A monthly group meets on the first to fourth, or the last, such day of the month.</source>
        <translation>Un groupe mensuel se réunit le premier, deuxième, troisième, quatrième ou dernier de ces jours du mois.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>du lundi au vendredi</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between day names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Chaque semaine, le %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Chaque semaine, le %1</numerusform>
            <numerusform>Toutes les %n semaines, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of each month</source>
        <translation>Le premier %1 de chaque mois</translation>
    </message>
    <message>
        <source>The second %1 of each month</source>
        <translation>Le deuxième %1 de chaque mois</translation>
    </message>
    <message>
        <source>The third %1 of each month</source>
        <translation>Le troisième %1 de chaque mois</translation>
    </message>
    <message>
        <source>The fourth %1 of each month</source>
        <translation>Le quatrième %1 de chaque mois</translation>
    </message>
    <message>
        <source>The last %1 of each month</source>
        <translation>Le dernier %1 de chaque mois</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n séance</numerusform>
            <numerusform>%1, %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Every weekday, Monday to Friday</source>
        <translation>Chaque jour de semaine, du lundi au vendredi</translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupService</name>
    <message>
        <source>Give the group a name, such as &quot;Monday evening group&quot;.</source>
        <translation>Donnez un nom au groupe, par exemple «&#xa0;Groupe du lundi soir&#xa0;».</translation>
    </message>
    <message>
        <source>A group&apos;s name has at most %1 characters.</source>
        <translation>Le nom d’un groupe compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modality; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une modalité&#xa0;; utilisez l’une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A group meets on one day, starting and ending between 00:00 and 24:00.</source>
        <translation>Un groupe se réunit sur une seule journée, en commençant et en finissant entre 00:00 et 24:00.</translation>
    </message>
    <message>
        <source>A group session lasts %1 to %2 minutes, not %3.</source>
        <translation>Une séance de groupe dure de %1 à %2 minutes, pas %3.</translation>
    </message>
    <message>
        <source>A group has %1 to %2 places, not %3.</source>
        <translation>Un groupe compte de %1 à %2 places, pas %3.</translation>
    </message>
    <message>
        <source>The facilitator limit is %1 to %2, not %3.</source>
        <translation>Le nombre maximal d’animateurs ou d’animatrices va de %1 à %2, pas %3.</translation>
    </message>
    <message numerus="yes">
        <source>This group takes at most %n facilitator(s).</source>
        <translation>
            <numerusform>Ce groupe accepte au plus %n animateur ou animatrice.</numerusform>
            <numerusform>Ce groupe accepte au plus %n animateurs ou animatrices.</numerusform>
        </translation>
    </message>
    <message>
        <source>A facilitator is listed twice.</source>
        <translation>Une personne animatrice figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>The last date (%1) is before the group&apos;s first meeting (%2).</source>
        <translation>La dernière date (%1) précède la première rencontre du groupe (%2).</translation>
    </message>
    <message>
        <source>Supporter #%1 is not active (%2), so cannot facilitate a group.</source>
        <translation>Le pair aidant n°&#xa0;%1 n’est pas actif ou active (%2) et ne peut donc pas animer de groupe.</translation>
    </message>
    <message>
        <source>There is already a group named &quot;%1&quot;.</source>
        <translation>Il existe déjà un groupe nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Schedule 1 to %1 weeks ahead, not %2.</source>
        <translation>Planifiez de 1 à %1 semaines à l’avance, pas %2.</translation>
    </message>
    <message>
        <source>There is no group #%1.</source>
        <translation>Il n’y a pas de groupe n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>There is no group session #%1.</source>
        <translation>Il n’y a pas de séance de groupe n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group session status; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de séance de groupe&#xa0;; utilisez l’un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>Les décomptes ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>Attendance, feedback and debrief are recorded only for a group session that was held.</source>
        <translation>La présence, les commentaires et le compte rendu ne se consignent que pour une séance de groupe qui a eu lieu.</translation>
    </message>
    <message>
        <source>Group session #%1 has not started yet: it cannot be marked held.</source>
        <translation>La séance de groupe n°&#xa0;%1 n’a pas encore commencé&#xa0;: elle ne peut pas être marquée comme tenue.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance (%1) is more than the group&apos;s %n place(s).</source>
        <translation>
            <numerusform>La présence (%1) dépasse la %n place du groupe.</numerusform>
            <numerusform>La présence (%1) dépasse les %n places du groupe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %1 feedback answers for %n participant(s): each participant gives at most one.</source>
        <translation>
            <numerusform>Il y a %1 réponses de rétroaction pour %n personne participante&#xa0;: chaque personne en donne au plus une.</numerusform>
            <numerusform>Il y a %1 réponses de rétroaction pour %n personnes participantes&#xa0;: chaque personne en donne au plus une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to record: give a status, attendance, feedback or debrief.</source>
        <translation>Rien à consigner&#xa0;: indiquez un statut, la présence, des commentaires ou le compte rendu.</translation>
    </message>
    <message>
        <source>Give the participant&apos;s name.</source>
        <translation>Indiquez le nom de la personne participante.</translation>
    </message>
    <message>
        <source>Give a way to reach the participant: an email address or a phone number.</source>
        <translation>Indiquez un moyen de joindre la personne participante&#xa0;: une adresse courriel ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A participant&apos;s name and contact have at most %1 characters each.</source>
        <translation>Le nom et les coordonnées d’une personne participante comptent au plus %1 caractères chacun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province or territory code; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de province ou de territoire&#xa0;; utilisez l’un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Group session #%1 is over or cancelled: it takes no registrations.</source>
        <translation>La séance de groupe n°&#xa0;%1 est terminée ou annulée&#xa0;: elle n’accepte plus d’inscriptions.</translation>
    </message>
    <message numerus="yes">
        <source>Group session #%1 is full: its %n place(s) are taken.</source>
        <translation>
            <numerusform>La séance de groupe n°&#xa0;%1 est complète&#xa0;: sa %n place est prise.</numerusform>
            <numerusform>La séance de groupe n°&#xa0;%1 est complète&#xa0;: ses %n places sont prises.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no registration #%1.</source>
        <translation>Il n’y a pas d’inscription n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Registration #%1 is already verified.</source>
        <translation>L’inscription n°&#xa0;%1 est déjà vérifiée.</translation>
    </message>
    <message>
        <source>Verify the identity and province of registration #%1 before sending the link.</source>
        <translation>Vérifiez l’identité et la province de l’inscription n°&#xa0;%1 avant d’envoyer le lien.</translation>
    </message>
    <message>
        <source>A participant&apos;s name or contact</source>
        <translation>Le nom ou les coordonnées d’un participant</translation>
    </message>
    <message>
        <source>Supporter #%1 has not completed the program&apos;s required training (%2), so cannot facilitate a group.</source>
        <translation>Le pair aidant n°&#xa0;%1 n’a pas suivi la formation requise par le programme (%2)&#xa0;; il ne peut donc pas animer un groupe.</translation>
    </message>
    <message>
        <source>Group #%1 has ended: reopen it before changing it.</source>
        <translation>Le groupe n°&#xa0;%1 est terminé&#xa0;: rouvrez-le avant de le modifier.</translation>
    </message>
    <message>
        <source>Group #%1 has already ended.</source>
        <translation>Le groupe n°&#xa0;%1 est déjà terminé.</translation>
    </message>
    <message>
        <source>Group #%1 has not ended.</source>
        <translation>Le groupe n°&#xa0;%1 n’est pas terminé.</translation>
    </message>
    <message>
        <source>Group #%1 has ended: reopen it to schedule its sessions.</source>
        <translation>Le groupe n°&#xa0;%1 est terminé&#xa0;: rouvrez-le pour planifier ses séances.</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>en pause jusqu’au %1</translation>
    </message>
    <message>
        <source>required training missing: %1</source>
        <translation>formation requise manquante&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 has %n standing member(s): remove them before it takes registrations for each session instead.</source>
        <translation>
            <numerusform>Le groupe n°&#xa0;%1 a %n membre permanent&#xa0;: retirez-le avant que le groupe prenne plutôt des inscriptions à chaque séance.</numerusform>
            <numerusform>Le groupe n°&#xa0;%1 a %n membres permanents&#xa0;: retirez-les avant que le groupe prenne plutôt des inscriptions à chaque séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group #%1 has standing members, verified once: add the person as a member instead of registering them for one session.</source>
        <translation>Le groupe n°&#xa0;%1 a des membres permanents, vérifiés une fois&#xa0;: ajoutez la personne comme membre au lieu de l’inscrire à une séance.</translation>
    </message>
    <message>
        <source>A group lists at most %1 resources for its participants.</source>
        <translation>Un groupe indique au plus %1 ressources pour ses participants.</translation>
    </message>
    <message>
        <source>Each resource for participants is 1 to %1 characters of plain text, without &quot;;&quot;.</source>
        <translation>Chaque ressource pour les participants compte de 1 à %1 caractères de texte simple, sans «&#xa0;;&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Past sessions are entered from a date within the last %n day(s), not %1.</source>
        <translation>
            <numerusform>Les séances passées se saisissent à partir d’une date du dernier jour, pas du %1.</numerusform>
            <numerusform>Les séances passées se saisissent à partir d’une date des %n derniers jours, pas du %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group session #%1 was cancelled: nothing happened in it to escalate.</source>
        <translation>La séance de groupe n°&#xa0;%1 a été annulée&#xa0;: il n’y a rien à y signaler.</translation>
    </message>
    <message>
        <source>An escalation on group session #%1 is recorded at a time from its start to the day after it ended, and not in the future.</source>
        <translation>Un signalement pendant la séance de groupe n°&#xa0;%1 se consigne à une heure située entre son début et le lendemain de sa fin, et jamais dans le futur.</translation>
    </message>
    <message>
        <source>Supporter #%1 has a conversation booked at %2, during this group&apos;s session of %3. Move the conversation, or choose another facilitator.</source>
        <translation>Le pair aidant n°&#xa0;%1 a une conversation prévue à %2, pendant la séance de ce groupe de %3. Déplacez la conversation ou choisissez un autre animateur.</translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupTableModel</name>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration per session</source>
        <translation>Inscription à chaque séance</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participation</translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>Pour la coordination</translation>
    </message>
    <message>
        <source>Recurring peer-support groups: when they meet, their facilitators and how many people they can welcome. Afterwards only counts are kept (attendance and anonymous feedback), never who attended.</source>
        <translation>Les groupes de soutien par les pairs récurrents&#xa0;: quand ils se réunissent, qui les anime et combien de personnes ils peuvent accueillir. Par la suite, seuls des nombres sont conservés (la participation et les commentaires anonymes), jamais l’identité des participants.</translation>
    </message>
    <message>
        <source>Sessions of the selected group</source>
        <translation>Séances du groupe sélectionné</translation>
    </message>
    <message>
        <source>Registrations for the selected session</source>
        <translation>Inscriptions à la séance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Schedule ahead…</source>
        <translation>&amp;Planifier à l’avance…</translation>
    </message>
    <message>
        <source>Schedule sessions ahead</source>
        <translation>Planifier des séances à l’avance</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Consigner…</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Consigner la séance</translation>
    </message>
    <message>
        <source>Register &amp;participant…</source>
        <translation>&amp;Inscrire une personne…</translation>
    </message>
    <message>
        <source>Register a participant</source>
        <translation>Inscrire une personne</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>Marquer &amp;vérifiée</translation>
    </message>
    <message>
        <source>Mark the participant verified</source>
        <translation>Marquer la personne comme vérifiée</translation>
    </message>
    <message>
        <source>Mark &amp;link sent</source>
        <translation>Marquer le lien env&amp;oyé</translation>
    </message>
    <message>
        <source>Mark the joining link sent</source>
        <translation>Marquer le lien de connexion comme envoyé</translation>
    </message>
    <message>
        <source>Gro&amp;ups</source>
        <translation>Gro&amp;upes</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Séance&amp;s</translation>
    </message>
    <message>
        <source>Regis&amp;trations</source>
        <translation>Inscrip&amp;tions</translation>
    </message>
    <message>
        <source>Add a group (%1)</source>
        <translation>Ajouter un groupe (%1)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>Group added, with its sessions for the next %n week(s).</source>
        <translation>
            <numerusform>Groupe ajouté, avec ses séances pour %n semaine.</numerusform>
            <numerusform>Groupe ajouté, avec ses séances pour les %n prochaines semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>Semaines à l’avance</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> semaine</numerusform>
            <numerusform> semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds the sessions that are missing from today up to this many weeks ahead. Sessions already planned stay as they are.</source>
        <translation>Ajoute les séances manquantes d’aujourd’hui jusqu’à ce nombre de semaines à l’avance. Les séances déjà planifiées restent telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead:</source>
        <translation>&amp;Semaines à l’avance&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n séance ajoutée.</numerusform>
            <numerusform>%n séances ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session recorded.</source>
        <translation>Séance consignée.</translation>
    </message>
    <message>
        <source>Register participant</source>
        <translation>Inscrire une personne</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <source>Participant&apos;s email or phone</source>
        <translation>Courriel ou téléphone de la personne</translation>
    </message>
    <message>
        <source>Province or territory</source>
        <translation>Province ou territoire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email or phone:</source>
        <translation>&amp;Courriel ou téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Province or territory:</source>
        <translation>&amp;Province ou territoire&#xa0;:</translation>
    </message>
    <message>
        <source>Participant registered.</source>
        <translation>Personne inscrite.</translation>
    </message>
    <message>
        <source>Participant marked verified.</source>
        <translation>Personne marquée comme vérifiée.</translation>
    </message>
    <message>
        <source>Joining link marked sent.</source>
        <translation>Lien de connexion marqué comme envoyé.</translation>
    </message>
    <message>
        <source>No groups yet. New group… (%1) starts a series of sessions.</source>
        <translation>Aucun groupe pour l’instant. Nouveau groupe… (%1) commence une série de séances.</translation>
    </message>
    <message>
        <source>Select a group to see its sessions.</source>
        <translation>Sélectionnez un groupe pour voir ses séances.</translation>
    </message>
    <message>
        <source>No one is registered for the selected session. Register participant… adds someone.</source>
        <translation>Personne n’est inscrit à la séance sélectionnée. Inscrire une personne… en ajoute une.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>End gr&amp;oup…</source>
        <translation>Terminer le &amp;groupe…</translation>
    </message>
    <message>
        <source>End the group</source>
        <translation>Terminer le groupe</translation>
    </message>
    <message>
        <source>Re&amp;open group</source>
        <translation>Rouvrir le &amp;groupe</translation>
    </message>
    <message>
        <source>Reopen the group</source>
        <translation>Rouvrir le groupe</translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation>Sélectionnez d’abord un groupe.</translation>
    </message>
    <message>
        <source>This group has ended: reopen it to change or schedule it.</source>
        <translation>Ce groupe est terminé&#xa0;: rouvrez-le pour le modifier ou le planifier.</translation>
    </message>
    <message>
        <source>Group changed. Sessions ahead: %1 added, %2 removed, %3 cancelled because someone had registered.</source>
        <translation>Groupe modifié. Séances à venir&#xa0;: %1 ajoutées, %2 retirées, %3 annulées parce que des personnes étaient inscrites.</translation>
    </message>
    <message numerus="yes">
        <source>Group reopened: %n session(s) scheduled.</source>
        <translation>
            <numerusform>Groupe rouvert&#xa0;: %n séance planifiée.</numerusform>
            <numerusform>Groupe rouvert&#xa0;: %n séances planifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>End gr&amp;oup</source>
        <translation>Terminer le &amp;groupe</translation>
    </message>
    <message numerus="yes">
        <source>Group ended: %n session(s) ahead cancelled.</source>
        <translation>
            <numerusform>Groupe terminé&#xa0;: %n séance à venir annulée.</numerusform>
            <numerusform>Groupe terminé&#xa0;: %n séances à venir annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cannot lead: %2)</source>
        <translation>%1 (ne peut pas animer&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Membres du groupe sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Ajou&amp;ter un membre…</translation>
    </message>
    <message>
        <source>Add a member to the group</source>
        <translation>Ajouter un membre au groupe</translation>
    </message>
    <message>
        <source>Mark the member&apos;s identity and province verified</source>
        <translation>Marquer l’identité et la province du membre comme vérifiées</translation>
    </message>
    <message>
        <source>Mark the group&apos;s link sent to the member</source>
        <translation>Marquer le lien du groupe comme envoyé au membre</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove the member from the group</source>
        <translation>Retirer le membre du groupe</translation>
    </message>
    <message>
        <source>This group has no members yet. Add member… adds someone, who is verified once and then keeps the group&apos;s link.</source>
        <translation>Ce groupe n’a pas encore de membre. «&#xa0;Ajouter un membre…&#xa0;» ajoute une personne, vérifiée une fois, qui garde ensuite le lien du groupe.</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Mem&amp;bres</translation>
    </message>
    <message>
        <source>Verified on %1: a member is verified once.</source>
        <translation>Vérifié le %1&#xa0;: un membre est vérifié une seule fois.</translation>
    </message>
    <message>
        <source>Verify the member&apos;s identity and province first.</source>
        <translation>Vérifiez d’abord l’identité et la province du membre.</translation>
    </message>
    <message>
        <source>End the group &quot;%1&quot;? Its sessions ahead are cancelled as &quot;the group ended&quot; and its members leave with it (their identity is purged after the retention period); Reopen brings them back.</source>
        <translation>Terminer le groupe «&#xa0;%1&#xa0;»&#xa0;? Ses séances à venir sont annulées avec la mention «&#xa0;le groupe a pris fin&#xa0;» et ses membres le quittent (leur identité est effacée après la période de conservation)&#xa0;; «&#xa0;Rouvrir&#xa0;» les ramène.</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>Member&apos;s email or phone</source>
        <translation>Courriel ou téléphone du membre</translation>
    </message>
    <message>
        <source>A member is verified once (identity and province) and then keeps the group&apos;s link for every session.</source>
        <translation>Un membre est vérifié une fois (identité et province) et garde ensuite le lien du groupe pour toutes les séances.</translation>
    </message>
    <message>
        <source>Member added. This contact was a member of the group before (likely). Verify their identity and province once, then send the link.</source>
        <translation>Membre ajouté. Ces coordonnées appartenaient probablement déjà à un membre du groupe. Vérifiez une fois l’identité et la province, puis envoyez le lien.</translation>
    </message>
    <message>
        <source>Member added. Verify their identity and province once, then send the link.</source>
        <translation>Membre ajouté. Vérifiez une fois l’identité et la province, puis envoyez le lien.</translation>
    </message>
    <message>
        <source>Member marked verified, once for every session.</source>
        <translation>Membre marqué vérifié, une fois pour toutes les séances.</translation>
    </message>
    <message>
        <source>The group&apos;s link marked sent.</source>
        <translation>Lien du groupe marqué envoyé.</translation>
    </message>
    <message>
        <source>Remove the selected member from the group? Their name and contact are purged after the retention period.</source>
        <translation>Retirer du groupe le membre sélectionné&#xa0;? Son nom et ses coordonnées sont effacés après la période de conservation.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Membre retiré.</translation>
    </message>
    <message>
        <source>Someone in the session is at immediate risk</source>
        <translation>Une personne de la séance est en danger immédiat</translation>
    </message>
    <message>
        <source>Resources for participants</source>
        <translation>Ressources pour les participants</translation>
    </message>
    <message>
        <source>Select a session first.</source>
        <translation>Sélectionnez d’abord une séance.</translation>
    </message>
    <message>
        <source>This session has not started yet.</source>
        <translation>Cette séance n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>This session was cancelled.</source>
        <translation>Cette séance a été annulée.</translation>
    </message>
    <message>
        <source>Resources for participants: %1</source>
        <translation>Ressources pour les participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also enter &amp;past sessions from:</source>
        <translation>Saisir aussi les séances &amp;passées depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Also enter past sessions</source>
        <translation>Saisir aussi les séances passées</translation>
    </message>
    <message>
        <source>Past sessions from</source>
        <translation>Séances passées depuis le</translation>
    </message>
    <message>
        <source>Escalate during group session #%1</source>
        <translation>Danger immédiat pendant la séance de groupe n°&#xa0;%1</translation>
    </message>
    <message>
        <source>The escalation is recorded on the session (the action and the time, never who).</source>
        <translation>Le signalement est consigné pour la séance (l’action et l’heure, jamais qui).</translation>
    </message>
    <message>
        <source>Immediate ris&amp;k…</source>
        <translation>Ris&amp;que immédiat…</translation>
    </message>
</context>
<context>
    <name>peerdesk::HandOff</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PeerDesk request %1</source>
        <translation>Demande PeerDesk %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Thank you for supporting a colleague. Here is what you need to reach them (PeerDesk request %1).</source>
        <translation>Merci de soutenir une ou un collègue. Voici ce qu’il vous faut pour communiquer avec cette personne (demande PeerDesk %1).</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Best time to reach them</source>
        <translation>Meilleur moment pour la joindre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Preferred modalities</source>
        <translation>Modalités préférées</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Specialty preference</source>
        <translation>Préférence de spécialité</translation>
    </message>
    <message>
        <source>Preferred gender of the supporter</source>
        <translation>Genre souhaité du pair aidant</translation>
    </message>
    <message>
        <source>What they would like to talk about</source>
        <translation>Sujets dont la personne aimerait parler</translation>
    </message>
    <message>
        <source>Please keep this message confidential, and delete it once you have made contact.</source>
        <translation>Veuillez garder ce message confidentiel et le supprimer une fois le contact établi.</translation>
    </message>
    <message>
        <source>Request #%1 no longer holds contact details: they were purged.</source>
        <translation>La demande n°&#xa0;%1 ne contient plus de coordonnées&#xa0;: elles ont été purgées.</translation>
    </message>
    <message>
        <source>Request #%1 has no supporter yet: confirm a match first.</source>
        <translation>La demande n°&#xa0;%1 n’a pas encore de pair aidant&#xa0;: confirmez d’abord un jumelage.</translation>
    </message>
    <message>
        <source>Please reach them by %1: the program promises a first contact by then.</source>
        <translation>Merci de joindre la personne d’ici le %1&#xa0;: le programme promet un premier contact d’ici là.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format of the contact target in an introduction</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>Please reach them as soon as you can: the program promised a first contact by %1.</source>
        <translation>Merci de joindre la personne dès que possible&#xa0;: le programme promettait un premier contact d’ici le %1.</translation>
    </message>
</context>
<context>
    <name>peerdesk::Holidays</name>
    <message>
        <source>Canada (federal)</source>
        <translation>Canada (fédéral)</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l’An</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>Jour de la Famille</translation>
    </message>
    <message>
        <source>Louis Riel Day</source>
        <translation>Journée Louis-Riel</translation>
    </message>
    <message>
        <source>Islander Day</source>
        <translation>Fête des Insulaires</translation>
    </message>
    <message>
        <source>Heritage Day</source>
        <translation>Jour du patrimoine</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Victoria Day</source>
        <translation>Fête de Victoria</translation>
    </message>
    <message>
        <source>National Patriots&apos; Day</source>
        <translation>Journée nationale des patriotes</translation>
    </message>
    <message>
        <source>National Indigenous Peoples Day</source>
        <translation>Journée nationale des peuples autochtones</translation>
    </message>
    <message>
        <source>Fête nationale (Saint-Jean-Baptiste Day)</source>
        <translation>Fête nationale du Québec (Saint-Jean-Baptiste)</translation>
    </message>
    <message>
        <source>Canada Day</source>
        <translation>Fête du Canada</translation>
    </message>
    <message>
        <source>Nunavut Day</source>
        <translation>Jour du Nunavut</translation>
    </message>
    <message>
        <source>Civic Holiday</source>
        <translation>Congé civique</translation>
    </message>
    <message>
        <source>British Columbia Day</source>
        <translation>Jour de la Colombie-Britannique</translation>
    </message>
    <message>
        <source>Saskatchewan Day</source>
        <translation>Jour de la Saskatchewan</translation>
    </message>
    <message>
        <source>New Brunswick Day</source>
        <translation>Jour du Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Discovery Day</source>
        <translation>Jour de la Découverte</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>National Day for Truth and Reconciliation</source>
        <translation>Journée nationale de la vérité et de la réconciliation</translation>
    </message>
    <message>
        <source>Thanksgiving</source>
        <translation>Action de grâce</translation>
    </message>
    <message>
        <source>Remembrance Day</source>
        <translation>Jour du Souvenir</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Lendemain de Noël</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <extracomment>A holiday that fell on a weekend and is observed on the next working day, e.g. &quot;Canada Day (observed)&quot;</extracomment>
        <translation>%1 (jour de congé observé)</translation>
    </message>
</context>
<context>
    <name>peerdesk::ICalendarExport</name>
    <message>
        <source>Peer support conversation %1</source>
        <translation>Conversation de soutien par les pairs %1</translation>
    </message>
    <message>
        <source>Could not write the calendar file %1: %2</source>
        <translation>Impossible d’écrire le fichier de calendrier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>peerdesk::Import</name>
    <message>
        <source>(none configured)</source>
        <translation>(aucun n’est configuré)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>une valeur est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>the value is longer than %n character(s).</source>
        <translation>
            <numerusform>la valeur dépasse %n caractère.</numerusform>
            <numerusform>la valeur dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>a value is required: %1.</source>
        <translation>une valeur est obligatoire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>expected %1.</source>
        <translation>valeur attendue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>every item must be one of %1, separated by &quot;;&quot;.</source>
        <translation>chaque élément doit être l’un des suivants&#xa0;: %1, séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>at least one is required: %1, separated by &quot;;&quot;.</source>
        <translation>au moins un élément est obligatoire&#xa0;: %1, séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>every item must be one of the configured affinity groups (%1), separated by &quot;;&quot;.</source>
        <translation>chaque élément doit être l’un des groupes d’affinité configurés (%1), séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>expected one of the configured affinity groups: %1.</source>
        <translation>valeur attendue&#xa0;: l’un des groupes d’affinité configurés, soit %1.</translation>
    </message>
    <message>
        <source>every item must be a two-letter ISO 639-1 language code such as en or fr, separated by &quot;;&quot;.</source>
        <translation>chaque élément doit être un code de langue ISO 639-1 de deux lettres, comme en ou fr, séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>at least one language is required, as two-letter ISO 639-1 codes such as en or fr, separated by &quot;;&quot;.</source>
        <translation>au moins une langue est obligatoire, sous forme de codes ISO 639-1 de deux lettres comme en ou fr, séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>an item is longer than %n character(s).</source>
        <translation>
            <numerusform>un élément dépasse %n caractère.</numerusform>
            <numerusform>un élément dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation>valeur attendue&#xa0;: un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>expected weekly time windows such as &quot;mon 18:00-20:00; wed 12:00-13:00&quot; (day, start and end time, the end after the start).</source>
        <translation>valeur attendue&#xa0;: des plages hebdomadaires comme «&#xa0;lun 18:00-20:00; mer 12:00-13:00&#xa0;» (jour, heure de début et de fin, la fin après le début).</translation>
    </message>
    <message>
        <source>expected an email address such as name@example.org.</source>
        <translation>valeur attendue&#xa0;: une adresse courriel comme nom@example.org.</translation>
    </message>
    <message>
        <source>expected a phone number such as +1 514 555 0199 or 514-555-0199 ext 12.</source>
        <translation>valeur attendue&#xa0;: un numéro de téléphone comme +1 514 555 0199 ou 514-555-0199 ext 12.</translation>
    </message>
</context>
<context>
    <name>peerdesk::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>peerdesk::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Rangée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>peerdesk::Kdf</name>
    <message>
        <source>The key derivation cost must be 1 to %1 passes and 8 MiB to 4 GiB of memory.</source>
        <translation>Le coût de dérivation de clé doit être de 1 à %1 passes et de 8 Mio à 4 Gio de mémoire.</translation>
    </message>
    <message>
        <source>The salt is invalid.</source>
        <translation>Le sel est invalide.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>Mémoire insuffisante pour dériver la clé (%1 Mio requis).</translation>
    </message>
</context>
<context>
    <name>peerdesk::Keyring</name>
    <message>
        <source>keyring.json is damaged: %1</source>
        <translation>keyring.json est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a slot has no valid id</source>
        <translation>un emplacement de clé n’a pas d’identifiant valide</translation>
    </message>
    <message>
        <source>a passphrase slot names no user</source>
        <translation>un emplacement de phrase de passe ne nomme aucune personne</translation>
    </message>
    <message>
        <source>the recovery slot names a user</source>
        <translation>l’emplacement de récupération nomme une personne</translation>
    </message>
    <message>
        <source>a slot has an unknown kind</source>
        <translation>un emplacement de clé est d’un type inconnu</translation>
    </message>
    <message>
        <source>a slot uses an unknown key derivation</source>
        <translation>un emplacement de clé utilise une dérivation de clé inconnue</translation>
    </message>
    <message>
        <source>a slot&apos;s key derivation parameters are invalid</source>
        <translation>les paramètres de dérivation d’un emplacement de clé sont invalides</translation>
    </message>
    <message>
        <source>a slot&apos;s key derivation cost is out of bounds</source>
        <translation>le coût de dérivation d’un emplacement de clé est hors limites</translation>
    </message>
    <message>
        <source>a slot uses an unknown cipher</source>
        <translation>un emplacement de clé utilise un chiffrement inconnu</translation>
    </message>
    <message>
        <source>a slot&apos;s wrapped key is invalid</source>
        <translation>la clé protégée d’un emplacement est invalide</translation>
    </message>
    <message>
        <source>it is not valid JSON (truncated or altered?)</source>
        <translation>ce n’est pas du JSON valide (fichier tronqué ou modifié?)</translation>
    </message>
    <message>
        <source>it is not a PeerDesk keyring</source>
        <translation>ce n’est pas un trousseau de clés PeerDesk</translation>
    </message>
    <message>
        <source>keyring.json has format version %1; this PeerDesk reads version %2. Install a newer PeerDesk.</source>
        <translation>keyring.json est en format version %1&#xa0;; cette version de PeerDesk lit la version %2. Installez une version plus récente de PeerDesk.</translation>
    </message>
    <message>
        <source>the vault id is invalid</source>
        <translation>l’identifiant du coffre est invalide</translation>
    </message>
    <message>
        <source>it holds no key slot</source>
        <translation>il ne contient aucun emplacement de clé</translation>
    </message>
    <message>
        <source>two slots share an id</source>
        <translation>deux emplacements de clé ont le même identifiant</translation>
    </message>
    <message>
        <source>two slots belong to the same user</source>
        <translation>deux emplacements de clé appartiennent à la même personne</translation>
    </message>
    <message>
        <source>it holds two recovery slots</source>
        <translation>il contient deux emplacements de récupération</translation>
    </message>
    <message>
        <source>The data key must be 32 bytes.</source>
        <translation>La clé des données doit compter 32 octets.</translation>
    </message>
    <message>
        <source>keyring.json is missing from %1.</source>
        <translation>keyring.json est introuvable dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>keyring.json is damaged: it is far too large</source>
        <translation>keyring.json est endommagé&#xa0;: le fichier est beaucoup trop gros</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous keyring is unchanged.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Le trousseau précédent n’a pas été modifié.</translation>
    </message>
    <message>
        <source>a slot&apos;s sealed key is invalid</source>
        <translation>la clé scellée d’un emplacement est invalide</translation>
    </message>
    <message>
        <source>keyring.json has format version %1, written by a development build of PeerDesk before its first release; this PeerDesk reads version %2.</source>
        <translation>keyring.json est au format %1, écrit par une version de développement de PeerDesk antérieure à sa première publication&#xa0;; ce PeerDesk lit le format %2.</translation>
    </message>
    <message>
        <source>a key rotation is recorded in some slots only</source>
        <translation>un renouvellement de clé n’est inscrit que dans certains emplacements</translation>
    </message>
    <message>
        <source>A key rotation is under way; try again when it is done.</source>
        <translation>Un renouvellement de clé est en cours&#xa0;; réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>a slot&apos;s sealed key does not open with its own key pair</source>
        <translation>la clé scellée d’un emplacement ne s’ouvre pas avec sa propre paire de clés</translation>
    </message>
    <message>
        <source>a slot&apos;s witness is invalid</source>
        <translation>le témoin d’un emplacement est invalide</translation>
    </message>
    <message>
        <source>a slot&apos;s signing key is invalid</source>
        <translation>la clé de signature d’un emplacement est invalide</translation>
    </message>
    <message>
        <source>the key statement is invalid</source>
        <translation>l’attestation des clés est invalide</translation>
    </message>
    <message>
        <source>the authority chain is invalid</source>
        <translation>la chaîne d’autorité est invalide</translation>
    </message>
    <message>
        <source>a slot&apos;s public keys do not belong to its wrapped keys</source>
        <translation>les clés publiques d’un emplacement ne correspondent pas à ses clés enveloppées</translation>
    </message>
    <message>
        <source>the authority key a slot trusts is not in the keyring</source>
        <translation>la clé d’autorité à laquelle se fie un emplacement n’est pas dans le trousseau</translation>
    </message>
    <message>
        <source>an authority key was not endorsed by the one before it</source>
        <translation>une clé d’autorité n’a pas été approuvée par la précédente</translation>
    </message>
    <message>
        <source>keyring.json gives keys that this vault&apos;s administrators did not issue: it was replaced or forged. Restore keyring.json and peerdesk.db from a backup.</source>
        <translation>keyring.json donne des clés que les administrateurs de ce coffre n’ont pas émises&#xa0;: il a été remplacé ou contrefait. Restaurez keyring.json et peerdesk.db à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>the witness of slot %1 was altered</source>
        <translation>le témoin de l’emplacement %1 a été modifié</translation>
    </message>
    <message>
        <source>keyring.json in %1 is a symbolic link; PeerDesk keeps its files in the vault folder itself. Replace the link with the file it points to.</source>
        <translation>keyring.json dans %1 est un lien symbolique&#xa0;; PeerDesk garde ses fichiers dans le dossier du coffre lui-même. Remplacez le lien par le fichier vers lequel il pointe.</translation>
    </message>
    <message>
        <source>The identity key must be 32 bytes.</source>
        <translation>La clé d’identité doit compter 32 octets.</translation>
    </message>
</context>
<context>
    <name>peerdesk::MainWindow</name>
    <message>
        <source>%1 — PeerDesk</source>
        <translation>%1 — PeerDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Session ouverte&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the vault and ask for a passphrase again.</source>
        <translation>Fermer le coffre et redemander la phrase de passe.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About PeerDesk</source>
        <translation>À &amp;propos de PeerDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>About PeerDesk</source>
        <translation>À propos de PeerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PeerDesk %1&lt;/h3&gt;&lt;p&gt;Coordinating physician peer support, privately.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PeerDesk %1&lt;/h3&gt;&lt;p&gt;Coordonner le soutien par les pairs pour les médecins, en toute confidentialité.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Rotate the data key</source>
        <translation>Changer la clé de données</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a library&apos;s name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2, included in PeerDesk&apos;s programs</source>
        <translation>%1&#xa0;: %2, intégré aux programmes de PeerDesk</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything PeerDesk records stays in an encrypted vault on this computer.&lt;/p&gt;&lt;p&gt;PeerDesk is free software, licensed under the GNU General Public License, version 3 or later (%1): you may share and change it under its terms. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built on:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Tout ce que PeerDesk enregistre reste dans un coffre chiffré sur cet ordinateur.&lt;/p&gt;&lt;p&gt;PeerDesk est un logiciel libre, sous la licence publique générale GNU, version 3 ou ultérieure (%1)&#xa0;: vous pouvez le partager et le modifier selon ses conditions. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Conçu avec&#xa0;:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation (en anglais)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>PeerDesk user guide</source>
        <translation>Guide d’utilisation de PeerDesk (en anglais)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+8</source>
        <translation>Ctrl+1 … Ctrl+8</translation>
    </message>
    <message>
        <source>Go to the sections in the order of the list</source>
        <translation>Aller aux sections dans l’ordre de la liste</translation>
    </message>
    <message>
        <source>New request (Requests)</source>
        <translation>Nouvelle demande (Demandes)</translation>
    </message>
    <message>
        <source>The section&apos;s filter or search field</source>
        <translation>Le champ de filtre ou de recherche de la section</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Lock now, from any window</source>
        <translation>Verrouiller maintenant, depuis n’importe quelle fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the selected line; in a request, its next step</source>
        <translation>Ouvrir la ligne choisie&#xa0;; dans une demande, sa prochaine étape</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>Le bouton ou le champ qui porte cette lettre</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Close the dialog (a form with something typed asks first)</source>
        <translation>Fermer la boîte de dialogue (un formulaire rempli demande d’abord)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New request kept</source>
        <translation>Nouvelle demande conservée</translation>
    </message>
    <message>
        <source>A new request you were typing when PeerDesk locked was kept, encrypted in the vault. Continue it?</source>
        <translation>Une nouvelle demande que vous saisissiez quand PeerDesk s’est verrouillé a été conservée, chiffrée dans le coffre. La reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>&amp;La reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>L’&amp;abandonner</translation>
    </message>
    <message>
        <source>Others&apos; changes: not shown</source>
        <translation>Changements des autres&#xa0;: non affichés</translation>
    </message>
    <message>
        <source>Others&apos; changes are not shown: %1</source>
        <translation>Les changements des autres ne sont pas affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Others&apos; changes: live</source>
        <translation>Changements des autres&#xa0;: en direct</translation>
    </message>
    <message>
        <source>Others&apos; changes appear as they are made</source>
        <translation>Les changements des autres s’affichent au fur et à mesure</translation>
    </message>
    <message>
        <source>Others&apos; changes: connection lost, reconnecting…</source>
        <translation>Changements des autres&#xa0;: connexion perdue, reconnexion…</translation>
    </message>
    <message>
        <source>Others&apos; changes are not shown until the connection is back: %1</source>
        <translation>Les changements des autres ne sont pas affichés jusqu’au retour de la connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>peerdesk::Match</name>
    <message>
        <source>Supporter unavailable (leave, illness, retirement)</source>
        <translation>Pair aidant indisponible (congé, maladie, retraite)</translation>
    </message>
    <message>
        <source>Supporter withdrew</source>
        <translation>Le pair aidant s’est retiré</translation>
    </message>
    <message>
        <source>Poor fit</source>
        <translation>Jumelage mal assorti</translation>
    </message>
    <message>
        <source>The physician asked for someone else</source>
        <translation>Le médecin a demandé quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>peerdesk::MatchCandidateModel</name>
    <message>
        <source>Supporter #%1</source>
        <translation>Pair aidant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Score %1 out of 100</source>
        <translation>Score de %1 sur 100</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>peerdesk::MatchDialog</name>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Match request %1</source>
        <translation>Jumeler la demande %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a supporter</source>
        <translation>Choisir un pair aidant</translation>
    </message>
    <message>
        <source>Best match first. Nothing is assigned until you confirm; the supporter then still has to accept.</source>
        <translation>Le meilleur jumelage en premier. Rien n’est attribué avant votre confirmation&#xa0;; le pair aidant doit ensuite accepter.</translation>
    </message>
    <message>
        <source>Suggested supporters</source>
        <translation>Pairs aidants suggérés</translation>
    </message>
    <message>
        <source>&amp;Suggested supporters:</source>
        <translation>Pairs aidants &amp;suggérés&#xa0;:</translation>
    </message>
    <message>
        <source>Supporters not suggested</source>
        <translation>Pairs aidants non suggérés</translation>
    </message>
    <message>
        <source>&amp;Not suggested:</source>
        <translation>&amp;Non suggérés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Propose this supporter</source>
        <translation>&amp;Proposer ce pair aidant</translation>
    </message>
    <message>
        <source>Propose the selected supporter</source>
        <translation>Proposer le pair aidant sélectionné</translation>
    </message>
    <message>
        <source>Introduce the requester to the supporter</source>
        <translation>Présenter la personne demandeuse au pair aidant</translation>
    </message>
    <message>
        <source>The introduction holds only what the supporter needs to make contact. Send it from your own mail program, or copy it: PeerDesk clears the clipboard after a short while.</source>
        <translation>La présentation ne contient que ce dont le pair aidant a besoin pour établir le contact. Envoyez-la depuis votre logiciel de courriel, ou copiez-la&#xa0;: PeerDesk vide le presse-papiers peu après.</translation>
    </message>
    <message>
        <source>Introduction preview</source>
        <translation>Aperçu de la présentation</translation>
    </message>
    <message>
        <source>Intro&amp;duction:</source>
        <translation>Présen&amp;tation&#xa0;:</translation>
    </message>
    <message>
        <source>The requester &amp;agreed to share their reasons with the supporter</source>
        <translation>La personne demandeuse a &amp;accepté de communiquer ses motifs au pair aidant</translation>
    </message>
    <message>
        <source>The requester agreed to share their reasons with the supporter</source>
        <translation>La personne demandeuse a accepté de communiquer ses motifs au pair aidant</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Ouvrir dans le logiciel de courriel</translation>
    </message>
    <message>
        <source>Open the introduction in your mail program</source>
        <translation>Ouvrir la présentation dans votre logiciel de courriel</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the introduction to the clipboard</source>
        <translation>Copier la présentation dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not suggested (%n):</source>
        <translation>
            <numerusform>&amp;Non suggérés (%n)&#xa0;:</numerusform>
            <numerusform>&amp;Non suggérés (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No supporter can take this request now: see why below.</source>
        <translation>Aucun pair aidant ne peut prendre cette demande pour l’instant&#xa0;: voyez pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>À&#xa0;: %1
Objet&#xa0;: %2

%3</translation>
    </message>
    <message>
        <source>(no email address in the roster)</source>
        <translation>(aucune adresse courriel dans le répertoire)</translation>
    </message>
    <message>
        <source>No mail program opened. Copy the introduction instead and paste it into a message.</source>
        <translation>Aucun logiciel de courriel ne s’est ouvert. Copiez plutôt la présentation et collez-la dans un message.</translation>
    </message>
    <message>
        <source>Opened in your mail program. The supporter has no email address in the roster: add the recipient there.</source>
        <translation>Ouvert dans votre logiciel de courriel. Le pair aidant n’a pas d’adresse courriel dans le répertoire&#xa0;: ajoutez-y le destinataire.</translation>
    </message>
    <message>
        <source>Opened in your mail program. Check the message there and send it.</source>
        <translation>Ouvert dans votre logiciel de courriel. Vérifiez-y le message, puis envoyez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Cleared from the clipboard in %n s.</source>
        <translation>
            <numerusform>Copié. Effacé du presse-papiers dans %n&#xa0;s.</numerusform>
            <numerusform>Copié. Effacé du presse-papiers dans %n&#xa0;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>No supporter can be suggested: see below why each was left out. An administrator adds supporters or returns paused ones to active.</source>
        <translation>Aucun pair aidant ne peut être suggéré&#xa0;: voyez ci-dessous pourquoi chacun a été écarté. L’administration ajoute des pairs aidants ou remet en service ceux qui sont en pause.</translation>
    </message>
    <message>
        <source>A colleague&apos;s change means the supporter you chose can no longer be proposed; the list is up to date.</source>
        <translation>À la suite d’un changement fait par un collègue, le pair aidant que vous aviez choisi ne peut plus être proposé&#xa0;; la liste est à jour.</translation>
    </message>
</context>
<context>
    <name>peerdesk::MatchEngine</name>
    <message>
        <source>is the person asking for support</source>
        <translation>est la personne qui demande du soutien</translation>
    </message>
    <message>
        <source>not active (%1)</source>
        <translation>pas actif (%1)</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>en pause jusqu’au %1</translation>
    </message>
    <message>
        <source>resting after a difficult match until %1</source>
        <translation>au repos après un jumelage difficile jusqu’au %1</translation>
    </message>
    <message>
        <source>a required training course has expired</source>
        <translation>une formation obligatoire est échue</translation>
    </message>
    <message>
        <source>not taking new peers</source>
        <translation>n’accepte pas de nouveaux pairs</translation>
    </message>
    <message>
        <source>no place free (%1 of %2 taken)</source>
        <translation>aucune place libre (%1 sur %2 occupées)</translation>
    </message>
    <message>
        <source>speaks none of the requested languages</source>
        <translation>ne parle aucune des langues demandées</translation>
    </message>
    <message>
        <source>offers none of the requested modalities</source>
        <translation>n’offre aucune des modalités demandées</translation>
    </message>
    <message>
        <source>works at the same institution</source>
        <translation>travaille dans le même établissement</translation>
    </message>
    <message>
        <source>declined this request before</source>
        <translation>a déjà refusé cette demande</translation>
    </message>
    <message>
        <source>not in the requested affinity group</source>
        <translation>ne fait pas partie du groupe d’affinité demandé</translation>
    </message>
    <message>
        <source>does not match the requested supporter gender</source>
        <translation>ne correspond pas au genre de pair aidant demandé</translation>
    </message>
    <message>
        <source>Supporter #%1</source>
        <translation>Pair aidant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>parle %1</translation>
    </message>
    <message>
        <source>offers %1</source>
        <translation>offre&#xa0;: %1</translation>
    </message>
    <message>
        <source>same institution (the request allows it)</source>
        <translation>même établissement (la demande le permet)</translation>
    </message>
    <message>
        <source>other institution</source>
        <translation>autre établissement</translation>
    </message>
    <message>
        <source>in the %1 affinity group</source>
        <translation>membre du groupe d’affinité %1</translation>
    </message>
    <message>
        <source>same specialty</source>
        <translation>même spécialité</translation>
    </message>
    <message>
        <source>other specialty</source>
        <translation>autre spécialité</translation>
    </message>
    <message>
        <source>same career stage</source>
        <translation>même étape de carrière</translation>
    </message>
    <message numerus="yes">
        <source>%n career stage(s) apart</source>
        <translation>
            <numerusform>%n étape de carrière d’écart</numerusform>
            <numerusform>%n étapes de carrière d’écart</numerusform>
        </translation>
    </message>
    <message>
        <source>same region</source>
        <translation>même région</translation>
    </message>
    <message>
        <source>other region</source>
        <translation>autre région</translation>
    </message>
    <message>
        <source>no requested time in common</source>
        <translation>aucune plage demandée en commun</translation>
    </message>
    <message>
        <source>available at every requested time</source>
        <translation>disponible à toutes les plages demandées</translation>
    </message>
    <message>
        <source>available at some requested times</source>
        <translation>disponible à certaines plages demandées</translation>
    </message>
    <message numerus="yes">
        <source>last matched %n day(s) ago</source>
        <translation>
            <numerusform>dernier jumelage il y a %n jour</numerusform>
            <numerusform>dernier jumelage il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not matched before</source>
        <translation>jamais jumelé</translation>
    </message>
    <message>
        <source>has not completed the required training: %1</source>
        <translation>n’a pas suivi la formation requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>was this request&apos;s supporter until the match ended</source>
        <translation>était le pair aidant de cette demande jusqu’à la fin du jumelage</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 places free</source>
        <translation>
            <numerusform>%n place libre sur %1</numerusform>
            <numerusform>%n places libres sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>works another site</source>
        <translation>travaille à un autre site</translation>
    </message>
</context>
<context>
    <name>peerdesk::MatchExclusionModel</name>
    <message>
        <source>Supporter #%1</source>
        <translation>Pair aidant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Pair aidant</translation>
    </message>
    <message>
        <source>Not suggested because</source>
        <translation>Non suggéré parce que</translation>
    </message>
</context>
<context>
    <name>peerdesk::MatchingService</name>
    <message>
        <source>Request #%1 is a colleague&apos;s referral awaiting the person&apos;s consent; it cannot be matched until their consent is recorded.</source>
        <translation>La demande n°&#xa0;%1 est une recommandation d’un collègue en attente du consentement de la personne&#xa0;; elle ne peut pas être jumelée avant que ce consentement soit consigné.</translation>
    </message>
    <message>
        <source>Request #%1 has not been triaged yet.</source>
        <translation>La demande n°&#xa0;%1 n’a pas encore été triée.</translation>
    </message>
    <message>
        <source>Request #%1 is closed.</source>
        <translation>La demande n°&#xa0;%1 est fermée.</translation>
    </message>
    <message>
        <source>Request #%1 already has a supporter.</source>
        <translation>La demande n°&#xa0;%1 a déjà un pair aidant.</translation>
    </message>
    <message>
        <source>Supporter #%1 cannot take request #%2: %3.</source>
        <translation>Le pair aidant n°&#xa0;%1 ne peut pas prendre la demande n°&#xa0;%2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>There is no supporter #%1.</source>
        <translation>Il n’y a pas de pair aidant n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Request #%1 has no supporter waiting to answer.</source>
        <translation>Aucun pair aidant n’a de réponse à donner pour la demande n°&#xa0;%1.</translation>
    </message>
</context>
<context>
    <name>peerdesk::Membership</name>
    <message>
        <source>The vault&apos;s membership record is damaged: %1</source>
        <translation>Le registre des membres du coffre est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>its format is unknown</source>
        <translation>son format est inconnu</translation>
    </message>
    <message>
        <source>a field is out of range</source>
        <translation>un champ est hors limites</translation>
    </message>
    <message>
        <source>an account is invalid</source>
        <translation>un compte est invalide</translation>
    </message>
    <message>
        <source>the recovery slots are invalid</source>
        <translation>les emplacements de récupération sont invalides</translation>
    </message>
    <message>
        <source>its signature or its body is missing</source>
        <translation>sa signature ou son contenu manque</translation>
    </message>
    <message>
        <source>The vault&apos;s accounts and roles were changed without an administrator&apos;s key: the membership record in peerdesk.db is not signed by this vault&apos;s authority.</source>
        <translation>Les comptes et les rôles du coffre ont été changés sans la clé d’un administrateur&#xa0;: le registre des membres dans peerdesk.db n’est pas signé par l’autorité de ce coffre.</translation>
    </message>
    <message>
        <source>it belongs to another vault or authority key</source>
        <translation>il appartient à un autre coffre ou à une autre clé d’autorité</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>la clé de récupération</translation>
    </message>
    <message>
        <source>A key is recorded for slot %1, which no account has.</source>
        <translation>Une clé est inscrite pour l’emplacement %1, qu’aucun compte n’a.</translation>
    </message>
    <message>
        <source>A key of %1&apos;s slot is not vouched for by the key before it: it was added outside PeerDesk.</source>
        <translation>Une clé de l’emplacement de %1 n’est pas cautionnée par la clé précédente&#xa0;: elle a été ajoutée hors de PeerDesk.</translation>
    </message>
    <message>
        <source>Account %1 is in peerdesk.db but not in the signed membership: it was added outside PeerDesk.</source>
        <translation>Le compte %1 est dans peerdesk.db mais pas dans le registre signé des membres&#xa0;: il a été ajouté hors de PeerDesk.</translation>
    </message>
    <message>
        <source>Account %1 in peerdesk.db does not match the signed membership (its role, state or slot was changed outside PeerDesk).</source>
        <translation>Le compte %1 dans peerdesk.db ne correspond pas au registre signé des membres (son rôle, son état ou son emplacement a été changé hors de PeerDesk).</translation>
    </message>
    <message>
        <source>Account %1 is missing from peerdesk.db.</source>
        <translation>Le compte %1 est absent de peerdesk.db.</translation>
    </message>
    <message>
        <source>keyring.json has a key slot for %1 that the vault&apos;s accounts do not give them: it was added or renamed outside PeerDesk.</source>
        <translation>keyring.json a un emplacement de clé pour %1 que les comptes du coffre ne lui donnent pas&#xa0;: il a été ajouté ou renommé hors de PeerDesk.</translation>
    </message>
    <message>
        <source>keyring.json still has a key slot for %1, whose account has ended.</source>
        <translation>keyring.json a encore un emplacement de clé pour %1, dont le compte a pris fin.</translation>
    </message>
    <message>
        <source>keyring.json has a recovery slot that is not the vault&apos;s recovery key: it was added outside PeerDesk.</source>
        <translation>keyring.json a un emplacement de récupération qui n’est pas la clé de récupération du coffre&#xa0;: il a été ajouté hors de PeerDesk.</translation>
    </message>
    <message>
        <source>The keys of %1&apos;s slot in keyring.json are not the ones the vault recorded.</source>
        <translation>Les clés de l’emplacement de %1 dans keyring.json ne sont pas celles que le coffre a inscrites.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds other keys than its role gives.</source>
        <translation>L’emplacement de clé de %1 contient d’autres clés que celles que donne son rôle.</translation>
    </message>
    <message>
        <source>The record of what %1 last saw was altered.</source>
        <translation>Le relevé de ce que %1 a vu en dernier a été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s accounts are older than what %1 last saw: peerdesk.db was rolled back or replaced.</source>
        <translation>Les comptes du coffre sont plus anciens que ce que %1 a vu en dernier&#xa0;: peerdesk.db a été ramené en arrière ou remplacé.</translation>
    </message>
    <message>
        <source>The audit log no longer holds row %1 as %2 last saw it: rows were deleted, changed or rewritten.</source>
        <translation>Le journal d’audit ne contient plus la ligne %1 telle que %2 l’a vue en dernier&#xa0;: des lignes ont été supprimées, modifiées ou réécrites.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is missing from keyring.json.</source>
        <translation>L’emplacement de clé de «&#xa0;%1&#xa0;» est absent de keyring.json.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s slot is missing from keyring.json.</source>
        <translation>L’emplacement de la clé de récupération est absent de keyring.json.</translation>
    </message>
    <message>
        <source>Account %1 in peerdesk.db works for another supporter than the signed membership says: it was changed outside PeerDesk.</source>
        <translation>Le compte %1 dans peerdesk.db travaille pour un autre pair aidant que celui qu’indique le registre signé des membres&#xa0;: il a été modifié hors de PeerDesk.</translation>
    </message>
</context>
<context>
    <name>peerdesk::MomentEdit</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Choose a time, or type it: 18:00, 6 PM or 6pm</source>
        <translation>Choisissez une heure ou tapez-la&#xa0;: 18&#xa0;h&#xa0;00, 18:00 ou 6 PM</translation>
    </message>
    <message>
        <source>The date and time in words</source>
        <translation>La date et l’heure en toutes lettres</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Check the year: %1.</source>
        <translation>Vérifiez l’année&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>peerdesk::MyMatchesPage</name>
    <message>
        <source>Waiting for your answer</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>My matches</source>
        <translation>Mes jumelages</translation>
    </message>
    <message>
        <source>For supporters</source>
        <translation>Pour les pairs aidants</translation>
    </message>
    <message>
        <source>The physicians matched with you: how to reach them and by when. Record each step here; your coordinators see it at once. A match&apos;s details go when the match ends.</source>
        <translation>Les médecins jumelés avec vous&#xa0;: comment les joindre et avant quand. Consignez chaque étape ici&#xa0;; vos coordonnateurs la voient aussitôt. Les coordonnées d’un jumelage disparaissent quand il prend fin.</translation>
    </message>
    <message>
        <source>Conversations of the match</source>
        <translation>Conversations du jumelage</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the match</source>
        <translation>Accepter le jumelage</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Decline the match</source>
        <translation>Refuser le jumelage</translation>
    </message>
    <message>
        <source>&amp;First contact made</source>
        <translation>&amp;Premier contact fait</translation>
    </message>
    <message>
        <source>Record that you reached the physician</source>
        <translation>Consigner que vous avez joint le médecin</translation>
    </message>
    <message>
        <source>&amp;Book a conversation…</source>
        <translation>Pré&amp;voir une conversation…</translation>
    </message>
    <message>
        <source>Book a conversation</source>
        <translation>Prévoir une conversation</translation>
    </message>
    <message>
        <source>Conversation &amp;held</source>
        <translation>Conversation &amp;tenue</translation>
    </message>
    <message>
        <source>Record the conversation as held</source>
        <translation>Consigner la conversation comme tenue</translation>
    </message>
    <message>
        <source>Ask for a &amp;new supporter…</source>
        <translation>Demander un &amp;nouveau pair aidant…</translation>
    </message>
    <message>
        <source>Ask for a new supporter</source>
        <translation>Demander un nouveau pair aidant</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Meilleur moment</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contact avant le</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No match is waiting for you. Your coordinators will propose one here.</source>
        <translation>Aucun jumelage ne vous attend. Vos coordonnateurs en proposeront un ici.</translation>
    </message>
    <message>
        <source>No conversation booked for this match.</source>
        <translation>Aucune conversation prévue pour ce jumelage.</translation>
    </message>
    <message>
        <source>&amp;Conversations of the selected match:</source>
        <translation>&amp;Conversations du jumelage choisi&#xa0;:</translation>
    </message>
    <message>
        <source>(ask your coordinator)</source>
        <translation>(demandez à votre coordonnateur)</translation>
    </message>
    <message numerus="yes">
        <source>%n live match(es)</source>
        <translation>
            <numerusform>%n jumelage en cours</numerusform>
            <numerusform>%n jumelages en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted. Contact the physician by the date shown.</source>
        <translation>Accepté. Joignez le médecin avant la date indiquée.</translation>
    </message>
    <message>
        <source>Decline this match? The coordinators will find someone else, and its details leave your list.</source>
        <translation>Refuser ce jumelage&#xa0;? Les coordonnateurs trouveront quelqu’un d’autre, et ses coordonnées quittent votre liste.</translation>
    </message>
    <message>
        <source>Declined. The coordinators will find someone else.</source>
        <translation>Refusé. Les coordonnateurs trouveront quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>First contact recorded.</source>
        <translation>Premier contact consigné.</translation>
    </message>
    <message>
        <source>Conversation recorded as held.</source>
        <translation>Conversation consignée comme tenue.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#xa0;:</translation>
    </message>
    <message>
        <source>Conversation booked.</source>
        <translation>Conversation prévue.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The match ends, what you booked from now on is cancelled and the coordinators match the physician with someone else.</source>
        <translation>Le jumelage prend fin, ce que vous avez prévu à partir de maintenant est annulé et les coordonnateurs jumellent le médecin avec quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ask for a new supporter</source>
        <translation>&amp;Demander un nouveau pair aidant</translation>
    </message>
    <message>
        <source>The coordinators will find a new supporter.</source>
        <translation>Les coordonnateurs trouveront un nouveau pair aidant.</translation>
    </message>
    <message>
        <source>Conversation booked. %1</source>
        <translation>Conversation prévue. %1</translation>
    </message>
</context>
<context>
    <name>peerdesk::NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Nouvelle &amp;phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmer&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases de passe concordent.</translation>
    </message>
</context>
<context>
    <name>peerdesk::OccurrenceRecordDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Positive feedback</source>
        <translation>Commentaires positifs</translation>
    </message>
    <message>
        <source>Neutral feedback</source>
        <translation>Commentaires neutres</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>Commentaires négatifs</translation>
    </message>
    <message>
        <source>The facilitators &amp;debriefed afterwards</source>
        <translation>L’animation a fait un &amp;débreffage après la séance</translation>
    </message>
    <message>
        <source>Record group session</source>
        <translation>Consigner la séance de groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non comptée</translation>
    </message>
    <message numerus="yes">
        <source>Session of %1, %n place(s).</source>
        <translation>
            <numerusform>Séance du %1, %n place.</numerusform>
            <numerusform>Séance du %1, %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Participation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Positive feedback:</source>
        <translation>Commentaires p&amp;ositifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Neutral feedback:</source>
        <translation>Commentaires &amp;neutres&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;gative feedback:</source>
        <translation>Commentaires né&amp;gatifs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::OccurrenceTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 positive, %2 neutral, %3 negative</source>
        <translation>%1 positifs, %2 neutres, %3 négatifs</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débreffage</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n escalation(s)</source>
        <translation>
            <numerusform>%1, %n signalement</numerusform>
            <numerusform>%1, %n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>peerdesk::PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase de passe</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
</context>
<context>
    <name>peerdesk::PassphrasePolicy</name>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Choisissez une phrase de passe d’au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add a few unrelated words; avoid names, dates and common phrases.</source>
        <translation>Trop facile à deviner. Ajoutez quelques mots sans lien entre eux&#xa0;; évitez les noms, les dates et les expressions courantes.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase de passe est vide.</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>La phrase de passe n’est pas du texte UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>peerdesk::PeerGroup</name>
    <message>
        <source>Not held: closure day</source>
        <translation>Non tenue&#xa0;: jour de fermeture</translation>
    </message>
    <message>
        <source>Not held: statutory holiday</source>
        <translation>Non tenue&#xa0;: jour férié</translation>
    </message>
    <message>
        <source>Not held: the group ended</source>
        <translation>Non tenue&#xa0;: groupe terminé</translation>
    </message>
</context>
<context>
    <name>peerdesk::Permissions</name>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Votre rôle (%1) ne permet pas cette action.</translation>
    </message>
</context>
<context>
    <name>peerdesk::ProgramSettings</name>
    <message>
        <source>Days after closure before a request&apos;s identity (and a group registration&apos;s) is purged</source>
        <translation>Jours après la fermeture avant l’effacement de l’identité d’une demande (et d’une inscription à un groupe)</translation>
    </message>
    <message>
        <source>Days after retirement before a supporter&apos;s contact details are purged</source>
        <translation>Jours après la retraite avant l’effacement des coordonnées d’un pair aidant</translation>
    </message>
    <message>
        <source>Business days from receipt to first contact</source>
        <translation>Jours ouvrables entre la réception et le premier contact</translation>
    </message>
    <message>
        <source>Province or territory whose holidays are added to the federal ones (empty: federal only)</source>
        <translation>Province ou territoire dont les jours fériés s’ajoutent aux jours fériés fédéraux (vide&#xa0;: fédéraux seulement)</translation>
    </message>
    <message>
        <source>Other days the program is closed (YYYY-MM-DD), excluded from business days</source>
        <translation>Autres jours de fermeture du programme (AAAA-MM-JJ), exclus des jours ouvrables</translation>
    </message>
    <message>
        <source>Conversations per match before onward referral is suggested</source>
        <translation>Conversations par jumelage avant de suggérer une orientation vers d’autres ressources</translation>
    </message>
    <message>
        <source>Affinity groups supporters may volunteer for</source>
        <translation>Groupes d’affinité auxquels les pairs aidants peuvent se joindre</translation>
    </message>
    <message>
        <source>Career stages the program refers elsewhere</source>
        <translation>Étapes de carrière que le programme oriente ailleurs</translation>
    </message>
    <message>
        <source>Regions the program serves (empty: every region)</source>
        <translation>Régions desservies par le programme (vide&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>Physician Health Program; Resident wellness program; Employee and family assistance program; Family physician</source>
        <translation>Programme de santé des médecins; Programme de mieux-être des résidents; Programme d’aide aux employés et à la famille; Médecin de famille</translation>
    </message>
    <message>
        <source>Emergency services: 911; Suicide Crisis Helpline: call or text 988</source>
        <translation>Services d’urgence&#xa0;: 911; Ligne d’aide en cas de crise de suicide&#xa0;: appel ou texto au 988</translation>
    </message>
    <message>
        <source>Crisis resources shown when someone may be at immediate risk</source>
        <translation>Ressources de crise affichées lorsqu’une personne pourrait être en danger immédiat</translation>
    </message>
    <message>
        <source>Matching weight of the specialty preference</source>
        <translation>Poids de la préférence de spécialité dans le jumelage</translation>
    </message>
    <message>
        <source>Matching weight of career-stage proximity</source>
        <translation>Poids de la proximité d’étape de carrière dans le jumelage</translation>
    </message>
    <message>
        <source>Matching weight of the same region (doubled for in-person support)</source>
        <translation>Poids de la même région dans le jumelage (doublé pour le soutien en personne)</translation>
    </message>
    <message>
        <source>Matching weight of availability overlap</source>
        <translation>Poids des disponibilités communes dans le jumelage</translation>
    </message>
    <message>
        <source>Matching weight of free places</source>
        <translation>Poids des places libres dans le jumelage</translation>
    </message>
    <message>
        <source>Matching weight of time since the supporter&apos;s last match</source>
        <translation>Poids du temps écoulé depuis le dernier jumelage du pair aidant</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the window locks (0: never)</source>
        <translation>Minutes d’inactivité avant le verrouillage de la fenêtre (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation>Il n’y a pas de paramètre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Each item of %1 must be at most 200 characters.</source>
        <translation>Chaque élément de %1 doit compter au plus 200 caractères.</translation>
    </message>
    <message>
        <source>%1 accepts only: %2.</source>
        <translation>%1 accepte seulement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 takes dates written YYYY-MM-DD, separated by &quot;;&quot;.</source>
        <translation>%1 prend des dates écrites AAAA-MM-JJ, séparées par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>%1 accepts only: %2 (or nothing).</source>
        <translation>%1 accepte seulement&#xa0;: %2 (ou rien).</translation>
    </message>
    <message>
        <source>%1 must be at most 200 characters.</source>
        <translation>%1 doit compter au plus 200 caractères.</translation>
    </message>
    <message>
        <source>Seconds before an introduction copied to the clipboard is cleared from it</source>
        <translation>Secondes avant qu’une présentation copiée dans le presse-papiers en soit effacée</translation>
    </message>
    <message>
        <source>Physician peer support program</source>
        <translation>Programme de soutien par les pairs pour les médecins</translation>
    </message>
    <message>
        <source>The program&apos;s name on statistics releases (never a person&apos;s or an institution&apos;s name)</source>
        <translation>Le nom du programme sur les statistiques publiées (jamais le nom d’une personne ni d’un établissement)</translation>
    </message>
    <message>
        <source>Folder for automatic backups when PeerDesk locks or closes (empty: none)</source>
        <translation>Dossier des sauvegardes automatiques au verrouillage ou à la fermeture de PeerDesk (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>Automatic backups kept in that folder</source>
        <translation>Sauvegardes automatiques conservées dans ce dossier</translation>
    </message>
    <message>
        <source>%1 must be a folder&apos;s full path (or nothing).</source>
        <translation>%1 doit être le chemin complet d’un dossier (ou rien).</translation>
    </message>
    <message>
        <source>Training courses a supporter must have completed before being made active, proposed for a match or named a group&apos;s facilitator (empty: none)</source>
        <translation>Formations qu’un pair aidant doit avoir suivies avant d’être rendu actif, proposé pour un jumelage ou nommé pour animer un groupe (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>Resources physicians are referred to, each optionally followed by the requests it is for: Name [region=BC, career_stage=resident]</source>
        <translation>Ressources vers lesquelles les médecins sont orientés, chacune suivie au besoin des demandes auxquelles elle s’adresse&#xa0;: Nom [region=BC, career_stage=resident]</translation>
    </message>
    <message>
        <source>Reasons a match may be ended early for a new supporter (categories, never a story)</source>
        <translation>Motifs pour lesquels un jumelage peut prendre fin tôt au profit d’un nouveau pair aidant (des catégories, jamais un récit)</translation>
    </message>
    <message>
        <source>Days a proposed supporter may take to answer before the Dashboard lists the proposal</source>
        <translation>Jours dont dispose un pair aidant proposé pour répondre avant que le tableau de bord n’affiche la proposition</translation>
    </message>
    <message>
        <source>Days without a conversation held before the Dashboard lists a match</source>
        <translation>Jours sans conversation tenue avant que le tableau de bord n’affiche un jumelage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Weeks ahead that every group&apos;s sessions are kept scheduled, topped up at each unlock</source>
        <translation>Semaines à l’avance pendant lesquelles les séances de chaque groupe restent planifiées, complétées à chaque déverrouillage</translation>
    </message>
    <message>
        <source>Recognise a group&apos;s returning members by a keyed hash of their contact (yes or no)</source>
        <translation>Reconnaître les membres qui reviennent dans un groupe par une empreinte à clé de leurs coordonnées (yes ou no)</translation>
    </message>
    <message>
        <source>Match supporters of any site (1) or only of the request&apos;s site (0)</source>
        <translation>Jumeler avec les pairs aidants de tous les sites (1) ou seulement du site de la demande (0)</translation>
    </message>
</context>
<context>
    <name>peerdesk::RecoverPassphraseDialog</name>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Enregistrer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Forgot passphrase</source>
        <translation>Phrase de passe oubliée</translation>
    </message>
    <message>
        <source>The recovery key printed when the vault was created opens it for you once: choose a new passphrase now. The use of the recovery key is recorded in the audit log.</source>
        <translation>La clé de récupération imprimée à la création du coffre l’ouvre pour vous une fois&#xa0;: choisissez maintenant une nouvelle phrase de passe. L’usage de la clé de récupération est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Enregistrer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::RecoveryKeyDialog</name>
    <message>
        <source>I have &amp;stored the recovery key somewhere safe</source>
        <translation>J’ai &amp;rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Store your recovery key</source>
        <translation>Rangez votre clé de récupération</translation>
    </message>
    <message>
        <source>If every administrator forgets their passphrase, this key is the only way back into the vault. It is shown only this once.</source>
        <translation>Si toutes les personnes administratrices oublient leur phrase de passe, cette clé sera le seul moyen de rouvrir le coffre. Elle n’est affichée qu’une seule fois.</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it somewhere safe away from this computer, for example in a locked drawer at the program office. Do not keep it in a file next to the vault: anyone who has both can read everything in it.</source>
        <translation>Notez-la ou imprimez-la, et gardez-la en lieu sûr, loin de cet ordinateur&#xa0;: par exemple dans un tiroir verrouillé au bureau du programme. Ne la conservez pas dans un fichier à côté du coffre&#xa0;: quiconque a les deux peut tout y lire.</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>J’ai rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message numerus="yes">
        <source>Copied. PeerDesk empties the clipboard in %n second(s), and when you continue.</source>
        <translation>
            <numerusform>Copié. PeerDesk vide le presse-papiers dans %n seconde, et quand vous continuez.</numerusform>
            <numerusform>Copié. PeerDesk vide le presse-papiers dans %n secondes, et quand vous continuez.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>PeerDesk recovery key</source>
        <translation>Clé de récupération de PeerDesk</translation>
    </message>
    <message>
        <source>If every administrator forgets their passphrase, this key is the only way back into the vault. Keep this page locked away from the computer. Printed on %1.</source>
        <translation>Si chaque administrateur oublie sa phrase de passe, cette clé est le seul moyen de rouvrir le coffre. Rangez cette page sous clé, loin de l’ordinateur. Imprimée le %1.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
</context>
<context>
    <name>peerdesk::ReferralDialog</name>
    <message>
        <source>Record a referral for request %1</source>
        <translation>Consigner une orientation pour la demande %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Day the referral was given</source>
        <translation>Jour où l’orientation a été donnée</translation>
    </message>
    <message>
        <source>No resources are configured: an administrator lists them on the Settings page.</source>
        <translation>Aucune ressource n’est configurée&#xa0;: un administrateur les énumère à la page Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donnée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record referral</source>
        <translation>&amp;Consigner l’orientation</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>Consigner l’orientation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Res&amp;ource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::ReferralResource</name>
    <message>
        <source>A resource needs a name before its tags: &quot;%1&quot;.</source>
        <translation>Une ressource doit avoir un nom avant ses étiquettes&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &quot;]&quot; without its &quot;[&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» a un «&#xa0;]&#xa0;» sans son «&#xa0;[&#xa0;».</translation>
    </message>
    <message>
        <source>The tags of &quot;%1&quot; go in one pair of brackets at its end.</source>
        <translation>Les étiquettes de «&#xa0;%1&#xa0;» vont dans une seule paire de crochets, à la fin.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; of &quot;%2&quot; is not written key=value (region=BC, career_stage=resident).</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n’est pas écrite clé=valeur (region=BC, career_stage=resident).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of &quot;%2&quot; is not a career stage; use one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n’est pas une étape de carrière&#xa0;; utilisez l’une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>A resource&apos;s tags are region and career_stage, not &quot;%1&quot;.</source>
        <translation>Les étiquettes d’une ressource sont region et career_stage, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>peerdesk::RegistrationTableModel</name>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Lien envoyé</translation>
    </message>
    <message>
        <source>Returning member (likely)</source>
        <translation>Membre de retour (probablement)</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestEditorDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Edit request %1</source>
        <translation>Modifier la demande %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard your changes to this request?</source>
        <translation>Abandonner vos modifications à cette demande&#xa0;?</translation>
    </message>
    <message>
        <source>Discard this new request? What you typed is lost.</source>
        <translation>Abandonner cette nouvelle demande&#xa0;? Ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Sa&amp;ve request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestForm</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>&amp;Received at:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal&#xa0;:</translation>
    </message>
    <message>
        <source>Referral type</source>
        <translation>Type d’orientation</translation>
    </message>
    <message>
        <source>Re&amp;ferral:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>The person already agreed to be &amp;contacted</source>
        <translation>La personne a &amp;déjà accepté d’être jointe</translation>
    </message>
    <message>
        <source>Consent confirmed</source>
        <translation>Consentement confirmé</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>For matching</source>
        <translation>Pour le jumelage</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Career &amp;stage:</source>
        <translation>É&amp;tape de carrière&#xa0;:</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>S&amp;pecialty:</source>
        <translation>S&amp;pécialité&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language codes, e.g. en, fr</source>
        <translation>Codes de langue, p. ex. en, fr</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Modality: %1</source>
        <translation>Modalité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Modalities:</source>
        <translation>Modalités&#xa0;:</translation>
    </message>
    <message>
        <source>Specialty preference</source>
        <translation>Préférence de spécialité</translation>
    </message>
    <message>
        <source>Supporter&apos;s specialt&amp;y:</source>
        <translation>Spécialité du pa&amp;ir aidant&#xa0;:</translation>
    </message>
    <message>
        <source>Affinity preference</source>
        <translation>Préférence de groupe d’affinité</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Aucune préférence</translation>
    </message>
    <message>
        <source>&amp;Affinity group:</source>
        <translation>Groupe d’a&amp;ffinité&#xa0;:</translation>
    </message>
    <message>
        <source>Gender preference</source>
        <translation>Préférence de genre</translation>
    </message>
    <message>
        <source>Supporter&apos;s gen&amp;der:</source>
        <translation>Genre du pair aidant&#xa0;:</translation>
    </message>
    <message>
        <source>A supporter from the same &amp;institution is acceptable</source>
        <translation>Un pair aidant du même éta&amp;blissement convient</translation>
    </message>
    <message>
        <source>Same institution acceptable</source>
        <translation>Même établissement acceptable</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Availability windows</source>
        <translation>Plages de disponibilité</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Add &amp;window</source>
        <translation>A&amp;jouter une plage</translation>
    </message>
    <message>
        <source>Add availability window</source>
        <translation>Ajouter une plage de disponibilité</translation>
    </message>
    <message>
        <source>Remove availability window</source>
        <translation>Retirer la plage de disponibilité</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Best time to reach</source>
        <translation>Meilleur moment pour joindre la personne</translation>
    </message>
    <message>
        <source>e.g. weekday evenings</source>
        <translation>p. ex. les soirs de semaine</translation>
    </message>
    <message>
        <source>&amp;Best time to reach:</source>
        <translation>&amp;Meilleur moment pour joindre&#xa0;:</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Ins&amp;titution:</source>
        <translation>Établi&amp;ssement&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestImporter</name>
    <message>
        <source>The file has neither an &quot;email&quot; nor a &quot;phone&quot; column: the program needs a way to reach each person.</source>
        <translation>Le fichier n’a ni colonne «&#xa0;email&#xa0;» ni colonne «&#xa0;phone&#xa0;»&#xa0;: le programme doit pouvoir joindre chaque personne.</translation>
    </message>
    <message>
        <source>a value is required: the date and time the request arrived, such as 2025-03-14T09:30.</source>
        <translation>une valeur est obligatoire&#xa0;: la date et l’heure d’arrivée de la demande, comme 2025-03-14T09:30.</translation>
    </message>
    <message>
        <source>the date and time is in the future.</source>
        <translation>la date et l’heure sont dans le futur.</translation>
    </message>
    <message>
        <source>an email or a phone number is required to reach the person.</source>
        <translation>une adresse courriel ou un numéro de téléphone est obligatoire pour joindre la personne.</translation>
    </message>
    <message>
        <source>expected a date and time such as 2025-03-14T09:30 or 2025-03-14 09:30 (program time), 2025-03-14T09:30-04:00, or a date alone such as 2025-03-14; a local time skipped by a daylight saving change does not exist.</source>
        <translation>valeur attendue&#xa0;: une date et une heure comme 2025-03-14T09:30 ou 2025-03-14 09:30 (heure du programme), 2025-03-14T09:30-04:00, ou une date seule comme 2025-03-14&#xa0;; une heure locale sautée lors du passage à l’heure avancée n’existe pas.</translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestLifecycle</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Awaiting consent</source>
        <translation>En attente de consentement</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Triée</translation>
    </message>
    <message>
        <source>Awaiting supporter</source>
        <translation>En attente du pair aidant</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>First contact made</source>
        <translation>Premier contact fait</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Declined by the physician</source>
        <translation>Refusée par le ou la médecin</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Orientée ailleurs</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Signalée pour risque</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Await the person&apos;s consent</source>
        <translation>Attendre le consentement de la personne</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Consigner le consentement</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Assign a supporter</source>
        <translation>Jumeler à un pair aidant</translation>
    </message>
    <message>
        <source>Supporter accepts</source>
        <translation>Le pair aidant accepte</translation>
    </message>
    <message>
        <source>Supporter declines</source>
        <translation>Le pair aidant refuse</translation>
    </message>
    <message>
        <source>Record first contact</source>
        <translation>Consigner le premier contact</translation>
    </message>
    <message>
        <source>Record a conversation</source>
        <translation>Consigner une conversation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This request is closed: it can no longer change.</source>
        <translation>Cette demande est fermée&#xa0;: elle ne peut plus changer.</translation>
    </message>
    <message>
        <source>Choose an outcome to close the request.</source>
        <translation>Choisissez une issue pour fermer la demande.</translation>
    </message>
    <message>
        <source>A request can be closed as completed only after first contact was made.</source>
        <translation>Une demande ne peut être fermée comme terminée qu’après le premier contact.</translation>
    </message>
    <message>
        <source>A request that is “%1” cannot be closed as “%2”.</source>
        <translation>Une demande à l’état «&#xa0;%1&#xa0;» ne peut pas être fermée avec l’issue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>An outcome can be given only when closing a request.</source>
        <translation>Une issue ne peut être indiquée qu’à la fermeture d’une demande.</translation>
    </message>
    <message>
        <source>A request that is awaiting consent cannot be matched: record the person&apos;s consent first.</source>
        <translation>Une demande en attente de consentement ne peut pas être jumelée&#xa0;: consignez d’abord le consentement de la personne.</translation>
    </message>
    <message>
        <source>A request that is awaiting consent cannot be triaged: record the person&apos;s consent first.</source>
        <translation>Une demande en attente de consentement ne peut pas être triée&#xa0;: consignez d’abord le consentement de la personne.</translation>
    </message>
    <message>
        <source>A request that is awaiting consent cannot go further: record the person&apos;s consent first, or close it.</source>
        <translation>Une demande en attente de consentement ne peut pas avancer&#xa0;: consignez d’abord le consentement de la personne, ou fermez la demande.</translation>
    </message>
    <message>
        <source>Consent can be recorded only for a request that is awaiting consent.</source>
        <translation>Le consentement ne peut être consigné que pour une demande en attente de consentement.</translation>
    </message>
    <message>
        <source>“%1” is not possible for a request that is “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas possible pour une demande à l’état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>End the match</source>
        <translation>Mettre fin au jumelage</translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestService</name>
    <message>
        <source>A request needs the person&apos;s name, so the supporter knows whom to call.</source>
        <translation>Une demande doit indiquer le nom de la personne, pour que le pair aidant sache qui appeler.</translation>
    </message>
    <message>
        <source>A request needs an email address or a phone number to reach the person.</source>
        <translation>Une demande doit indiquer une adresse courriel ou un numéro de téléphone pour joindre la personne.</translation>
    </message>
    <message>
        <source>Name, email, phone, best time and institution can have at most 200 characters.</source>
        <translation>Le nom, le courriel, le téléphone, le meilleur moment et l’établissement comptent au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The vault&apos;s repeat-request key is damaged.</source>
        <translation>La clé de reconnaissance des demandes répétées du coffre est endommagée.</translation>
    </message>
    <message>
        <source>A request needs the date and time it was received.</source>
        <translation>Une demande doit indiquer la date et l’heure de sa réception.</translation>
    </message>
    <message>
        <source>A request cannot be received in the future.</source>
        <translation>Une demande ne peut pas être reçue dans le futur.</translation>
    </message>
    <message>
        <source>A specialty preference of &quot;same&quot; or &quot;different&quot; needs the person&apos;s specialty.</source>
        <translation>Une préférence de spécialité «&#xa0;same&#xa0;» ou «&#xa0;different&#xa0;» exige la spécialité de la personne.</translation>
    </message>
    <message>
        <source>Specialty and region can have at most 100 characters.</source>
        <translation>La spécialité et la région comptent au plus 100 caractères.</translation>
    </message>
    <message>
        <source>There is no request #%1.</source>
        <translation>Il n’y a pas de demande n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>The date and time are not valid.</source>
        <translation>La date et l’heure ne sont pas valides.</translation>
    </message>
    <message>
        <source>This cannot be recorded for a time in the future.</source>
        <translation>Ceci ne peut pas être consigné pour un moment futur.</translation>
    </message>
    <message>
        <source>This cannot be recorded for a time before the request was received.</source>
        <translation>Ceci ne peut pas être consigné pour un moment antérieur à la réception de la demande.</translation>
    </message>
    <message>
        <source>Request #%1 is a colleague&apos;s referral awaiting the person&apos;s consent. Record their consent before triage.</source>
        <translation>La demande n°&#xa0;%1 est une recommandation d’un collègue en attente du consentement de la personne. Consignez son consentement avant le triage.</translation>
    </message>
    <message>
        <source>Triage needs at least one reason (a category, never a description).</source>
        <translation>Le triage exige au moins un motif (une catégorie, jamais une description).</translation>
    </message>
    <message>
        <source>The program refers this career stage (%1) elsewhere.</source>
        <translation>Le programme oriente cette étape de carrière (%1) ailleurs.</translation>
    </message>
    <message>
        <source>The program does not serve this region.</source>
        <translation>Le programme ne dessert pas cette région.</translation>
    </message>
    <message>
        <source>Request #%1 is closed.</source>
        <translation>La demande n°&#xa0;%1 est fermée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the configured resources: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des ressources configurées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Request #%1 has no supporter to give a cooldown to.</source>
        <translation>La demande n°&#xa0;%1 n’a aucun pair aidant à qui accorder une période de repos.</translation>
    </message>
    <message>
        <source>Request #%1&apos;s identity was already purged; there is nothing left to hold.</source>
        <translation>L’identité de la demande n°&#xa0;%1 a déjà été effacée&#xa0;; il n’y a plus rien à conserver.</translation>
    </message>
    <message>
        <source>Only match events can be recorded this way.</source>
        <translation>Seuls les événements de jumelage peuvent être consignés ainsi.</translation>
    </message>
    <message>
        <source>Request #%1 is closed: it can no longer be edited.</source>
        <translation>La demande n°&#xa0;%1 est fermée&#xa0;: elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Request #%1&apos;s identity was purged: it can no longer be edited.</source>
        <translation>L’identité liée à la demande n°&#xa0;%1 a été effacée&#xa0;: la demande ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Request #%1 is now “%2”: it changed since, so this edit was not applied.</source>
        <translation>La demande n°&#xa0;%1 a maintenant le statut «&#xa0;%2&#xa0;»&#xa0;: elle a changé depuis, cette modification n’a donc pas été appliquée.</translation>
    </message>
    <message>
        <source>A triaged request keeps at least one reason (a category, never a description).</source>
        <translation>Une demande triée garde au moins un motif (une catégorie, jamais une description).</translation>
    </message>
    <message>
        <source>A name, email, phone, best time or institution</source>
        <translation>Un nom, un courriel, un téléphone, un moment pour joindre ou un établissement</translation>
    </message>
    <message>
        <source>No resources are configured: an administrator lists them in the %1 setting first.</source>
        <translation>Aucune ressource n’est configurée&#xa0;: un administrateur doit d’abord les énumérer dans le paramètre %1.</translation>
    </message>
    <message>
        <source>Request #%1 closed on %2: a referral given after that is not part of it.</source>
        <translation>La demande n°&#xa0;%1 a été fermée le %2&#xa0;: une orientation donnée après n’en fait pas partie.</translation>
    </message>
    <message>
        <source>No reasons for ending a match are configured: an administrator sets %1 first.</source>
        <translation>Aucun motif de fin de jumelage n’est configuré&#xa0;: un administrateur doit d’abord définir %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for ending a match; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un motif de fin de jumelage&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Request #%1 has no supporter whose match could end.</source>
        <translation>La demande n°&#xa0;%1 n’a pas de pair aidant dont le jumelage pourrait prendre fin.</translation>
    </message>
    <message>
        <source>The supporter of request #%1 has not answered yet: record their answer, or decline for them, instead of ending the match.</source>
        <translation>Le pair aidant de la demande n°&#xa0;%1 n’a pas encore répondu&#xa0;: consignez sa réponse, ou son refus, au lieu de mettre fin au jumelage.</translation>
    </message>
    <message>
        <source>The match cannot end before the supporter was proposed (%1).</source>
        <translation>Le jumelage ne peut pas prendre fin avant que le pair aidant ait été proposé (%1).</translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestTableModel</name>
    <message>
        <source>Due %1</source>
        <translation>Dû le %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Dû aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>En retard de %n jour ouvrable</numerusform>
            <numerusform>En retard de %n jours ouvrables</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacted on time</source>
        <translation>Joint dans les délais</translation>
    </message>
    <message>
        <source>Contacted late</source>
        <translation>Joint en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (escalated)</source>
        <translation>%1 (signalée pour risque)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>Pour la coordination</translation>
    </message>
    <message>
        <source>Requests for support, from intake to closing: triage, consent, matching with a peer supporter and hand-off. A physician&apos;s name and contact details are kept only while the coordinator and the supporter need them, then purged; an anonymous record stays for the statistics.</source>
        <translation>Les demandes de soutien, de l’accueil à la fermeture&#xa0;: triage, consentement, jumelage avec un pair aidant et transfert. Le nom et les coordonnées de chaque médecin ne sont conservés que le temps où la coordination et le pair aidant en ont besoin, puis ils sont effacés&#xa0;; un dossier anonyme reste pour les statistiques.</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find a request by reference</source>
        <translation>Trouver une demande par sa référence</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Tout âge</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Older than 30 days</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <source>First contact due</source>
        <translation>Échéance du premier contact</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Dû aujourd’hui</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore dû</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>New request (%1)</source>
        <translation>Nouvelle demande (%1)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>Premier contact&#xa0;:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Escalation:</source>
        <translation>Signalement&#xa0;:</translation>
    </message>
    <message>
        <source>Supporter:</source>
        <translation>Pair aidant&#xa0;:</translation>
    </message>
    <message>
        <source>For matching:</source>
        <translation>Pour le jumelage&#xa0;:</translation>
    </message>
    <message>
        <source>The person (coordinators only)</source>
        <translation>La personne (coordination seulement)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Best time:</source>
        <translation>Meilleur moment&#xa0;:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>Consigner le &amp;consentement</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Consigner le consentement</translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation>&amp;Trier…</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Signaler un risque</translation>
    </message>
    <message>
        <source>Record first contact</source>
        <translation>Consigner le premier contact</translation>
    </message>
    <message>
        <source>Find a su&amp;pporter…</source>
        <translation>Tr&amp;ouver un pair aidant…</translation>
    </message>
    <message>
        <source>Find a supporter</source>
        <translation>Trouver un pair aidant</translation>
    </message>
    <message>
        <source>Hand off to the supporter</source>
        <translation>Transmettre au pair aidant</translation>
    </message>
    <message>
        <source>Supporter &amp;accepted</source>
        <translation>Le pair aidant a acc&amp;epté</translation>
    </message>
    <message>
        <source>Supporter accepted</source>
        <translation>Le pair aidant a accepté</translation>
    </message>
    <message>
        <source>Supporter &amp;declined</source>
        <translation>Le pair aidant a décl&amp;iné</translation>
    </message>
    <message>
        <source>Supporter declined</source>
        <translation>Le pair aidant a décliné</translation>
    </message>
    <message>
        <source>Schedule conversation</source>
        <translation>Planifier une conversation</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>Fe&amp;rmer…</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Fermer la demande</translation>
    </message>
    <message>
        <source>Consent recorded for request %1: it can now be triaged.</source>
        <translation>Consentement consigné pour la demande %1&#xa0;: elle peut maintenant être triée.</translation>
    </message>
    <message>
        <source>First contact recorded for request %1.</source>
        <translation>Premier contact consigné pour la demande %1.</translation>
    </message>
    <message>
        <source>The supporter accepted request %1.</source>
        <translation>Le pair aidant a accepté la demande %1.</translation>
    </message>
    <message>
        <source>The supporter declined request %1: it is ready to be matched again.</source>
        <translation>Le pair aidant a décliné la demande %1&#xa0;: elle est prête à être jumelée de nouveau.</translation>
    </message>
    <message>
        <source>Request %1 is on legal hold: its identity will not be purged.</source>
        <translation>La demande %1 est sous mesure de conservation légale&#xa0;: son identité ne sera pas effacée.</translation>
    </message>
    <message>
        <source>The legal hold on request %1 is released.</source>
        <translation>La mesure de conservation légale de la demande %1 est levée.</translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation>Sélectionnez une demande pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Referred to: %1</source>
        <translation>Orientée vers&#xa0;: %1</translation>
    </message>
    <message>
        <source>On legal hold</source>
        <translation>Sous mesure de conservation légale</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçue le %1</translation>
    </message>
    <message>
        <source>Consent %1</source>
        <translation>Consentement le %1</translation>
    </message>
    <message>
        <source>Triaged %1</source>
        <translation>Triée le %1</translation>
    </message>
    <message>
        <source>First contact %1</source>
        <translation>Premier contact le %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Fermée le %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (%n business day(s) left)</source>
        <translation>
            <numerusform>Dû le %1 (%n jour ouvrable restant)</numerusform>
            <numerusform>Dû le %1 (%n jours ouvrables restants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s) (was due %1)</source>
        <translation>
            <numerusform>En retard de %n jour ouvrable (dû le %1)</numerusform>
            <numerusform>En retard de %n jours ouvrables (dû le %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on time (due %1)</source>
        <translation>Fait dans les délais (dû le %1)</translation>
    </message>
    <message>
        <source>Made late (due %1)</source>
        <translation>Fait en retard (dû le %1)</translation>
    </message>
    <message>
        <source>No target (closed without contact)</source>
        <translation>Aucune cible (fermée sans contact)</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Orientation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>Escalated: immediate risk was flagged</source>
        <translation>Signalée&#xa0;: un risque immédiat a été relevé</translation>
    </message>
    <message>
        <source>Last: %1, %2</source>
        <translation>Dernier&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>Aucun signalement</translation>
    </message>
    <message>
        <source>supporter #%1</source>
        <translation>pair aidant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Proposed to %1 on %2, waiting for an answer</source>
        <translation>Proposée à %1 le %2, en attente d’une réponse</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>Acceptée par %1 le %2</translation>
    </message>
    <message>
        <source>No supporter yet</source>
        <translation>Aucun pair aidant pour l’instant</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Modalities: %1</source>
        <translation>Modalités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Supporter&apos;s gender: %1</source>
        <translation>Genre du pair aidant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Affinity group: %1</source>
        <translation>Groupe d’affinité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same institution acceptable</source>
        <translation>Même établissement acceptable</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purged on %1 (retention)</source>
        <translation>Effacée le %1 (conservation)</translation>
    </message>
    <message>
        <source>Request %1 is saved.</source>
        <translation>La demande %1 est enregistrée.</translation>
    </message>
    <message>
        <source>Request %1 is proposed to the supporter.</source>
        <translation>La demande %1 est proposée au pair aidant.</translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation>La demande %1 est fermée.</translation>
    </message>
    <message>
        <source>Hand &amp;off…</source>
        <translation>Tran&amp;smettre…</translation>
    </message>
    <message>
        <source>e.g. R-12</source>
        <translation>p. ex. R-12</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier request(s), probably from the same person</source>
        <translation>
            <numerusform>%n demande antérieure, probablement de la même personne</numerusform>
            <numerusform>%n demandes antérieures, probablement de la même personne</numerusform>
        </translation>
    </message>
    <message>
        <source>The match of request %1 has ended: find it a new supporter.</source>
        <translation>Le jumelage de la demande %1 a pris fin&#xa0;: trouvez-lui un nouveau pair aidant.</translation>
    </message>
    <message numerus="yes">
        <source>%n booked conversation(s) cancelled.</source>
        <translation>
            <numerusform>%n conversation prévue annulée.</numerusform>
            <numerusform>%n conversations prévues annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral to %1 recorded for request %2.</source>
        <translation>Orientation vers %1 consignée pour la demande %2.</translation>
    </message>
    <message>
        <source>&amp;Record first contact</source>
        <translation>Consi&amp;gner le premier contact</translation>
    </message>
    <message>
        <source>Edit re&amp;quest…</source>
        <translation>&amp;Modifier la demande…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Supported by %1 until %2</source>
        <translation>Soutenu par %1 jusqu’au %2</translation>
    </message>
    <message>
        <source>No supporter now: the match with %1 ended on %2 (%3)</source>
        <translation>Aucun pair aidant pour l’instant&#xa0;: le jumelage avec %1 a pris fin le %2 (%3)</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Sélectionnez d’abord une demande.</translation>
    </message>
    <message>
        <source>This request is closed: it can no longer change.</source>
        <translation>Cette demande est fermée&#xa0;: elle ne peut plus changer.</translation>
    </message>
    <message>
        <source>Conversations are booked once a supporter has accepted the request.</source>
        <translation>Les conversations se planifient une fois que le pair aidant a accepté la demande.</translation>
    </message>
    <message>
        <source>The introduction is sent once a supporter is proposed.</source>
        <translation>La présentation s’envoie une fois un pair aidant proposé.</translation>
    </message>
    <message>
        <source>The identity was purged: there is nothing left to edit.</source>
        <translation>L’identité a été effacée&#xa0;: il n’y a plus rien à modifier.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochaine étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Prochaine étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record that the person agreed to be contacted about request %1? This cannot be undone.</source>
        <translation>Consigner que la personne a accepté d’être jointe pour la demande %1&#xa0;? Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Record that the supporter reached the physician of request %1 now? The time counts for the first-contact target and cannot be undone.</source>
        <translation>Consigner que le pair aidant a joint le médecin de la demande %1 maintenant&#xa0;? L’heure compte pour la cible du premier contact et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Record that the supporter accepted request %1? This cannot be undone; if it was a mistake, end the match afterwards.</source>
        <translation>Consigner que le pair aidant a accepté la demande %1&#xa0;? Cela ne peut pas être annulé&#xa0;; si c’est une erreur, mettez ensuite fin au jumelage.</translation>
    </message>
    <message>
        <source>Record that the supporter declined request %1? They will not be suggested for it again, and this cannot be undone.</source>
        <translation>Consigner que le pair aidant a décliné la demande %1&#xa0;? Il ne lui sera plus suggéré, et cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>E&amp;scalate…</source>
        <translation>Signaler &amp;une urgence…</translation>
    </message>
    <message>
        <source>Schedule con&amp;versation…</source>
        <translation>Planifier une con&amp;versation…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>&amp;End the match for a new supporter…</source>
        <translation>&amp;Mettre fin au jumelage pour un nouveau pair aidant…</translation>
    </message>
    <message>
        <source>Record a &amp;referral given…</source>
        <translation>Consigner une &amp;orientation donnée…</translation>
    </message>
    <message>
        <source>Place legal &amp;hold</source>
        <translation>Placer en &amp;conservation légale</translation>
    </message>
    <message>
        <source>Release legal &amp;hold</source>
        <translation>Lever la &amp;conservation légale</translation>
    </message>
    <message>
        <source>Only an administrator places a legal hold, and not after the identity was purged.</source>
        <translation>Seul un administrateur ou une administratrice place une conservation légale, et pas après la purge de l’identité.</translation>
    </message>
    <message>
        <source>No request to show. New request… (%1) records one; Clear filters shows the closed ones too.</source>
        <translation>Aucune demande à afficher. Nouvelle demande… (%1) en consigne une&#xa0;; Effacer les filtres affiche aussi les demandes fermées.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>peerdesk::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Pair aidant</translation>
    </message>
</context>
<context>
    <name>peerdesk::RowVersion</name>
    <message>
        <source>Request #%1</source>
        <translation>La demande no&#xa0;%1</translation>
    </message>
    <message>
        <source>Supporter #%1</source>
        <translation>Le pair aidant no&#xa0;%1</translation>
    </message>
    <message>
        <source>Match #%1</source>
        <translation>Le jumelage no&#xa0;%1</translation>
    </message>
    <message>
        <source>Conversation #%1</source>
        <translation>La conversation no&#xa0;%1</translation>
    </message>
    <message>
        <source>Group #%1</source>
        <translation>Le groupe no&#xa0;%1</translation>
    </message>
    <message>
        <source>Group session #%1</source>
        <translation>La séance de groupe no&#xa0;%1</translation>
    </message>
    <message>
        <source>Group member #%1</source>
        <translation>Le membre de groupe no&#xa0;%1</translation>
    </message>
    <message>
        <source>Group registration #%1</source>
        <translation>L’inscription de groupe no&#xa0;%1</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Le compte no&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after it was read, so nothing was saved. Look at it again as it is now, then make the change again.</source>
        <translation>%1&#xa0;: quelqu’un d’autre y a apporté une modification après sa lecture&#xa0;; rien n’a donc été enregistré. Consultez la fiche de nouveau telle qu’elle est maintenant, puis refaites la modification.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>Pour la coordination</translation>
    </message>
    <message>
        <source>Conversations and group sessions by week or month: move them, record how they went, export them.</source>
        <translation>Les conversations et les séances de groupe par semaine ou par mois&#xa0;: déplacez-les, notez leur déroulement, exportez-les.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Afficher une semaine</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Afficher un mois</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Déplac&amp;er…</translation>
    </message>
    <message>
        <source>Move the selected conversation</source>
        <translation>Déplacer la conversation sélectionnée</translation>
    </message>
    <message>
        <source>Mark he&amp;ld</source>
        <translation>Marquer &amp;tenue</translation>
    </message>
    <message>
        <source>Mark the selected conversation held</source>
        <translation>Marquer la conversation sélectionnée comme tenue</translation>
    </message>
    <message>
        <source>Mark c&amp;ancelled</source>
        <translation>&amp;Marquer annulée</translation>
    </message>
    <message>
        <source>Mark the selected conversation cancelled</source>
        <translation>Marquer la conversation sélectionnée comme annulée</translation>
    </message>
    <message>
        <source>Mark no-&amp;show</source>
        <translation>Marquer a&amp;bsence</translation>
    </message>
    <message>
        <source>Mark the selected conversation as a no-show</source>
        <translation>Marquer la conversation sélectionnée comme une absence</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>E&amp;xporter en .ics…</translation>
    </message>
    <message>
        <source>Export the selected conversation as an iCalendar file</source>
        <translation>Exporter la conversation sélectionnée en fichier iCalendar</translation>
    </message>
    <message>
        <source>Open in Gro&amp;ups</source>
        <translation>Ouvrir dans Gro&amp;upes</translation>
    </message>
    <message>
        <source>Open the selected group session in Groups</source>
        <translation>Ouvrir la séance de groupe sélectionnée dans Groupes</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation>Semaine ou mois précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Suiva&amp;nt</translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation>Semaine ou mois suivant</translation>
    </message>
    <message>
        <source>New &amp;conversation…</source>
        <translation>Nouvelle &amp;conversation…</translation>
    </message>
    <message>
        <source>Schedule a new conversation</source>
        <translation>Planifier une nouvelle conversation</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>New conversation (%1)</source>
        <translation>Nouvelle conversation (%1)</translation>
    </message>
    <message>
        <source>Conversations and group sessions of the selected day</source>
        <translation>Conversations et séances de groupe du jour sélectionné</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Jou&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>&amp;Day: %1</source>
        <translation>Jou&amp;r&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing scheduled that day.</source>
        <translation>Rien de prévu ce jour-là.</translation>
    </message>
    <message>
        <source>Select a day to see what is on it.</source>
        <translation>Sélectionnez un jour pour voir ce qui y est prévu.</translation>
    </message>
    <message>
        <source>Group session %1: %2
When: %3
Modality: %4
Status: %5</source>
        <translation>Séance de groupe %1&#xa0;: %2
Quand&#xa0;: %3
Modalité&#xa0;: %4
Statut&#xa0;: %5</translation>
    </message>
    <message>
        <source>Conversation %1 for request R-%2
When: %3
Supporter: %4
Modality: %5
Status: %6</source>
        <translation>Conversation %1 de la demande R-%2
Quand&#xa0;: %3
Pair aidant&#xa0;: %4
Modalité&#xa0;: %5
Statut&#xa0;: %6</translation>
    </message>
    <message>
        <source>supporter #%1</source>
        <translation>pair aidant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Conversation C-%1 is now %2.</source>
        <translation>La conversation C-%1 a maintenant le statut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Export conversation C-%1</source>
        <translation>Exporter la conversation C-%1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The month shown by the schedule&apos;s month view; QLocale date format (MMMM: month name, yyyy: year).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Select a conversation first.</source>
        <translation>Sélectionnez d’abord une conversation.</translation>
    </message>
    <message>
        <source>Only a scheduled conversation can change; this one is recorded.</source>
        <translation>Seule une conversation prévue peut changer&#xa0;; celle-ci est consignée.</translation>
    </message>
    <message>
        <source>Can be recorded once the conversation has started.</source>
        <translation>Peut être consigné une fois la conversation commencée.</translation>
    </message>
    <message>
        <source>Record conversation C-%1 as %2? This cannot be changed afterwards.</source>
        <translation>Consigner la conversation C-%1 comme «&#xa0;%2&#xa0;»&#xa0;? Cela ne pourra plus être changé.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Consigner</translation>
    </message>
    <message>
        <source>Nothing booked on this day. New conversation… (%1) books one with a supporter who accepted a request.</source>
        <translation>Rien de prévu ce jour-là. Nouvelle conversation… (%1) en planifie une avec un pair aidant qui a accepté une demande.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SchedulingService</name>
    <message>
        <source>Choose the request the conversation is for.</source>
        <translation>Choisissez la demande visée par la conversation.</translation>
    </message>
    <message>
        <source>Give the date and time of the conversation.</source>
        <translation>Indiquez la date et l’heure de la conversation.</translation>
    </message>
    <message>
        <source>A conversation lasts %1 to %2 minutes, not %3.</source>
        <translation>Une conversation dure de %1 à %2 minutes, pas %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modality; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une modalité&#xa0;; utilisez l’une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The supporter already has conversation #%1 from %2 to %3. Choose another time.</source>
        <translation>Le pair aidant a déjà la conversation n°&#xa0;%1 de %2 à %3. Choisissez un autre moment.</translation>
    </message>
    <message>
        <source>The supporter facilitates group session #%1 from %2 to %3. Choose another time.</source>
        <translation>Le pair aidant anime la séance de groupe n°&#xa0;%1 de %2 à %3. Choisissez un autre moment.</translation>
    </message>
    <message numerus="yes">
        <source>This is conversation number %1 with this peer; the short-term model plans up to %n.</source>
        <translation>
            <numerusform>C’est la conversation numéro %1 avec cette personne&#xa0;; le modèle de soutien à court terme en prévoit au plus %n.</numerusform>
            <numerusform>C’est la conversation numéro %1 avec cette personne&#xa0;; le modèle de soutien à court terme en prévoit au plus %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Consider an onward referral.</source>
        <translation>%1 Envisagez une orientation vers une autre ressource.</translation>
    </message>
    <message>
        <source>%1 Consider an onward referral: %2.</source>
        <translation>%1 Envisagez une orientation vers une autre ressource&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Request #%1 has no accepted match: conversations are scheduled once a supporter has accepted the request.</source>
        <translation>La demande n°&#xa0;%1 n’a pas de jumelage accepté&#xa0;: les conversations se planifient une fois qu’un pair aidant a accepté la demande.</translation>
    </message>
    <message>
        <source>The supporter does not offer %1 conversations.</source>
        <translation>Le pair aidant n’offre pas de conversations en mode «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 to %2 is outside the supporter&apos;s availability (%3). Choose another time, or confirm that the supporter agreed to it.</source>
        <translation>De %1 à %2, c’est en dehors des disponibilités du pair aidant (%3). Choisissez un autre moment ou confirmez que le pair aidant l’a accepté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation status; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut de conversation&#xa0;; utilisez l’un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Conversation #%1 is already %2; only a scheduled conversation can change.</source>
        <translation>La conversation n°&#xa0;%1 a déjà le statut «&#xa0;%2&#xa0;»&#xa0;; seule une conversation planifiée peut changer.</translation>
    </message>
    <message>
        <source>Conversation #%1 is already scheduled.</source>
        <translation>La conversation n°&#xa0;%1 est déjà planifiée.</translation>
    </message>
    <message>
        <source>Conversation #%1 starts at %2, which is still ahead: it cannot be marked %3 yet.</source>
        <translation>La conversation n°&#xa0;%1 commence à %2, un moment encore à venir&#xa0;: elle ne peut pas encore recevoir le statut «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>There is no conversation #%1.</source>
        <translation>Il n’y a pas de conversation n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Conversation #%1 is already %2; only a scheduled conversation can be moved.</source>
        <translation>La conversation n°&#xa0;%1 a déjà le statut «&#xa0;%2&#xa0;»&#xa0;; seule une conversation planifiée peut être déplacée.</translation>
    </message>
    <message numerus="yes">
        <source>This makes %1 conversations with this peer; the short-term model plans up to %n.</source>
        <translation>
            <numerusform>Cela fait %1 conversations avec cette personne&#xa0;; le modèle de soutien à court terme en prévoit au plus %n.</numerusform>
            <numerusform>Cela fait %1 conversations avec cette personne&#xa0;; le modèle de soutien à court terme en prévoit au plus %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation #%1 belongs to a match that has ended: record what happened instead of moving it.</source>
        <translation>La conversation n°&#xa0;%1 appartient à un jumelage terminé&#xa0;: consignez ce qui s’est passé au lieu de la déplacer.</translation>
    </message>
    <message>
        <source>The supporter is not active (%1): they cannot be booked for a conversation. End the match to find a new supporter.</source>
        <translation>Le pair aidant n’est pas actif (%1)&#xa0;: on ne peut pas lui fixer de conversation. Mettez fin au jumelage pour trouver un nouveau pair aidant.</translation>
    </message>
    <message>
        <source>The supporter is paused until %1: they cannot be booked for a conversation. End the match to find a new supporter.</source>
        <translation>Le pair aidant est en pause jusqu’au %1&#xa0;: on ne peut pas lui fixer de conversation. Mettez fin au jumelage pour trouver un nouveau pair aidant.</translation>
    </message>
    <message>
        <source>There is no request #%1.</source>
        <translation>Il n’y a pas de demande n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>This time is before request %1 was received (%2): a conversation about it cannot come before it. Check the date.</source>
        <translation>Ce moment précède la réception de la demande %1 (%2)&#xa0;: une conversation à son sujet ne peut pas la précéder. Vérifiez la date.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SecretInput</name>
    <message>
        <source>Cannot read the passphrase from %1.</source>
        <translation>Impossible de lire la phrase de passe dans %1.</translation>
    </message>
    <message>
        <source>%1 is too long to be a passphrase.</source>
        <translation>%1 est trop long pour être une phrase de passe.</translation>
    </message>
    <message>
        <source>The passphrase in %1 is empty.</source>
        <translation>La phrase de passe dans %1 est vide.</translation>
    </message>
    <message>
        <source>Cannot open the passphrase file %1.</source>
        <translation>Impossible d’ouvrir le fichier de phrase de passe %1.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: use --passphrase-file FILE or --passphrase-stdin.</source>
        <translation>Aucun terminal pour demander la phrase de passe&#xa0;: utilisez --passphrase-file FICHIER ou --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase from the terminal.</source>
        <translation>Impossible de lire la phrase de passe dans le terminal.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>La phrase de passe est trop longue.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase de passe est vide.</translation>
    </message>
    <message>
        <source>The passphrase file %1 can be read or changed by other users of this computer. Make it yours alone (chmod 600) and change the passphrase if others may have read it.</source>
        <translation>Le fichier de phrase de passe %1 peut être lu ou modifié par d’autres utilisateurs de cet ordinateur. Rendez-le accessible à vous seul (chmod 600) et changez la phrase de passe si d’autres ont pu la lire.</translation>
    </message>
</context>
<context>
    <name>peerdesk::ServerMaintenance</name>
    <message>
        <source>Maintenance runs on a program server&apos;s owner connection, outside a transaction.</source>
        <translation>La maintenance s’exécute sur la connexion du propriétaire d’un serveur de programme, hors de toute transaction.</translation>
    </message>
    <message>
        <source>The program&apos;s schema holds a table named unexpectedly.</source>
        <translation>Le schéma du programme contient une table au nom inattendu.</translation>
    </message>
</context>
<context>
    <name>peerdesk::ServerProfile</name>
    <message>
        <source>%1 is not a usable connection profile: %2.</source>
        <translation>%1 n’est pas un profil de connexion utilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The connection profile %1 cannot be read.</source>
        <translation>Le profil de connexion %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>il est beaucoup trop gros</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>ce n’est pas du JSON</translation>
    </message>
    <message>
        <source>its format is not &quot;%1&quot; version %2</source>
        <translation>son format n’est pas «&#xa0;%1&#xa0;» version %2</translation>
    </message>
    <message>
        <source>&quot;host&quot; must be the server&apos;s host name</source>
        <translation>«&#xa0;host&#xa0;» doit être le nom d’hôte du serveur</translation>
    </message>
    <message>
        <source>&quot;port&quot; must be a number from 1 to 65535</source>
        <translation>«&#xa0;port&#xa0;» doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>&quot;database&quot; must be the program&apos;s database name (lower-case letters, digits and _, at most 40)</source>
        <translation>«&#xa0;database&#xa0;» doit être le nom de la base du programme (minuscules, chiffres et _, 40 au plus)</translation>
    </message>
    <message>
        <source>&quot;ca_certificate&quot; must name the program&apos;s CA certificate</source>
        <translation>«&#xa0;ca_certificate&#xa0;» doit nommer le certificat de l’autorité du programme</translation>
    </message>
    <message>
        <source>&quot;program_salt&quot; is damaged</source>
        <translation>«&#xa0;program_salt&#xa0;» est endommagé</translation>
    </message>
    <message>
        <source>&quot;slot_cost&quot; is outside the bounds PeerDesk accepts</source>
        <translation>«&#xa0;slot_cost&#xa0;» est hors des limites que PeerDesk accepte</translation>
    </message>
    <message>
        <source>The connection profile %1 could not be written: %2</source>
        <translation>Le profil de connexion %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>peerdesk::ServerWitness</name>
    <message>
        <source>The program&apos;s audit history on the server is not what this computer saw: row %1 %2. Someone with the server&apos;s files rewrote or cut it; tell your administrator, and keep this computer&apos;s witness (%3).</source>
        <translation>L’historique d’audit du programme sur le serveur n’est pas celui que cet ordinateur a vu&#xa0;: la ligne %1 %2. Quelqu’un qui a accès aux fichiers du serveur l’a réécrit ou tronqué&#xa0;; avertissez votre administrateur et conservez le témoin de cet ordinateur (%3).</translation>
    </message>
    <message>
        <source>has another hash now</source>
        <translation>a maintenant une autre empreinte</translation>
    </message>
    <message>
        <source>is gone</source>
        <translation>a disparu</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>Pour l’administration</translation>
    </message>
    <message>
        <source>Federal holidays only</source>
        <translation>Jours fériés fédéraux seulement</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Scope and resources</source>
        <translation>Portée et ressources</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Privacy and retention</source>
        <translation>Confidentialité et conservation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Revert the settings to what is saved</source>
        <translation>Revenir aux paramètres enregistrés</translation>
    </message>
    <message>
        <source>One date per line, as YYYY-MM-DD</source>
        <translation>Une date par ligne, au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un élément par ligne</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>PeerDesk will use this language the next time it starts.</source>
        <translation>PeerDesk utilisera cette langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>PeerDesk purges expired identities every time the vault is unlocked. Purge now does the same without waiting; Preview counts what would go.</source>
        <translation>PeerDesk efface les identités expirées chaque fois que le coffre est déverrouillé. «&#xa0;Effacer maintenant&#xa0;» le fait sans attendre&#xa0;; «&#xa0;Aperçu&#xa0;» compte ce qui serait effacé.</translation>
    </message>
    <message>
        <source>Preview the purge</source>
        <translation>Aperçu de l’effacement</translation>
    </message>
    <message>
        <source>P&amp;urge now</source>
        <translation>Effacer &amp;maintenant</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Effacer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n paramètre enregistré.</numerusform>
            <numerusform>%n paramètres enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting what would be purged…</source>
        <translation>Décompte de ce qui serait effacé…</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Effacement en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n request identity(ies), </source>
        <translation>
            <numerusform>%n identité de demande, </numerusform>
            <numerusform>%n identités de demande, </numerusform>
        </translation>
    </message>
    <message>
        <source>Purge now would remove %1.</source>
        <translation>Un effacement maintenant retirerait %1.</translation>
    </message>
    <message>
        <source>Purged %1.</source>
        <translation>Effacé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) past retention are kept under legal hold.</source>
        <translation>
            <numerusform>%n demande échue est conservée sous mesure de conservation légale.</numerusform>
            <numerusform>%n demandes échues sont conservées sous mesure de conservation légale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: see the message above.</source>
        <translation>Rien n’a été enregistré&#xa0;: voyez le message plus haut.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>No folder: automatic backups are off</source>
        <translation>Aucun dossier&#xa0;: pas de sauvegarde automatique</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is one file holding the vault as it is, still encrypted, with its key slots: it opens with the passphrases and the recovery key of the moment it was made. Keep backups on a drive of their own, and restore one with peerdesk-cli backup restore.</source>
        <translation>Une sauvegarde est un seul fichier qui contient le coffre tel quel, toujours chiffré, avec ses emplacements de clé&#xa0;: elle s’ouvre avec les phrases de passe et la clé de récupération du moment où elle a été faite. Gardez les sauvegardes sur un disque à part, et restaurez-en une avec peerdesk-cli backup restore.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>Sauvegarder le coffre maintenant</translation>
    </message>
    <message>
        <source>Back up into</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter contact(s), </source>
        <translation>
            <numerusform>%n coordonnée de pair aidant, </numerusform>
            <numerusform>%n coordonnées de pairs aidants, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group registration(s) and </source>
        <translation>
            <numerusform>%n inscription à un groupe et </numerusform>
            <numerusform>%n inscriptions à un groupe et </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former group member(s)</source>
        <translation>
            <numerusform>%n ancien membre d’un groupe</numerusform>
            <numerusform>%n anciens membres d’un groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former group member(s) past retention are kept under legal hold.</source>
        <translation>
            <numerusform>%n ancien membre d’un groupe dont la conservation est échue est gardé sous mesure de conservation légale.</numerusform>
            <numerusform>%n anciens membres d’un groupe dont la conservation est échue sont gardés sous mesure de conservation légale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>This program is on a program server: the server&apos;s operator backs it up, and keeps those backups no longer than the program&apos;s retention period. PeerDesk makes no backup file of it.</source>
        <translation>Ce programme est sur un serveur de programme&#xa0;: l’exploitant du serveur le sauvegarde et ne garde pas ces sauvegardes plus longtemps que la durée de conservation du programme. PeerDesk n’en fait aucun fichier de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SiteService</name>
    <message>
        <source>A site&apos;s code is 1 to 32 lower-case letters, digits or &apos;-&apos; (&quot;%1&quot; is not).</source>
        <translation>Le code d’un site compte de 1 à 32 lettres minuscules, chiffres ou «&#xa0;-&#xa0;» («&#xa0;%1&#xa0;» ne convient pas).</translation>
    </message>
    <message>
        <source>A site&apos;s name is 1 to 80 characters.</source>
        <translation>Le nom d’un site compte de 1 à 80 caractères.</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot;.</source>
        <translation>Il n’y a pas de site «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a site &quot;%1&quot;.</source>
        <translation>Il y a déjà un site «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’y a pas de compte %1.</translation>
    </message>
    <message>
        <source>A coordinator works at least one site.</source>
        <translation>Un coordonnateur travaille à au moins un site.</translation>
    </message>
    <message>
        <source>Your account works no site yet; an administrator gives you yours.</source>
        <translation>Votre compte ne travaille encore à aucun site; un administrateur vous attribue les vôtres.</translation>
    </message>
    <message>
        <source>Choose the site: you work several.</source>
        <translation>Choisissez le site&#xa0;: vous travaillez à plusieurs.</translation>
    </message>
    <message>
        <source>You do not work that site.</source>
        <translation>Vous ne travaillez pas à ce site.</translation>
    </message>
    <message>
        <source>Choose the site: the program has several.</source>
        <translation>Choisissez le site&#xa0;: le programme en a plusieurs.</translation>
    </message>
    <message>
        <source>There is no site number %1.</source>
        <translation>Il n’y a pas de site n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>The program has several sites: say which the coordinator works.</source>
        <translation>Le programme a plusieurs sites&#xa0;: indiquez ceux où travaille le coordonnateur.</translation>
    </message>
    <message>
        <source>Statistics cover the whole program, and you work only some of its sites: a reporting user or an administrator produces them.</source>
        <translation>Les statistiques couvrent tout le programme, et vous ne travaillez qu’à certains de ses sites&#xa0;: une personne au rôle Statistiques ou un administrateur les produit.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SqlCipherDriver</name>
    <message>
        <source>Database keys are not accepted as a password</source>
        <translation>Les clés de base de données ne sont pas acceptées comme mot de passe</translation>
    </message>
    <message>
        <source>Use SqlCipherDriver::setKey(); QSqlDatabase keeps a plaintext copy of passwords.</source>
        <translation>Utilisez SqlCipherDriver::setKey(); QSqlDatabase garde une copie en clair des mots de passe.</translation>
    </message>
    <message>
        <source>Unknown connect option</source>
        <translation>Option de connexion inconnue</translation>
    </message>
    <message>
        <source>The database key has the wrong size</source>
        <translation>La clé de la base de données n’a pas la bonne taille</translation>
    </message>
    <message>
        <source>Unable to open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Unable to apply the database key</source>
        <translation>Impossible d’appliquer la clé de la base de données</translation>
    </message>
    <message>
        <source>Unable to read the database: wrong key or not a database</source>
        <translation>Impossible de lire la base de données&#xa0;: mauvaise clé, ou ce n’est pas une base de données</translation>
    </message>
    <message>
        <source>Unable to close the database</source>
        <translation>Impossible de fermer la base de données</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>La base de données n’est pas ouverte</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>Impossible de commencer la transaction</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Impossible de valider la transaction</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Impossible d’annuler la transaction</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatTableModel</name>
    <message>
        <source>Suppressed: too small to publish, or hidden so that a small number cannot be worked out</source>
        <translation>Masquée&#xa0;: trop petite pour être publiée, ou cachée pour qu’on ne puisse pas déduire un petit nombre</translation>
    </message>
    <message>
        <source>Not published: fewer than 10</source>
        <translation>Non publiée&#xa0;: moins de 10</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsExport</name>
    <message>
        <source>Could not write the statistics file %1: %2</source>
        <translation>Impossible d’écrire le fichier de statistiques %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a PeerDesk statistics release: %1 is missing or malformed.</source>
        <translation>Ce n’est pas une diffusion de statistiques PeerDesk&#xa0;: %1 est absent ou mal formé.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proportion</translation>
    </message>
    <message>
        <source>The statistics release has an empty or repeated table id &quot;%1&quot;.</source>
        <translation>La diffusion de statistiques a un identifiant de tableau vide ou répété&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A cell of the table &quot;%1&quot; does not have one category per dimension.</source>
        <translation>Une cellule du tableau «&#xa0;%1&#xa0;» n’a pas une catégorie par dimension.</translation>
    </message>
    <message>
        <source>A category of the table &quot;%1&quot; contains &quot;|&quot;.</source>
        <translation>Une catégorie du tableau «&#xa0;%1&#xa0;» contient «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>A cell of the table &quot;%1&quot; holds a value that is not a number.</source>
        <translation>Une cellule du tableau «&#xa0;%1&#xa0;» contient une valeur qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be created</source>
        <translation>le classeur n’a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 statistics, %2</source>
        <translation>Statistiques de %1, %2</translation>
    </message>
    <message>
        <source>PeerDesk statistics</source>
        <translation>Statistiques PeerDesk</translation>
    </message>
    <message>
        <source>Suppressed to protect confidentiality. The same symbol marks every suppressed cell.</source>
        <translation>Supprimé pour protéger la confidentialité. Le même symbole marque toutes les cellules supprimées.</translation>
    </message>
    <message>
        <source>All categories of that dimension (a total).</source>
        <translation>Toutes les catégories de cette dimension (un total).</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Zéros</translation>
    </message>
    <message>
        <source>A suppressed cell may hide a zero.</source>
        <translation>Une cellule supprimée peut cacher un zéro.</translation>
    </message>
    <message>
        <source>Zeros are never suppressed.</source>
        <translation>Les zéros ne sont jamais supprimés.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>sum of the categories</source>
        <translation>somme des catégories</translation>
    </message>
    <message>
        <source>not a sum: a unit can fall in several categories</source>
        <translation>pas une somme&#xa0;: une unité peut relever de plusieurs catégories</translation>
    </message>
    <message>
        <source>Unknown statistics format &quot;%1&quot;: use csv, json, xlsx or pdf.</source>
        <translation>Format de statistiques inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez csv, json, xlsx ou pdf.</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsLabels</name>
    <message>
        <source>Quarter %1 of %2 (%3 to %4)</source>
        <translation>Trimestre %1 de %2 (%3 à %4)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans la portée</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Orientée ailleurs</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans le délai visé</translation>
    </message>
    <message>
        <source>Past target</source>
        <translation>Après le délai visé</translation>
    </message>
    <message>
        <source>1 business day or less</source>
        <translation>1 jour ouvrable ou moins</translation>
    </message>
    <message>
        <source>More than 3 business days</source>
        <translation>Plus de 3 jours ouvrables</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 ou plus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Triage outcome</source>
        <translation>Résultat du triage</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Business days to first contact</source>
        <translation>Jours ouvrables avant le premier contact</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>État de la séance</translation>
    </message>
    <message>
        <source>Supporter status</source>
        <translation>Statut du pair aidant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>n &lt; 10</source>
        <translation>n &lt; 10</translation>
    </message>
    <message>
        <source>Each figure counts distinct physicians unless its table says otherwise. In tables marked &quot;not a sum&quot;, such as reasons for a request, a physician counts in every category that applies, so the categories add up to more than the total.</source>
        <translation>Chaque chiffre compte des médecins distincts, sauf indication contraire du tableau. Dans les tableaux marqués «&#xa0;pas une somme&#xa0;», comme les motifs de demande, un médecin compte dans chaque catégorie qui s’applique&#xa0;; les catégories totalisent donc plus que le total.</translation>
    </message>
    <message>
        <source>To protect confidentiality, counts from 1 to %1 are suppressed (threshold k = %2). Other cells are suppressed too, so that no hidden count can be worked out from the totals, from the other cells or from earlier releases. Every suppressed cell shows the same symbol, %3, which never says why it was hidden.</source>
        <translation>Pour protéger la confidentialité, les nombres de 1 à %1 sont masqués (seuil k = %2). D’autres cellules sont aussi masquées, afin qu’aucun nombre caché ne puisse être déduit des totaux, des autres cellules ou des publications antérieures. Toutes les cellules masquées portent le même symbole, %3, qui n’indique jamais pourquoi elles l’ont été.</translation>
    </message>
    <message>
        <source>Zeros are shown, but a suppressed cell may also hide a zero.</source>
        <translation>Les zéros sont affichés, mais une cellule masquée peut aussi cacher un zéro.</translation>
    </message>
    <message>
        <source>Zeros are never suppressed.</source>
        <translation>Les zéros ne sont jamais masqués.</translation>
    </message>
    <message>
        <source>Before publication an audit computed, for every suppressed cell, the values it could take given everything published for this period and earlier periods (%1). Each hidden cell can take at least %2 different values, including %3 or more.</source>
        <translation>Avant la publication, une vérification a calculé, pour chaque cellule masquée, les valeurs qu’elle pourrait prendre compte tenu de tout ce qui a été publié pour cette période et les périodes antérieures (%1). Chaque cellule cachée peut prendre au moins %2 valeurs différentes, dont %3 ou plus.</translation>
    </message>
    <message>
        <source>Medians and shares are given only when at least %1 are counted; otherwise only the bins are published. Nothing finer than a month, no minimum or maximum, and no name, institution or free text is ever published.</source>
        <translation>Les médianes et les proportions ne sont données que si au moins %1 unités sont comptées&#xa0;; sinon, seules les classes sont publiées. Rien de plus fin qu’un mois, aucun minimum ni maximum, et aucun nom, établissement ou texte libre n’est jamais publié.</translation>
    </message>
    <message>
        <source>Published figures are frozen: exporting this period again gives the same figures.</source>
        <translation>Les chiffres publiés sont figés&#xa0;: exporter de nouveau cette période donne les mêmes chiffres.</translation>
    </message>
    <message>
        <source>This is revision %1: it corrects the earlier publication of this period, which it replaces.</source>
        <translation>Ceci est la révision %1&#xa0;: elle corrige la publication antérieure de cette période et la remplace.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Revision (0: first publication)</source>
        <translation>Révision (0&#xa0;: première publication)</translation>
    </message>
    <message>
        <source>Generated at (UTC)</source>
        <translation>Produit le (UTC)</translation>
    </message>
    <message>
        <source>PeerDesk version</source>
        <translation>Version de PeerDesk</translation>
    </message>
    <message>
        <source>Threshold k</source>
        <translation>Seuil k</translation>
    </message>
    <message>
        <source>Suppression method</source>
        <translation>Méthode de suppression</translation>
    </message>
    <message>
        <source>Disclosure audit passed</source>
        <translation>Vérification de confidentialité réussie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Audit method</source>
        <translation>Méthode de vérification</translation>
    </message>
    <message>
        <source>Suppressed cells</source>
        <translation>Cellules supprimées</translation>
    </message>
    <message>
        <source>Minimum range width required</source>
        <translation>Largeur minimale d’intervalle exigée</translation>
    </message>
    <message>
        <source>exact enumeration</source>
        <translation>énumération exacte</translation>
    </message>
    <message>
        <source>linear programming</source>
        <translation>programmation linéaire</translation>
    </message>
    <message>
        <source>Reason the match ended</source>
        <translation>Motif de la fin du jumelage</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>Pas utile</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rétroaction</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>For administrators and reporting staff</source>
        <translation>Pour l’administration et le personnel chargé des rapports</translation>
    </message>
    <message>
        <source>Anonymous statistics for funders and leadership. Small numbers are hidden, with enough others that none can be worked out, and every release is checked against the earlier ones.</source>
        <translation>Statistiques anonymes pour les bailleurs de fonds et la direction. Les petits nombres sont masqués, avec assez d’autres cellules pour qu’aucun ne puisse être déduit, et chaque publication est vérifiée par rapport aux précédentes.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>Mois ou trimestre</translation>
    </message>
    <message>
        <source>Threshold k</source>
        <translation>Seuil k</translation>
    </message>
    <message>
        <source>Counts from 1 to k - 1 are suppressed.</source>
        <translation>Les effectifs de 1 à k - 1 sont masqués.</translation>
    </message>
    <message>
        <source>Show the statistics</source>
        <translation>Afficher les statistiques</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>&amp;CSV (tidy table)…</source>
        <translation>&amp;CSV (tableau ordonné)…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (XLSX)…</source>
        <translation>Classeur &amp;Excel (XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k&#xa0;:</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Chart of the table</source>
        <translation>Graphique du tableau</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s) suppressed, shown as %2; the disclosure audit passed (%3).</source>
        <translation>
            <numerusform>%1&#xa0;: %n cellule masquée, notée %2&#xa0;; l’audit de confidentialité est réussi (%3).</numerusform>
            <numerusform>%1&#xa0;: %n cellules masquées, notées %2&#xa0;; l’audit de confidentialité est réussi (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation>Exportation des statistiques…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Exported to %1 as revision %2: figures published earlier have changed.</source>
        <translation>Exporté vers %1 comme révision %2&#xa0;: des chiffres publiés auparavant ont changé.</translation>
    </message>
    <message>
        <source>&amp;PDF report with charts…</source>
        <translation>Rapport &amp;PDF avec graphiques…</translation>
    </message>
    <message>
        <source>P&amp;rint the report…</source>
        <translation>Imp&amp;rimer le rapport…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>The report for %1 was sent to the printer.</source>
        <translation>Le rapport de %1 a été envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Hidden (small numbers)</source>
        <translation>Masqué (petits nombres)</translation>
    </message>
    <message>
        <source>Publish the statistics</source>
        <translation>Publier les statistiques</translation>
    </message>
    <message>
        <source>This is the first release of %1. Exporting publishes it: it is recorded in the ledger, and later releases of this period are checked against it so that nothing hidden can be worked out by comparing them. Publish it?</source>
        <translation>C’est la première diffusion de %1. L’exporter la publie&#xa0;: elle est inscrite au registre, et les diffusions suivantes de cette période sont vérifiées par rapport à elle, pour que rien de masqué ne puisse être déduit en les comparant. La publier&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Publish and export…</source>
        <translation>&amp;Publier et exporter…</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>By &amp;site</source>
        <translation>Par &amp;site</translation>
    </message>
    <message>
        <source>Preparing the statistics by site…</source>
        <translation>Préparation des statistiques par site…</translation>
    </message>
    <message>
        <source>Split the statistics by site</source>
        <translation>Répartir les statistiques par site</translation>
    </message>
    <message>
        <source>The tables split by site, with the whole program as the total (the group tables and those that are not sums are left out): a release of its own, protected together with the program&apos;s.</source>
        <translation>Les tableaux répartis par site, le programme entier en total (sauf les tableaux des groupes et ceux qui ne sont pas des sommes)&#xa0;: une diffusion distincte, protégée avec celle du programme.</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsPublisher</name>
    <message>
        <source>The threshold k must be from %1 to %2, not %3.</source>
        <translation>Le seuil k doit être de %1 à %2, et non %3.</translation>
    </message>
    <message>
        <source>The statistics ledger holds an unreadable release for %1.</source>
        <translation>Le registre des statistiques contient une publication illisible pour %1.</translation>
    </message>
    <message>
        <source>The statistics ledger holds an unreadable release.</source>
        <translation>Le registre des statistiques contient une publication illisible.</translation>
    </message>
    <message>
        <source>The disclosure audit refused this release: %1</source>
        <translation>L’audit de confidentialité a refusé cette publication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Figures the program&apos;s release of %1 published have changed since: publish the program&apos;s statistics of %1 again first (its next revision), then these by site.</source>
        <translation>Des chiffres publiés dans la diffusion du programme pour %1 ont changé depuis&#xa0;: publiez d’abord de nouveau les statistiques du programme pour %1 (sa révision suivante), puis celles-ci par site.</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsReport</name>
    <message>
        <source>%1 statistics, %2</source>
        <translation>%1 – statistiques, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>Peer support statistics</source>
        <translation>Statistiques du soutien par les pairs</translation>
    </message>
    <message>
        <source>Peer support statistics for %1</source>
        <translation>Statistiques du soutien par les pairs, %1</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>About this release</source>
        <translation>À propos de cette publication</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Suppressed to protect confidentiality. The same symbol marks every suppressed cell.</source>
        <translation>Masqué pour protéger la confidentialité. Le même symbole marque toutes les cellules masquées.</translation>
    </message>
    <message>
        <source>All categories of the table together.</source>
        <translation>Toutes les catégories du tableau ensemble.</translation>
    </message>
    <message>
        <source>n &lt; 10</source>
        <translation>n &lt; 10</translation>
    </message>
    <message>
        <source>A median or share not given because fewer than 10 are counted.</source>
        <translation>Médiane ou proportion non donnée parce que moins de 10 unités sont comptées.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Not a sum: the categories can add up to more than the total.</source>
        <translation>Pas une somme&#xa0;: les catégories peuvent totaliser plus que le total.</translation>
    </message>
    <message>
        <source>The statistics report could not be drawn.</source>
        <translation>Le rapport statistique n’a pas pu être produit.</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsRepository</name>
    <message>
        <source>This statistic is not split by site.</source>
        <translation>Cette statistique n’est pas répartie par site.</translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsService</name>
    <message>
        <source>Statistics cover a month, a quarter or a year between 2000 and 2999.</source>
        <translation>Les statistiques portent sur un mois, un trimestre ou une année entre 2000 et 2999.</translation>
    </message>
    <message>
        <source>Distinct physicians: several requests from the same person count once.</source>
        <translation>Médecins distincts&#xa0;: plusieurs demandes d’une même personne comptent une seule fois.</translation>
    </message>
    <message>
        <source>Distinct physicians, each counted under their first request in the period.</source>
        <translation>Médecins distincts, comptés une seule fois, selon leur première demande de la période.</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>Requests received by reason</source>
        <translation>Demandes reçues par motif</translation>
    </message>
    <message>
        <source>Distinct physicians. A request with several reasons counts under each, so the categories do not add up to the total.</source>
        <translation>Médecins distincts. Une demande comportant plusieurs motifs compte sous chacun d’eux&#xa0;; la somme des catégories ne donne donc pas le total.</translation>
    </message>
    <message>
        <source>Requests received by career stage</source>
        <translation>Demandes reçues par étape de carrière</translation>
    </message>
    <message>
        <source>Requests received by channel</source>
        <translation>Demandes reçues par canal</translation>
    </message>
    <message>
        <source>Requests received by referral type</source>
        <translation>Demandes reçues par type d’orientation</translation>
    </message>
    <message>
        <source>Requests received by preferred modality</source>
        <translation>Demandes reçues par modalité préférée</translation>
    </message>
    <message>
        <source>Distinct physicians. A request may prefer several modalities and counts under each, so the categories do not add up to the total.</source>
        <translation>Médecins distincts. Une demande peut préférer plusieurs modalités et compte sous chacune&#xa0;; la somme des catégories ne donne donc pas le total.</translation>
    </message>
    <message>
        <source>Triage outcomes</source>
        <translation>Résultats du triage</translation>
    </message>
    <message>
        <source>Distinct physicians triaged in the period, by their first triage in it: escalated when immediate risk was recorded at triage, referred elsewhere when triage found the request out of scope, in scope otherwise.</source>
        <translation>Médecins distincts dont la demande a été triée pendant la période, selon leur premier triage de la période&#xa0;: signalé si un risque immédiat a été consigné au triage, orienté ailleurs si le triage a jugé la demande hors mandat, admissible sinon.</translation>
    </message>
    <message>
        <source>Matches made</source>
        <translation>Jumelages conclus</translation>
    </message>
    <message>
        <source>Distinct physicians whose supporter accepted the match in the period.</source>
        <translation>Médecins distincts dont le pair aidant a accepté le jumelage pendant la période.</translation>
    </message>
    <message>
        <source>Supporter declines</source>
        <translation>Refus de pairs aidants</translation>
    </message>
    <message>
        <source>Events: matches a supporter declined in the period.</source>
        <translation>Événements&#xa0;: jumelages refusés par un pair aidant pendant la période.</translation>
    </message>
    <message>
        <source>Requests whose first contact was made in the period (events).</source>
        <translation>Demandes dont le premier contact a eu lieu pendant la période (événements).</translation>
    </message>
    <message>
        <source>First contact within target</source>
        <translation>Premier contact dans le délai cible</translation>
    </message>
    <message>
        <source>Share of first contacts within target</source>
        <translation>Proportion des premiers contacts dans le délai cible</translation>
    </message>
    <message numerus="yes">
        <source>Published only over at least %n first contacts.</source>
        <translation>
            <numerusform>Publiée seulement à partir de %n premier contact.</numerusform>
            <numerusform>Publiée seulement à partir de %n premiers contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to first contact</source>
        <translation>Délai avant le premier contact</translation>
    </message>
    <message>
        <source>Requests whose first contact was made in the period (events), by business days after the day of receipt.</source>
        <translation>Demandes dont le premier contact a eu lieu pendant la période (événements), selon le nombre de jours ouvrables après le jour de réception.</translation>
    </message>
    <message>
        <source>Median time to first contact (business days)</source>
        <translation>Délai médian avant le premier contact (jours ouvrables)</translation>
    </message>
    <message>
        <source>Conversations held</source>
        <translation>Conversations tenues</translation>
    </message>
    <message>
        <source>Events: conversations held that started in the period.</source>
        <translation>Événements&#xa0;: conversations tenues qui ont commencé pendant la période.</translation>
    </message>
    <message>
        <source>Conversations per closed match</source>
        <translation>Conversations par jumelage terminé</translation>
    </message>
    <message>
        <source>Matches a supporter had accepted that ended in the period, by conversations held.</source>
        <translation>Jumelages acceptés par un pair aidant et terminés pendant la période, selon le nombre de conversations tenues.</translation>
    </message>
    <message>
        <source>Outcomes at closure</source>
        <translation>Issues à la fermeture</translation>
    </message>
    <message>
        <source>Distinct physicians with a request closed in the period, each counted under their first closure in it.</source>
        <translation>Médecins distincts dont une demande a été fermée pendant la période, comptés une seule fois, selon leur première fermeture de la période.</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Events: escalation actions recorded in the period.</source>
        <translation>Événements&#xa0;: mesures de signalement consignées pendant la période.</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Séances de groupe</translation>
    </message>
    <message>
        <source>Events: group sessions that started in the period.</source>
        <translation>Événements&#xa0;: séances de groupe qui ont commencé pendant la période.</translation>
    </message>
    <message>
        <source>Group attendance</source>
        <translation>Participation aux groupes</translation>
    </message>
    <message>
        <source>Events: attendances at sessions held, summed; a person who came twice counts twice.</source>
        <translation>Événements&#xa0;: somme des présences aux séances tenues&#xa0;; une personne venue deux fois compte deux fois.</translation>
    </message>
    <message>
        <source>Group debriefs held</source>
        <translation>Comptes rendus de groupe tenus</translation>
    </message>
    <message>
        <source>Events: sessions held that were followed by a debrief.</source>
        <translation>Événements&#xa0;: séances tenues suivies d’un compte rendu.</translation>
    </message>
    <message>
        <source>Supporters by status</source>
        <translation>Pairs aidants par statut</translation>
    </message>
    <message>
        <source>Supporters added by the end of the period, by their status when the statistics were computed: the roster keeps no history of statuses.</source>
        <translation>Pairs aidants ajoutés avant la fin de la période, selon leur statut au moment du calcul&#xa0;: le répertoire ne conserve pas l’historique des statuts.</translation>
    </message>
    <message>
        <source>Supporters newly trained</source>
        <translation>Pairs aidants nouvellement formés</translation>
    </message>
    <message>
        <source>Supporters whose first training was completed in the period.</source>
        <translation>Pairs aidants dont la première formation a été terminée pendant la période.</translation>
    </message>
    <message>
        <source>Requests received over twelve months</source>
        <translation>Demandes reçues sur douze mois</translation>
    </message>
    <message>
        <source>Distinct physicians each month; the total counts each physician once over the twelve months, so the months do not add up to it.</source>
        <translation>Médecins distincts chaque mois&#xa0;; le total compte chaque médecin une seule fois sur les douze mois&#xa0;: la somme des mois ne donne donc pas le total.</translation>
    </message>
    <message>
        <source>The suppression threshold must be at least 1.</source>
        <translation>Le seuil de suppression doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>A release needs its generation time and its content.</source>
        <translation>Une publication exige sa date de production et son contenu.</translation>
    </message>
    <message>
        <source>Matches ended early for a new supporter</source>
        <translation>Jumelages terminés tôt pour un nouveau pair aidant</translation>
    </message>
    <message>
        <source>Events: accepted matches ended in the period so that the physician could have a new supporter, by reason.</source>
        <translation>Événements&#xa0;: jumelages acceptés terminés pendant la période pour que le médecin ait un nouveau pair aidant, par motif.</translation>
    </message>
    <message>
        <source>Referrals given</source>
        <translation>Orientations données</translation>
    </message>
    <message>
        <source>Events: referrals to other services recorded in the period, by resource; a physician referred to two resources counts under each.</source>
        <translation>Événements&#xa0;: orientations vers d’autres services consignées pendant la période, par ressource&#xa0;; un médecin orienté vers deux ressources compte pour chacune.</translation>
    </message>
    <message>
        <source>Group feedback</source>
        <translation>Rétroaction sur les groupes</translation>
    </message>
    <message numerus="yes">
        <source>Shares of the anonymous feedback answers given after sessions held in the period, per group and for all groups; published only over at least %n answers.</source>
        <translation>
            <numerusform>Parts des réponses anonymes de rétroaction données après les séances tenues pendant la période, par groupe et pour l’ensemble des groupes&#xa0;; publiées seulement à partir de %n réponse.</numerusform>
            <numerusform>Parts des réponses anonymes de rétroaction données après les séances tenues pendant la période, par groupe et pour l’ensemble des groupes&#xa0;; publiées seulement à partir de %n réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group sessions held, by group</source>
        <translation>Séances de groupe tenues, par groupe</translation>
    </message>
    <message>
        <source>Events: sessions held that started in the period, per group.</source>
        <translation>Événements&#xa0;: séances tenues ayant commencé pendant la période, par groupe.</translation>
    </message>
    <message>
        <source>Group attendance, by group</source>
        <translation>Participation aux groupes, par groupe</translation>
    </message>
    <message>
        <source>Events: attendances at sessions held, summed per group; a person who came twice counts twice, and who came is never recorded.</source>
        <translation>Événements&#xa0;: présences aux séances tenues, additionnées par groupe&#xa0;; une personne venue deux fois compte deux fois, et l’identité des personnes présentes n’est jamais consignée.</translation>
    </message>
    <message>
        <source>Escalations during group sessions</source>
        <translation>Signalements pendant les séances de groupe</translation>
    </message>
    <message>
        <source>Events: escalation actions recorded during group sessions in the period (not in the table of escalations on requests).</source>
        <translation>Événements&#xa0;: signalements consignés pendant les séances de groupe de la période (absents du tableau des signalements sur les demandes).</translation>
    </message>
    <message>
        <source>Group members who joined</source>
        <translation>Membres ayant rejoint un groupe</translation>
    </message>
    <message>
        <source>Events: standing members who joined a group in the period.</source>
        <translation>Événements&#xa0;: membres permanents ayant rejoint un groupe pendant la période.</translation>
    </message>
    <message>
        <source>Group members who left</source>
        <translation>Membres ayant quitté un groupe</translation>
    </message>
    <message>
        <source>Events: standing members who left a group in the period (removed, or the group ended).</source>
        <translation>Événements&#xa0;: membres permanents ayant quitté un groupe pendant la période (retirés, ou groupe terminé).</translation>
    </message>
    <message>
        <source>A site&apos;s statistics do not have the program&apos;s tables.</source>
        <translation>Les statistiques d’un site n’ont pas les tableaux du programme.</translation>
    </message>
    <message>
        <source>%1 By site: each site&apos;s part, and the whole program under Total.</source>
        <translation>%1 Par site&#xa0;: la part de chaque site, et le programme entier sous Total.</translation>
    </message>
    <message>
        <source>The program has one site: its statistics are the program&apos;s.</source>
        <translation>Le programme n’a qu’un site&#xa0;: ses statistiques sont celles du programme.</translation>
    </message>
</context>
<context>
    <name>peerdesk::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Strong enough for PeerDesk.</source>
        <translation>Assez robuste pour PeerDesk.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins %1 caractères. Quelques mots sans lien entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterCommands</name>
    <message>
        <source>edit of supporter #%1</source>
        <translation>modification du pair aidant n°&#xa0;%1</translation>
    </message>
    <message>
        <source>status change of supporter #%1</source>
        <translation>changement de statut du pair aidant n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterEditorDialog</name>
    <message>
        <source>New supporter</source>
        <translation>Nouveau pair aidant</translation>
    </message>
    <message>
        <source>Edit supporter</source>
        <translation>Modifier le pair aidant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Practice setting</source>
        <translation>Milieu de pratique</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Separate institutions with ;</source>
        <translation>Séparez les établissements par ;</translation>
    </message>
    <message>
        <source>Used to avoid matching a supporter with a colleague from the same institution.</source>
        <translation>Sert à éviter de jumeler un pair aidant avec une ou un collègue du même établissement.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <source>Two-letter codes separated by ;, e.g. de; it</source>
        <translation>Codes de deux lettres séparés par ;, p. ex. de; it</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Not taking new peers</source>
        <translation>N’accepte pas de nouveaux pairs</translation>
    </message>
    <message>
        <source>Rest after a difficult match, in days</source>
        <translation>Repos après un jumelage difficile, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Disponibilités hebdomadaires</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Prono&amp;uns:</source>
        <translation>Pron&amp;oms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Spécialité&#xa0;:</translation>
    </message>
    <message>
        <source>Practice se&amp;tting:</source>
        <translation>&amp;Milieu de pratique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Institutions:</source>
        <translation>Éta&amp;blissements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Career stage:</source>
        <translation>Ét&amp;ape de carrière&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other languages:</source>
        <translation>Autres &amp;langues&#xa0;:</translation>
    </message>
    <message>
        <source>Modalities:</source>
        <translation>Modalités&#xa0;:</translation>
    </message>
    <message>
        <source>Affinity groups:</source>
        <translation>Groupes d’affinité&#xa0;:</translation>
    </message>
    <message>
        <source>Capacit&amp;y (peers at once):</source>
        <translation>Ca&amp;pacité (pairs à la fois)&#xa0;:</translation>
    </message>
    <message>
        <source>Rest after a &amp;difficult match:</source>
        <translation>Repos après un jumelage &amp;difficile&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Weekly a&amp;vailability:</source>
        <translation>Disponibilités &amp;hebdomadaires&#xa0;:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterImportDialog</name>
    <message>
        <source>The file could not be opened. Check that it exists and that you may read it.</source>
        <translation>Le fichier n’a pas pu être ouvert. Vérifiez qu’il existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rangées à importer</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import supporters</source>
        <translation>Importer des pairs aidants</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Read the file again after correcting it.</source>
        <translation>Relire le fichier après l’avoir corrigé.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rows to import:</source>
        <translation>Rangées à i&amp;mporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>One supporter per row, with a header row naming the columns (see the import formats in the documentation). Nothing is added until you press Import, and then either every row is added or none.</source>
        <translation>Un pair aidant par rangée, avec une rangée d’en-tête qui nomme les colonnes (voir les formats d’importation dans la documentation). Rien n’est ajouté avant que vous appuyiez sur Importer, et alors toutes les rangées sont ajoutées, ou aucune.</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n rangée lue.</numerusform>
            <numerusform>%n rangées lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before importing; nothing was added.</source>
        <translation>
            <numerusform>%n problème à corriger dans le fichier avant l’importation&#xa0;; rien n’a été ajouté.</numerusform>
            <numerusform>%n problèmes à corriger dans le fichier avant l’importation&#xa0;; rien n’a été ajouté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no supporters to import.</source>
        <translation>Le fichier ne contient aucun pair aidant à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) ready to import.</source>
        <translation>
            <numerusform>%n pair aidant prêt à importer.</numerusform>
            <numerusform>%n pairs aidants prêts à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the problems list.</source>
        <translation>
            <numerusform>%n avertissement&#xa0;: voir la liste des problèmes.</numerusform>
            <numerusform>%n avertissements&#xa0;: voir la liste des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the supporters…</source>
        <translation>Ajout des pairs aidants…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rea&amp;d again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Choose a CSV file to see the supporters it holds.</source>
        <translation>Choisissez un fichier CSV pour voir les pairs aidants qu’il contient.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the site these supporters work from.</source>
        <translation>Choisissez le site d’où travaillent ces pairs aidants.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterImporter</name>
    <message>
        <source>The file has neither an &quot;email&quot; nor a &quot;phone&quot; column: every supporter needs a way to be reached.</source>
        <translation>Le fichier n’a ni colonne «&#xa0;email&#xa0;» ni colonne «&#xa0;phone&#xa0;»&#xa0;: il faut pouvoir joindre chaque pair aidant.</translation>
    </message>
    <message>
        <source>an email or a phone number is required to reach the supporter.</source>
        <translation>une adresse courriel ou un numéro de téléphone est obligatoire pour joindre le pair aidant.</translation>
    </message>
    <message>
        <source>an active supporter needs at least one modality.</source>
        <translation>un pair aidant actif(-ve) doit offrir au moins une modalité.</translation>
    </message>
    <message>
        <source>a supporter with this email address is already on the roster.</source>
        <translation>un pair aidant ayant cette adresse courriel figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>the same email address is already on line %1 of this file.</source>
        <translation>la même adresse courriel figure déjà à la ligne %1 de ce fichier.</translation>
    </message>
    <message>
        <source>expected completed courses such as &quot;Peer support basics: 2026-01-15; Suicide risk: 2025-11-02&quot; (course, completion date, and optionally a refresher date after another &quot;:&quot;).</source>
        <translation>valeur attendue&#xa0;: des formations suivies comme «&#xa0;Peer support basics: 2026-01-15; Suicide risk: 2025-11-02&#xa0;» (formation, date de fin et, au besoin, date du rappel après un autre «&#xa0;:&#xa0;»).</translation>
    </message>
    <message>
        <source>an active supporter needs the program&apos;s required training: %1.</source>
        <translation>un pair aidant actif doit avoir suivi la formation requise par le programme&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterService</name>
    <message>
        <source>A training record needs a course name and a completion date.</source>
        <translation>Une formation doit indiquer le nom du cours et la date de réussite.</translation>
    </message>
    <message>
        <source>A refresher cannot be due before the course was completed.</source>
        <translation>Une mise à jour ne peut pas être due avant la réussite du cours.</translation>
    </message>
    <message>
        <source>A supporter needs a name.</source>
        <translation>Un pair aidant doit avoir un nom.</translation>
    </message>
    <message>
        <source>A name can have at most 200 characters.</source>
        <translation>Un nom compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>A supporter needs an email address or a phone number.</source>
        <translation>Un pair aidant doit avoir une adresse courriel ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A supporter needs a specialty.</source>
        <translation>Un pair aidant doit avoir une spécialité.</translation>
    </message>
    <message>
        <source>Specialty, practice setting, region and pronouns can have at most 100 characters.</source>
        <translation>La spécialité, le milieu de pratique, la région et les pronoms comptent au plus 100 caractères.</translation>
    </message>
    <message>
        <source>An institution can have at most 200 characters.</source>
        <translation>Un établissement compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>A supporter needs at least one language.</source>
        <translation>Un pair aidant doit parler au moins une langue.</translation>
    </message>
    <message>
        <source>The capacity (max_active) must be from 0 to 50.</source>
        <translation>La capacité (max_active) doit être de 0 à 50.</translation>
    </message>
    <message>
        <source>The cooldown must be from 0 to 365 days.</source>
        <translation>La période de repos doit être de 0 à 365 jours.</translation>
    </message>
    <message>
        <source>Another supporter already has this email address.</source>
        <translation>Un autre pair aidant a déjà cette adresse courriel.</translation>
    </message>
    <message>
        <source>This supporter&apos;s contact details were purged after retirement; add them again as a new supporter instead.</source>
        <translation>Les coordonnées de ce pair aidant ont été effacées après sa retraite&#xa0;; ajoutez-le plutôt comme nouveau pair aidant.</translation>
    </message>
    <message>
        <source>A pause must end today or later.</source>
        <translation>Une pause doit se terminer aujourd’hui ou plus tard.</translation>
    </message>
    <message>
        <source>A debrief needs a date that is not in the future.</source>
        <translation>Un compte rendu doit avoir une date qui n’est pas dans le futur.</translation>
    </message>
    <message>
        <source>There is no supporter #%1.</source>
        <translation>Il n’y a pas de pair aidant n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>A name, email, phone or pronouns</source>
        <translation>Un nom, un courriel, un téléphone ou des pronoms</translation>
    </message>
    <message>
        <source>%1 cannot be active before completing the program&apos;s required training: %2.</source>
        <translation>%1 ne peut être actif avant d’avoir suivi la formation requise par le programme&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation>Un pair aidant</translation>
    </message>
    <message>
        <source>Supporter #%1</source>
        <translation>Le pair aidant n°&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>Supporter #%1 has %n live match(es) (%2): confirm the change (on the command line, --force), then end each match to find a new supporter.</source>
        <translation>
            <numerusform>Le pair aidant n°&#xa0;%1 a %n jumelage en cours (%2)&#xa0;: confirmez le changement (en ligne de commande, --force), puis mettez fin à chaque jumelage pour trouver un nouveau pair aidant.</numerusform>
            <numerusform>Le pair aidant n°&#xa0;%1 a %n jumelages en cours (%2)&#xa0;: confirmez le changement (en ligne de commande, --force), puis mettez fin à chaque jumelage pour trouver un nouveau pair aidant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the site the supporter works from.</source>
        <translation>Choisissez le site d’où travaille le pair aidant.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterTableModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (échue)</translation>
    </message>
    <message>
        <source>%1 (due soon)</source>
        <translation>%1 (échéance proche)</translation>
    </message>
    <message>
        <source>%1, paused until %2</source>
        <translation>%1, en pause jusqu’au %2</translation>
    </message>
    <message>
        <source>(contact details purged, #%1)</source>
        <translation>(coordonnées effacées, n°&#xa0;%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Active peers</source>
        <translation>Pairs suivis</translation>
    </message>
    <message>
        <source>Next refresher</source>
        <translation>Prochain rappel</translation>
    </message>
    <message>
        <source>Last debrief</source>
        <translation>Dernier débreffage</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterWorkService</name>
    <message>
        <source>Match #%1 has a status PeerDesk does not know.</source>
        <translation>Le jumelage n°&#xa0;%1 a un statut que PeerDesk ne connaît pas.</translation>
    </message>
    <message>
        <source>You have no live match #%1: it ended, or it is someone else&apos;s.</source>
        <translation>Vous n’avez pas de jumelage en cours n°&#xa0;%1&#xa0;: il a pris fin, ou c’est celui de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>You already accepted match #%1.</source>
        <translation>Vous avez déjà accepté le jumelage n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>You accepted match #%1: ask for a new supporter instead of declining.</source>
        <translation>Vous avez accepté le jumelage n°&#xa0;%1&#xa0;: demandez un nouveau pair aidant plutôt que de refuser.</translation>
    </message>
    <message>
        <source>Accept match #%1 before recording a contact.</source>
        <translation>Acceptez le jumelage n°&#xa0;%1 avant de consigner un contact.</translation>
    </message>
    <message>
        <source>The first contact cannot be in the future.</source>
        <translation>Le premier contact ne peut pas être dans l’avenir.</translation>
    </message>
    <message>
        <source>The first contact cannot come before you were matched (%1).</source>
        <translation>Le premier contact ne peut pas précéder votre jumelage (%1).</translation>
    </message>
    <message>
        <source>Give the date and time of the conversation.</source>
        <translation>Indiquez la date et l’heure de la conversation.</translation>
    </message>
    <message>
        <source>A conversation lasts %1 to %2 minutes, not %3.</source>
        <translation>Une conversation dure de %1 à %2 minutes, pas %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modality; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une modalité&#xa0;; utilisez l’une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Accept match #%1 before booking a conversation.</source>
        <translation>Acceptez le jumelage n°&#xa0;%1 avant de prévoir une conversation.</translation>
    </message>
    <message>
        <source>The conversation cannot come before you were matched (%1).</source>
        <translation>La conversation ne peut pas précéder votre jumelage (%1).</translation>
    </message>
    <message>
        <source>You already have a conversation then (%1).</source>
        <translation>Vous avez déjà une conversation à ce moment (%1).</translation>
    </message>
    <message>
        <source>Accept match #%1 before recording its conversations.</source>
        <translation>Acceptez le jumelage n°&#xa0;%1 avant de consigner ses conversations.</translation>
    </message>
    <message>
        <source>Conversation #%1 was already recorded.</source>
        <translation>La conversation n°&#xa0;%1 a déjà été consignée.</translation>
    </message>
    <message>
        <source>Conversation #%1 has not started yet (%2).</source>
        <translation>La conversation n°&#xa0;%1 n’a pas encore commencé (%2).</translation>
    </message>
    <message>
        <source>You have no conversation #%1 in a live match.</source>
        <translation>Vous n’avez pas de conversation n°&#xa0;%1 dans un jumelage en cours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason you can give; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un motif que vous pouvez donner&#xa0;; utilisez l’un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Match #%1 is waiting for your answer: decline it instead.</source>
        <translation>Le jumelage n°&#xa0;%1 attend votre réponse&#xa0;: refusez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>peerdesk::SupportersPage</name>
    <message>
        <source>Supporters</source>
        <translation>Pairs aidants</translation>
    </message>
    <message>
        <source>For administrators and coordinators</source>
        <translation>Pour l’administration et la coordination</translation>
    </message>
    <message>
        <source>The roster of peer supporters: specialties, languages, how they can meet (in person, by phone or by video), training and when it expires, how many people they can support, and pauses for leave or for rest after a difficult case.</source>
        <translation>La liste des pairs aidants&#xa0;: spécialités, langues, modes de rencontre (en personne, par téléphone ou par vidéo), formation et date d’échéance, nombre de personnes qu’ils ou elles peuvent soutenir, et pauses pour un congé ou pour du repos après une situation difficile.</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>Supporter profile</source>
        <translation>Profil du pair aidant</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Debriefs</source>
        <translation>Débreffages</translation>
    </message>
    <message>
        <source>Tr&amp;aining:</source>
        <translation>Forma&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;briefs:</source>
        <translation>Dé&amp;breffages&#xa0;:</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Filt&amp;rer&#xa0;:</translation>
    </message>
    <message>
        <source>Filter supporters</source>
        <translation>Filtrer les pairs aidants</translation>
    </message>
    <message>
        <source>Name, specialty, language, region… (Ctrl+F)</source>
        <translation>Nom, spécialité, langue, région… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Show supporters with status</source>
        <translation>Afficher les pairs aidants ayant le statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New supporter…</source>
        <translation>&amp;Nouveau pair aidant…</translation>
    </message>
    <message>
        <source>New supporter</source>
        <translation>Nouveau pair aidant</translation>
    </message>
    <message>
        <source>Add a supporter to the roster (%1)</source>
        <translation>Ajouter un pair aidant à la liste (%1)</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit supporter</source>
        <translation>Modifier le pair aidant</translation>
    </message>
    <message>
        <source>Change stat&amp;us</source>
        <translation>&amp;Changer le statut</translation>
    </message>
    <message>
        <source>Change the supporter&apos;s status</source>
        <translation>Changer le statut du pair aidant</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>In &amp;training</source>
        <translation>En &amp;formation</translation>
    </message>
    <message>
        <source>&amp;Nominated</source>
        <translation>Pro&amp;posé</translation>
    </message>
    <message>
        <source>&amp;Pause until…</source>
        <translation>Mettre en &amp;pause jusqu’au…</translation>
    </message>
    <message>
        <source>Res&amp;ume now</source>
        <translation>Re&amp;prendre maintenant</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer du service</translation>
    </message>
    <message>
        <source>Add t&amp;raining…</source>
        <translation>Ajouter une f&amp;ormation…</translation>
    </message>
    <message>
        <source>Add a training record</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <source>&amp;Import supporters…</source>
        <translation>&amp;Importer des pairs aidants…</translation>
    </message>
    <message>
        <source>Import supporters</source>
        <translation>Importer des pairs aidants</translation>
    </message>
    <message>
        <source>Add &amp;debrief…</source>
        <translation>Ajouter un débreffa&amp;ge…</translation>
    </message>
    <message>
        <source>Add a debrief</source>
        <translation>Ajouter un débreffage</translation>
    </message>
    <message>
        <source>Select a supporter to see their profile.</source>
        <translation>Sélectionnez un pair aidant pour voir son profil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>(contact details purged)</source>
        <translation>(coordonnées effacées)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Practice setting</source>
        <translation>Milieu de pratique</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Affinity groups</source>
        <translation>Groupes d’affinité</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Not taking new peers</source>
        <translation>N’accepte pas de nouveaux pairs</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) at once</source>
        <translation>
            <numerusform>%n pair à la fois</numerusform>
            <numerusform>%n pairs à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest after a difficult match</source>
        <translation>Repos après un jumelage difficile</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Resting until</source>
        <translation>En repos jusqu’au</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Supporter added.</source>
        <translation>Pair aidant ajouté.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) imported.</source>
        <translation>
            <numerusform>%n pair aidant importé.</numerusform>
            <numerusform>%n pairs aidants importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a supporter first.</source>
        <translation>Sélectionnez d’abord un pair aidant.</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Statut changé.</translation>
    </message>
    <message>
        <source>Pause supporter</source>
        <translation>Mettre le pair aidant en pause</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>En pause jusqu’au</translation>
    </message>
    <message>
        <source>No new matches until this date (inclusive).</source>
        <translation>Aucun nouveau jumelage jusqu’à cette date (incluse).</translation>
    </message>
    <message>
        <source>Paused &amp;until:</source>
        <translation>En pause &amp;jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Add training record</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Re&amp;quired for new matches</source>
        <translation>&amp;Obligatoire pour les nouveaux jumelages</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>A &amp;refresher is due on:</source>
        <translation>Un &amp;rappel est prévu le&#xa0;:</translation>
    </message>
    <message>
        <source>Refresher due on</source>
        <translation>Rappel prévu le</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Formation&#xa0;:</translation>
    </message>
    <message>
        <source>Com&amp;pleted on:</source>
        <translation>&amp;Terminée le&#xa0;:</translation>
    </message>
    <message>
        <source>Training record added.</source>
        <translation>Formation ajoutée.</translation>
    </message>
    <message>
        <source>Add debrief</source>
        <translation>Ajouter un débreffage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenu le&#xa0;:</translation>
    </message>
    <message>
        <source>Debrief added.</source>
        <translation>Débreffage ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>This supporter has %n live match(es): %1. After this change they show on the Dashboard as needing a new supporter; end each one from its request to find the physician someone else.</source>
        <translation>
            <numerusform>Ce pair aidant a %n jumelage en cours&#xa0;: %1. Après ce changement, il figure au tableau de bord comme ayant besoin d’un nouveau pair aidant&#xa0;; mettez-y fin depuis sa demande pour trouver quelqu’un d’autre au médecin.</numerusform>
            <numerusform>Ce pair aidant a %n jumelages en cours&#xa0;: %1. Après ce changement, ils figurent au tableau de bord comme ayant besoin d’un nouveau pair aidant&#xa0;; mettez fin à chacun depuis sa demande pour trouver quelqu’un d’autre au médecin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change supporter status</source>
        <translation>Changer le statut du pair aidant</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Passer à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No supporter to show. New supporter… (%1) adds one; Import supporters… reads a roster from a spreadsheet saved as CSV.</source>
        <translation>Aucun pair aidant à afficher. Nouveau pair aidant… (%1) en ajoute un&#xa0;; Importer des pairs aidants… lit une liste enregistrée en CSV depuis un tableur.</translation>
    </message>
    <message>
        <source>No supporter to show. An administrator adds supporters or imports the roster.</source>
        <translation>Aucun pair aidant à afficher. L’administration ajoute les pairs aidants ou importe la liste.</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>Aucune formation consignée.</translation>
    </message>
    <message>
        <source>No debrief recorded.</source>
        <translation>Aucun débreffage consigné.</translation>
    </message>
</context>
<context>
    <name>peerdesk::TrainingTableModel</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation>Rappel prévu</translation>
    </message>
</context>
<context>
    <name>peerdesk::TriageDialog</name>
    <message>
        <source>No resources are configured yet (Settings).</source>
        <translation>Aucune ressource n’est encore configurée (Paramètres).</translation>
    </message>
    <message>
        <source>Triage request %1</source>
        <translation>Trier la demande %1</translation>
    </message>
    <message>
        <source>Is anyone at immediate risk to self or others?</source>
        <translation>Quelqu’un court-il un risque immédiat pour lui-même ou pour autrui&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes, someone is at immediate risk</source>
        <translation>Oui, quelqu’un court un risque immédiat</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>No, nobody is at immediate risk</source>
        <translation>Non, personne ne court de risque immédiat</translation>
    </message>
    <message>
        <source>Reasons (at least one)</source>
        <translation>Motifs (au moins un)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Ressources de crise</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Answer the safety question first.</source>
        <translation>Répondez d’abord à la question de sécurité.</translation>
    </message>
    <message>
        <source>Choose at least one reason.</source>
        <translation>Choisissez au moins un motif.</translation>
    </message>
    <message>
        <source>Immediate risk: offer these crisis resources now.</source>
        <translation>Risque immédiat&#xa0;: proposez ces ressources de crise maintenant.</translation>
    </message>
    <message>
        <source>Out of scope:</source>
        <translation>Hors du mandat&#xa0;:</translation>
    </message>
    <message>
        <source>The request was closed as referred elsewhere. Offer these resources:</source>
        <translation>La demande a été fermée comme orientée ailleurs. Proposez ces ressources&#xa0;:</translation>
    </message>
    <message>
        <source>Request %1 is triaged and ready to be matched with a supporter.</source>
        <translation>La demande %1 est triée et prête à être jumelée à un pair aidant.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Immediate risk</source>
        <translation>Risque immédiat</translation>
    </message>
    <message>
        <source>Offer these crisis resources now.</source>
        <translation>Offrez ces ressources de crise maintenant.</translation>
    </message>
    <message>
        <source>What was done about the risk</source>
        <translation>Ce qui a été fait face au risque</translation>
    </message>
    <message>
        <source>Choose what was done</source>
        <translation>Choisissez ce qui a été fait</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Ce qui a été fait&#xa0;:</translation>
    </message>
    <message>
        <source>Say what was done about the risk: the crisis resources offered, or another action.</source>
        <translation>Dites ce qui a été fait face au risque&#xa0;: les ressources de crise offertes, ou une autre mesure.</translation>
    </message>
    <message>
        <source>Request %1 is triaged and flagged as escalated. Next: record any further action taken with Escalate…; match it with a supporter once the person is safe.</source>
        <translation>La demande %1 est triée et signalée comme urgence. Prochaine étape&#xa0;: consignez toute autre mesure prise avec «&#xa0;Signaler un risque…&#xa0;»&#xa0;; jumelez-la avec un pair aidant une fois la personne en sécurité.</translation>
    </message>
</context>
<context>
    <name>peerdesk::UnlockDialog</name>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase de passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock PeerDesk</source>
        <translation>Déverrouiller PeerDesk</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>Quitter PeerDesk</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase…</source>
        <translation>Phrase de passe &amp;oubliée…</translation>
    </message>
    <message>
        <source>Forgot passphrase: use the recovery key</source>
        <translation>Phrase de passe oubliée&#xa0;: utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Program server: %1 on %2, port %3</source>
        <translation>Serveur de programme&#xa0;: %1 sur %2, port %3</translation>
    </message>
    <message>
        <source>Use this computer&apos;s &amp;vault</source>
        <translation>Utiliser le &amp;coffre de cet ordinateur</translation>
    </message>
    <message>
        <source>Use this computer&apos;s vault instead of the program server</source>
        <translation>Utiliser le coffre de cet ordinateur plutôt que le serveur de programme</translation>
    </message>
    <message>
        <source>Connect to a program &amp;server…</source>
        <translation>Se connecter à un &amp;serveur de programme…</translation>
    </message>
    <message>
        <source>Connect to a program server with a connection profile</source>
        <translation>Se connecter à un serveur de programme avec un profil de connexion</translation>
    </message>
</context>
<context>
    <name>peerdesk::UserService</name>
    <message>
        <source>The login %1 belonged to a removed account; choose another.</source>
        <translation>L’identifiant %1 appartenait à un compte supprimé&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is already an account %1.</source>
        <translation>Il existe déjà un compte %1.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; reactivate it instead.</source>
        <translation>Le compte %1 est désactivé&#xa0;; réactivez-le plutôt.</translation>
    </message>
    <message>
        <source>A key rotation is under way; try again.</source>
        <translation>Un renouvellement de clé est en cours&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’y a pas de compte %1.</translation>
    </message>
    <message>
        <source>You cannot end your own account; ask another administrator.</source>
        <translation>Vous ne pouvez pas fermer votre propre compte&#xa0;; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator.</source>
        <translation>%1 est le dernier administrateur actif.</translation>
    </message>
    <message>
        <source>The account %1 is already deactivated.</source>
        <translation>Le compte %1 est déjà désactivé.</translation>
    </message>
    <message>
        <source>The account %1 is already removed.</source>
        <translation>Le compte %1 est déjà supprimé.</translation>
    </message>
    <message>
        <source>The account %1 was removed for good.</source>
        <translation>Le compte %1 a été supprimé définitivement.</translation>
    </message>
    <message>
        <source>The account %1 is active.</source>
        <translation>Le compte %1 est actif.</translation>
    </message>
    <message>
        <source>The account %1 is not in the vault&apos;s membership.</source>
        <translation>Le compte %1 n’est pas dans le registre des membres du coffre.</translation>
    </message>
    <message>
        <source>Only a supporter&apos;s account names a supporter.</source>
        <translation>Seul le compte d’un pair aidant nomme un pair aidant.</translation>
    </message>
    <message>
        <source>Supporters sign in to a program server only: a vault gives every account the whole program.</source>
        <translation>Les pairs aidants se connectent seulement à un serveur de programme&#xa0;: un coffre donne tout le programme à chaque compte.</translation>
    </message>
    <message>
        <source>A supporter&apos;s account names the supporter it works for.</source>
        <translation>Le compte d’un pair aidant nomme le pair aidant pour lequel il travaille.</translation>
    </message>
    <message>
        <source>There is no supporter #%1.</source>
        <translation>Il n’y a pas de pair aidant n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Supporter #%1 is retired.</source>
        <translation>Le pair aidant n°&#xa0;%1 est retraité.</translation>
    </message>
    <message>
        <source>Supporter #%1 already has the account %2.</source>
        <translation>Le pair aidant n°&#xa0;%1 a déjà le compte %2.</translation>
    </message>
</context>
<context>
    <name>peerdesk::UserTableModel</name>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Initial passphrase not yet replaced</source>
        <translation>Phrase de passe initiale pas encore remplacée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>peerdesk::Vault</name>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation>Identifiant inconnu ou phrase de passe erronée.</translation>
    </message>
    <message>
        <source>This is not a PeerDesk recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Ce n’est pas une clé de récupération PeerDesk&#xa0;: elle compte 32 lettres et chiffres en groupes de quatre.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: %1</source>
        <translation>La phrase de passe est trop faible&#xa0;: %1</translation>
    </message>
    <message>
        <source>A login is 2 to %1 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un identifiant compte de 2 à %1 caractères&#xa0;: lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A display name is 1 to %1 characters on one line.</source>
        <translation>Un nom affiché compte de 1 à %1 caractères sur une seule ligne.</translation>
    </message>
    <message>
        <source>A vault already exists in %1.</source>
        <translation>Un coffre existe déjà dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Ce coffre n’a pas de clé de récupération.</translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation>Clé de récupération erronée.</translation>
    </message>
    <message>
        <source>keyring.json and peerdesk.db belong to different vaults.</source>
        <translation>keyring.json et peerdesk.db appartiennent à des coffres différents.</translation>
    </message>
    <message>
        <source>keyring.json has no key slot for %1.</source>
        <translation>keyring.json n’a pas d’emplacement de clé pour %1.</translation>
    </message>
    <message>
        <source>%1 holds peerdesk.db without keyring.json, left by an interrupted setup or a lost keyring. Without the keyring nothing can open it: restore keyring.json from a backup, or move peerdesk.db away to create a new vault.</source>
        <translation>%1 contient peerdesk.db sans keyring.json, à la suite d’une création interrompue ou d’un trousseau perdu. Sans le trousseau, rien ne peut l’ouvrir&#xa0;: restaurez keyring.json à partir d’une sauvegarde, ou déplacez peerdesk.db ailleurs pour créer un nouveau coffre.</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1.</source>
        <translation>Impossible de créer un dossier dans %1.</translation>
    </message>
    <message>
        <source>Cannot move the new vault into %1.</source>
        <translation>Impossible de déplacer le nouveau coffre dans %1.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Cannot replace peerdesk.db in %1.</source>
        <translation>Impossible de remplacer peerdesk.db dans %1.</translation>
    </message>
    <message>
        <source>The vault in %1 is open in another PeerDesk (%2, process %3). Close it there first.</source>
        <translation>Le coffre de %1 est ouvert dans un autre PeerDesk (%2, processus %3). Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: its folder cannot be written.</source>
        <translation>Impossible de verrouiller le coffre de %1&#xa0;: son dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>A key rotation is under way; try again when it is done.</source>
        <translation>Un renouvellement de clé est en cours&#xa0;; réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>peerdesk.db holds no record of its keyring: it is damaged.</source>
        <translation>peerdesk.db ne contient aucun relevé de son trousseau&#xa0;: il est endommagé.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. PeerDesk keeps its files in the vault folder itself: replace the link with the file it points to (the whole vault folder may be a link).</source>
        <translation>%1 est un lien symbolique. PeerDesk garde ses fichiers dans le dossier du coffre lui-même&#xa0;: remplacez le lien par le fichier vers lequel il pointe (le dossier du coffre entier peut être un lien).</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users of this computer; only you should (chmod go= on it).</source>
        <translation>%1 peut être lu ou modifié par d’autres utilisateurs de cet ordinateur&#xa0;; vous seul devriez le pouvoir (chmod go= sur ce fichier).</translation>
    </message>
    <message>
        <source>keyring.json and the vault&apos;s accounts do not agree, so nothing was opened:
%1
Restore the vault from a backup, or ask an administrator (peerdesk-cli verify lists every problem).</source>
        <translation>keyring.json et les comptes du coffre ne concordent pas&#xa0;; rien n’a donc été ouvert&#xa0;:
%1
Restaurez le coffre à partir d’une sauvegarde, ou adressez-vous à un administrateur (peerdesk-cli verify énumère chaque problème).</translation>
    </message>
    <message>
        <source>This vault turns passphrases into keys at a low cost (%1 passes, %2 MiB; the default is %3 passes, %4 MiB), fit for tests and benchmarks only. Every key slot made for it (new accounts, new passphrases, a new recovery key) has that cost, and anyone with a copy of keyring.json can try passphrases against it quickly. For real records, create a vault with the default cost.</source>
        <translation>Ce coffre transforme les phrases de passe en clés à faible coût (%1 passes, %2 Mio&#xa0;; par défaut&#xa0;: %3 passes, %4 Mio), ce qui ne convient qu’aux tests et aux mesures de performance. Chaque emplacement de clé créé pour lui (nouveaux comptes, nouvelles phrases de passe, nouvelle clé de récupération) a ce coût, et quiconque a une copie de keyring.json peut y essayer des phrases de passe rapidement. Pour de vrais dossiers, créez un coffre au coût par défaut.</translation>
    </message>
    <message>
        <source>peerdesk.db holds no membership record: it is damaged or was replaced.</source>
        <translation>peerdesk.db ne contient aucun registre des membres&#xa0;: il est endommagé ou a été remplacé.</translation>
    </message>
    <message>
        <source>keyring.json was brought up to date after an interrupted change: unlock again.</source>
        <translation>keyring.json a été mis à jour après une modification interrompue&#xa0;: déverrouillez de nouveau.</translation>
    </message>
    <message>
        <source>A change of the data key could not be finished (%1); it will be tried again at the next unlock.</source>
        <translation>Un changement de la clé des données n’a pas pu être terminé (%1)&#xa0;; il sera repris au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Only an administrator, with their own passphrase, can repair keyring.json.</source>
        <translation>Seul un administrateur, avec sa propre phrase de passe, peut réparer keyring.json.</translation>
    </message>
    <message>
        <source>A key rotation is under way: unlock once without repairing to finish it.</source>
        <translation>Un renouvellement de clé est en cours&#xa0;: déverrouillez une fois sans réparer pour le terminer.</translation>
    </message>
    <message>
        <source>Your own key slot does not match the vault&apos;s accounts.</source>
        <translation>Votre propre emplacement de clé ne correspond pas aux comptes du coffre.</translation>
    </message>
    <message>
        <source>Removed a recovery slot the vault&apos;s accounts do not give.</source>
        <translation>Retrait d’un emplacement de récupération que les comptes du coffre ne donnent pas.</translation>
    </message>
    <message>
        <source>Removed a key slot labelled &quot;%1&quot; that the vault&apos;s accounts do not give.</source>
        <translation>Retrait d’un emplacement de clé étiqueté «&#xa0;%1&#xa0;» que les comptes du coffre ne donnent pas.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; was labelled &quot;%2&quot; in keyring.json; its label is put back.</source>
        <translation>L’emplacement de clé de «&#xa0;%1&#xa0;» était étiqueté «&#xa0;%2&#xa0;» dans keyring.json&#xa0;; son étiquette est rétablie.</translation>
    </message>
    <message>
        <source>No valid key slot was left for &quot;%1&quot;: the account is deactivated; reactivate it with a new initial passphrase.</source>
        <translation>Il ne reste aucun emplacement de clé valide pour «&#xa0;%1&#xa0;»&#xa0;: le compte est désactivé&#xa0;; réactivez-le avec une nouvelle phrase de passe initiale.</translation>
    </message>
    <message>
        <source>No valid recovery slot was left: make a new recovery key.</source>
        <translation>Il ne reste aucun emplacement de récupération valide&#xa0;: créez une nouvelle clé de récupération.</translation>
    </message>
    <message>
        <source>Took out the account &quot;%1&quot;, which the vault&apos;s accounts do not have.</source>
        <translation>Retrait du compte «&#xa0;%1&#xa0;», que les comptes du coffre n’ont pas.</translation>
    </message>
    <message>
        <source>Account %1 was renamed outside PeerDesk: restore the vault from a backup.</source>
        <translation>Le compte %1 a été renommé hors de PeerDesk&#xa0;: restaurez le coffre à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Put back the role and state of &quot;%1&quot; as the vault&apos;s accounts record them.</source>
        <translation>Rétablissement du rôle et de l’état de «&#xa0;%1&#xa0;» tels que les comptes du coffre les inscrivent.</translation>
    </message>
    <message>
        <source>keyring.json was written again from the vault&apos;s record.</source>
        <translation>keyring.json a été réécrit à partir du relevé du coffre.</translation>
    </message>
    <message>
        <source>The change is saved in peerdesk.db, but keyring.json could not be written (%1); the next unlock writes it.</source>
        <translation>Le changement est enregistré dans peerdesk.db, mais keyring.json n’a pas pu être écrit (%1)&#xa0;; le prochain déverrouillage l’écrira.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s key can change the vault&apos;s accounts.</source>
        <translation>Seule la clé d’un administrateur peut changer les comptes du coffre.</translation>
    </message>
    <message>
        <source>Choose a passphrase of your own: the initial one is known to the administrator who gave it.</source>
        <translation>Choisissez une phrase de passe à vous&#xa0;: l’initiale est connue de l’administrateur qui l’a donnée.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s key can change the data key.</source>
        <translation>Seule la clé d’un administrateur peut changer la clé des données.</translation>
    </message>
    <message>
        <source>The data key was not changed (%1). The vault opens as before; make room on the disk and try again.</source>
        <translation>La clé des données n’a pas été changée (%1). Le coffre s’ouvre comme avant&#xa0;; libérez de l’espace sur le disque et réessayez.</translation>
    </message>
    <message>
        <source>The new data key is not in place yet (%1). The vault still opens, and the change is finished at an administrator&apos;s next unlock once the disk has room.</source>
        <translation>La nouvelle clé des données n’est pas encore en place (%1). Le coffre s’ouvre toujours, et le changement sera terminé au prochain déverrouillage d’un administrateur quand le disque aura de la place.</translation>
    </message>
    <message>
        <source>peerdesk.db is older than keyring.json: it was replaced by an older copy. Restore the vault from a backup.</source>
        <translation>peerdesk.db est plus ancien que keyring.json&#xa0;: il a été remplacé par une copie plus ancienne. Restaurez le coffre à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault was written by an earlier version of PeerDesk. An administrator must unlock it once with this version to upgrade it; until then nobody else can.</source>
        <translation>Ce coffre a été écrit par une version antérieure de PeerDesk. Un administrateur doit le déverrouiller une fois avec cette version pour le mettre à niveau&#xa0;; d’ici là, personne d’autre ne le peut.</translation>
    </message>
    <message>
        <source>keyring.json was changed outside PeerDesk: it is not the keyring this vault last wrote.%1 Restore keyring.json from a backup, or ask an administrator to run &quot;peerdesk-cli keyring repair&quot;.</source>
        <translation>keyring.json a été modifié hors de PeerDesk&#xa0;: ce n’est pas le trousseau que ce coffre a écrit en dernier.%1 Restaurez keyring.json à partir d’une sauvegarde, ou demandez à un administrateur de lancer «&#xa0;peerdesk-cli keyring repair&#xa0;».</translation>
    </message>
    <message>
        <source>Your key slot was changed meanwhile.</source>
        <translation>Votre emplacement de clé a été modifié entre-temps.</translation>
    </message>
    <message>
        <source>The program server holds no keyring: it is damaged.</source>
        <translation>Le serveur de programme ne contient aucun trousseau&#xa0;: il est endommagé.</translation>
    </message>
    <message>
        <source>A program server has no keyring.json to repair.</source>
        <translation>Un serveur de programme n’a pas de keyring.json à réparer.</translation>
    </message>
    <message>
        <source>The key slot of %1 was not made for this program server.</source>
        <translation>L’emplacement de clé de %1 n’a pas été fait pour ce serveur de programme.</translation>
    </message>
    <message>
        <source>This connection profile has no program yet: it is completed by &quot;peerdesk-cli server init&quot;. Ask the program&apos;s administrator for the profile they distribute.</source>
        <translation>Ce profil de connexion n’a pas encore de programme&#xa0;: «&#xa0;peerdesk-cli server init&#xa0;» le complète. Demandez à l’administrateur du programme le profil qu’il distribue.</translation>
    </message>
    <message>
        <source>Your key slot on the program server was not made for this connection profile: ask an administrator for the program&apos;s current profile.</source>
        <translation>Votre emplacement de clé sur le serveur de programme n’a pas été fait pour ce profil de connexion&#xa0;: demandez à un administrateur le profil actuel du programme.</translation>
    </message>
    <message>
        <source>The program server&apos;s keyring belongs to another program.</source>
        <translation>Le trousseau du serveur de programme appartient à un autre programme.</translation>
    </message>
    <message>
        <source>The login %1 is too long for this program server.</source>
        <translation>L’identifiant %1 est trop long pour ce serveur de programme.</translation>
    </message>
    <message>
        <source>The database %1 already holds a program.</source>
        <translation>La base %1 contient déjà un programme.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>This program is already on a program server.</source>
        <translation>Ce programme est déjà sur un serveur de programme.</translation>
    </message>
    <message>
        <source>The connection profile&apos;s key derivation cost is not the vault&apos;s.</source>
        <translation>Le coût de dérivation de clé du profil de connexion n’est pas celui du coffre.</translation>
    </message>
    <message>
        <source>Only an administrator of the vault can move it to a program server.</source>
        <translation>Seul un administrateur du coffre peut le déplacer vers un serveur de programme.</translation>
    </message>
    <message>
        <source>Only a program on a server is exported to a vault.</source>
        <translation>Seul un programme sur un serveur s’exporte vers un coffre.</translation>
    </message>
    <message>
        <source>%1 is not an empty folder: the vault is written into a new one.</source>
        <translation>%1 n’est pas un dossier vide&#xa0;: le coffre s’écrit dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>Changes are announced on a program server; in a vault no one else writes.</source>
        <translation>Les changements sont annoncés sur un serveur de programme&#xa0;; dans un coffre, personne d’autre n’écrit.</translation>
    </message>
    <message>
        <source>Another administrator changed the program&apos;s keys a moment ago, so nothing was saved. The new keys are read now: try again.</source>
        <translation>Un autre administrateur vient de changer les clés du programme, donc rien n’a été enregistré. Les nouvelles clés sont maintenant lues&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>A vault&apos;s identity key changes with its data key (rekey).</source>
        <translation>La clé d’identité d’un coffre change avec sa clé de données (rekey).</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s key can change the program&apos;s keys.</source>
        <translation>Seule la clé d’un administrateur peut changer les clés du programme.</translation>
    </message>
    <message>
        <source>Another administrator changed the program&apos;s keys a moment ago; nothing was changed. Try again.</source>
        <translation>Un autre administrateur vient de changer les clés du programme&#xa0;; rien n’a été changé. Réessayez.</translation>
    </message>
    <message>
        <source>Some records were being changed every time the re-encryption reached them; the earlier key is still kept for them. Run the same command again later to finish.</source>
        <translation>Certains dossiers étaient modifiés chaque fois que le nouveau chiffrement les atteignait&#xa0;; l’ancienne clé est encore gardée pour eux. Relancez la même commande plus tard pour terminer.</translation>
    </message>
    <message>
        <source>Your key slot is no longer in the program&apos;s keyring.</source>
        <translation>Votre emplacement de clé n’est plus dans le trousseau du programme.</translation>
    </message>
    <message>
        <source>A change of the program&apos;s identity key was not finished: the earlier key still opens some records. Run peerdesk-cli rekey to finish it.</source>
        <translation>Un changement de la clé d’identité du programme n’a pas été terminé&#xa0;: l’ancienne clé ouvre encore certains dossiers. Lancez peerdesk-cli rekey pour le terminer.</translation>
    </message>
    <message>
        <source>A change of the program&apos;s identity key is not finished: run peerdesk-cli rekey to finish it, then export.</source>
        <translation>Un changement de la clé d’identité du programme n’est pas terminé&#xa0;: lancez peerdesk-cli rekey pour le terminer, puis exportez.</translation>
    </message>
    <message>
        <source>Another administrator changed the program&apos;s identity key again while this change was under way; theirs finishes the re-encryption.</source>
        <translation>Un autre administrateur a encore changé la clé d’identité du programme pendant ce changement&#xa0;; le sien termine le nouveau chiffrement.</translation>
    </message>
    <message>
        <source>The program&apos;s keys or accounts changed while it was exported; nothing was written. Export again.</source>
        <translation>Les clés ou les comptes du programme ont changé pendant l’exportation&#xa0;; rien n’a été écrit. Exportez de nouveau.</translation>
    </message>
    <message>
        <source>The program has supporters&apos; accounts (%1), which a vault cannot hold: a vault gives every account the whole program. It stays on the server.</source>
        <translation>Le programme a des comptes de pairs aidants (%1), qu’un coffre ne peut pas contenir&#xa0;: un coffre donne tout le programme à chaque compte. Il reste sur le serveur.</translation>
    </message>
    <message>
        <source>The program&apos;s keyring was replaced by one its administrators did not sign: nothing was sealed to it. Tell your administrator.</source>
        <translation>Le trousseau du programme a été remplacé par un trousseau que ses administrateurs n’ont pas signé&#xa0;: rien n’y a été scellé. Avertissez votre administrateur.</translation>
    </message>
</context>
<context>
    <name>peerdesk::Vocabulary</name>
    <message>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <source>Early career</source>
        <translation>Début de carrière</translation>
    </message>
    <message>
        <source>Mid-career</source>
        <translation>Mi-carrière</translation>
    </message>
    <message>
        <source>Late career</source>
        <translation>Fin de carrière</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retraité</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire Web</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>La personne elle-même</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Adverse clinical event</source>
        <translation>Événement clinique indésirable</translation>
    </message>
    <message>
        <source>Patient or college complaint</source>
        <translation>Plainte d’un patient ou du Collège</translation>
    </message>
    <message>
        <source>Interpersonal conflict</source>
        <translation>Conflit interpersonnel</translation>
    </message>
    <message>
        <source>Acute life stressor</source>
        <translation>Stress aigu de la vie</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Burnout or moral injury</source>
        <translation>Épuisement ou blessure morale</translation>
    </message>
    <message>
        <source>Change at work</source>
        <translation>Changement au travail</translation>
    </message>
    <message>
        <source>Work-life balance</source>
        <translation>Conciliation travail-vie personnelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritaire</translation>
    </message>
    <message>
        <source>Same specialty</source>
        <translation>Même spécialité</translation>
    </message>
    <message>
        <source>Different specialty</source>
        <translation>Autre spécialité</translation>
    </message>
    <message>
        <source>Any specialty</source>
        <translation>Toute spécialité</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Crisis resources given</source>
        <translation>Ressources de crise transmises</translation>
    </message>
    <message>
        <source>Emergency services called</source>
        <translation>Services d’urgence appelés</translation>
    </message>
    <message>
        <source>Referred to the physician health program</source>
        <translation>Orientation vers le programme de santé des médecins</translation>
    </message>
    <message>
        <source>Clinical care arranged</source>
        <translation>Soins cliniques organisés</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Autre mesure</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message>
        <source>career stage</source>
        <translation>étape de carrière</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>supporter status</source>
        <translation>statut du pair aidant</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>referral type</source>
        <translation>type de recommandation</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>specialty preference</source>
        <translation>préférence de spécialité</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>escalation action</source>
        <translation>mesure d’intervention</translation>
    </message>
    <message>
        <source>conversation status</source>
        <translation>statut de la conversation</translation>
    </message>
    <message>
        <source>group session status</source>
        <translation>statut de la séance de groupe</translation>
    </message>
    <message>
        <source>debrief kind</source>
        <translation>type de compte rendu</translation>
    </message>
    <message>
        <source>province or territory</source>
        <translation>province ou territoire</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>pendjabi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
</context>
<context>
    <name>peerdesk::ui</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
</TS>
