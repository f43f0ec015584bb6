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
        <translation>Le paramètre %1 est d’un type qui ne peut pas être enregistré : %2</translation>
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
        <translation>Le journal d’audit de peerdesk.db a été modifié : ses rangées les plus récentes ont été supprimées ou son ancre a changé. Lancez la vérification (verify).</translation>
    </message>
    <message>
        <source>The start of the audit log is missing.</source>
        <translation>Le début du journal d’audit est manquant.</translation>
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
</context>
<context>
    <name>peerdesk::Cli</name>
    <message>
        <source>Usage: peerdesk-cli [options] COMMAND [command options]

Commands:
  init      Create a vault with its first administrator and print the recovery key once
            [--display-name NAME] [--kdf-ops N] [--kdf-mem-mib N]
  verify    Check encryption, database integrity, references and the audit chain
  passwd    Change your passphrase [--new-passphrase-file FILE]

Options:
  --vault DIR              Vault folder (default: %1)
  --user NAME              Your login
  --passphrase-file FILE   Read your passphrase from FILE (one trailing newline is ignored)
  --passphrase-stdin       Read your passphrase from standard input
                           Without either, PeerDesk asks on the terminal without echo.
                           A passphrase is never accepted as an argument.
  --version                Print the version
  -h, --help               Print this help

Exit codes:
  0  success
  1  usage error
  2  wrong passphrase or unknown user
  3  invalid input (nothing was written)
  4  damaged vault or failed verification
  5  not permitted for your role
  6  the system refused (file system, memory, vault in use)
</source>
        <translation>Utilisation : peerdesk-cli [options] COMMANDE [options de la commande]

Commandes :
  init      Créer un coffre avec son premier administrateur et afficher une seule fois la clé de récupération
            [--display-name NOM] [--kdf-ops N] [--kdf-mem-mib N]
  verify    Vérifier le chiffrement, l’intégrité de la base, les références et la chaîne d’audit
  passwd    Changer votre phrase de passe [--new-passphrase-file FICHIER]

Options :
  --vault DOSSIER          Dossier du coffre (par défaut : %1)
  --user NOM               Votre identifiant
  --passphrase-file FICHIER  Lire votre phrase de passe dans FICHIER (un saut de ligne final est ignoré)
  --passphrase-stdin       Lire votre phrase de passe sur l’entrée standard
                           Sans l’une ou l’autre, PeerDesk la demande au terminal, sans écho.
                           Une phrase de passe n’est jamais acceptée en argument.
  --version                Afficher la version
  -h, --help               Afficher cette aide

Codes de sortie :
  0  réussite
  1  erreur d’utilisation
  2  phrase de passe erronée ou utilisateur inconnu
  3  entrée invalide (rien n’a été écrit)
  4  coffre endommagé ou vérification échouée
  5  non permis pour votre rôle
  6  refus du système (fichiers, mémoire, coffre déjà utilisé)
</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu : « %1 ».</translation>
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
        <translation>Lancez « peerdesk-cli --help » pour l’utilisation.</translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation>--user NOM est obligatoire.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe : </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase de passe : </translation>
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
        <translation>Phrase de passe de %1 : </translation>
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
            <numerusform>Coffre vérifié : le chiffrement, l’intégrité, les références et %n entrée d’audit sont intacts.</numerusform>
            <numerusform>Coffre vérifié : le chiffrement, l’intégrité, les références et %n entrées d’audit sont intacts.</numerusform>
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
        <translation>PeerDesk conserve tout dans un coffre chiffré sur cet ordinateur. Vous en serez la première personne administratrice : choisissez un identifiant et une phrase de passe. Sans phrase de passe ni clé de récupération, personne ne peut ouvrir le coffre, pas même les personnes qui conçoivent PeerDesk.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
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
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>How other staff see you in PeerDesk.</source>
        <translation>Le nom sous lequel les autres membres de l’équipe vous voient dans PeerDesk.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>C&amp;onfirmation :</translation>
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
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases de passe sont identiques.</translation>
    </message>
    <message>
        <source>Please type the passphrase again.</source>
        <translation>Veuillez saisir la phrase de passe de nouveau.</translation>
    </message>
</context>
<context>
    <name>peerdesk::Csv</name>
    <message>
        <source>Line %1, column &quot;%2&quot;: %3</source>
        <translation>Ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>a value is required: yes or no.</source>
        <translation>une valeur est requise : oui ou non.</translation>
    </message>
    <message>
        <source>expected yes, no, true, false, 1 or 0.</source>
        <translation>valeur attendue : yes, no, true, false, 1 ou 0.</translation>
    </message>
    <message>
        <source>The input could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts on this line has no closing quote.</source>
        <translation>Ligne %1 : le champ entre guillemets qui commence sur cette ligne n’a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>Line %1, field %2: %3</source>
        <translation>Ligne %1, champ %2 : %3</translation>
    </message>
    <message>
        <source>the field is longer than the limit of %1 bytes.</source>
        <translation>le champ dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>a quote appears in a field that does not start with one; enclose the whole field in quotes and double each quote inside it.</source>
        <translation>un guillemet figure dans un champ qui ne commence pas par un guillemet; mettez tout le champ entre guillemets et doublez chaque guillemet qu’il contient.</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted field; a quote inside a quoted field must be doubled.</source>
        <translation>du texte suit le guillemet fermant d’un champ entre guillemets; un guillemet à l’intérieur d’un tel champ doit être doublé.</translation>
    </message>
    <message>
        <source>a carriage return outside quotes is not followed by a line feed.</source>
        <translation>un retour de chariot hors guillemets n’est pas suivi d’un saut de ligne.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>le texte n’est pas en UTF-8 valide; enregistrez le fichier au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>Line %1: this row has more fields than the limit of %2.</source>
        <translation>Ligne %1 : cette rangée compte plus de champs que la limite de %2.</translation>
    </message>
    <message>
        <source>Too many errors: reading stopped at line %1.</source>
        <translation>Trop d’erreurs : la lecture s’est arrêtée à la ligne %1.</translation>
    </message>
    <message>
        <source>The header has already been read.</source>
        <translation>L’en-tête a déjà été lu.</translation>
    </message>
    <message>
        <source>Line %1: the file is empty; its first line must name the columns.</source>
        <translation>Ligne %1 : le fichier est vide; sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>Line %1: column %2 of the header has no name.</source>
        <translation>Ligne %1 : la colonne %2 de l’en-tête n’a pas de nom.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears more than once in the header.</source>
        <translation>Ligne %1 : la colonne « %2 » figure plus d’une fois dans l’en-tête.</translation>
    </message>
    <message>
        <source>Line %1: the required column &quot;%2&quot; is missing.</source>
        <translation>Ligne %1 : la colonne obligatoire « %2 » est absente.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; is not known and will be ignored.</source>
        <translation>Ligne %1 : la colonne « %2 » est inconnue et sera ignorée.</translation>
    </message>
    <message>
        <source>Line %1: the number of fields (%2) differs from the header&apos;s (%3).</source>
        <translation>Ligne %1 : le nombre de champs (%2) diffère de celui de l’en-tête (%3).</translation>
    </message>
    <message>
        <source>The input could not be read: it is not open.</source>
        <translation>Le fichier n’a pas pu être lu : il n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>peerdesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>For everyone on the program staff</source>
        <translation>Pour toute l’équipe du programme</translation>
    </message>
    <message>
        <source>What needs attention today will appear here: new requests waiting for triage, physicians not yet contacted within the target, and supporters due for a debrief or a rest.</source>
        <translation>Ce qui demande votre attention aujourd’hui apparaîtra ici : les nouvelles demandes en attente de triage, les médecins qui n’ont pas encore été joints dans le délai visé et les intervenant(e)s pair(e)s qui ont besoin d’un débreffage ou d’une pause.</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Session ouverte par :</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Vault:</source>
        <translation>Coffre :</translation>
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
        <source>Locking:</source>
        <translation>Verrouillage :</translation>
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
        <translation>Impossible de déchiffrer %1 : le fichier est endommagé ou appartient à un autre coffre.</translation>
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
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>This PeerDesk was built with SQLCipher %1; version %2.%3 or newer is required.</source>
        <translation>Cette version de PeerDesk a été compilée avec SQLCipher %1; la version %2.%3 ou plus récente est requise.</translation>
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
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 refused the change: %2</source>
        <translation>%1 a refusé la modification : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version cannot be read.</source>
        <translation>%1 est endommagé : la version de son schéma est illisible.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PeerDesk (schema %2; this program knows up to %3). Install the newer PeerDesk to open it.</source>
        <translation>%1 a été écrit par une version plus récente de PeerDesk (schéma %2; ce programme connaît jusqu’au schéma %3). Installez la version plus récente de PeerDesk pour l’ouvrir.</translation>
    </message>
    <message>
        <source>A user has an unknown role.</source>
        <translation>Une personne utilisatrice a un rôle inconnu.</translation>
    </message>
    <message>
        <source>%1 is empty or damaged: it holds no PeerDesk data.</source>
        <translation>%1 est vide ou endommagé : il ne contient aucune donnée PeerDesk.</translation>
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
        <translation>Les groupes de soutien par les pairs récurrents : quand ils se réunissent, qui les anime et combien de personnes ils peuvent accueillir. Par la suite, seuls des nombres sont conservés (la participation et les commentaires anonymes), jamais l’identité des participants.</translation>
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
        <translation>keyring.json est endommagé : %1</translation>
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
        <translation>keyring.json est en format version %1; cette version de PeerDesk lit la version %2. Installez une version plus récente de PeerDesk.</translation>
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
        <source>User %1 already has a key slot.</source>
        <translation>La personne %1 a déjà un emplacement de clé.</translation>
    </message>
    <message>
        <source>The vault already has a recovery slot.</source>
        <translation>Le coffre a déjà un emplacement de récupération.</translation>
    </message>
    <message>
        <source>No such key slot.</source>
        <translation>Cet emplacement de clé n’existe pas.</translation>
    </message>
    <message>
        <source>keyring.json is missing from %1.</source>
        <translation>keyring.json est introuvable dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>keyring.json is damaged: it is far too large</source>
        <translation>keyring.json est endommagé : le fichier est beaucoup trop gros</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous keyring is unchanged.</source>
        <translation>Impossible d’écrire %1 : %2. Le trousseau précédent n’a pas été modifié.</translation>
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
        <translation>Session ouverte : %1 (%2)</translation>
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
        <source>Everything PeerDesk records stays in an encrypted vault on this computer. Built with Qt %1.</source>
        <translation>Tout ce que PeerDesk enregistre reste dans un coffre chiffré sur cet ordinateur. Conçu avec Qt %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>peerdesk::Page</name>
    <message>
        <source>This section is not built yet.</source>
        <translation>Cette section n’est pas encore réalisée.</translation>
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
        <translation>Trop facile à deviner. Ajoutez quelques mots sans lien entre eux; évitez les noms, les dates et les expressions courantes.</translation>
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
    <name>peerdesk::RecoveryKeyDialog</name>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
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
        <translation>Notez-la ou imprimez-la, et gardez-la en lieu sûr, loin de cet ordinateur : par exemple dans un tiroir verrouillé au bureau du programme. Ne la conservez pas dans un fichier à côté du coffre : quiconque a les deux peut tout y lire.</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>J’ai rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Copied. PeerDesk empties the clipboard when you continue.</source>
        <translation>Copiée. PeerDesk videra le presse-papiers quand vous continuerez.</translation>
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
        <translation>En attente de l’intervenant(e)</translation>
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
        <translation>Jumeler à un(e) intervenant(e)</translation>
    </message>
    <message>
        <source>Supporter accepts</source>
        <translation>L’intervenant(e) accepte</translation>
    </message>
    <message>
        <source>Supporter declines</source>
        <translation>L’intervenant(e) refuse</translation>
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
        <translation>Cette demande est fermée : elle ne peut plus changer.</translation>
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
        <translation>Une demande à l’état « %1 » ne peut pas être fermée avec l’issue « %2 ».</translation>
    </message>
    <message>
        <source>An outcome can be given only when closing a request.</source>
        <translation>Une issue ne peut être indiquée qu’à la fermeture d’une demande.</translation>
    </message>
    <message>
        <source>A request that is awaiting consent cannot be matched: record the person&apos;s consent first.</source>
        <translation>Une demande en attente de consentement ne peut pas être jumelée : consignez d’abord le consentement de la personne.</translation>
    </message>
    <message>
        <source>A request that is awaiting consent cannot be triaged: record the person&apos;s consent first.</source>
        <translation>Une demande en attente de consentement ne peut pas être triée : consignez d’abord le consentement de la personne.</translation>
    </message>
    <message>
        <source>A request that is awaiting consent cannot go further: record the person&apos;s consent first, or close it.</source>
        <translation>Une demande en attente de consentement ne peut pas avancer : consignez d’abord le consentement de la personne, ou fermez la demande.</translation>
    </message>
    <message>
        <source>Consent can be recorded only for a request that is awaiting consent.</source>
        <translation>Le consentement ne peut être consigné que pour une demande en attente de consentement.</translation>
    </message>
    <message>
        <source>“%1” is not possible for a request that is “%2”.</source>
        <translation>« %1 » n’est pas possible pour une demande à l’état « %2 ».</translation>
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
        <translation>Les demandes de soutien, de l’accueil à la fermeture : triage, consentement, jumelage avec un(e) intervenant(e) pair(e) et transfert. Le nom et les coordonnées d’un(e) médecin ne sont conservés que le temps où la coordination et l’intervenant(e) pair(e) en ont besoin, puis ils sont effacés; un dossier anonyme reste pour les statistiques.</translation>
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
        <source>Who should be contacted by when, counted in business days; upcoming conversations and group sessions; and the requests where nobody has made contact within the target.</source>
        <translation>Qui doit être joint et d’ici quand, en jours ouvrables; les conversations et les séances de groupe à venir; et les demandes pour lesquelles personne n’a pris contact dans le délai visé.</translation>
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
        <translation>Aucun terminal pour demander la phrase de passe : utilisez --passphrase-file FICHIER ou --passphrase-stdin.</translation>
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
        <source>Contact targets and holidays, how long identifying details are kept, matching preferences, scope rules, crisis and referral resources, staff accounts and automatic locking.</source>
        <translation>Délais de contact et jours fériés, durée de conservation des renseignements identificatoires, préférences de jumelage, critères d’admissibilité, ressources de crise et d’orientation, comptes de l’équipe et verrouillage automatique.</translation>
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
        <translation>Impossible de lire la base de données : mauvaise clé, ou ce n’est pas une base de données</translation>
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
    <name>peerdesk::StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>For administrators and reporting staff</source>
        <translation>Pour l’administration et les responsables des rapports</translation>
    </message>
    <message>
        <source>Monthly anonymous statistics for funders and leadership: requests and their reasons, time to first contact, conversations and groups held. Small numbers are hidden so that no physician can be recognised.</source>
        <translation>Les statistiques mensuelles anonymes destinées aux bailleurs de fonds et à la direction : les demandes et leurs motifs, le délai avant le premier contact, les conversations et les groupes tenus. Les petits nombres sont masqués afin qu’aucun(e) médecin ne puisse être reconnu(e).</translation>
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
    <name>peerdesk::SupportersPage</name>
    <message>
        <source>Supporters</source>
        <translation>Intervenant(e)s</translation>
    </message>
    <message>
        <source>For administrators and coordinators</source>
        <translation>Pour l’administration et la coordination</translation>
    </message>
    <message>
        <source>The roster of peer supporters: specialties, languages, how they can meet (in person, by phone or by video), training and when it expires, how many people they can support, and pauses for leave or for rest after a difficult case.</source>
        <translation>La liste des intervenant(e)s pair(e)s : spécialités, langues, modes de rencontre (en personne, par téléphone ou par vidéo), formation et date d’échéance, nombre de personnes qu’ils ou elles peuvent soutenir, et pauses pour un congé ou pour du repos après une situation difficile.</translation>
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
        <translation>Coffre : %1</translation>
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
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Quit PeerDesk</source>
        <translation>Quitter PeerDesk</translation>
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
        <translation>Ce n’est pas une clé de récupération PeerDesk : elle compte 32 lettres et chiffres en groupes de quatre.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: %1</source>
        <translation>La phrase de passe est trop faible : %1</translation>
    </message>
    <message>
        <source>A login is 2 to %1 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un identifiant compte de 2 à %1 caractères : lettres minuscules, chiffres, « . », « _ » et « - », et commence par une lettre ou un chiffre.</translation>
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
        <source>Encrypted page check failed: %1</source>
        <translation>La vérification des pages chiffrées a échoué : %1</translation>
    </message>
    <message>
        <source>Database integrity: %1</source>
        <translation>Intégrité de la base de données : %1</translation>
    </message>
    <message>
        <source>A reference is broken in table %1.</source>
        <translation>Une référence est brisée dans la table %1.</translation>
    </message>
    <message>
        <source>%1 holds peerdesk.db without keyring.json, left by an interrupted setup or a lost keyring. Without the keyring nothing can open it: restore keyring.json from a backup, or move peerdesk.db away to create a new vault.</source>
        <translation>%1 contient peerdesk.db sans keyring.json, à la suite d’une création interrompue ou d’un trousseau perdu. Sans le trousseau, rien ne peut l’ouvrir : restaurez keyring.json à partir d’une sauvegarde, ou déplacez peerdesk.db ailleurs pour créer un nouveau coffre.</translation>
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
        <source>Your new passphrase is in effect, but the change could not be recorded in the audit log: %1</source>
        <translation>Votre nouvelle phrase de passe est en vigueur, mais le changement n’a pas pu être consigné dans le journal d’audit : %1</translation>
    </message>
</context>
</TS>
