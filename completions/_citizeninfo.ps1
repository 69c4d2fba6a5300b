
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'citizeninfo' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'citizeninfo'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'citizeninfo' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: password (first sign-in registers with the Authorize Code) or OpenID')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out: revoke this profile''s tokens at the service and forget them')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Who you are signed in as')
            [CompletionResult]::new('points', 'points', [CompletionResultType]::ParameterValue, 'Find, read, edit, add, hide and un-hide service points')
            [CompletionResult]::new('manuals', 'manuals', [CompletionResultType]::ParameterValue, 'Citizen manuals (processes) and the points bound to them')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the structure list as a spreadsheet')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a spreadsheet back: plan the changes, and make them with --apply')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check manifests with no network: every problem, as file:line:column')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what applying manifests would change')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the service what manifests say')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write the current state as a manifest that `diff` reports as no change')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of manifests (for editors) or of change reports (for scripts)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the manual pages: one per command and subcommand (citizeninfo-points-list.1)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Which program this is: its version, commit, build date and system')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;login' {
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OpenID: the provider''s issuer address (default: the profile''s, else the one the service names)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OpenID: the public client id registered at the provider (default: the profile''s, else the one the service names)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Username; asked for on a terminal when not given')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username; asked for on a terminal when not given')
            [CompletionResult]::new('--authorize-code', '--authorize-code', [CompletionResultType]::ParameterName, 'First sign-in: the unit''s Authorize Code (15 upper-case hexadecimal characters); asked for on a terminal, without echo, when not given. A code on the command line can be seen by others in the process list: prefer the prompt or --authorize-code-stdin')
            [CompletionResult]::new('--ministry', '--ministry', [CompletionResultType]::ParameterName, 'First sign-in: the unit''s ministry id')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'First sign-in: the unit''s department id')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'First sign-in: the unit''s agency id')
            [CompletionResult]::new('--contact-name', '--contact-name', [CompletionResultType]::ParameterName, 'First sign-in: your name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'First sign-in: your e-mail')
            [CompletionResult]::new('--telephone', '--telephone', [CompletionResultType]::ParameterName, 'First sign-in: your telephone')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--openid', '--openid', [CompletionResultType]::ParameterName, 'Sign in with OpenID (needed to add points): in the browser, or by a code to enter on another device over SSH, without a display, or with --device')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'OpenID: sign in by the device flow (a code to enter in any browser) even where a browser could be opened here')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin (for scripts)')
            [CompletionResult]::new('--authorize-code-stdin', '--authorize-code-stdin', [CompletionResultType]::ParameterName, 'First sign-in: read the Authorize Code from stdin, its first line, or its second after the password with --password-stdin')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who you are, where, with which rights, and until when')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who you are, where, with which rights, and until when')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;auth;help;status' {
            break
        }
        'citizeninfo;auth;help;help' {
            break
        }
        'citizeninfo;points' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List service points, with the back office''s filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one point: information, copy cancellation, satisfaction, services')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a point''s fields (only what changes is sent), or open it in $EDITOR')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a point, after checking that it does not exist already')
            [CompletionResult]::new('hide', 'hide', [CompletionResultType]::ParameterValue, 'Hide points (codes as arguments, or `-` to read them from stdin)')
            [CompletionResult]::new('unhide', 'unhide', [CompletionResultType]::ParameterValue, 'Show hidden points again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;points;list' {
            [CompletionResult]::new('--ministry', '--ministry', [CompletionResultType]::ParameterName, 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Agency, by id (e.g. 140101) or name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type (ประเภท), exactly')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'Subtype (ประเภทย่อย), exactly')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category (หมวดหมู่), exactly')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province, in Thai')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Text anywhere in the Thai, English or full name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many points')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show, comma-separated (e.g. code,name_th,province)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching point, page after page')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;points;show' {
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Only this tab')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;points;edit' {
            [CompletionResult]::new('--name-th', '--name-th', [CompletionResultType]::ParameterName, 'Display name in Thai')
            [CompletionResult]::new('--name-en', '--name-en', [CompletionResultType]::ParameterName, 'Display name in English')
            [CompletionResult]::new('--full-name', '--full-name', [CompletionResultType]::ParameterName, 'Full name of the unit')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address in Thai')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province, in Thai')
            [CompletionResult]::new('--lat', '--lat', [CompletionResultType]::ParameterName, 'Latitude (Thailand: 5.6 to 20.5)')
            [CompletionResult]::new('--lng', '--lng', [CompletionResultType]::ParameterName, 'Longitude (Thailand: 97.3 to 105.7)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Opening hours, e.g. "mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00"')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail; an empty value clears it')
            [CompletionResult]::new('--telephone', '--telephone', [CompletionResultType]::ParameterName, 'Telephone; an empty value clears it')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Parent unit''s code; an empty value makes it a root of its agency')
            [CompletionResult]::new('--add-photo', '--add-photo', [CompletionResultType]::ParameterName, 'Upload a photo (JPEG, PNG, GIF or WebP)')
            [CompletionResult]::new('--remove-photo', '--remove-photo', [CompletionResultType]::ParameterName, 'Remove a photo by its id')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Take the values from a point document (an edit kept after a refusal or a conflict) instead of the editor')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept coordinates outside Thailand')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;points;add' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read the point from a YAML file (flags override its fields)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The 13-digit code')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type (ประเภท)')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'Subtype (ประเภทย่อย)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level [default: service_point]')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category (หมวดหมู่)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'The agency id it belongs to')
            [CompletionResult]::new('--name-th', '--name-th', [CompletionResultType]::ParameterName, 'Display name in Thai')
            [CompletionResult]::new('--name-en', '--name-en', [CompletionResultType]::ParameterName, 'Display name in English')
            [CompletionResult]::new('--full-name', '--full-name', [CompletionResultType]::ParameterName, 'Full name of the unit')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address in Thai')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province, in Thai')
            [CompletionResult]::new('--lat', '--lat', [CompletionResultType]::ParameterName, 'Latitude (Thailand: 5.6 to 20.5)')
            [CompletionResult]::new('--lng', '--lng', [CompletionResultType]::ParameterName, 'Longitude (Thailand: 97.3 to 105.7)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'Opening hours, e.g. "mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00"')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail; an empty value clears it')
            [CompletionResult]::new('--telephone', '--telephone', [CompletionResultType]::ParameterName, 'Telephone; an empty value clears it')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Parent unit''s code; an empty value makes it a root of its agency')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept coordinates outside Thailand')
            [CompletionResult]::new('--unhide-existing', '--unhide-existing', [CompletionResultType]::ParameterName, 'When a hidden point with this code or name exists, show it again instead of asking')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;points;hide' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Points changed at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--skip-forbidden', '--skip-forbidden', [CompletionResultType]::ParameterName, 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;points;unhide' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Points changed at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--skip-forbidden', '--skip-forbidden', [CompletionResultType]::ParameterName, 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;points;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List service points, with the back office''s filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one point: information, copy cancellation, satisfaction, services')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a point''s fields (only what changes is sent), or open it in $EDITOR')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a point, after checking that it does not exist already')
            [CompletionResult]::new('hide', 'hide', [CompletionResultType]::ParameterValue, 'Hide points (codes as arguments, or `-` to read them from stdin)')
            [CompletionResult]::new('unhide', 'unhide', [CompletionResultType]::ParameterValue, 'Show hidden points again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;points;help;list' {
            break
        }
        'citizeninfo;points;help;show' {
            break
        }
        'citizeninfo;points;help;edit' {
            break
        }
        'citizeninfo;points;help;add' {
            break
        }
        'citizeninfo;points;help;hide' {
            break
        }
        'citizeninfo;points;help;unhide' {
            break
        }
        'citizeninfo;points;help;help' {
            break
        }
        'citizeninfo;manuals' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The processes bound to a point now, by category')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Processes a point may bind: its own department''s by default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One citizen manual: information, hours, duration, steps, documents, fees')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind processes to a point, or to every point of --points-from')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Unbind processes from a point, or from every point of --points-from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;manuals;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;manuals;search' {
            [CompletionResult]::new('--ministry', '--ministry', [CompletionResultType]::ParameterName, 'Processes of this ministry instead of the point''s department')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Processes of this department instead of the point''s own')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Processes of this agency''s department')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category, exactly')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Text anywhere in the Thai or English name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every match, page after page')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;manuals;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;manuals;bind' {
            [CompletionResult]::new('--points-from', '--points-from', [CompletionResultType]::ParameterName, 'A file of point codes, one a line: apply the same change to each')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Points changed at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--skip-forbidden', '--skip-forbidden', [CompletionResultType]::ParameterName, 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;manuals;unbind' {
            [CompletionResult]::new('--points-from', '--points-from', [CompletionResultType]::ParameterName, 'A file of point codes, one a line: apply the same change to each')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Points changed at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change and change nothing')
            [CompletionResult]::new('--skip-forbidden', '--skip-forbidden', [CompletionResultType]::ParameterName, 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;manuals;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The processes bound to a point now, by category')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Processes a point may bind: its own department''s by default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One citizen manual: information, hours, duration, steps, documents, fees')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind processes to a point, or to every point of --points-from')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Unbind processes from a point, or from every point of --points-from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;manuals;help;list' {
            break
        }
        'citizeninfo;manuals;help;search' {
            break
        }
        'citizeninfo;manuals;help;show' {
            break
        }
        'citizeninfo;manuals;help;bind' {
            break
        }
        'citizeninfo;manuals;help;unbind' {
            break
        }
        'citizeninfo;manuals;help;help' {
            break
        }
        'citizeninfo;export' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'CSV (RFC 4180) that Excel opens with Thai intact')
            [CompletionResult]::new('xlsx', 'xlsx', [CompletionResultType]::ParameterValue, 'An Excel workbook whose codes and telephones are text cells')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;export;csv' {
            [CompletionResult]::new('--ministry', '--ministry', [CompletionResultType]::ParameterName, 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Agency, by id (e.g. 140101) or name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type (ประเภท), exactly')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'Subtype (ประเภทย่อย), exactly')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category (หมวดหมู่), exactly')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province, in Thai')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Text anywhere in the Thai, English or full name')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to add to the back office''s own, comma-separated (e.g. name_en,hours,telephone)')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Header language')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to this file (through a temporary file, renamed when complete)')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write to this file (through a temporary file, renamed when complete)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--bindings', '--bindings', [CompletionResultType]::ParameterName, 'One row per point-process pair instead of one per point')
            [CompletionResult]::new('--no-bom', '--no-bom', [CompletionResultType]::ParameterName, 'Leave out the UTF-8 byte-order mark (Excel needs it to read Thai)')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Keep cells that start like a formula as they are')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;export;xlsx' {
            [CompletionResult]::new('--ministry', '--ministry', [CompletionResultType]::ParameterName, 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Agency, by id (e.g. 140101) or name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type (ประเภท), exactly')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'Subtype (ประเภทย่อย), exactly')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category (หมวดหมู่), exactly')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province, in Thai')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Text anywhere in the Thai, English or full name')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to add to the back office''s own, comma-separated (e.g. name_en,hours,telephone)')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Header language')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to this file (through a temporary file, renamed when complete)')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write to this file (through a temporary file, renamed when complete)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--bindings', '--bindings', [CompletionResultType]::ParameterName, 'One row per point-process pair instead of one per point')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;export;help' {
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'CSV (RFC 4180) that Excel opens with Thai intact')
            [CompletionResult]::new('xlsx', 'xlsx', [CompletionResultType]::ParameterValue, 'An Excel workbook whose codes and telephones are text cells')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;export;help;csv' {
            break
        }
        'citizeninfo;export;help;xlsx' {
            break
        }
        'citizeninfo;export;help;help' {
            break
        }
        'citizeninfo;import' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Read a CSV in the export''s shape (UTF-8, UTF-16 or Windows-874; commas, semicolons or tabs)')
            [CompletionResult]::new('xlsx', 'xlsx', [CompletionResultType]::ParameterValue, 'Read an Excel workbook in the export''s shape')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;import;csv' {
            [CompletionResult]::new('--to-manifest', '--to-manifest', [CompletionResultType]::ParameterName, 'Write the equivalent YAML manifest to FILE instead')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Points changed at once')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Read the file in this encoding (without it: a byte-order mark, else UTF-8, else Windows-874 when it reads as Thai)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Make the changes (without it, only the plan is printed)')
            [CompletionResult]::new('--empty-clears', '--empty-clears', [CompletionResultType]::ParameterName, 'A cell left empty clears that field (otherwise it is left alone)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept coordinates outside Thailand')
            [CompletionResult]::new('--skip-forbidden', '--skip-forbidden', [CompletionResultType]::ParameterName, 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a column the tool does not know (without it, such a column, a remarks column or one without a header, is left out with a note)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;import;xlsx' {
            [CompletionResult]::new('--to-manifest', '--to-manifest', [CompletionResultType]::ParameterName, 'Write the equivalent YAML manifest to FILE instead')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Points changed at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Make the changes (without it, only the plan is printed)')
            [CompletionResult]::new('--empty-clears', '--empty-clears', [CompletionResultType]::ParameterName, 'A cell left empty clears that field (otherwise it is left alone)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept coordinates outside Thailand')
            [CompletionResult]::new('--skip-forbidden', '--skip-forbidden', [CompletionResultType]::ParameterName, 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Refuse a column the tool does not know (without it, such a column, a remarks column or one without a header, is left out with a note)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;import;help' {
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Read a CSV in the export''s shape (UTF-8, UTF-16 or Windows-874; commas, semicolons or tabs)')
            [CompletionResult]::new('xlsx', 'xlsx', [CompletionResultType]::ParameterValue, 'Read an Excel workbook in the export''s shape')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;import;help;csv' {
            break
        }
        'citizeninfo;import;help;xlsx' {
            break
        }
        'citizeninfo;import;help;help' {
            break
        }
        'citizeninfo;validate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, or a folder of them (.yaml, .yml); repeat for more')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, or a folder of them (.yaml, .yml); repeat for more')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept coordinates outside Thailand (a point abroad, an embassy say)')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;diff' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, or a folder of them (.yaml, .yml); repeat for more')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, or a folder of them (.yaml, .yml); repeat for more')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only points matching KEY=VALUE (ministry, department, agency, province, type, subtype, category, level, status); repeat to narrow')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Only points matching KEY=VALUE (ministry, department, agency, province, type, subtype, category, level, status); repeat to narrow')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Save the plan, with a fingerprint of the state it was made against, for `apply PLAN`')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept coordinates outside Thailand (a point abroad, an embassy say)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 3 when changes are pending, 0 when none (for drift checks in CI)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Show the plan''s counts only, not each point''s changes')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A manifest file, or a folder of them (.yaml, .yml); repeat for more')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'A manifest file, or a folder of them (.yaml, .yml); repeat for more')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only points matching KEY=VALUE; repeat to narrow')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Only points matching KEY=VALUE; repeat to narrow')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Points changed at once')
            [CompletionResult]::new('--max-unbind', '--max-unbind', [CompletionResultType]::ParameterName, 'Most processes an `exact` list may unbind from one point without this raised')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept coordinates outside Thailand (a point abroad, an embassy say)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply without asking')
            [CompletionResult]::new('--skip-forbidden', '--skip-forbidden', [CompletionResultType]::ParameterName, 'Leave out the points this account may not change, and say which (without it, the command changes nothing when any is named; exit 8)')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'Stop at the first point that fails (the default carries on and reports)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Show the plan''s counts only, not each point''s changes, before applying it')
            [CompletionResult]::new('--allow-empty', '--allow-empty', [CompletionResultType]::ParameterName, 'Go ahead although none of the points exists in the service')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;dump' {
            [CompletionResult]::new('--ministry', '--ministry', [CompletionResultType]::ParameterName, 'Ministry, by id (e.g. 14) or name (e.g. กระทรวงมหาดไทย)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department, by id (e.g. 1401) or name (e.g. กรมการปกครอง)')
            [CompletionResult]::new('--agency', '--agency', [CompletionResultType]::ParameterName, 'Agency, by id (e.g. 140101) or name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type (ประเภท), exactly')
            [CompletionResult]::new('--subtype', '--subtype', [CompletionResultType]::ParameterName, 'Subtype (ประเภทย่อย), exactly')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category (หมวดหมู่), exactly')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Level')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status')
            [CompletionResult]::new('--province', '--province', [CompletionResultType]::ParameterName, 'Province, in Thai')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Text anywhere in the Thai, English or full name')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Only points matching KEY=VALUE; repeat to narrow')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Only points matching KEY=VALUE; repeat to narrow')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write to this file (through a temporary file, renamed when complete); with --split-by, the folder to write one file a unit into (created if missing)')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write to this file (through a temporary file, renamed when complete); with --split-by, the folder to write one file a unit into (created if missing)')
            [CompletionResult]::new('--split-by', '--split-by', [CompletionResultType]::ParameterName, 'Write one file per ministry, department or agency into the folder -O names, each named by the unit''s id (1401.yaml): the layout a team keeps under version control, each team owning its files')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;schema' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;man' {
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'The folder to write them into (created if missing)')
            [CompletionResult]::new('--output-dir', '--output-dir', [CompletionResultType]::ParameterName, 'The folder to write them into (created if missing)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;version' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile: one back office or account among several [env: CITIZENINFO_PROFILE] [default: default]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The service''s address [env: CITIZENINFO_URL] [default: the profile''s, else http://127.0.0.1:8787]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The longest one try of a request may wait for an answer, in seconds; a request gives up after three tries'' worth in all, waits included [env: CITIZENINFO_TIMEOUT] [default: 20]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the certificate authorities in this PEM file (an agency''s own CA) [env: CITIZENINFO_CA_CERT]')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Folder of settings and credentials [env: CITIZENINFO_CONFIG_DIR] [default: the system''s config folder]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of table headers and dates (json, yaml and csv always carry ISO 8601)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on a terminal (plans: created green, changed yellow, removed red) [env: NO_COLOR turns it off, CLICOLOR_FORCE on]')
            [CompletionResult]::new('--progress', '--progress', [CompletionResultType]::ParameterName, 'Progress bars on stderr')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to another computer than this one (passwords and tokens then cross the network unencrypted) [env: CITIZENINFO_INSECURE_HTTP=1]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace each HTTP call to stderr (the token is never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'citizeninfo;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: password (first sign-in registers with the Authorize Code) or OpenID')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out: revoke this profile''s tokens at the service and forget them')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Who you are signed in as')
            [CompletionResult]::new('points', 'points', [CompletionResultType]::ParameterValue, 'Find, read, edit, add, hide and un-hide service points')
            [CompletionResult]::new('manuals', 'manuals', [CompletionResultType]::ParameterValue, 'Citizen manuals (processes) and the points bound to them')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the structure list as a spreadsheet')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read a spreadsheet back: plan the changes, and make them with --apply')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check manifests with no network: every problem, as file:line:column')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what applying manifests would change')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the service what manifests say')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write the current state as a manifest that `diff` reports as no change')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of manifests (for editors) or of change reports (for scripts)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the manual pages: one per command and subcommand (citizeninfo-points-list.1)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Which program this is: its version, commit, build date and system')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'citizeninfo;help;login' {
            break
        }
        'citizeninfo;help;logout' {
            break
        }
        'citizeninfo;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who you are, where, with which rights, and until when')
            break
        }
        'citizeninfo;help;auth;status' {
            break
        }
        'citizeninfo;help;points' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List service points, with the back office''s filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one point: information, copy cancellation, satisfaction, services')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a point''s fields (only what changes is sent), or open it in $EDITOR')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a point, after checking that it does not exist already')
            [CompletionResult]::new('hide', 'hide', [CompletionResultType]::ParameterValue, 'Hide points (codes as arguments, or `-` to read them from stdin)')
            [CompletionResult]::new('unhide', 'unhide', [CompletionResultType]::ParameterValue, 'Show hidden points again')
            break
        }
        'citizeninfo;help;points;list' {
            break
        }
        'citizeninfo;help;points;show' {
            break
        }
        'citizeninfo;help;points;edit' {
            break
        }
        'citizeninfo;help;points;add' {
            break
        }
        'citizeninfo;help;points;hide' {
            break
        }
        'citizeninfo;help;points;unhide' {
            break
        }
        'citizeninfo;help;manuals' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The processes bound to a point now, by category')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Processes a point may bind: its own department''s by default')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One citizen manual: information, hours, duration, steps, documents, fees')
            [CompletionResult]::new('bind', 'bind', [CompletionResultType]::ParameterValue, 'Bind processes to a point, or to every point of --points-from')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Unbind processes from a point, or from every point of --points-from')
            break
        }
        'citizeninfo;help;manuals;list' {
            break
        }
        'citizeninfo;help;manuals;search' {
            break
        }
        'citizeninfo;help;manuals;show' {
            break
        }
        'citizeninfo;help;manuals;bind' {
            break
        }
        'citizeninfo;help;manuals;unbind' {
            break
        }
        'citizeninfo;help;export' {
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'CSV (RFC 4180) that Excel opens with Thai intact')
            [CompletionResult]::new('xlsx', 'xlsx', [CompletionResultType]::ParameterValue, 'An Excel workbook whose codes and telephones are text cells')
            break
        }
        'citizeninfo;help;export;csv' {
            break
        }
        'citizeninfo;help;export;xlsx' {
            break
        }
        'citizeninfo;help;import' {
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'Read a CSV in the export''s shape (UTF-8, UTF-16 or Windows-874; commas, semicolons or tabs)')
            [CompletionResult]::new('xlsx', 'xlsx', [CompletionResultType]::ParameterValue, 'Read an Excel workbook in the export''s shape')
            break
        }
        'citizeninfo;help;import;csv' {
            break
        }
        'citizeninfo;help;import;xlsx' {
            break
        }
        'citizeninfo;help;validate' {
            break
        }
        'citizeninfo;help;diff' {
            break
        }
        'citizeninfo;help;apply' {
            break
        }
        'citizeninfo;help;dump' {
            break
        }
        'citizeninfo;help;schema' {
            break
        }
        'citizeninfo;help;completions' {
            break
        }
        'citizeninfo;help;man' {
            break
        }
        'citizeninfo;help;version' {
            break
        }
        'citizeninfo;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
