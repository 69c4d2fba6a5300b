# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_citizeninfo_global_optspecs
    string join \n profile= url= timeout= ca-cert= insecure-http config-dir= o/output= lang= v/verbose q/quiet color= progress= h/help V/version
end

function __fish_citizeninfo_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_citizeninfo_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_citizeninfo_using_subcommand
    set -l cmd (__fish_citizeninfo_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -s V -l version -d 'Print version'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "login" -d 'Sign in: password (first sign-in registers with the Authorize Code) or OpenID'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "logout" -d 'Sign out: revoke this profile\'s tokens at the service and forget them'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "auth" -d 'Who you are signed in as'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "points" -d 'Find, read, edit, add, hide and un-hide service points'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "manuals" -d 'Citizen manuals (processes) and the points bound to them'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "export" -d 'Export the structure list as a spreadsheet'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "import" -d 'Read a spreadsheet back: plan the changes, and make them with --apply'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "validate" -d 'Check manifests with no network: every problem, as file:line:column'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "diff" -d 'Show what applying manifests would change'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "apply" -d 'Make the service what manifests say'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "dump" -d 'Write the current state as a manifest that `diff` reports as no change'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "schema" -d 'Print the JSON Schema of manifests (for editors) or of change reports (for scripts)'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "man" -d 'Write the manual pages: one per command and subcommand (citizeninfo-points-list.1)'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "version" -d 'Which program this is: its version, commit, build date and system'
complete -c citizeninfo -n "__fish_citizeninfo_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l issuer -d 'OpenID: the provider\'s issuer address (default: the profile\'s, else the one the service names)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l client-id -d 'OpenID: the public client id registered at the provider (default: the profile\'s, else the one the service names)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -s u -l username -d 'Username; asked for on a terminal when not given' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l authorize-code -d 'First sign-in: the unit\'s Authorize Code (15 upper-case hexadecimal characters); asked for on a terminal, without echo, when not given. A code on the command line can be seen by others in the process list: prefer the prompt or --authorize-code-stdin' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l ministry -d 'First sign-in: the unit\'s ministry id' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l department -d 'First sign-in: the unit\'s department id' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l agency -d 'First sign-in: the unit\'s agency id' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l contact-name -d 'First sign-in: your name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l email -d 'First sign-in: your e-mail' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l telephone -d 'First sign-in: your telephone' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l openid -d 'Sign in with OpenID (needed to add points): in the browser, or by a code to enter on another device over SSH, without a display, or with --device'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l device -d 'OpenID: sign in by the device flow (a code to enter in any browser) even where a browser could be opened here'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin (for scripts)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l authorize-code-stdin -d 'First sign-in: read the Authorize Code from stdin, its first line, or its second after the password with --password-stdin'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Who you are, where, with which rights, and until when'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Who you are, where, with which rights, and until when'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -f -a "list" -d 'List service points, with the back office\'s filters'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -f -a "show" -d 'Show one point: information, copy cancellation, satisfaction, services'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -f -a "edit" -d 'Edit a point\'s fields (only what changes is sent), or open it in $EDITOR'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -f -a "add" -d 'Add a point, after checking that it does not exist already'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -f -a "hide" -d 'Hide points (codes as arguments, or `-` to read them from stdin)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -f -a "unhide" -d 'Show hidden points again'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and not __fish_seen_subcommand_from list show edit add hide unhide help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l ministry -d 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l department -d 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l agency -d 'Agency, by id (e.g. 140101) or name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l type -d 'Type (ประเภท), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l subtype -d 'Subtype (ประเภทย่อย), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l category -d 'Category (หมวดหมู่), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l level -d 'Level' -r -f -a "head_agency\t''
central_unit\t''
service_point\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l status -d 'Status' -r -f -a "shown\t''
hidden\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l province -d 'Province, in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l query -d 'Text anywhere in the Thai, English or full name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l limit -d 'At most this many points' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, comma-separated (e.g. code,name_th,province)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l all -d 'Every matching point, page after page'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l section -d 'Only this tab' -r -f -a "info\t'ข้อมูล: information'
copy\t'การยกเลิกสำเนา: copy cancellation'
satisfaction\t'ความพึงพอใจ: satisfaction'
services\t'บริการ: the bound citizen manuals'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l name-th -d 'Display name in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l name-en -d 'Display name in English' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l full-name -d 'Full name of the unit' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l address -d 'Address in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l province -d 'Province, in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l lat -d 'Latitude (Thailand: 5.6 to 20.5)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l lng -d 'Longitude (Thailand: 97.3 to 105.7)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l hours -d 'Opening hours, e.g. "mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00"' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l email -d 'E-mail; an empty value clears it' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l telephone -d 'Telephone; an empty value clears it' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l parent -d 'Parent unit\'s code; an empty value makes it a root of its agency' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l add-photo -d 'Upload a photo (JPEG, PNG, GIF or WebP)' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l remove-photo -d 'Remove a photo by its id' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l from -d 'Take the values from a point document (an edit kept after a refusal or a conflict) instead of the editor' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l force -d 'Accept coordinates outside Thailand'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l dry-run -d 'Print what would change and change nothing'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l from -d 'Read the point from a YAML file (flags override its fields)' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l code -d 'The 13-digit code' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l type -d 'Type (ประเภท)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l subtype -d 'Subtype (ประเภทย่อย)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l level -d 'Level [default: service_point]' -r -f -a "head_agency\t''
central_unit\t''
service_point\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l category -d 'Category (หมวดหมู่)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l agency -d 'The agency id it belongs to' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l name-th -d 'Display name in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l name-en -d 'Display name in English' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l full-name -d 'Full name of the unit' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l address -d 'Address in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l province -d 'Province, in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l lat -d 'Latitude (Thailand: 5.6 to 20.5)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l lng -d 'Longitude (Thailand: 97.3 to 105.7)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l hours -d 'Opening hours, e.g. "mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00"' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l email -d 'E-mail; an empty value clears it' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l telephone -d 'Telephone; an empty value clears it' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l parent -d 'Parent unit\'s code; an empty value makes it a root of its agency' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l force -d 'Accept coordinates outside Thailand'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l unhide-existing -d 'When a hidden point with this code or name exists, show it again instead of asking'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l concurrency -d 'Points changed at once' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l dry-run -d 'Print what would change and change nothing'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l skip-forbidden -d 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from hide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l concurrency -d 'Points changed at once' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l dry-run -d 'Print what would change and change nothing'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l skip-forbidden -d 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from unhide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from help" -f -a "list" -d 'List service points, with the back office\'s filters'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one point: information, copy cancellation, satisfaction, services'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit a point\'s fields (only what changes is sent), or open it in $EDITOR'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a point, after checking that it does not exist already'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from help" -f -a "hide" -d 'Hide points (codes as arguments, or `-` to read them from stdin)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from help" -f -a "unhide" -d 'Show hidden points again'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand points; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -f -a "list" -d 'The processes bound to a point now, by category'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -f -a "search" -d 'Processes a point may bind: its own department\'s by default'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -f -a "show" -d 'One citizen manual: information, hours, duration, steps, documents, fees'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -f -a "bind" -d 'Bind processes to a point, or to every point of --points-from'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -f -a "unbind" -d 'Unbind processes from a point, or from every point of --points-from'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and not __fish_seen_subcommand_from list search show bind unbind help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l ministry -d 'Processes of this ministry instead of the point\'s department' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l department -d 'Processes of this department instead of the point\'s own' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l agency -d 'Processes of this agency\'s department' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l category -d 'Category, exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l query -d 'Text anywhere in the Thai or English name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l limit -d 'At most this many' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l all -d 'Every match, page after page'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l points-from -d 'A file of point codes, one a line: apply the same change to each' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l concurrency -d 'Points changed at once' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l dry-run -d 'Print what would change and change nothing'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l skip-forbidden -d 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from bind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l points-from -d 'A file of point codes, one a line: apply the same change to each' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l concurrency -d 'Points changed at once' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l dry-run -d 'Print what would change and change nothing'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l skip-forbidden -d 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from unbind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from help" -f -a "list" -d 'The processes bound to a point now, by category'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from help" -f -a "search" -d 'Processes a point may bind: its own department\'s by default'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from help" -f -a "show" -d 'One citizen manual: information, hours, duration, steps, documents, fees'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from help" -f -a "bind" -d 'Bind processes to a point, or to every point of --points-from'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from help" -f -a "unbind" -d 'Unbind processes from a point, or from every point of --points-from'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand manuals; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -f -a "csv" -d 'CSV (RFC 4180) that Excel opens with Thai intact'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -f -a "xlsx" -d 'An Excel workbook whose codes and telephones are text cells'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and not __fish_seen_subcommand_from csv xlsx help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l ministry -d 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l department -d 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l agency -d 'Agency, by id (e.g. 140101) or name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l type -d 'Type (ประเภท), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l subtype -d 'Subtype (ประเภทย่อย), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l category -d 'Category (หมวดหมู่), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l level -d 'Level' -r -f -a "head_agency\t''
central_unit\t''
service_point\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l status -d 'Status' -r -f -a "shown\t''
hidden\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l province -d 'Province, in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l query -d 'Text anywhere in the Thai, English or full name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l columns -d 'Columns to add to the back office\'s own, comma-separated (e.g. name_en,hours,telephone)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l headers -d 'Header language' -r -f -a "th\t'The back office\'s Thai headers'
en\t'English (machine) headers'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -s O -l output-file -d 'Write to this file (through a temporary file, renamed when complete)' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l bindings -d 'One row per point-process pair instead of one per point'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l no-bom -d 'Leave out the UTF-8 byte-order mark (Excel needs it to read Thai)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l raw -d 'Keep cells that start like a formula as they are'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from csv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l ministry -d 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l department -d 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l agency -d 'Agency, by id (e.g. 140101) or name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l type -d 'Type (ประเภท), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l subtype -d 'Subtype (ประเภทย่อย), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l category -d 'Category (หมวดหมู่), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l level -d 'Level' -r -f -a "head_agency\t''
central_unit\t''
service_point\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l status -d 'Status' -r -f -a "shown\t''
hidden\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l province -d 'Province, in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l query -d 'Text anywhere in the Thai, English or full name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l columns -d 'Columns to add to the back office\'s own, comma-separated (e.g. name_en,hours,telephone)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l headers -d 'Header language' -r -f -a "th\t'The back office\'s Thai headers'
en\t'English (machine) headers'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -s O -l output-file -d 'Write to this file (through a temporary file, renamed when complete)' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l bindings -d 'One row per point-process pair instead of one per point'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from xlsx" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "csv" -d 'CSV (RFC 4180) that Excel opens with Thai intact'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "xlsx" -d 'An Excel workbook whose codes and telephones are text cells'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -f -a "csv" -d 'Read a CSV in the export\'s shape (UTF-8, UTF-16 or Windows-874; commas, semicolons or tabs)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -f -a "xlsx" -d 'Read an Excel workbook in the export\'s shape'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and not __fish_seen_subcommand_from csv xlsx help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l to-manifest -d 'Write the equivalent YAML manifest to FILE instead' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l concurrency -d 'Points changed at once' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l encoding -d 'Read the file in this encoding (without it: a byte-order mark, else UTF-8, else Windows-874 when it reads as Thai)' -r -f -a "utf-8\t'UTF-8, with or without a byte-order mark (Excel\'s "CSV UTF-8")'
utf-16\t'UTF-16 (Excel\'s "Unicode Text"): as its byte-order mark says, little-endian without one'
windows-874\t'Windows-874, the Thai code page: TIS-620 and a few signs (Thai Excel\'s "CSV")'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l apply -d 'Make the changes (without it, only the plan is printed)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l empty-clears -d 'A cell left empty clears that field (otherwise it is left alone)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l force -d 'Accept coordinates outside Thailand'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l skip-forbidden -d 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l strict -d 'Refuse a column the tool does not know (without it, such a column, a remarks column or one without a header, is left out with a note)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from csv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l to-manifest -d 'Write the equivalent YAML manifest to FILE instead' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l concurrency -d 'Points changed at once' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l apply -d 'Make the changes (without it, only the plan is printed)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l empty-clears -d 'A cell left empty clears that field (otherwise it is left alone)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l force -d 'Accept coordinates outside Thailand'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l skip-forbidden -d 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l strict -d 'Refuse a column the tool does not know (without it, such a column, a remarks column or one without a header, is left out with a note)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from xlsx" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "csv" -d 'Read a CSV in the export\'s shape (UTF-8, UTF-16 or Windows-874; commas, semicolons or tabs)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "xlsx" -d 'Read an Excel workbook in the export\'s shape'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -s f -l filename -d 'A manifest file, or a folder of them (.yaml, .yml); repeat for more' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l force -d 'Accept coordinates outside Thailand (a point abroad, an embassy say)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -s f -l filename -d 'A manifest file, or a folder of them (.yaml, .yml); repeat for more' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -s l -l select -d 'Only points matching KEY=VALUE (ministry, department, agency, province, type, subtype, category, level, status); repeat to narrow' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l out -d 'Save the plan, with a fingerprint of the state it was made against, for `apply PLAN`' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l force -d 'Accept coordinates outside Thailand (a point abroad, an embassy say)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l exit-code -d 'Exit 3 when changes are pending, 0 when none (for drift checks in CI)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l summary -d 'Show the plan\'s counts only, not each point\'s changes'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -s f -l filename -d 'A manifest file, or a folder of them (.yaml, .yml); repeat for more' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -s l -l select -d 'Only points matching KEY=VALUE; repeat to narrow' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l concurrency -d 'Points changed at once' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l max-unbind -d 'Most processes an `exact` list may unbind from one point without this raised' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l force -d 'Accept coordinates outside Thailand (a point abroad, an embassy say)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -s y -l yes -d 'Apply without asking'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l skip-forbidden -d 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l fail-fast -d 'Stop at the first point that fails (the default carries on and reports)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l summary -d 'Show the plan\'s counts only, not each point\'s changes, before applying it'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l allow-empty -d 'Go ahead although none of the points exists in the service'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l ministry -d 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l department -d 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l agency -d 'Agency, by id (e.g. 140101) or name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l type -d 'Type (ประเภท), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l subtype -d 'Subtype (ประเภทย่อย), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l category -d 'Category (หมวดหมู่), exactly' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l level -d 'Level' -r -f -a "head_agency\t''
central_unit\t''
service_point\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l status -d 'Status' -r -f -a "shown\t''
hidden\t''"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l province -d 'Province, in Thai' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l query -d 'Text anywhere in the Thai, English or full name' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -s l -l select -d 'Only points matching KEY=VALUE; repeat to narrow' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -s O -l output-file -d 'Write to this file (through a temporary file, renamed when complete); with --split-by, the folder to write one file a unit into (created if missing)' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l split-by -d 'Write one file per ministry, department or agency into the folder -O names, each named by the unit\'s id (1401.yaml): the layout a team keeps under version control, each team owning its files' -r -f -a "ministry\t'One file per ministry'
department\t'One file per department'
agency\t'One file per agency'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -s O -l output-dir -d 'The folder to write them into (created if missing)' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l profile -d 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l url -d 'The service\'s address [env: CITIZENINFO_URL] [default: the profile\'s, else http://127.0.0.1:8787]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l timeout -d 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries\' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]' -r
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l ca-cert -d 'Also trust the certificate authorities in this PEM file (an agency\'s own CA) [env: CITIZENINFO_CA_CERT]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l config-dir -d 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system\'s config folder]' -r -F
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people, fitted to the terminal\'s width'
wide\t'Every column, never cut: a table for people as wide as it needs'
json\t'JSON, for scripts'
yaml\t'YAML'
csv\t'CSV with a header row'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l lang -d 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)' -r -f -a "th\t'Thai headers, Buddhist-era dates as the back office shows them'
en\t'English headers, ISO-like dates in Bangkok time'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l color -d 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]' -r -f -a "auto\t'On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it)'
always\t'Always, even into a pipe or a file'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l progress -d 'Progress bars on stderr' -r -f -a "auto\t'On a terminal, unless `-q` or `CI` is set'
always\t'Always, on stderr'
never\t'Never'"
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -l insecure-http -d 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -s v -l verbose -d 'Trace each HTTP call to stderr (the token is never shown)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -s q -l quiet -d 'Print only results and errors'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "login" -d 'Sign in: password (first sign-in registers with the Authorize Code) or OpenID'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "logout" -d 'Sign out: revoke this profile\'s tokens at the service and forget them'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "auth" -d 'Who you are signed in as'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "points" -d 'Find, read, edit, add, hide and un-hide service points'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "manuals" -d 'Citizen manuals (processes) and the points bound to them'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "export" -d 'Export the structure list as a spreadsheet'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "import" -d 'Read a spreadsheet back: plan the changes, and make them with --apply'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "validate" -d 'Check manifests with no network: every problem, as file:line:column'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "diff" -d 'Show what applying manifests would change'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "apply" -d 'Make the service what manifests say'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "dump" -d 'Write the current state as a manifest that `diff` reports as no change'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "schema" -d 'Print the JSON Schema of manifests (for editors) or of change reports (for scripts)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "man" -d 'Write the manual pages: one per command and subcommand (citizeninfo-points-list.1)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "version" -d 'Which program this is: its version, commit, build date and system'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and not __fish_seen_subcommand_from login logout auth points manuals export import validate diff apply dump schema completions man version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Who you are, where, with which rights, and until when'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from points" -f -a "list" -d 'List service points, with the back office\'s filters'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from points" -f -a "show" -d 'Show one point: information, copy cancellation, satisfaction, services'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from points" -f -a "edit" -d 'Edit a point\'s fields (only what changes is sent), or open it in $EDITOR'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from points" -f -a "add" -d 'Add a point, after checking that it does not exist already'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from points" -f -a "hide" -d 'Hide points (codes as arguments, or `-` to read them from stdin)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from points" -f -a "unhide" -d 'Show hidden points again'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from manuals" -f -a "list" -d 'The processes bound to a point now, by category'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from manuals" -f -a "search" -d 'Processes a point may bind: its own department\'s by default'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from manuals" -f -a "show" -d 'One citizen manual: information, hours, duration, steps, documents, fees'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from manuals" -f -a "bind" -d 'Bind processes to a point, or to every point of --points-from'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from manuals" -f -a "unbind" -d 'Unbind processes from a point, or from every point of --points-from'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "csv" -d 'CSV (RFC 4180) that Excel opens with Thai intact'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "xlsx" -d 'An Excel workbook whose codes and telephones are text cells'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "csv" -d 'Read a CSV in the export\'s shape (UTF-8, UTF-16 or Windows-874; commas, semicolons or tabs)'
complete -c citizeninfo -n "__fish_citizeninfo_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "xlsx" -d 'Read an Excel workbook in the export\'s shape'
