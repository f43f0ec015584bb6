# Sourced by the smoke scripts: a tiny demo vault made with the CLI in $work (which the caller removes), at
# $vault with the passphrase file $work/passphrase.txt. Needs $cli and $work.
(umask 077 && printf 'violet harbour lantern 42 quietly\n' >"$work/passphrase.txt")
vault="$work/program-vault"
"$cli" --vault "$vault" --user admin --passphrase-file "$work/passphrase.txt" init --display-name "Bench Administrator" \
    --kdf-ops 1 --kdf-mem-mib 8 >/dev/null
"$cli" --vault "$vault" --user admin --passphrase-file "$work/passphrase.txt" demo --supporters 20 --requests 150 \
    --years 1 >/dev/null
