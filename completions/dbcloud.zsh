#compdef dbcloud

autoload -U is-at-least

_dbcloud() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud_commands" \
"*::: :->dbcloud" \
&& ret=0
    case $state in
    (dbcloud)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-command-$line[1]:"
        case $line[1] in
            (ch)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch_commands" \
"*::: :->ch" \
&& ret=0

    case $state in
    (ch)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-org-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::org -- Organization ID \[default\: --org, CLICKHOUSE_ORG_ID, the profile'\''s, or the only one\]:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name]:NAME:_default' \
'*--add-private-endpoint=[Register a private endpoint\: ID,PROVIDER,REGION\[,DESCRIPTION\] (repeatable)]:ID,PROVIDER,REGION[,DESC]:_default' \
'*--remove-private-endpoint=[Remove a registered private endpoint by its ID (repeatable)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::org -- Organization ID \[default\: the one in effect\]:_default' \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
'--cloud-provider=[The cloud provider]:PROVIDER:(aws gcp azure)' \
'--region=[The provider'\''s region]:REGION:(ap-south-1 ap-southeast-1 eu-central-1 eu-west-1 eu-west-2 us-east-1 us-east-2 us-west-2 ap-southeast-2 ap-northeast-1 us-east1 us-central1 europe-west4 asia-southeast1 eastus eastus2 westus3 germanywestcentral)' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__org__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-org-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--name=[Service name (up to 50 characters)]:NAME:_default' \
'--provider=[Cloud provider]:PROVIDER:(aws gcp azure)' \
'--region=[Region of that provider]:REGION:(ap-south-1 ap-southeast-1 eu-central-1 eu-west-1 eu-west-2 us-east-1 us-east-2 us-west-2 ap-southeast-2 ap-northeast-1 us-east1 us-central1 europe-west4 asia-southeast1 eastus eastus2 westus3 germanywestcentral)' \
'--tier=[Tier \[default\: the API'\''s, production\]]:TIER:(development production dedicated_high_mem dedicated_high_cpu dedicated_standard)' \
'*--ip-allow=[Allow access from an IP address or CIDR range, with an optional description (repeatable)]:CIDR[=DESC]:_default' \
'--min-memory-gb=[Minimum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--max-memory-gb=[Maximum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--replicas=[Number of replicas (3-25)]:N:_default' \
'--idle-scaling=[Let the service scale down to zero when idle]:BOOL:(true false)' \
'--idle-timeout-minutes=[Minutes of inactivity before idling (at least 5)]:MINUTES:_default' \
'--backup-id=[Create the service from this backup (same region and tier as its service)]:ID:_default' \
'--encryption-key=[Customer-provided disk encryption key]:KEY:_default' \
'--encryption-role=[Role to assume for disk encryption]:ROLE:_default' \
'*--private-endpoint=[Attach a private endpoint (repeatable)]:ID:_default' \
'--password-file=[Write the password to this new file (mode 0600) instead of showing it]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--accept-private-preview-terms[Accept the private preview terms (needed for the first service of an organization in private preview)]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name (up to 50 characters)]:NAME:_default' \
'*--add-ip=[Allow access from an IP address or CIDR range, with an optional description (repeatable)]:CIDR[=DESC]:_default' \
'*--remove-ip=[Remove an IP address or CIDR range from the access list (repeatable; removed before adding)]:CIDR:_default' \
'*--add-private-endpoint=[Attach a private endpoint (repeatable)]:ID:_default' \
'*--remove-private-endpoint=[Detach a private endpoint (repeatable)]:ID:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--force[Stop the service first if needed, wait until it is stopped, then delete it]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(scale)
_arguments "${_arguments_options[@]}" : \
'--min-memory-gb=[Minimum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--max-memory-gb=[Maximum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--replicas=[Number of replicas (3-25)]:N:_default' \
'--idle-scaling=[Let the service scale down to zero when idle]:BOOL:(true false)' \
'--idle-timeout-minutes=[Minutes of inactivity before idling (at least 5)]:MINUTES:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(reset-password)
_arguments "${_arguments_options[@]}" : \
'--password-file=[Write the generated password to this new file (mode 0600) instead of showing it]:FILE:_files' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'(--password-file)--password-stdin[Read the new password from stdin and send only its hashes]' \
'--mysql[Also send the double SHA-1 hash the MySQL protocol needs (with --password-stdin)]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(metrics)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__service__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-service-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(scale)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reset-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(metrics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-s+[Service ID or exact name]:SERVICE:_default' \
'--service=[Service ID or exact name]:SERVICE:_default' \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-s+[Service ID or exact name]:SERVICE:_default' \
'--service=[Service ID or exact name]:SERVICE:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':backup -- Backup ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__backup__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-backup-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(key)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-key-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--name=[Key name]:NAME:_default' \
'*--role=[Role of the key (repeatable)]:ROLE:(admin developer)' \
'--expires-at=[When the key stops working (RFC 3339) \[default\: never\]]:TIME:_default' \
'--save-as-profile=[Store the new key'\''s ID and secret (and the organization) as this profile'\''s ClickHouse credentials, and print neither]:PROFILE:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--disabled[Create the key disabled]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Key ID or exact name:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name]:NAME:_default' \
'*--role=[The key'\''s roles, replacing the current ones (repeatable)]:ROLE:(admin developer)' \
'--expires-at=[When the key stops working (RFC 3339)]:TIME:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'(--disable)--enable[Enable the key]' \
'--disable[Disable the key (requests made with it fail until it is enabled again)]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Key ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Key ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__key__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-key-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-member-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User ID or e-mail address:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--role=[The new role]:ROLE:(admin developer)' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User ID or e-mail address:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User ID or e-mail address:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__member__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-member-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(invitation)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__invitation_commands" \
"*::: :->invitation" \
&& ret=0

    case $state in
    (invitation)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-invitation-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--email=[The invitee'\''s e-mail address]:EMAIL:_default' \
'--role=[The role they get on joining]:ROLE:(admin developer)' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':invitation -- Invitation ID or the invitee'\''s e-mail address:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':invitation -- Invitation ID or the invitee'\''s e-mail address:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-invitation-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(activity)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__activity_commands" \
"*::: :->activity" \
&& ret=0

    case $state in
    (activity)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-activity-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--from=[Only activities at or after this time (RFC 3339)]:TIME:_default' \
'--to=[Only activities at or before this time (RFC 3339)]:TIME:_default' \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':activity -- Activity ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__activity__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-activity-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-org-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(scale)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reset-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(metrics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(key)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-key-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-member-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(invitation)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation_commands" \
"*::: :->invitation" \
&& ret=0

    case $state in
    (invitation)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-invitation-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(activity)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__activity_commands" \
"*::: :->activity" \
&& ret=0

    case $state in
    (activity)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-activity-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(clickhouse)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch_commands" \
"*::: :->ch" \
&& ret=0

    case $state in
    (ch)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-org-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::org -- Organization ID \[default\: --org, CLICKHOUSE_ORG_ID, the profile'\''s, or the only one\]:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name]:NAME:_default' \
'*--add-private-endpoint=[Register a private endpoint\: ID,PROVIDER,REGION\[,DESCRIPTION\] (repeatable)]:ID,PROVIDER,REGION[,DESC]:_default' \
'*--remove-private-endpoint=[Remove a registered private endpoint by its ID (repeatable)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::org -- Organization ID \[default\: the one in effect\]:_default' \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
'--cloud-provider=[The cloud provider]:PROVIDER:(aws gcp azure)' \
'--region=[The provider'\''s region]:REGION:(ap-south-1 ap-southeast-1 eu-central-1 eu-west-1 eu-west-2 us-east-1 us-east-2 us-west-2 ap-southeast-2 ap-northeast-1 us-east1 us-central1 europe-west4 asia-southeast1 eastus eastus2 westus3 germanywestcentral)' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__org__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-org-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--name=[Service name (up to 50 characters)]:NAME:_default' \
'--provider=[Cloud provider]:PROVIDER:(aws gcp azure)' \
'--region=[Region of that provider]:REGION:(ap-south-1 ap-southeast-1 eu-central-1 eu-west-1 eu-west-2 us-east-1 us-east-2 us-west-2 ap-southeast-2 ap-northeast-1 us-east1 us-central1 europe-west4 asia-southeast1 eastus eastus2 westus3 germanywestcentral)' \
'--tier=[Tier \[default\: the API'\''s, production\]]:TIER:(development production dedicated_high_mem dedicated_high_cpu dedicated_standard)' \
'*--ip-allow=[Allow access from an IP address or CIDR range, with an optional description (repeatable)]:CIDR[=DESC]:_default' \
'--min-memory-gb=[Minimum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--max-memory-gb=[Maximum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--replicas=[Number of replicas (3-25)]:N:_default' \
'--idle-scaling=[Let the service scale down to zero when idle]:BOOL:(true false)' \
'--idle-timeout-minutes=[Minutes of inactivity before idling (at least 5)]:MINUTES:_default' \
'--backup-id=[Create the service from this backup (same region and tier as its service)]:ID:_default' \
'--encryption-key=[Customer-provided disk encryption key]:KEY:_default' \
'--encryption-role=[Role to assume for disk encryption]:ROLE:_default' \
'*--private-endpoint=[Attach a private endpoint (repeatable)]:ID:_default' \
'--password-file=[Write the password to this new file (mode 0600) instead of showing it]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--accept-private-preview-terms[Accept the private preview terms (needed for the first service of an organization in private preview)]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name (up to 50 characters)]:NAME:_default' \
'*--add-ip=[Allow access from an IP address or CIDR range, with an optional description (repeatable)]:CIDR[=DESC]:_default' \
'*--remove-ip=[Remove an IP address or CIDR range from the access list (repeatable; removed before adding)]:CIDR:_default' \
'*--add-private-endpoint=[Attach a private endpoint (repeatable)]:ID:_default' \
'*--remove-private-endpoint=[Detach a private endpoint (repeatable)]:ID:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--force[Stop the service first if needed, wait until it is stopped, then delete it]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(scale)
_arguments "${_arguments_options[@]}" : \
'--min-memory-gb=[Minimum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--max-memory-gb=[Maximum total memory in GiB (24-720, a multiple of 12)]:GB:_default' \
'--replicas=[Number of replicas (3-25)]:N:_default' \
'--idle-scaling=[Let the service scale down to zero when idle]:BOOL:(true false)' \
'--idle-timeout-minutes=[Minutes of inactivity before idling (at least 5)]:MINUTES:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(reset-password)
_arguments "${_arguments_options[@]}" : \
'--password-file=[Write the generated password to this new file (mode 0600) instead of showing it]:FILE:_files' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'(--password-file)--password-stdin[Read the new password from stdin and send only its hashes]' \
'--mysql[Also send the double SHA-1 hash the MySQL protocol needs (with --password-stdin)]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(metrics)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':service -- Service ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__service__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-service-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(scale)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reset-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(metrics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-s+[Service ID or exact name]:SERVICE:_default' \
'--service=[Service ID or exact name]:SERVICE:_default' \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-s+[Service ID or exact name]:SERVICE:_default' \
'--service=[Service ID or exact name]:SERVICE:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':backup -- Backup ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__backup__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-backup-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(key)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-key-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--name=[Key name]:NAME:_default' \
'*--role=[Role of the key (repeatable)]:ROLE:(admin developer)' \
'--expires-at=[When the key stops working (RFC 3339) \[default\: never\]]:TIME:_default' \
'--save-as-profile=[Store the new key'\''s ID and secret (and the organization) as this profile'\''s ClickHouse credentials, and print neither]:PROFILE:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--disabled[Create the key disabled]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Key ID or exact name:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name]:NAME:_default' \
'*--role=[The key'\''s roles, replacing the current ones (repeatable)]:ROLE:(admin developer)' \
'--expires-at=[When the key stops working (RFC 3339)]:TIME:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'(--disable)--enable[Enable the key]' \
'--disable[Disable the key (requests made with it fail until it is enabled again)]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Key ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Key ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__key__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-key-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-member-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User ID or e-mail address:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--role=[The new role]:ROLE:(admin developer)' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User ID or e-mail address:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- User ID or e-mail address:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__member__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-member-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(invitation)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__invitation_commands" \
"*::: :->invitation" \
&& ret=0

    case $state in
    (invitation)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-invitation-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--email=[The invitee'\''s e-mail address]:EMAIL:_default' \
'--role=[The role they get on joining]:ROLE:(admin developer)' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':invitation -- Invitation ID or the invitee'\''s e-mail address:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':invitation -- Invitation ID or the invitee'\''s e-mail address:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-invitation-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(activity)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__ch__subcmd__activity_commands" \
"*::: :->activity" \
&& ret=0

    case $state in
    (activity)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-activity-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--from=[Only activities at or after this time (RFC 3339)]:TIME:_default' \
'--to=[Only activities at or before this time (RFC 3339)]:TIME:_default' \
'--limit=[Show at most this many]:N:_default' \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--org=[Organization ID (or CLICKHOUSE_ORG_ID; default\: the profile'\''s, else the only one the key sees)]:ID:_default' \
'--api-url=[API base URL (or CLICKHOUSE_API_URL) \[default\: https\://api.clickhouse.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':activity -- Activity ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__activity__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-activity-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-org-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(scale)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reset-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(metrics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(key)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-key-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-member-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(invitation)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation_commands" \
"*::: :->invitation" \
&& ret=0

    case $state in
    (invitation)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-invitation-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(activity)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__ch__subcmd__help__subcmd__activity_commands" \
"*::: :->activity" \
&& ret=0

    case $state in
    (activity)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-ch-help-activity-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(crdb)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb_commands" \
"*::: :->crdb" \
&& ret=0

    case $state in
    (crdb)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-org-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__org__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-org-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(cluster)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__cluster_commands" \
"*::: :->cluster" \
&& ret=0

    case $state in
    (cluster)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cluster-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--show-inactive[Include deleted clusters]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--provider=[Cloud provider]:PROVIDER:(gcp aws azure)' \
'--plan=[Serverless (billed by use) or dedicated (your own nodes)]:PLAN:(serverless dedicated)' \
'*--region=[A region; dedicated clusters give its node count as REGION\:NODES. Repeat for several regions (a serverless cluster'\''s first region is its primary one)]:REGION[:NODES]:_default' \
'--spend-limit=[Serverless\: monthly spend limit in US dollars (0 = none)]:USD:_default' \
'--vcpus=[Dedicated\: virtual CPUs per node]:N:_default' \
'--storage-gib=[Dedicated\: storage per node in GiB]:GIB:_default' \
'--version=[Dedicated\: CockroachDB major version (see \`dbcloud crdb versions\`) \[default\: the latest\]]:VERSION:_default' \
'--folder=[Folder to create the cluster in\: its ID, path (/team/prod) or exact name]:FOLDER:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
':name -- Cluster name\: up to 40 lowercase letters, digits and dashes:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--region=[Dedicated\: set a region'\''s node count (0 removes the region, a new name adds one). Repeat for several; regions not named keep their nodes]:REGION:NODES:_default' \
'--vcpus=[Dedicated\: virtual CPUs per node]:N:_default' \
'--storage-gib=[Dedicated\: storage per node in GiB]:GIB:_default' \
'--spend-limit=[Serverless\: monthly spend limit in US dollars (0 = none)]:USD:_default' \
'--version=[Upgrade to this CockroachDB version]:VERSION:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(connection-string)
_arguments "${_arguments_options[@]}" : \
'--database=[Database to connect to]:DATABASE:_default' \
'--sql-user=[SQL user to connect as]:SQL_USER:_default' \
'--os=[Format the string for this operating system]:OS:(mac linux windows)' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(nodes)
_arguments "${_arguments_options[@]}" : \
'--region=[Only the nodes in this region]:REGION:_default' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cluster-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(connection-string)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nodes)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(regions)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this cloud provider'\''s regions]:PROVIDER:(gcp aws azure)' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--serverless[Only regions that can host serverless clusters]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(versions)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(database)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__database_commands" \
"*::: :->database" \
&& ret=0

    case $state in
    (database)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-database-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Database name:_default' \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Database name:_default' \
':new_name -- The new name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Database name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__database__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-database-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(sql-user)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__sql-user_commands" \
"*::: :->sql-user" \
&& ret=0

    case $state in
    (sql-user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-sql-user-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--password-stdin[Read the password from stdin instead of prompting]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- SQL user name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- SQL user name:_default' \
&& ret=0
;;
(set-password)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--password-stdin[Read the password from stdin instead of prompting]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- SQL user name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-sql-user-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(allowlist)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__allowlist_commands" \
"*::: :->allowlist" \
&& ret=0

    case $state in
    (allowlist)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-allowlist-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--name=[A label for the entry]:NAME:_default' \
'--sql=[Allow SQL connections \[default\: true\]]:BOOL:(true false)' \
'--ui=[Allow the DB Console (UI) \[default\: false\]]:BOOL:(true false)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cidr -- IPv4 CIDR range (like 203.0.113.0/24):_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[A new label]:NAME:_default' \
'--sql=[Allow SQL connections]:BOOL:(true false)' \
'--ui=[Allow the DB Console (UI)]:BOOL:(true false)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cidr -- IPv4 CIDR range of the entry:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cidr -- IPv4 CIDR range of the entry:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-allowlist-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--start-time=[Only those created at or after this RFC 3339 time]:TIME:_default' \
'--end-time=[Only those created before this RFC 3339 time]:TIME:_default' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--frequency-minutes=[Minutes between backups\: 5, 10, 15, 30, 60, 240 or 1440]:MINUTES:_default' \
'--retention-days=[Days a backup is kept\: 2, 7, 30, 90 or 365]:DAYS:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-config-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-help-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__restore_commands" \
"*::: :->restore" \
&& ret=0

    case $state in
    (restore)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-restore-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--start-time=[Only those created at or after this RFC 3339 time]:TIME:_default' \
'--end-time=[Only those created before this RFC 3339 time]:TIME:_default' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--backup=[ID of the backup to restore]:ID:_default' \
'--target=[What to restore, as a JSON object (the API'\''s \`target\`) \[default\: the whole cluster\]]:JSON:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':restore -- Restore ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-restore-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(private-endpoint)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint_commands" \
"*::: :->private-endpoint" \
&& ret=0

    case $state in
    (private-endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-command-$line[1]:"
        case $line[1] in
            (service)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-service-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(connection)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection_commands" \
"*::: :->connection" \
&& ret=0

    case $state in
    (connection)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-connection-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':endpoint_id -- The endpoint'\''s ID in your cloud provider (AWS\: vpce-..., GCP\: the endpoint name):_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':endpoint_id -- The endpoint'\''s ID in your cloud provider:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-connection-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-help-command-$line[1]:"
        case $line[1] in
            (service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-help-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(connection)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection_commands" \
"*::: :->connection" \
&& ret=0

    case $state in
    (connection)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-help-connection-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(egress-rule)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__egress-rule_commands" \
"*::: :->egress-rule" \
&& ret=0

    case $state in
    (egress-rule)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-egress-rule-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--name=[A name for the rule]:NAME:_default' \
'--destination=[Host name (api.example.com, *.example.com) or CIDR range (203.0.113.0/24)]:DESTINATION:_default' \
'*--port=[A port to allow (1-65535); repeat for several \[default\: all\]]:PORT:_default' \
'--type=[What the destination is \[default\: from its form\]]:TYPE:(fqdn cidr)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':rule -- Rule ID or exact name:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[A new name]:NAME:_default' \
'--destination=[A new destination, of the same type as the rule'\''s]:DESTINATION:_default' \
'*--port=[The ports to allow (1-65535), replacing the current ones; repeat for several]:PORT:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':rule -- Rule ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':rule -- Rule ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-egress-rule-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(log-export)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__log-export_commands" \
"*::: :->log-export" \
&& ret=0

    case $state in
    (log-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-log-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--type=[Where the logs go]:TYPE:(aws-cloudwatch gcp-cloud-logging)' \
'--log-name=[Name of the log group (CloudWatch) or log (Cloud Logging) \[default\: the service'\''s\]]:LOG_NAME:_default' \
'--groups-file=[A JSON file with the array of channel groups to export separately]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-log-export-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(metric-export)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export_commands" \
"*::: :->metric-export" \
&& ret=0

    case $state in
    (metric-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':sink -- Where the metrics go:(cloudwatch datadog prometheus)' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable_commands" \
"*::: :->enable" \
&& ret=0

    case $state in
    (enable)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-enable-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
'--role-arn=[The IAM role to assume (arn\:aws\:iam\:\:ACCOUNT\:role/NAME)]:ARN:_default' \
'--target-region=[The AWS region to send the metrics to \[default\: the cluster'\''s first region\]]:REGION:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
'--site=[The Datadog site of your account \[default\: us1\]]:SITE:(us1 us3 us5 eu1 ap1 us1-gov)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--api-key-stdin[Read the Datadog API key from stdin]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-enable-help-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':sink -- Where the metrics go:(cloudwatch datadog prometheus)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable_commands" \
"*::: :->enable" \
&& ret=0

    case $state in
    (enable)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-help-enable-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(cmek)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__cmek_commands" \
"*::: :->cmek" \
&& ret=0

    case $state in
    (cmek)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cmek-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--spec-file=[JSON file with the \`region_specs\` array]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--spec-file=[JSON file with the \`region_specs\` array]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cmek-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(maintenance-window)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__maintenance-window_commands" \
"*::: :->maintenance-window" \
&& ret=0

    case $state in
    (maintenance-window)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-maintenance-window-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--day=[Day of the week\: monday ... sunday, mon ... sun, or 0 (Sunday) ... 6 (Saturday)]:DAY:_default' \
'--start-hour=[Hour of the day maintenance starts, UTC (0-23)]:HOUR:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-maintenance-window-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(version-deferral)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__version-deferral_commands" \
"*::: :->version-deferral" \
&& ret=0

    case $state in
    (version-deferral)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-version-deferral-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--policy=[not-deferred\: upgrades apply as released; fixed-deferral\: they are delayed]:POLICY:(not-deferred fixed-deferral)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-version-deferral-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-org-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cluster)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster_commands" \
"*::: :->cluster" \
&& ret=0

    case $state in
    (cluster)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-cluster-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(connection-string)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nodes)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(regions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(versions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(database)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__database_commands" \
"*::: :->database" \
&& ret=0

    case $state in
    (database)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-database-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sql-user)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user_commands" \
"*::: :->sql-user" \
&& ret=0

    case $state in
    (sql-user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-sql-user-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(allowlist)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist_commands" \
"*::: :->allowlist" \
&& ret=0

    case $state in
    (allowlist)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-allowlist-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-backup-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(restore)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore_commands" \
"*::: :->restore" \
&& ret=0

    case $state in
    (restore)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-restore-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(private-endpoint)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint_commands" \
"*::: :->private-endpoint" \
&& ret=0

    case $state in
    (private-endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-private-endpoint-command-$line[1]:"
        case $line[1] in
            (service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-private-endpoint-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(connection)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection_commands" \
"*::: :->connection" \
&& ret=0

    case $state in
    (connection)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-private-endpoint-connection-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(egress-rule)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule_commands" \
"*::: :->egress-rule" \
&& ret=0

    case $state in
    (egress-rule)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-egress-rule-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(log-export)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export_commands" \
"*::: :->log-export" \
&& ret=0

    case $state in
    (log-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-log-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(metric-export)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export_commands" \
"*::: :->metric-export" \
&& ret=0

    case $state in
    (metric-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-metric-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable_commands" \
"*::: :->enable" \
&& ret=0

    case $state in
    (enable)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-metric-export-enable-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cmek)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek_commands" \
"*::: :->cmek" \
&& ret=0

    case $state in
    (cmek)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-cmek-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(maintenance-window)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window_commands" \
"*::: :->maintenance-window" \
&& ret=0

    case $state in
    (maintenance-window)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-maintenance-window-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(version-deferral)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral_commands" \
"*::: :->version-deferral" \
&& ret=0

    case $state in
    (version-deferral)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-version-deferral-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(cockroach)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb_commands" \
"*::: :->crdb" \
&& ret=0

    case $state in
    (crdb)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-org-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__org__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-org-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(cluster)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__cluster_commands" \
"*::: :->cluster" \
&& ret=0

    case $state in
    (cluster)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cluster-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--show-inactive[Include deleted clusters]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--provider=[Cloud provider]:PROVIDER:(gcp aws azure)' \
'--plan=[Serverless (billed by use) or dedicated (your own nodes)]:PLAN:(serverless dedicated)' \
'*--region=[A region; dedicated clusters give its node count as REGION\:NODES. Repeat for several regions (a serverless cluster'\''s first region is its primary one)]:REGION[:NODES]:_default' \
'--spend-limit=[Serverless\: monthly spend limit in US dollars (0 = none)]:USD:_default' \
'--vcpus=[Dedicated\: virtual CPUs per node]:N:_default' \
'--storage-gib=[Dedicated\: storage per node in GiB]:GIB:_default' \
'--version=[Dedicated\: CockroachDB major version (see \`dbcloud crdb versions\`) \[default\: the latest\]]:VERSION:_default' \
'--folder=[Folder to create the cluster in\: its ID, path (/team/prod) or exact name]:FOLDER:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
':name -- Cluster name\: up to 40 lowercase letters, digits and dashes:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--region=[Dedicated\: set a region'\''s node count (0 removes the region, a new name adds one). Repeat for several; regions not named keep their nodes]:REGION:NODES:_default' \
'--vcpus=[Dedicated\: virtual CPUs per node]:N:_default' \
'--storage-gib=[Dedicated\: storage per node in GiB]:GIB:_default' \
'--spend-limit=[Serverless\: monthly spend limit in US dollars (0 = none)]:USD:_default' \
'--version=[Upgrade to this CockroachDB version]:VERSION:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(connection-string)
_arguments "${_arguments_options[@]}" : \
'--database=[Database to connect to]:DATABASE:_default' \
'--sql-user=[SQL user to connect as]:SQL_USER:_default' \
'--os=[Format the string for this operating system]:OS:(mac linux windows)' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(nodes)
_arguments "${_arguments_options[@]}" : \
'--region=[Only the nodes in this region]:REGION:_default' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cluster -- Cluster ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cluster-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(connection-string)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nodes)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(regions)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this cloud provider'\''s regions]:PROVIDER:(gcp aws azure)' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--serverless[Only regions that can host serverless clusters]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(versions)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(database)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__database_commands" \
"*::: :->database" \
&& ret=0

    case $state in
    (database)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-database-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Database name:_default' \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Database name:_default' \
':new_name -- The new name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Database name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__database__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-database-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(sql-user)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__sql-user_commands" \
"*::: :->sql-user" \
&& ret=0

    case $state in
    (sql-user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-sql-user-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--password-stdin[Read the password from stdin instead of prompting]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- SQL user name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- SQL user name:_default' \
&& ret=0
;;
(set-password)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--password-stdin[Read the password from stdin instead of prompting]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- SQL user name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-sql-user-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(allowlist)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__allowlist_commands" \
"*::: :->allowlist" \
&& ret=0

    case $state in
    (allowlist)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-allowlist-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--name=[A label for the entry]:NAME:_default' \
'--sql=[Allow SQL connections \[default\: true\]]:BOOL:(true false)' \
'--ui=[Allow the DB Console (UI) \[default\: false\]]:BOOL:(true false)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cidr -- IPv4 CIDR range (like 203.0.113.0/24):_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[A new label]:NAME:_default' \
'--sql=[Allow SQL connections]:BOOL:(true false)' \
'--ui=[Allow the DB Console (UI)]:BOOL:(true false)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cidr -- IPv4 CIDR range of the entry:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':cidr -- IPv4 CIDR range of the entry:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-allowlist-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--start-time=[Only those created at or after this RFC 3339 time]:TIME:_default' \
'--end-time=[Only those created before this RFC 3339 time]:TIME:_default' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--frequency-minutes=[Minutes between backups\: 5, 10, 15, 30, 60, 240 or 1440]:MINUTES:_default' \
'--retention-days=[Days a backup is kept\: 2, 7, 30, 90 or 365]:DAYS:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-config-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-backup-help-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__restore_commands" \
"*::: :->restore" \
&& ret=0

    case $state in
    (restore)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-restore-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--start-time=[Only those created at or after this RFC 3339 time]:TIME:_default' \
'--end-time=[Only those created before this RFC 3339 time]:TIME:_default' \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--backup=[ID of the backup to restore]:ID:_default' \
'--target=[What to restore, as a JSON object (the API'\''s \`target\`) \[default\: the whole cluster\]]:JSON:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':restore -- Restore ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-restore-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(private-endpoint)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint_commands" \
"*::: :->private-endpoint" \
&& ret=0

    case $state in
    (private-endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-command-$line[1]:"
        case $line[1] in
            (service)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-service-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(connection)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection_commands" \
"*::: :->connection" \
&& ret=0

    case $state in
    (connection)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-connection-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':endpoint_id -- The endpoint'\''s ID in your cloud provider (AWS\: vpce-..., GCP\: the endpoint name):_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':endpoint_id -- The endpoint'\''s ID in your cloud provider:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-connection-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-help-command-$line[1]:"
        case $line[1] in
            (service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-help-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(connection)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection_commands" \
"*::: :->connection" \
&& ret=0

    case $state in
    (connection)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-private-endpoint-help-connection-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(egress-rule)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__egress-rule_commands" \
"*::: :->egress-rule" \
&& ret=0

    case $state in
    (egress-rule)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-egress-rule-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[Stop after this many items (default\: all, every page)]:N:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--name=[A name for the rule]:NAME:_default' \
'--destination=[Host name (api.example.com, *.example.com) or CIDR range (203.0.113.0/24)]:DESTINATION:_default' \
'*--port=[A port to allow (1-65535); repeat for several \[default\: all\]]:PORT:_default' \
'--type=[What the destination is \[default\: from its form\]]:TYPE:(fqdn cidr)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':rule -- Rule ID or exact name:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[A new name]:NAME:_default' \
'--destination=[A new destination, of the same type as the rule'\''s]:DESTINATION:_default' \
'*--port=[The ports to allow (1-65535), replacing the current ones; repeat for several]:PORT:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':rule -- Rule ID or exact name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':rule -- Rule ID or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-egress-rule-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(log-export)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__log-export_commands" \
"*::: :->log-export" \
&& ret=0

    case $state in
    (log-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-log-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--type=[Where the logs go]:TYPE:(aws-cloudwatch gcp-cloud-logging)' \
'--log-name=[Name of the log group (CloudWatch) or log (Cloud Logging) \[default\: the service'\''s\]]:LOG_NAME:_default' \
'--groups-file=[A JSON file with the array of channel groups to export separately]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-log-export-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(metric-export)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export_commands" \
"*::: :->metric-export" \
&& ret=0

    case $state in
    (metric-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':sink -- Where the metrics go:(cloudwatch datadog prometheus)' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable_commands" \
"*::: :->enable" \
&& ret=0

    case $state in
    (enable)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-enable-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
'--role-arn=[The IAM role to assume (arn\:aws\:iam\:\:ACCOUNT\:role/NAME)]:ARN:_default' \
'--target-region=[The AWS region to send the metrics to \[default\: the cluster'\''s first region\]]:REGION:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
'--site=[The Datadog site of your account \[default\: us1\]]:SITE:(us1 us3 us5 eu1 ap1 us1-gov)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--api-key-stdin[Read the Datadog API key from stdin]' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-enable-help-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':sink -- Where the metrics go:(cloudwatch datadog prometheus)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable_commands" \
"*::: :->enable" \
&& ret=0

    case $state in
    (enable)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-metric-export-help-enable-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(cmek)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__cmek_commands" \
"*::: :->cmek" \
&& ret=0

    case $state in
    (cmek)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cmek-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--spec-file=[JSON file with the \`region_specs\` array]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--spec-file=[JSON file with the \`region_specs\` array]:FILE:_files' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-cmek-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(maintenance-window)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__maintenance-window_commands" \
"*::: :->maintenance-window" \
&& ret=0

    case $state in
    (maintenance-window)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-maintenance-window-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--day=[Day of the week\: monday ... sunday, mon ... sun, or 0 (Sunday) ... 6 (Saturday)]:DAY:_default' \
'--start-hour=[Hour of the day maintenance starts, UTC (0-23)]:HOUR:_default' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-maintenance-window-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(version-deferral)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__crdb__subcmd__version-deferral_commands" \
"*::: :->version-deferral" \
&& ret=0

    case $state in
    (version-deferral)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-version-deferral-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--policy=[not-deferred\: upgrades apply as released; fixed-deferral\: they are delayed]:POLICY:(not-deferred fixed-deferral)' \
'--wait-timeout=[Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. \[default\: per command\]]:DURATION:_default' \
'-c+[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--cluster=[Cluster ID or exact name \[default\: the profile'\''s cockroach.cluster\]]:CLUSTER:_default' \
'--api-url=[API base URL (or COCKROACH_SERVER) \[default\: https\://cockroachlabs.cloud\]]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--wait[Wait until the change has finished on the server]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-version-deferral-help-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-org-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cluster)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster_commands" \
"*::: :->cluster" \
&& ret=0

    case $state in
    (cluster)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-cluster-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(connection-string)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nodes)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(regions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(versions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(database)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__database_commands" \
"*::: :->database" \
&& ret=0

    case $state in
    (database)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-database-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sql-user)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user_commands" \
"*::: :->sql-user" \
&& ret=0

    case $state in
    (sql-user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-sql-user-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(allowlist)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist_commands" \
"*::: :->allowlist" \
&& ret=0

    case $state in
    (allowlist)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-allowlist-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-backup-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(restore)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore_commands" \
"*::: :->restore" \
&& ret=0

    case $state in
    (restore)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-restore-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(private-endpoint)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint_commands" \
"*::: :->private-endpoint" \
&& ret=0

    case $state in
    (private-endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-private-endpoint-command-$line[1]:"
        case $line[1] in
            (service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-private-endpoint-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(connection)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection_commands" \
"*::: :->connection" \
&& ret=0

    case $state in
    (connection)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-private-endpoint-connection-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(egress-rule)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule_commands" \
"*::: :->egress-rule" \
&& ret=0

    case $state in
    (egress-rule)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-egress-rule-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(log-export)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export_commands" \
"*::: :->log-export" \
&& ret=0

    case $state in
    (log-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-log-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(metric-export)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export_commands" \
"*::: :->metric-export" \
&& ret=0

    case $state in
    (metric-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-metric-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable_commands" \
"*::: :->enable" \
&& ret=0

    case $state in
    (enable)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-metric-export-enable-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cmek)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek_commands" \
"*::: :->cmek" \
&& ret=0

    case $state in
    (cmek)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-cmek-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(maintenance-window)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window_commands" \
"*::: :->maintenance-window" \
&& ret=0

    case $state in
    (maintenance-window)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-maintenance-window-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(version-deferral)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral_commands" \
"*::: :->version-deferral" \
&& ret=0

    case $state in
    (version-deferral)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-crdb-help-version-deferral-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(ls)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this provider'\''s databases]:PROVIDER:(clickhouse cockroach)' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'--provider=[Only this provider'\''s databases]:PROVIDER:(clickhouse cockroach)' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(auth)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__auth_commands" \
"*::: :->auth" \
&& ret=0

    case $state in
    (auth)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-auth-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
'--provider=[The provider to log in to (asked on a terminal when omitted)]:PROVIDER:(clickhouse cockroach)' \
'--key-id=[ClickHouse API key ID (asked on a terminal when omitted)]:ID:_default' \
'--org=[ClickHouse organization ID to store \[default\: the only one the key sees\]]:ID:_default' \
'--api-url=[API base URL to use and store in the profile (e.g. a local emulator)]:URL:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--secret-stdin[Read the secret (ClickHouse key secret, CockroachDB API key) from stdin instead of a prompt]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--check[Also verify the credentials with one API call each]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__auth__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-auth-help-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(profile)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__profile_commands" \
"*::: :->profile" \
&& ret=0

    case $state in
    (profile)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-profile-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
'::name:_default' \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'()--unset[Remove the setting instead]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- The setting, as section.key:_default' \
'::value -- The new value (not for secrets):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__profile__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-profile-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(api)
_arguments "${_arguments_options[@]}" : \
'-d+[Request body\: JSON text, @FILE, or - for stdin]:JSON|@FILE|-:_default' \
'--data=[Request body\: JSON text, @FILE, or - for stdin]:JSON|@FILE|-:_default' \
'*-F+[Query parameter (repeatable)]:KEY=VALUE:_default' \
'*--query=[Query parameter (repeatable)]:KEY=VALUE:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--paginate[Follow CockroachDB pagination to the last page and merge the lists]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':provider -- Which API\: ch (ClickHouse Cloud) or crdb (CockroachDB Cloud):(clickhouse cockroach)' \
':method -- HTTP method\: GET, POST, PUT, PATCH or DELETE:_default' \
':path -- Path as the API documents it (/v1/... or /api/v1/...), optionally with ?query:_default' \
&& ret=0
;;
(emulator)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_dbcloud__subcmd__emulator_commands" \
"*::: :->emulator" \
&& ret=0

    case $state in
    (emulator)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-emulator-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
'--addr=[Address to listen on; port 0 picks a free port]:HOST:PORT:_default' \
'--state=[Keep the state in this JSON file\: loaded at start (seeded when missing), written atomically after every change]:FILE:_files' \
'--transition-ms=[How long each state transition takes (provisioning, stopping, a locked cluster, a restore...)]:MS:_default' \
'--rate-limits=[Enforce the real rate limits (ClickHouse 10 requests per 10 s, CockroachDB 10 per s, per key)]:on|off:_default' \
'--seed-services=[Running ClickHouse services to seed a new state with (seed-service-0001, ...)]:N:_default' \
'--seed-clusters=[CREATED CockroachDB clusters to seed a new state with (seed-cluster-0001, ...)]:N:_default' \
'--latency-ms=[Fault\: delay every API answer by this long]:MS:_default' \
'--fail-rate=[Fault\: answer this share of API requests (0 to 1) with an error status from --fail-status]:F:_default' \
'*--fail-status=[Fault\: the statuses --fail-rate picks from (429 and 503 carry Retry-After\: 1)]:S,S:_default' \
'--reset-rate=[Fault\: close the connection without an answer for this share of API requests]:F:_default' \
'--truncate-rate=[Fault\: answer 200 with a truncated JSON body for this share of API requests]:F:_default' \
'--html-rate=[Fault\: answer 200 or 502 with an HTML page (like a proxy) for this share of API requests]:F:_default' \
'--clickhouse-key-id=[ClickHouse API key ID to accept (HTTP Basic user)]:ID:_default' \
'--clickhouse-key-secret=[ClickHouse API key secret to accept (HTTP Basic password)]:SECRET:_default' \
'--cockroach-api-key=[CockroachDB API key to accept (Authorization\: Bearer)]:KEY:_default' \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--log-requests[Print one line per API request on stderr]' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(reset)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__emulator__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-emulator-help-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reset)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'-p+[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'--profile=[Profile to use (or DBCLOUD_PROFILE; default\: the config'\''s default_profile)]:NAME:_default' \
'-o+[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--output=[Output format \[default\: table\]]:FORMAT:(table json yaml)' \
'--jq=[Filter the JSON output with a jq expression (built in; no jq needed)]:EXPR:_default' \
'*--columns=[Table columns, as JSON field paths (e.g. id,name,state)]:FIELDS:_default' \
'--timeout=[Timeout of each HTTP request (e.g. 30s, 2m)]:DURATION:_default' \
'--config=[Config file \[default\: config.toml in the platform config directory\]]:FILE:_files' \
'--json[Shorthand for --output json]' \
'-q[No progress or status messages]' \
'--quiet[No progress or status messages]' \
'-y[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (required for destructive commands without a terminal)]' \
'--no-input[Never prompt (also when stdin is not a terminal or CI is set)]' \
'-v[Log each HTTP request and response to stderr, secrets redacted]' \
'--verbose[Log each HTTP request and response to stderr, secrets redacted]' \
'--no-color[No colours (also NO_COLOR)]' \
'--emulator[Run against a local emulator of both APIs (state kept in the data directory); no account needed]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
':shell -- The shell to print the completion script for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-command-$line[1]:"
        case $line[1] in
            (ch)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch_commands" \
"*::: :->ch" \
&& ret=0

    case $state in
    (ch)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-org-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(private-endpoint-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(scale)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reset-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(metrics)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(key)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-key-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-member-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(invitation)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation_commands" \
"*::: :->invitation" \
&& ret=0

    case $state in
    (invitation)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-invitation-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(activity)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__ch__subcmd__activity_commands" \
"*::: :->activity" \
&& ret=0

    case $state in
    (activity)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-ch-activity-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(crdb)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb_commands" \
"*::: :->crdb" \
&& ret=0

    case $state in
    (crdb)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-org-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cluster)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster_commands" \
"*::: :->cluster" \
&& ret=0

    case $state in
    (cluster)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-cluster-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(connection-string)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nodes)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(regions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(versions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(database)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__database_commands" \
"*::: :->database" \
&& ret=0

    case $state in
    (database)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-database-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sql-user)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user_commands" \
"*::: :->sql-user" \
&& ret=0

    case $state in
    (sql-user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-sql-user-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(allowlist)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist_commands" \
"*::: :->allowlist" \
&& ret=0

    case $state in
    (allowlist)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-allowlist-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup_commands" \
"*::: :->backup" \
&& ret=0

    case $state in
    (backup)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-backup-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-backup-config-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(restore)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore_commands" \
"*::: :->restore" \
&& ret=0

    case $state in
    (restore)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-restore-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(private-endpoint)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint_commands" \
"*::: :->private-endpoint" \
&& ret=0

    case $state in
    (private-endpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-private-endpoint-command-$line[1]:"
        case $line[1] in
            (service)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-private-endpoint-service-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(connection)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection_commands" \
"*::: :->connection" \
&& ret=0

    case $state in
    (connection)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-private-endpoint-connection-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(egress-rule)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule_commands" \
"*::: :->egress-rule" \
&& ret=0

    case $state in
    (egress-rule)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-egress-rule-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(log-export)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export_commands" \
"*::: :->log-export" \
&& ret=0

    case $state in
    (log-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-log-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(metric-export)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export_commands" \
"*::: :->metric-export" \
&& ret=0

    case $state in
    (metric-export)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-metric-export-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable_commands" \
"*::: :->enable" \
&& ret=0

    case $state in
    (enable)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-metric-export-enable-command-$line[1]:"
        case $line[1] in
            (cloudwatch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datadog)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(prometheus)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cmek)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek_commands" \
"*::: :->cmek" \
&& ret=0

    case $state in
    (cmek)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-cmek-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(maintenance-window)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window_commands" \
"*::: :->maintenance-window" \
&& ret=0

    case $state in
    (maintenance-window)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-maintenance-window-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(version-deferral)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__crdb__subcmd__version-deferral_commands" \
"*::: :->version-deferral" \
&& ret=0

    case $state in
    (version-deferral)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-crdb-version-deferral-command-$line[1]:"
        case $line[1] in
            (get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(ls)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(auth)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__auth_commands" \
"*::: :->auth" \
&& ret=0

    case $state in
    (auth)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-auth-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(profile)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__profile_commands" \
"*::: :->profile" \
&& ret=0

    case $state in
    (profile)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-profile-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(use)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(api)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(emulator)
_arguments "${_arguments_options[@]}" : \
":: :_dbcloud__subcmd__help__subcmd__emulator_commands" \
"*::: :->emulator" \
&& ret=0

    case $state in
    (emulator)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:dbcloud-help-emulator-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reset)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_dbcloud_commands] )) ||
_dbcloud_commands() {
    local commands; commands=(
'ch:ClickHouse Cloud\: organizations, services, backups, keys, members, invitations, activities' \
'clickhouse:ClickHouse Cloud\: organizations, services, backups, keys, members, invitations, activities' \
'crdb:CockroachDB Cloud\: clusters, databases, SQL users, networking, backups and more' \
'cockroach:CockroachDB Cloud\: clusters, databases, SQL users, networking, backups and more' \
'ls:Every database of every profile and provider, in one table' \
'status:Every database of every profile and provider, in one table' \
'auth:Log in, and see which credentials are in effect' \
'profile:Manage named profiles in the config file' \
'api:Send an authenticated request to either API and print the answer' \
'emulator:Run the local emulator of both APIs' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__api_commands] )) ||
_dbcloud__subcmd__api_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud api commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__auth_commands] )) ||
_dbcloud__subcmd__auth_commands() {
    local commands; commands=(
'login:Save a provider'\''s credentials in a profile, after checking them with one API call' \
'status:Show, per profile and provider, each credential and where it comes from (flag, env, file)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud auth commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__auth__subcmd__help_commands] )) ||
_dbcloud__subcmd__auth__subcmd__help_commands() {
    local commands; commands=(
'login:Save a provider'\''s credentials in a profile, after checking them with one API call' \
'status:Show, per profile and provider, each credential and where it comes from (flag, env, file)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud auth help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__auth__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__auth__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud auth help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__auth__subcmd__help__subcmd__login_commands] )) ||
_dbcloud__subcmd__auth__subcmd__help__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud auth help login commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__auth__subcmd__help__subcmd__status_commands] )) ||
_dbcloud__subcmd__auth__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud auth help status commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__auth__subcmd__login_commands] )) ||
_dbcloud__subcmd__auth__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud auth login commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__auth__subcmd__status_commands] )) ||
_dbcloud__subcmd__auth__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud auth status commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch_commands] )) ||
_dbcloud__subcmd__ch_commands() {
    local commands; commands=(
'org:Organizations\: list, inspect, rename, private endpoints' \
'service:Services\: create, inspect, change, start, stop, scale, delete, passwords, metrics' \
'backup:Backups of a service' \
'key:API keys of the organization' \
'member:Members of the organization' \
'invitation:Invitations to join the organization' \
'activity:The organization'\''s audit log' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__activity_commands] )) ||
_dbcloud__subcmd__ch__subcmd__activity_commands() {
    local commands; commands=(
'list:List the organization'\''s activities, optionally between two times' \
'get:Show an activity' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch activity commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__activity__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__activity__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch activity get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__activity__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__activity__subcmd__help_commands() {
    local commands; commands=(
'list:List the organization'\''s activities, optionally between two times' \
'get:Show an activity' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch activity help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch activity help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch activity help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch activity help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__activity__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__activity__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch activity list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__backup_commands] )) ||
_dbcloud__subcmd__ch__subcmd__backup_commands() {
    local commands; commands=(
'list:List a service'\''s backups' \
'get:Show a backup' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch backup commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__backup__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__backup__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch backup get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__backup__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__backup__subcmd__help_commands() {
    local commands; commands=(
'list:List a service'\''s backups' \
'get:Show a backup' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch backup help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch backup help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch backup help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch backup help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__backup__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__backup__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch backup list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help_commands() {
    local commands; commands=(
'org:Organizations\: list, inspect, rename, private endpoints' \
'service:Services\: create, inspect, change, start, stop, scale, delete, passwords, metrics' \
'backup:Backups of a service' \
'key:API keys of the organization' \
'member:Members of the organization' \
'invitation:Invitations to join the organization' \
'activity:The organization'\''s audit log' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__activity_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__activity_commands() {
    local commands; commands=(
'list:List the organization'\''s activities, optionally between two times' \
'get:Show an activity' \
    )
    _describe -t commands 'dbcloud ch help activity commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help activity get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help activity list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__backup_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__backup_commands() {
    local commands; commands=(
'list:List a service'\''s backups' \
'get:Show a backup' \
    )
    _describe -t commands 'dbcloud ch help backup commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help backup get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help backup list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation_commands() {
    local commands; commands=(
'list:List pending invitations' \
'create:Invite someone to the organization' \
'get:Show an invitation' \
'delete:Withdraw an invitation' \
    )
    _describe -t commands 'dbcloud ch help invitation commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help invitation create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help invitation delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help invitation get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help invitation list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__key_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__key_commands() {
    local commands; commands=(
'list:List the organization'\''s API keys' \
'create:Create an API key; its ID and secret are shown once (or saved in a profile)' \
'get:Show an API key' \
'update:Rename an API key, or change its roles, expiry or state' \
'delete:Delete an API key' \
    )
    _describe -t commands 'dbcloud ch help key commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help key create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help key delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help key get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help key list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help key update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__member_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__member_commands() {
    local commands; commands=(
'list:List the organization'\''s members' \
'get:Show a member' \
'update:Change a member'\''s role' \
'remove:Remove a member from the organization' \
    )
    _describe -t commands 'dbcloud ch help member commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help member get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help member list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__remove_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help member remove commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help member update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__org_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__org_commands() {
    local commands; commands=(
'list:List the organizations the API key can see' \
'get:Show an organization (default\: the one in effect)' \
'update:Rename an organization, or register or remove its private endpoints' \
'private-endpoint-config:What you need to create a private endpoint to ClickHouse Cloud in a cloud region' \
    )
    _describe -t commands 'dbcloud ch help org commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help org get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help org list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help org private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help org update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service_commands() {
    local commands; commands=(
'list:List the organization'\''s services' \
'get:Show a service' \
'create:Create a service; its password is shown once (or written to --password-file)' \
'update:Rename a service, or change its IP access list or private endpoints' \
'delete:Delete a service (it must be stopped; --force stops it first)' \
'private-endpoint-config:Show what is needed to connect a private endpoint to a service' \
'start:Start a stopped service' \
'stop:Stop a service' \
'scale:Change a service'\''s autoscaling\: memory bounds, replicas, idling' \
'reset-password:Set a new password for the default user of a service' \
'metrics:Print a service'\''s Prometheus metrics, as the API sends them' \
    )
    _describe -t commands 'dbcloud ch help service commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__metrics_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__metrics_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service metrics commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__reset-password_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__reset-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service reset-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__scale_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__scale_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service scale commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__start_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service start commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__stop_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service stop commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch help service update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation_commands() {
    local commands; commands=(
'list:List pending invitations' \
'create:Invite someone to the organization' \
'get:Show an invitation' \
'delete:Withdraw an invitation' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch invitation commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help_commands() {
    local commands; commands=(
'list:List pending invitations' \
'create:Invite someone to the organization' \
'get:Show an invitation' \
'delete:Withdraw an invitation' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch invitation help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__invitation__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__invitation__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch invitation list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key_commands() {
    local commands; commands=(
'list:List the organization'\''s API keys' \
'create:Create an API key; its ID and secret are shown once (or saved in a profile)' \
'get:Show an API key' \
'update:Rename an API key, or change its roles, expiry or state' \
'delete:Delete an API key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch key commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__help_commands() {
    local commands; commands=(
'list:List the organization'\''s API keys' \
'create:Create an API key; its ID and secret are shown once (or saved in a profile)' \
'get:Show an API key' \
'update:Rename an API key, or change its roles, expiry or state' \
'delete:Delete an API key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch key help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__key__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__key__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch key update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member_commands() {
    local commands; commands=(
'list:List the organization'\''s members' \
'get:Show a member' \
'update:Change a member'\''s role' \
'remove:Remove a member from the organization' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch member commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__help_commands() {
    local commands; commands=(
'list:List the organization'\''s members' \
'get:Show a member' \
'update:Change a member'\''s role' \
'remove:Remove a member from the organization' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch member help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__remove_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member help remove commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__remove_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member remove commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__member__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__member__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch member update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org_commands() {
    local commands; commands=(
'list:List the organizations the API key can see' \
'get:Show an organization (default\: the one in effect)' \
'update:Rename an organization, or register or remove its private endpoints' \
'private-endpoint-config:What you need to create a private endpoint to ClickHouse Cloud in a cloud region' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch org commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__help_commands() {
    local commands; commands=(
'list:List the organizations the API key can see' \
'get:Show an organization (default\: the one in effect)' \
'update:Rename an organization, or register or remove its private endpoints' \
'private-endpoint-config:What you need to create a private endpoint to ClickHouse Cloud in a cloud region' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch org help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org help private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__org__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__org__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch org update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service_commands() {
    local commands; commands=(
'list:List the organization'\''s services' \
'get:Show a service' \
'create:Create a service; its password is shown once (or written to --password-file)' \
'update:Rename a service, or change its IP access list or private endpoints' \
'delete:Delete a service (it must be stopped; --force stops it first)' \
'private-endpoint-config:Show what is needed to connect a private endpoint to a service' \
'start:Start a stopped service' \
'stop:Stop a service' \
'scale:Change a service'\''s autoscaling\: memory bounds, replicas, idling' \
'reset-password:Set a new password for the default user of a service' \
'metrics:Print a service'\''s Prometheus metrics, as the API sends them' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch service commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help_commands() {
    local commands; commands=(
'list:List the organization'\''s services' \
'get:Show a service' \
'create:Create a service; its password is shown once (or written to --password-file)' \
'update:Rename a service, or change its IP access list or private endpoints' \
'delete:Delete a service (it must be stopped; --force stops it first)' \
'private-endpoint-config:Show what is needed to connect a private endpoint to a service' \
'start:Start a stopped service' \
'stop:Stop a service' \
'scale:Change a service'\''s autoscaling\: memory bounds, replicas, idling' \
'reset-password:Set a new password for the default user of a service' \
'metrics:Print a service'\''s Prometheus metrics, as the API sends them' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud ch service help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__metrics_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__metrics_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help metrics commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__reset-password_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__reset-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help reset-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__scale_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__scale_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help scale commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__start_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help start commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__stop_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help stop commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__list_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__metrics_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__metrics_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service metrics commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__reset-password_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__reset-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service reset-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__scale_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__scale_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service scale commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__start_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service start commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__stop_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service stop commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ch__subcmd__service__subcmd__update_commands] )) ||
_dbcloud__subcmd__ch__subcmd__service__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ch service update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__completions_commands] )) ||
_dbcloud__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud completions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb_commands] )) ||
_dbcloud__subcmd__crdb_commands() {
    local commands; commands=(
'org:The organization the API key belongs to' \
'cluster:Clusters\: list, create, inspect, scale, delete, connect' \
'regions:Regions where clusters can be created' \
'versions:Major CockroachDB versions clusters can run' \
'database:Databases of a cluster' \
'sql-user:SQL users of a cluster' \
'allowlist:IP allowlist of a cluster' \
'backup:Backups of a cluster and their configuration' \
'restore:Restores of a cluster from its backups' \
'private-endpoint:Private endpoint services and connections of a cluster' \
'egress-rule:Outbound traffic rules of a cluster' \
'log-export:Export of a dedicated cluster'\''s logs' \
'metric-export:Export of a dedicated cluster'\''s metrics (CloudWatch, Datadog, Prometheus)' \
'cmek:Customer-managed encryption keys of a dedicated cluster' \
'maintenance-window:The weekly maintenance window of a cluster' \
'version-deferral:Deferral of automatic version upgrades of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist_commands() {
    local commands; commands=(
'list:List the allowlist entries of a cluster' \
'add:Allow an IPv4 range to connect (SQL by default)' \
'update:Change the label or access of an entry' \
'delete:Remove an entry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb allowlist commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help_commands() {
    local commands; commands=(
'list:List the allowlist entries of a cluster' \
'add:Allow an IPv4 range to connect (SQL by default)' \
'update:Change the label or access of an entry' \
'delete:Remove an entry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb allowlist help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist help add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb allowlist update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup_commands() {
    local commands; commands=(
'list:List the backups of a cluster' \
'config:The backup schedule and retention' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb backup commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config_commands() {
    local commands; commands=(
'get:Show how often backups are taken and how long they are kept' \
'update:Change how often backups are taken or how long they are kept' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb backup config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup config get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help_commands() {
    local commands; commands=(
'get:Show how often backups are taken and how long they are kept' \
'update:Change how often backups are taken or how long they are kept' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb backup config help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup config help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup config help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup config help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup config update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help_commands() {
    local commands; commands=(
'list:List the backups of a cluster' \
'config:The backup schedule and retention' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb backup help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config_commands() {
    local commands; commands=(
'get:Show how often backups are taken and how long they are kept' \
'update:Change how often backups are taken or how long they are kept' \
    )
    _describe -t commands 'dbcloud crdb backup help config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup help config get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup help config update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__backup__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__backup__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb backup list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster_commands() {
    local commands; commands=(
'list:List clusters (every page, unless --limit)' \
'get:Show a cluster' \
'create:Create a serverless or dedicated cluster' \
'update:Scale, upgrade or change the spend limit of a cluster' \
'delete:Delete a cluster and all its data' \
'connection-string:Print the connection string (alone, ready for psql or \`cockroach sql\`; the API'\''s object with -o json)' \
'nodes:List the nodes of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb cluster commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__connection-string_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__connection-string_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster connection-string commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help_commands() {
    local commands; commands=(
'list:List clusters (every page, unless --limit)' \
'get:Show a cluster' \
'create:Create a serverless or dedicated cluster' \
'update:Scale, upgrade or change the spend limit of a cluster' \
'delete:Delete a cluster and all its data' \
'connection-string:Print the connection string (alone, ready for psql or \`cockroach sql\`; the API'\''s object with -o json)' \
'nodes:List the nodes of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb cluster help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__connection-string_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__connection-string_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help connection-string commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__nodes_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__nodes_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help nodes commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__nodes_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__nodes_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster nodes commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cluster__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cluster update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek_commands() {
    local commands; commands=(
'get:Show the CMEK configuration of a cluster and its status' \
'enable:Encrypt a dedicated cluster with your own keys, one per region' \
'update:Replace the keys (for example after adding a region)' \
'rotate:Re-encrypt the cluster'\''s data keys with the current version of your keys' \
'revoke:Revoke the cluster'\''s access to your keys\: the cluster becomes unusable until access is restored' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb cmek commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help_commands() {
    local commands; commands=(
'get:Show the CMEK configuration of a cluster and its status' \
'enable:Encrypt a dedicated cluster with your own keys, one per region' \
'update:Replace the keys (for example after adding a region)' \
'rotate:Re-encrypt the cluster'\''s data keys with the current version of your keys' \
'revoke:Revoke the cluster'\''s access to your keys\: the cluster becomes unusable until access is restored' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb cmek help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek help enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__revoke_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek help revoke commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__rotate_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek help rotate commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__revoke_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek revoke commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__rotate_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek rotate commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__cmek__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb cmek update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database_commands() {
    local commands; commands=(
'list:List the databases of a cluster' \
'create:Create a database' \
'rename:Rename a database' \
'delete:Delete a database and its tables' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb database commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__help_commands() {
    local commands; commands=(
'list:List the databases of a cluster' \
'create:Create a database' \
'rename:Rename a database' \
'delete:Delete a database and its tables' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb database help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__rename_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database help rename commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__database__subcmd__rename_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__database__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb database rename commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule_commands() {
    local commands; commands=(
'list:List the egress rules of a cluster' \
'add:Allow the cluster to connect to a host name or a CIDR range' \
'get:Show an egress rule' \
'update:Change the name, destination or ports of an egress rule' \
'delete:Remove an egress rule' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb egress-rule commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help_commands() {
    local commands; commands=(
'list:List the egress rules of a cluster' \
'add:Allow the cluster to connect to a host name or a CIDR range' \
'get:Show an egress rule' \
'update:Change the name, destination or ports of an egress rule' \
'delete:Remove an egress rule' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb egress-rule help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule help add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule help update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__egress-rule__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb egress-rule update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help_commands() {
    local commands; commands=(
'org:The organization the API key belongs to' \
'cluster:Clusters\: list, create, inspect, scale, delete, connect' \
'regions:Regions where clusters can be created' \
'versions:Major CockroachDB versions clusters can run' \
'database:Databases of a cluster' \
'sql-user:SQL users of a cluster' \
'allowlist:IP allowlist of a cluster' \
'backup:Backups of a cluster and their configuration' \
'restore:Restores of a cluster from its backups' \
'private-endpoint:Private endpoint services and connections of a cluster' \
'egress-rule:Outbound traffic rules of a cluster' \
'log-export:Export of a dedicated cluster'\''s logs' \
'metric-export:Export of a dedicated cluster'\''s metrics (CloudWatch, Datadog, Prometheus)' \
'cmek:Customer-managed encryption keys of a dedicated cluster' \
'maintenance-window:The weekly maintenance window of a cluster' \
'version-deferral:Deferral of automatic version upgrades of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist_commands() {
    local commands; commands=(
'list:List the allowlist entries of a cluster' \
'add:Allow an IPv4 range to connect (SQL by default)' \
'update:Change the label or access of an entry' \
'delete:Remove an entry' \
    )
    _describe -t commands 'dbcloud crdb help allowlist commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help allowlist add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help allowlist delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help allowlist list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help allowlist update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup_commands() {
    local commands; commands=(
'list:List the backups of a cluster' \
'config:The backup schedule and retention' \
    )
    _describe -t commands 'dbcloud crdb help backup commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config_commands() {
    local commands; commands=(
'get:Show how often backups are taken and how long they are kept' \
'update:Change how often backups are taken or how long they are kept' \
    )
    _describe -t commands 'dbcloud crdb help backup config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help backup config get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help backup config update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help backup list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster_commands() {
    local commands; commands=(
'list:List clusters (every page, unless --limit)' \
'get:Show a cluster' \
'create:Create a serverless or dedicated cluster' \
'update:Scale, upgrade or change the spend limit of a cluster' \
'delete:Delete a cluster and all its data' \
'connection-string:Print the connection string (alone, ready for psql or \`cockroach sql\`; the API'\''s object with -o json)' \
'nodes:List the nodes of a cluster' \
    )
    _describe -t commands 'dbcloud crdb help cluster commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__connection-string_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__connection-string_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cluster connection-string commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cluster create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cluster delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cluster get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cluster list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__nodes_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__nodes_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cluster nodes commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cluster update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek_commands() {
    local commands; commands=(
'get:Show the CMEK configuration of a cluster and its status' \
'enable:Encrypt a dedicated cluster with your own keys, one per region' \
'update:Replace the keys (for example after adding a region)' \
'rotate:Re-encrypt the cluster'\''s data keys with the current version of your keys' \
'revoke:Revoke the cluster'\''s access to your keys\: the cluster becomes unusable until access is restored' \
    )
    _describe -t commands 'dbcloud crdb help cmek commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cmek enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cmek get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__revoke_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cmek revoke commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__rotate_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cmek rotate commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help cmek update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__database_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__database_commands() {
    local commands; commands=(
'list:List the databases of a cluster' \
'create:Create a database' \
'rename:Rename a database' \
'delete:Delete a database and its tables' \
    )
    _describe -t commands 'dbcloud crdb help database commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help database create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help database delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help database list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__rename_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help database rename commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule_commands() {
    local commands; commands=(
'list:List the egress rules of a cluster' \
'add:Allow the cluster to connect to a host name or a CIDR range' \
'get:Show an egress rule' \
'update:Change the name, destination or ports of an egress rule' \
'delete:Remove an egress rule' \
    )
    _describe -t commands 'dbcloud crdb help egress-rule commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help egress-rule add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help egress-rule delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help egress-rule get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help egress-rule list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__update_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__egress-rule__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help egress-rule update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export_commands() {
    local commands; commands=(
'get:Show the log export of a cluster and its status' \
'enable:Export the cluster'\''s logs (dedicated clusters); replaces the current configuration' \
'disable:Stop exporting the cluster'\''s logs' \
    )
    _describe -t commands 'dbcloud crdb help log-export commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export__subcmd__disable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help log-export disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help log-export enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__log-export__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help log-export get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window_commands() {
    local commands; commands=(
'get:Show the maintenance window of a cluster' \
'set:Set the day and hour (UTC) maintenance starts' \
'delete:Remove the maintenance window (maintenance may then happen at any time)' \
    )
    _describe -t commands 'dbcloud crdb help maintenance-window commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help maintenance-window delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help maintenance-window get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window__subcmd__set_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance-window__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help maintenance-window set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export_commands() {
    local commands; commands=(
'get:Show one metric export of a cluster and its status' \
'enable:Export the cluster'\''s metrics (dedicated clusters); replaces the current configuration' \
'disable:Stop one metric export' \
    )
    _describe -t commands 'dbcloud crdb help metric-export commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__disable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help metric-export disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable_commands() {
    local commands; commands=(
'cloudwatch:To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes' \
'datadog:To Datadog; the API key is read from stdin or a hidden prompt, never from the command line' \
'prometheus:For Prometheus to scrape from the cluster'\''s nodes' \
    )
    _describe -t commands 'dbcloud crdb help metric-export enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable__subcmd__cloudwatch_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable__subcmd__cloudwatch_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help metric-export enable cloudwatch commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable__subcmd__datadog_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable__subcmd__datadog_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help metric-export enable datadog commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable__subcmd__prometheus_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__enable__subcmd__prometheus_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help metric-export enable prometheus commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__metric-export__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help metric-export get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__org_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__org_commands() {
    local commands; commands=(
'get:Show the organization the API key belongs to' \
    )
    _describe -t commands 'dbcloud crdb help org commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__org__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__org__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help org get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint_commands() {
    local commands; commands=(
'service:The endpoint services of the cluster'\''s regions' \
'connection:Connections of your cloud endpoints to the services' \
    )
    _describe -t commands 'dbcloud crdb help private-endpoint commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection_commands() {
    local commands; commands=(
'list:List the private endpoint connections of a cluster' \
'add:Connect one of your cloud endpoints to the cluster'\''s endpoint service' \
'delete:Disconnect an endpoint from the cluster' \
    )
    _describe -t commands 'dbcloud crdb help private-endpoint connection commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help private-endpoint connection add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help private-endpoint connection delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__connection__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help private-endpoint connection list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service_commands() {
    local commands; commands=(
'list:List the private endpoint services of a cluster' \
'create:Create the private endpoint services of every region of a cluster' \
    )
    _describe -t commands 'dbcloud crdb help private-endpoint service commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help private-endpoint service create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__private-endpoint__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help private-endpoint service list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__regions_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__regions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help regions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore_commands() {
    local commands; commands=(
'list:List the restores of a cluster' \
'create:Restore a backup into a cluster' \
'get:Show a restore' \
    )
    _describe -t commands 'dbcloud crdb help restore commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help restore create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help restore get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help restore list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user_commands() {
    local commands; commands=(
'list:List the SQL users of a cluster' \
'create:Create a SQL user (the password is asked for twice, or read from stdin)' \
'delete:Delete a SQL user' \
'set-password:Set a new password for a SQL user' \
    )
    _describe -t commands 'dbcloud crdb help sql-user commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help sql-user create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help sql-user delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help sql-user list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__set-password_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__sql-user__subcmd__set-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help sql-user set-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral_commands() {
    local commands; commands=(
'get:Show the version deferral policy of a cluster' \
'set:Set the version deferral policy of a cluster' \
    )
    _describe -t commands 'dbcloud crdb help version-deferral commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help version-deferral get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral__subcmd__set_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__version-deferral__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help version-deferral set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__help__subcmd__versions_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__help__subcmd__versions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb help versions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export_commands() {
    local commands; commands=(
'get:Show the log export of a cluster and its status' \
'enable:Export the cluster'\''s logs (dedicated clusters); replaces the current configuration' \
'disable:Stop exporting the cluster'\''s logs' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb log-export commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__disable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb log-export disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb log-export enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb log-export get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help_commands() {
    local commands; commands=(
'get:Show the log export of a cluster and its status' \
'enable:Export the cluster'\''s logs (dedicated clusters); replaces the current configuration' \
'disable:Stop exporting the cluster'\''s logs' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb log-export help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__disable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb log-export help disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb log-export help enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb log-export help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__log-export__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb log-export help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window_commands() {
    local commands; commands=(
'get:Show the maintenance window of a cluster' \
'set:Set the day and hour (UTC) maintenance starts' \
'delete:Remove the maintenance window (maintenance may then happen at any time)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb maintenance-window commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb maintenance-window delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb maintenance-window get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help_commands() {
    local commands; commands=(
'get:Show the maintenance window of a cluster' \
'set:Set the day and hour (UTC) maintenance starts' \
'delete:Remove the maintenance window (maintenance may then happen at any time)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb maintenance-window help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb maintenance-window help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb maintenance-window help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb maintenance-window help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__set_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb maintenance-window help set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__set_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__maintenance-window__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb maintenance-window set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export_commands() {
    local commands; commands=(
'get:Show one metric export of a cluster and its status' \
'enable:Export the cluster'\''s metrics (dedicated clusters); replaces the current configuration' \
'disable:Stop one metric export' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb metric-export commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__disable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable_commands() {
    local commands; commands=(
'cloudwatch:To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes' \
'datadog:To Datadog; the API key is read from stdin or a hidden prompt, never from the command line' \
'prometheus:For Prometheus to scrape from the cluster'\''s nodes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb metric-export enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__cloudwatch_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__cloudwatch_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export enable cloudwatch commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__datadog_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__datadog_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export enable datadog commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help_commands() {
    local commands; commands=(
'cloudwatch:To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes' \
'datadog:To Datadog; the API key is read from stdin or a hidden prompt, never from the command line' \
'prometheus:For Prometheus to scrape from the cluster'\''s nodes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb metric-export enable help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__cloudwatch_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__cloudwatch_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export enable help cloudwatch commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__datadog_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__datadog_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export enable help datadog commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export enable help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__prometheus_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__help__subcmd__prometheus_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export enable help prometheus commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__prometheus_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__prometheus_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export enable prometheus commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help_commands() {
    local commands; commands=(
'get:Show one metric export of a cluster and its status' \
'enable:Export the cluster'\''s metrics (dedicated clusters); replaces the current configuration' \
'disable:Stop one metric export' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb metric-export help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__disable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export help disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable_commands() {
    local commands; commands=(
'cloudwatch:To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes' \
'datadog:To Datadog; the API key is read from stdin or a hidden prompt, never from the command line' \
'prometheus:For Prometheus to scrape from the cluster'\''s nodes' \
    )
    _describe -t commands 'dbcloud crdb metric-export help enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable__subcmd__cloudwatch_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable__subcmd__cloudwatch_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export help enable cloudwatch commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable__subcmd__datadog_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable__subcmd__datadog_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export help enable datadog commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable__subcmd__prometheus_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__enable__subcmd__prometheus_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export help enable prometheus commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__metric-export__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb metric-export help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__org_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__org_commands() {
    local commands; commands=(
'get:Show the organization the API key belongs to' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb org commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__org__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__org__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb org get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__org__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__org__subcmd__help_commands() {
    local commands; commands=(
'get:Show the organization the API key belongs to' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb org help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb org help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb org help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint_commands() {
    local commands; commands=(
'service:The endpoint services of the cluster'\''s regions' \
'connection:Connections of your cloud endpoints to the services' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection_commands() {
    local commands; commands=(
'list:List the private endpoint connections of a cluster' \
'add:Connect one of your cloud endpoints to the cluster'\''s endpoint service' \
'delete:Disconnect an endpoint from the cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint connection commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint connection add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint connection delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help_commands() {
    local commands; commands=(
'list:List the private endpoint connections of a cluster' \
'add:Connect one of your cloud endpoints to the cluster'\''s endpoint service' \
'delete:Disconnect an endpoint from the cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint connection help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint connection help add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint connection help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint connection help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint connection help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint connection list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help_commands() {
    local commands; commands=(
'service:The endpoint services of the cluster'\''s regions' \
'connection:Connections of your cloud endpoints to the services' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection_commands() {
    local commands; commands=(
'list:List the private endpoint connections of a cluster' \
'add:Connect one of your cloud endpoints to the cluster'\''s endpoint service' \
'delete:Disconnect an endpoint from the cluster' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint help connection commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection__subcmd__add_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint help connection add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint help connection delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__connection__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint help connection list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service_commands() {
    local commands; commands=(
'list:List the private endpoint services of a cluster' \
'create:Create the private endpoint services of every region of a cluster' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint help service commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint help service create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__help__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint help service list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service_commands() {
    local commands; commands=(
'list:List the private endpoint services of a cluster' \
'create:Create the private endpoint services of every region of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint service commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint service create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help_commands() {
    local commands; commands=(
'list:List the private endpoint services of a cluster' \
'create:Create the private endpoint services of every region of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb private-endpoint service help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint service help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint service help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint service help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb private-endpoint service list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__regions_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__regions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb regions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore_commands() {
    local commands; commands=(
'list:List the restores of a cluster' \
'create:Restore a backup into a cluster' \
'get:Show a restore' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb restore commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb restore create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb restore get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help_commands() {
    local commands; commands=(
'list:List the restores of a cluster' \
'create:Restore a backup into a cluster' \
'get:Show a restore' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb restore help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb restore help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb restore help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb restore help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb restore help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__restore__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__restore__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb restore list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user_commands() {
    local commands; commands=(
'list:List the SQL users of a cluster' \
'create:Create a SQL user (the password is asked for twice, or read from stdin)' \
'delete:Delete a SQL user' \
'set-password:Set a new password for a SQL user' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb sql-user commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help_commands() {
    local commands; commands=(
'list:List the SQL users of a cluster' \
'create:Create a SQL user (the password is asked for twice, or read from stdin)' \
'delete:Delete a SQL user' \
'set-password:Set a new password for a SQL user' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb sql-user help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__create_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user help create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__delete_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user help delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__set-password_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__help__subcmd__set-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user help set-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__list_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__set-password_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__sql-user__subcmd__set-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb sql-user set-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__version-deferral_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__version-deferral_commands() {
    local commands; commands=(
'get:Show the version deferral policy of a cluster' \
'set:Set the version deferral policy of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb version-deferral commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb version-deferral get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help_commands() {
    local commands; commands=(
'get:Show the version deferral policy of a cluster' \
'set:Set the version deferral policy of a cluster' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud crdb version-deferral help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help__subcmd__get_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb version-deferral help get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb version-deferral help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help__subcmd__set_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb version-deferral help set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__set_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__version-deferral__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb version-deferral set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__crdb__subcmd__versions_commands] )) ||
_dbcloud__subcmd__crdb__subcmd__versions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud crdb versions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__emulator_commands] )) ||
_dbcloud__subcmd__emulator_commands() {
    local commands; commands=(
'serve:Serve both APIs on one local port until Ctrl-C' \
'reset:Forget the state of the embedded emulator used by --emulator' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud emulator commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__emulator__subcmd__help_commands] )) ||
_dbcloud__subcmd__emulator__subcmd__help_commands() {
    local commands; commands=(
'serve:Serve both APIs on one local port until Ctrl-C' \
'reset:Forget the state of the embedded emulator used by --emulator' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud emulator help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__emulator__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__emulator__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud emulator help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__emulator__subcmd__help__subcmd__reset_commands] )) ||
_dbcloud__subcmd__emulator__subcmd__help__subcmd__reset_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud emulator help reset commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__emulator__subcmd__help__subcmd__serve_commands] )) ||
_dbcloud__subcmd__emulator__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud emulator help serve commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__emulator__subcmd__reset_commands] )) ||
_dbcloud__subcmd__emulator__subcmd__reset_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud emulator reset commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__emulator__subcmd__serve_commands] )) ||
_dbcloud__subcmd__emulator__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud emulator serve commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help_commands] )) ||
_dbcloud__subcmd__help_commands() {
    local commands; commands=(
'ch:ClickHouse Cloud\: organizations, services, backups, keys, members, invitations, activities' \
'crdb:CockroachDB Cloud\: clusters, databases, SQL users, networking, backups and more' \
'ls:Every database of every profile and provider, in one table' \
'auth:Log in, and see which credentials are in effect' \
'profile:Manage named profiles in the config file' \
'api:Send an authenticated request to either API and print the answer' \
'emulator:Run the local emulator of both APIs' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__api_commands] )) ||
_dbcloud__subcmd__help__subcmd__api_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help api commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__auth_commands] )) ||
_dbcloud__subcmd__help__subcmd__auth_commands() {
    local commands; commands=(
'login:Save a provider'\''s credentials in a profile, after checking them with one API call' \
'status:Show, per profile and provider, each credential and where it comes from (flag, env, file)' \
    )
    _describe -t commands 'dbcloud help auth commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__auth__subcmd__login_commands] )) ||
_dbcloud__subcmd__help__subcmd__auth__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help auth login commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__auth__subcmd__status_commands] )) ||
_dbcloud__subcmd__help__subcmd__auth__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help auth status commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch_commands() {
    local commands; commands=(
'org:Organizations\: list, inspect, rename, private endpoints' \
'service:Services\: create, inspect, change, start, stop, scale, delete, passwords, metrics' \
'backup:Backups of a service' \
'key:API keys of the organization' \
'member:Members of the organization' \
'invitation:Invitations to join the organization' \
'activity:The organization'\''s audit log' \
    )
    _describe -t commands 'dbcloud help ch commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__activity_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__activity_commands() {
    local commands; commands=(
'list:List the organization'\''s activities, optionally between two times' \
'get:Show an activity' \
    )
    _describe -t commands 'dbcloud help ch activity commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch activity get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch activity list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__backup_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__backup_commands() {
    local commands; commands=(
'list:List a service'\''s backups' \
'get:Show a backup' \
    )
    _describe -t commands 'dbcloud help ch backup commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch backup get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch backup list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation_commands() {
    local commands; commands=(
'list:List pending invitations' \
'create:Invite someone to the organization' \
'get:Show an invitation' \
'delete:Withdraw an invitation' \
    )
    _describe -t commands 'dbcloud help ch invitation commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch invitation create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch invitation delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch invitation get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch invitation list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__key_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__key_commands() {
    local commands; commands=(
'list:List the organization'\''s API keys' \
'create:Create an API key; its ID and secret are shown once (or saved in a profile)' \
'get:Show an API key' \
'update:Rename an API key, or change its roles, expiry or state' \
'delete:Delete an API key' \
    )
    _describe -t commands 'dbcloud help ch key commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch key create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch key delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch key get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch key list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch key update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__member_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__member_commands() {
    local commands; commands=(
'list:List the organization'\''s members' \
'get:Show a member' \
'update:Change a member'\''s role' \
'remove:Remove a member from the organization' \
    )
    _describe -t commands 'dbcloud help ch member commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch member get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch member list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__remove_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch member remove commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch member update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__org_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__org_commands() {
    local commands; commands=(
'list:List the organizations the API key can see' \
'get:Show an organization (default\: the one in effect)' \
'update:Rename an organization, or register or remove its private endpoints' \
'private-endpoint-config:What you need to create a private endpoint to ClickHouse Cloud in a cloud region' \
    )
    _describe -t commands 'dbcloud help ch org commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch org get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch org list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch org private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch org update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service_commands() {
    local commands; commands=(
'list:List the organization'\''s services' \
'get:Show a service' \
'create:Create a service; its password is shown once (or written to --password-file)' \
'update:Rename a service, or change its IP access list or private endpoints' \
'delete:Delete a service (it must be stopped; --force stops it first)' \
'private-endpoint-config:Show what is needed to connect a private endpoint to a service' \
'start:Start a stopped service' \
'stop:Stop a service' \
'scale:Change a service'\''s autoscaling\: memory bounds, replicas, idling' \
'reset-password:Set a new password for the default user of a service' \
'metrics:Print a service'\''s Prometheus metrics, as the API sends them' \
    )
    _describe -t commands 'dbcloud help ch service commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__metrics_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__metrics_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service metrics commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__private-endpoint-config_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__private-endpoint-config_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service private-endpoint-config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__reset-password_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__reset-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service reset-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__scale_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__scale_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service scale commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__start_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service start commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__stop_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service stop commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ch service update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__completions_commands] )) ||
_dbcloud__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help completions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb_commands() {
    local commands; commands=(
'org:The organization the API key belongs to' \
'cluster:Clusters\: list, create, inspect, scale, delete, connect' \
'regions:Regions where clusters can be created' \
'versions:Major CockroachDB versions clusters can run' \
'database:Databases of a cluster' \
'sql-user:SQL users of a cluster' \
'allowlist:IP allowlist of a cluster' \
'backup:Backups of a cluster and their configuration' \
'restore:Restores of a cluster from its backups' \
'private-endpoint:Private endpoint services and connections of a cluster' \
'egress-rule:Outbound traffic rules of a cluster' \
'log-export:Export of a dedicated cluster'\''s logs' \
'metric-export:Export of a dedicated cluster'\''s metrics (CloudWatch, Datadog, Prometheus)' \
'cmek:Customer-managed encryption keys of a dedicated cluster' \
'maintenance-window:The weekly maintenance window of a cluster' \
'version-deferral:Deferral of automatic version upgrades of a cluster' \
    )
    _describe -t commands 'dbcloud help crdb commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist_commands() {
    local commands; commands=(
'list:List the allowlist entries of a cluster' \
'add:Allow an IPv4 range to connect (SQL by default)' \
'update:Change the label or access of an entry' \
'delete:Remove an entry' \
    )
    _describe -t commands 'dbcloud help crdb allowlist commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__add_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb allowlist add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb allowlist delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb allowlist list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb allowlist update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup_commands() {
    local commands; commands=(
'list:List the backups of a cluster' \
'config:The backup schedule and retention' \
    )
    _describe -t commands 'dbcloud help crdb backup commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config_commands() {
    local commands; commands=(
'get:Show how often backups are taken and how long they are kept' \
'update:Change how often backups are taken or how long they are kept' \
    )
    _describe -t commands 'dbcloud help crdb backup config commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb backup config get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb backup config update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb backup list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster_commands() {
    local commands; commands=(
'list:List clusters (every page, unless --limit)' \
'get:Show a cluster' \
'create:Create a serverless or dedicated cluster' \
'update:Scale, upgrade or change the spend limit of a cluster' \
'delete:Delete a cluster and all its data' \
'connection-string:Print the connection string (alone, ready for psql or \`cockroach sql\`; the API'\''s object with -o json)' \
'nodes:List the nodes of a cluster' \
    )
    _describe -t commands 'dbcloud help crdb cluster commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__connection-string_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__connection-string_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cluster connection-string commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cluster create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cluster delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cluster get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cluster list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__nodes_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__nodes_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cluster nodes commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cluster update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek_commands() {
    local commands; commands=(
'get:Show the CMEK configuration of a cluster and its status' \
'enable:Encrypt a dedicated cluster with your own keys, one per region' \
'update:Replace the keys (for example after adding a region)' \
'rotate:Re-encrypt the cluster'\''s data keys with the current version of your keys' \
'revoke:Revoke the cluster'\''s access to your keys\: the cluster becomes unusable until access is restored' \
    )
    _describe -t commands 'dbcloud help crdb cmek commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__enable_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cmek enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cmek get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__revoke_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cmek revoke commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__rotate_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cmek rotate commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb cmek update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__database_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__database_commands() {
    local commands; commands=(
'list:List the databases of a cluster' \
'create:Create a database' \
'rename:Rename a database' \
'delete:Delete a database and its tables' \
    )
    _describe -t commands 'dbcloud help crdb database commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb database create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb database delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb database list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__rename_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb database rename commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule_commands() {
    local commands; commands=(
'list:List the egress rules of a cluster' \
'add:Allow the cluster to connect to a host name or a CIDR range' \
'get:Show an egress rule' \
'update:Change the name, destination or ports of an egress rule' \
'delete:Remove an egress rule' \
    )
    _describe -t commands 'dbcloud help crdb egress-rule commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__add_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb egress-rule add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb egress-rule delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb egress-rule get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb egress-rule list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__update_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__egress-rule__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb egress-rule update commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export_commands() {
    local commands; commands=(
'get:Show the log export of a cluster and its status' \
'enable:Export the cluster'\''s logs (dedicated clusters); replaces the current configuration' \
'disable:Stop exporting the cluster'\''s logs' \
    )
    _describe -t commands 'dbcloud help crdb log-export commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export__subcmd__disable_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb log-export disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export__subcmd__enable_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb log-export enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__log-export__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb log-export get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window_commands() {
    local commands; commands=(
'get:Show the maintenance window of a cluster' \
'set:Set the day and hour (UTC) maintenance starts' \
'delete:Remove the maintenance window (maintenance may then happen at any time)' \
    )
    _describe -t commands 'dbcloud help crdb maintenance-window commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb maintenance-window delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb maintenance-window get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window__subcmd__set_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance-window__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb maintenance-window set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export_commands() {
    local commands; commands=(
'get:Show one metric export of a cluster and its status' \
'enable:Export the cluster'\''s metrics (dedicated clusters); replaces the current configuration' \
'disable:Stop one metric export' \
    )
    _describe -t commands 'dbcloud help crdb metric-export commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__disable_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb metric-export disable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable_commands() {
    local commands; commands=(
'cloudwatch:To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes' \
'datadog:To Datadog; the API key is read from stdin or a hidden prompt, never from the command line' \
'prometheus:For Prometheus to scrape from the cluster'\''s nodes' \
    )
    _describe -t commands 'dbcloud help crdb metric-export enable commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__cloudwatch_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__cloudwatch_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb metric-export enable cloudwatch commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__datadog_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__datadog_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb metric-export enable datadog commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__prometheus_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__enable__subcmd__prometheus_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb metric-export enable prometheus commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__metric-export__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb metric-export get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__org_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__org_commands() {
    local commands; commands=(
'get:Show the organization the API key belongs to' \
    )
    _describe -t commands 'dbcloud help crdb org commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__org__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__org__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb org get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint_commands() {
    local commands; commands=(
'service:The endpoint services of the cluster'\''s regions' \
'connection:Connections of your cloud endpoints to the services' \
    )
    _describe -t commands 'dbcloud help crdb private-endpoint commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection_commands() {
    local commands; commands=(
'list:List the private endpoint connections of a cluster' \
'add:Connect one of your cloud endpoints to the cluster'\''s endpoint service' \
'delete:Disconnect an endpoint from the cluster' \
    )
    _describe -t commands 'dbcloud help crdb private-endpoint connection commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__add_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb private-endpoint connection add commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb private-endpoint connection delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__connection__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb private-endpoint connection list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__service_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__service_commands() {
    local commands; commands=(
'list:List the private endpoint services of a cluster' \
'create:Create the private endpoint services of every region of a cluster' \
    )
    _describe -t commands 'dbcloud help crdb private-endpoint service commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb private-endpoint service create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__private-endpoint__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb private-endpoint service list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__regions_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__regions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb regions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore_commands() {
    local commands; commands=(
'list:List the restores of a cluster' \
'create:Restore a backup into a cluster' \
'get:Show a restore' \
    )
    _describe -t commands 'dbcloud help crdb restore commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb restore create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb restore get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb restore list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user_commands() {
    local commands; commands=(
'list:List the SQL users of a cluster' \
'create:Create a SQL user (the password is asked for twice, or read from stdin)' \
'delete:Delete a SQL user' \
'set-password:Set a new password for a SQL user' \
    )
    _describe -t commands 'dbcloud help crdb sql-user commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__create_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb sql-user create commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__delete_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb sql-user delete commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb sql-user list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__set-password_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__sql-user__subcmd__set-password_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb sql-user set-password commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__version-deferral_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__version-deferral_commands() {
    local commands; commands=(
'get:Show the version deferral policy of a cluster' \
'set:Set the version deferral policy of a cluster' \
    )
    _describe -t commands 'dbcloud help crdb version-deferral commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__version-deferral__subcmd__get_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__version-deferral__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb version-deferral get commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__version-deferral__subcmd__set_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__version-deferral__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb version-deferral set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__crdb__subcmd__versions_commands] )) ||
_dbcloud__subcmd__help__subcmd__crdb__subcmd__versions_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help crdb versions commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__emulator_commands] )) ||
_dbcloud__subcmd__help__subcmd__emulator_commands() {
    local commands; commands=(
'serve:Serve both APIs on one local port until Ctrl-C' \
'reset:Forget the state of the embedded emulator used by --emulator' \
    )
    _describe -t commands 'dbcloud help emulator commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__emulator__subcmd__reset_commands] )) ||
_dbcloud__subcmd__help__subcmd__emulator__subcmd__reset_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help emulator reset commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__emulator__subcmd__serve_commands] )) ||
_dbcloud__subcmd__help__subcmd__emulator__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help emulator serve commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__ls_commands] )) ||
_dbcloud__subcmd__help__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help ls commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__profile_commands] )) ||
_dbcloud__subcmd__help__subcmd__profile_commands() {
    local commands; commands=(
'list:List the profiles (secrets masked)' \
'show:Show a profile'\''s settings, secrets masked \[default\: the active profile\]' \
'use:Make a profile the default (\`default_profile\`)' \
'remove:Delete a profile and its credentials' \
'set:Set (or with --unset remove) one value of the active profile (see --profile)' \
    )
    _describe -t commands 'dbcloud help profile commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__profile__subcmd__list_commands] )) ||
_dbcloud__subcmd__help__subcmd__profile__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help profile list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__profile__subcmd__remove_commands] )) ||
_dbcloud__subcmd__help__subcmd__profile__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help profile remove commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__profile__subcmd__set_commands] )) ||
_dbcloud__subcmd__help__subcmd__profile__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help profile set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__profile__subcmd__show_commands] )) ||
_dbcloud__subcmd__help__subcmd__profile__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help profile show commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__help__subcmd__profile__subcmd__use_commands] )) ||
_dbcloud__subcmd__help__subcmd__profile__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud help profile use commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__ls_commands] )) ||
_dbcloud__subcmd__ls_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud ls commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile_commands] )) ||
_dbcloud__subcmd__profile_commands() {
    local commands; commands=(
'list:List the profiles (secrets masked)' \
'show:Show a profile'\''s settings, secrets masked \[default\: the active profile\]' \
'use:Make a profile the default (\`default_profile\`)' \
'remove:Delete a profile and its credentials' \
'set:Set (or with --unset remove) one value of the active profile (see --profile)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud profile commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__help_commands] )) ||
_dbcloud__subcmd__profile__subcmd__help_commands() {
    local commands; commands=(
'list:List the profiles (secrets masked)' \
'show:Show a profile'\''s settings, secrets masked \[default\: the active profile\]' \
'use:Make a profile the default (\`default_profile\`)' \
'remove:Delete a profile and its credentials' \
'set:Set (or with --unset remove) one value of the active profile (see --profile)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'dbcloud profile help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__help__subcmd__help_commands] )) ||
_dbcloud__subcmd__profile__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile help help commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__help__subcmd__list_commands] )) ||
_dbcloud__subcmd__profile__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile help list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__help__subcmd__remove_commands] )) ||
_dbcloud__subcmd__profile__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile help remove commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__help__subcmd__set_commands] )) ||
_dbcloud__subcmd__profile__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile help set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__help__subcmd__show_commands] )) ||
_dbcloud__subcmd__profile__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile help show commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__help__subcmd__use_commands] )) ||
_dbcloud__subcmd__profile__subcmd__help__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile help use commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__list_commands] )) ||
_dbcloud__subcmd__profile__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile list commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__remove_commands] )) ||
_dbcloud__subcmd__profile__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile remove commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__set_commands] )) ||
_dbcloud__subcmd__profile__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile set commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__show_commands] )) ||
_dbcloud__subcmd__profile__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile show commands' commands "$@"
}
(( $+functions[_dbcloud__subcmd__profile__subcmd__use_commands] )) ||
_dbcloud__subcmd__profile__subcmd__use_commands() {
    local commands; commands=()
    _describe -t commands 'dbcloud profile use commands' commands "$@"
}

if [ "$funcstack[1]" = "_dbcloud" ]; then
    _dbcloud "$@"
else
    compdef _dbcloud dbcloud
fi
