# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_dbcloud_global_optspecs
    string join \n p/profile= o/output= json jq= jq-arg= columns= q/quiet y/yes no-input v/verbose timeout= no-color config= emulator h/help V/version
end

function __fish_dbcloud_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_dbcloud_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_dbcloud_using_subcommand
    set -l cmd (__fish_dbcloud_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c dbcloud -n "__fish_dbcloud_needs_command" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_needs_command" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "ch" -d 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "clickhouse" -d 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "crdb" -d 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "cockroach" -d 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "ls" -d 'Every database of every profile and provider, in one table'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "status" -d 'Every database of every profile and provider, in one table'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "auth" -d 'Log in, and see which credentials are in effect'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "profile" -d 'Manage named profiles in the config file'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "api" -d 'Send an authenticated request to either API and print the answer'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "plan" -d 'Show what `apply` would change to make the live state what a file declares'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "apply" -d 'Make the live state what a file declares: databases as code, across both clouds'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "export" -d 'Write the live state of a profile as a file for `plan` and `apply`'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "emulator" -d 'Run the local emulator of both APIs'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c dbcloud -n "__fish_dbcloud_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "org" -d 'Organizations: list, inspect, rename, private endpoints'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "service" -d 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "backup" -d 'Backups of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "key" -d 'API keys of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "member" -d 'Members of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "invitation" -d 'Invitations to join the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "activity" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "postgres" -d 'Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "pg" -d 'Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "quota" -d 'The organization\'s quotas: limits, usage, what is left'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "usage" -d 'Usage costs over a period, per service or per day'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "byoc" -d 'BYOC (bring your own cloud) infrastructure in your cloud accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "udf" -d 'User-defined functions: code, versions, attachments to services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "clickpipe" -d 'ClickPipes: ingestion into a service from Kafka, object storage, Kinesis, Pub/Sub and databases'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "role" -d 'Roles of the organization: system and custom, their permissions, members and keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "clickstack" -d 'ClickStack of a service: dashboards, alerts, sources, webhooks, roles, saved searches'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -f -a "list" -d 'List the organizations the API key can see'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -f -a "get" -d 'Show an organization (default: the one in effect)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -f -a "update" -d 'Rename an organization, register or remove its private endpoints, or turn core dumps on or off'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -f -a "private-endpoint-config" -d 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region (deprecated by the API: use `dbcloud ch service private-endpoint-config SERVICE`)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -f -a "metrics" -d 'Print the Prometheus metrics of all the organization\'s services, as the API sends them'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from org" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "list" -d 'List the organization\'s services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "get" -d 'Show a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "create" -d 'Create a service; its password is shown once (or written to --password-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "update" -d 'Rename a service, or change its IP access list, private endpoints, release channel, tags, endpoints, encryption key or core dumps'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "delete" -d 'Delete a service (it must be stopped; --force stops it first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "private-endpoint-config" -d 'Show what is needed to connect a private endpoint to a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "start" -d 'Start a stopped service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "stop" -d 'Stop a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "awake" -d 'Wake an idle service (one idle scaling put to sleep); a stopped one needs `start`'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "scale" -d 'Change a service\'s autoscaling: memory per replica, replicas, mode, idling'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "reset-password" -d 'Set a new password for the default user of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "metrics" -d 'Print a service\'s Prometheus metrics, as the API sends them (text/plain)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "connection-string" -d 'How to connect: a `clickhouse client` command line (or a URL with --url), host and user filled in'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "query-endpoint" -d 'The query API endpoint of a service: the roles and API keys that may run queries over HTTP'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "private-endpoint" -d 'Private endpoints of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "scaling-schedule" -d 'The autoscaling schedule of a service: scaling that changes by weekday and hour (beta)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "upgrade-window" -d 'The upgrade window of a service: when ClickHouse Cloud may upgrade it'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "settings" -d 'The ClickHouse settings of a service (beta)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from service" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List a service\'s backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -f -a "get" -d 'Show a backup'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -f -a "config" -d 'The backup configuration of a service: period, retention, start time'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -f -a "bucket" -d 'The backup bucket of a service: its own AWS, GCP or Azure storage for backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the organization\'s API keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -f -a "create" -d 'Create an API key; its ID and secret are shown once (or saved in a profile)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -f -a "get" -d 'Show an API key'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -f -a "update" -d 'Rename an API key, or change its roles, expiry or state'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -f -a "delete" -d 'Delete an API key'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the organization\'s members'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -f -a "get" -d 'Show a member'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -f -a "update" -d 'Change a member\'s roles'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member from the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from member" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -f -a "list" -d 'List pending invitations'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -f -a "create" -d 'Invite someone to the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -f -a "get" -d 'Show an invitation'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -f -a "delete" -d 'Withdraw an invitation'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from invitation" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -f -a "list" -d 'List the organization\'s activities, optionally between two dates or times'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -f -a "get" -d 'Show an activity'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from activity" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "list" -d 'List the organization\'s Postgres services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "get" -d 'Show a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "connection-string" -d 'How to connect: a `postgres://` URL (TLS required), host and user filled in; psql asks for the password'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "create" -d 'Create a Postgres service; its superuser password is shown once (or written to --password-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "update" -d 'Rename a Postgres service, resize it, change its high availability or tags'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "delete" -d 'Delete a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "restart" -d 'Restart a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "promote" -d 'Promote a read replica to a primary of its own (it stops following its primary for good)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "switchover" -d 'Switch a primary over to its standby (the service needs --ha-type async or sync)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "read-replica" -d 'Read replicas: new services that follow a primary'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "restore" -d 'Restore a service\'s continuous backup, as of a point in time, into a new service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "reset-password" -d 'Set a new superuser password: a generated one (shown once) or one read from stdin'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "config" -d 'A service\'s Postgres and PgBouncer settings: get, set, replace'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "ca-certificates" -d 'The CA certificates to verify a service\'s TLS connections, printed or written to a file'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "metrics" -d 'Metrics: Prometheus text of a service (or, with --all, of every service), or time series (--series)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "slow-queries" -d 'The slowest query patterns of a service, and their recent executions'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from postgres" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "list" -d 'List the organization\'s Postgres services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "get" -d 'Show a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "connection-string" -d 'How to connect: a `postgres://` URL (TLS required), host and user filled in; psql asks for the password'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "create" -d 'Create a Postgres service; its superuser password is shown once (or written to --password-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "update" -d 'Rename a Postgres service, resize it, change its high availability or tags'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "delete" -d 'Delete a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "restart" -d 'Restart a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "promote" -d 'Promote a read replica to a primary of its own (it stops following its primary for good)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "switchover" -d 'Switch a primary over to its standby (the service needs --ha-type async or sync)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "read-replica" -d 'Read replicas: new services that follow a primary'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "restore" -d 'Restore a service\'s continuous backup, as of a point in time, into a new service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "reset-password" -d 'Set a new superuser password: a generated one (shown once) or one read from stdin'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "config" -d 'A service\'s Postgres and PgBouncer settings: get, set, replace'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "ca-certificates" -d 'The CA certificates to verify a service\'s TLS connections, printed or written to a file'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "metrics" -d 'Metrics: Prometheus text of a service (or, with --all, of every service), or time series (--series)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "slow-queries" -d 'The slowest query patterns of a service, and their recent executions'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from pg" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -f -a "list" -d 'List the organization\'s quotas: each limit, its usage and what is left'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -f -a "get" -d 'Show one quota by its code'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from quota" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l from -d 'First day of the period (YYYY-MM-DD)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l to -d 'Last day of the period, included (YYYY-MM-DD)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l by -d 'One row per service or per day' -r -f -a "service\t''
day\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l tag -d 'Only resources with this tag, or this tag and value (repeatable: all of them)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -f -a "list" -d 'List the organization\'s BYOC infrastructures (from the organization\'s details)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -f -a "get" -d 'Show a BYOC infrastructure (from the organization\'s details)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -f -a "create" -d 'Set up BYOC infrastructure in a cloud account and region'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -f -a "update" -d 'Rename a BYOC infrastructure'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -f -a "delete" -d 'Remove a BYOC infrastructure (its services must be deleted first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from byoc" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "list" -d 'List the organization\'s UDFs (each as its latest version)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "get" -d 'Show a UDF (its latest version)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "create" -d 'Create a UDF from a zip archive of its code (uploaded first); it builds on the server'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "delete" -d 'Delete a UDF: every version, detached from every service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "version" -d 'A UDF\'s versions: create one from new code, list, delete'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "attach" -d 'Attach a version of a UDF to a service (the latest ready one unless --version)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "detach" -d 'Detach a UDF from a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "attachment" -d 'Where a UDF is attached: one service, or all of them'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "upload-url" -d 'Get an upload URL for a UDF archive (the first step of create, for doing it by hand)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from udf" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "list" -d 'List a service\'s ClickPipes'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "get" -d 'Show a ClickPipe'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "create" -d 'Create a ClickPipe from a document (its source, destination, field mappings, settings)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "update" -d 'Change a ClickPipe from a document (name, source credentials and tables, destination columns, ...)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "delete" -d 'Delete a ClickPipe (the destination table and its data are kept)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "start" -d 'Start a stopped ClickPipe'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "stop" -d 'Stop a ClickPipe'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "resync" -d 'Resync a database (CDC) ClickPipe: load its tables again from the source, then replicate'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "scale" -d 'Change a ClickPipe\'s replicas and their size'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "settings" -d 'A ClickPipe\'s settings: show them, or change some'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "discover" -d 'Find the schema of a streaming source (Kafka, Kinesis) before creating a pipe from it'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "cdc-scaling" -d 'The size of the replicas that run a service\'s database (CDC) ClickPipes'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "reverse-endpoint" -d 'Reverse private endpoints: private connections from ClickPipes to sources in your network'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickpipe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the organization\'s roles: system and custom'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -f -a "get" -d 'Show a role: its permissions, resources and actors'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a custom role'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -f -a "update" -d 'Rename a custom role, or change its permissions or members and keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a custom role (its members and keys lose it)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -f -a "dashboard" -d 'Dashboards: tiles of charts, searches and notes over the service\'s data'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -f -a "alert" -d 'Alerts on a dashboard tile or a saved search, sent to a webhook or by e-mail'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -f -a "source" -d 'Sources: the tables of logs, traces, metrics and sessions ClickStack reads'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -f -a "webhook" -d 'Webhooks alerts are sent to (Slack, incident.io, any URL)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -f -a "role" -d 'ClickStack roles: what their members may do in ClickStack'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -f -a "saved-search" -d 'Saved searches of a source'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from clickstack" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "org" -d 'Organizations: list, inspect, rename, private endpoints'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "service" -d 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Backups of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "key" -d 'API keys of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "member" -d 'Members of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "invitation" -d 'Invitations to join the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "activity" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "postgres" -d 'Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "quota" -d 'The organization\'s quotas: limits, usage, what is left'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Usage costs over a period, per service or per day'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "byoc" -d 'BYOC (bring your own cloud) infrastructure in your cloud accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "udf" -d 'User-defined functions: code, versions, attachments to services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "clickpipe" -d 'ClickPipes: ingestion into a service from Kafka, object storage, Kinesis, Pub/Sub and databases'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "role" -d 'Roles of the organization: system and custom, their permissions, members and keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "clickstack" -d 'ClickStack of a service: dashboards, alerts, sources, webhooks, roles, saved searches'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "org" -d 'Organizations: list, inspect, rename, private endpoints'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "service" -d 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "backup" -d 'Backups of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "key" -d 'API keys of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "member" -d 'Members of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "invitation" -d 'Invitations to join the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "activity" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "postgres" -d 'Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "pg" -d 'Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "quota" -d 'The organization\'s quotas: limits, usage, what is left'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "usage" -d 'Usage costs over a period, per service or per day'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "byoc" -d 'BYOC (bring your own cloud) infrastructure in your cloud accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "udf" -d 'User-defined functions: code, versions, attachments to services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "clickpipe" -d 'ClickPipes: ingestion into a service from Kafka, object storage, Kinesis, Pub/Sub and databases'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "role" -d 'Roles of the organization: system and custom, their permissions, members and keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "clickstack" -d 'ClickStack of a service: dashboards, alerts, sources, webhooks, roles, saved searches'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and not __fish_seen_subcommand_from org service backup key member invitation activity postgres pg quota usage byoc udf clickpipe role clickstack help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -f -a "list" -d 'List the organizations the API key can see'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -f -a "get" -d 'Show an organization (default: the one in effect)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -f -a "update" -d 'Rename an organization, register or remove its private endpoints, or turn core dumps on or off'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -f -a "private-endpoint-config" -d 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region (deprecated by the API: use `dbcloud ch service private-endpoint-config SERVICE`)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -f -a "metrics" -d 'Print the Prometheus metrics of all the organization\'s services, as the API sends them'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from org" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "list" -d 'List the organization\'s services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "get" -d 'Show a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "create" -d 'Create a service; its password is shown once (or written to --password-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "update" -d 'Rename a service, or change its IP access list, private endpoints, release channel, tags, endpoints, encryption key or core dumps'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "delete" -d 'Delete a service (it must be stopped; --force stops it first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "private-endpoint-config" -d 'Show what is needed to connect a private endpoint to a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "start" -d 'Start a stopped service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "stop" -d 'Stop a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "awake" -d 'Wake an idle service (one idle scaling put to sleep); a stopped one needs `start`'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "scale" -d 'Change a service\'s autoscaling: memory per replica, replicas, mode, idling'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "reset-password" -d 'Set a new password for the default user of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "metrics" -d 'Print a service\'s Prometheus metrics, as the API sends them (text/plain)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "connection-string" -d 'How to connect: a `clickhouse client` command line (or a URL with --url), host and user filled in'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "query-endpoint" -d 'The query API endpoint of a service: the roles and API keys that may run queries over HTTP'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "private-endpoint" -d 'Private endpoints of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "scaling-schedule" -d 'The autoscaling schedule of a service: scaling that changes by weekday and hour (beta)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "upgrade-window" -d 'The upgrade window of a service: when ClickHouse Cloud may upgrade it'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "settings" -d 'The ClickHouse settings of a service (beta)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from service" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List a service\'s backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -f -a "get" -d 'Show a backup'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -f -a "config" -d 'The backup configuration of a service: period, retention, start time'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -f -a "bucket" -d 'The backup bucket of a service: its own AWS, GCP or Azure storage for backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the organization\'s API keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -f -a "create" -d 'Create an API key; its ID and secret are shown once (or saved in a profile)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -f -a "get" -d 'Show an API key'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -f -a "update" -d 'Rename an API key, or change its roles, expiry or state'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -f -a "delete" -d 'Delete an API key'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the organization\'s members'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -f -a "get" -d 'Show a member'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -f -a "update" -d 'Change a member\'s roles'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member from the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from member" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -f -a "list" -d 'List pending invitations'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -f -a "create" -d 'Invite someone to the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -f -a "get" -d 'Show an invitation'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -f -a "delete" -d 'Withdraw an invitation'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from invitation" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -f -a "list" -d 'List the organization\'s activities, optionally between two dates or times'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -f -a "get" -d 'Show an activity'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from activity" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "list" -d 'List the organization\'s Postgres services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "get" -d 'Show a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "connection-string" -d 'How to connect: a `postgres://` URL (TLS required), host and user filled in; psql asks for the password'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "create" -d 'Create a Postgres service; its superuser password is shown once (or written to --password-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "update" -d 'Rename a Postgres service, resize it, change its high availability or tags'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "delete" -d 'Delete a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "restart" -d 'Restart a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "promote" -d 'Promote a read replica to a primary of its own (it stops following its primary for good)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "switchover" -d 'Switch a primary over to its standby (the service needs --ha-type async or sync)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "read-replica" -d 'Read replicas: new services that follow a primary'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "restore" -d 'Restore a service\'s continuous backup, as of a point in time, into a new service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "reset-password" -d 'Set a new superuser password: a generated one (shown once) or one read from stdin'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "config" -d 'A service\'s Postgres and PgBouncer settings: get, set, replace'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "ca-certificates" -d 'The CA certificates to verify a service\'s TLS connections, printed or written to a file'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "metrics" -d 'Metrics: Prometheus text of a service (or, with --all, of every service), or time series (--series)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "slow-queries" -d 'The slowest query patterns of a service, and their recent executions'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from postgres" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "list" -d 'List the organization\'s Postgres services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "get" -d 'Show a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "connection-string" -d 'How to connect: a `postgres://` URL (TLS required), host and user filled in; psql asks for the password'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "create" -d 'Create a Postgres service; its superuser password is shown once (or written to --password-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "update" -d 'Rename a Postgres service, resize it, change its high availability or tags'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "delete" -d 'Delete a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "restart" -d 'Restart a Postgres service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "promote" -d 'Promote a read replica to a primary of its own (it stops following its primary for good)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "switchover" -d 'Switch a primary over to its standby (the service needs --ha-type async or sync)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "read-replica" -d 'Read replicas: new services that follow a primary'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "restore" -d 'Restore a service\'s continuous backup, as of a point in time, into a new service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "reset-password" -d 'Set a new superuser password: a generated one (shown once) or one read from stdin'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "config" -d 'A service\'s Postgres and PgBouncer settings: get, set, replace'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "ca-certificates" -d 'The CA certificates to verify a service\'s TLS connections, printed or written to a file'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "metrics" -d 'Metrics: Prometheus text of a service (or, with --all, of every service), or time series (--series)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "slow-queries" -d 'The slowest query patterns of a service, and their recent executions'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from pg" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -f -a "list" -d 'List the organization\'s quotas: each limit, its usage and what is left'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -f -a "get" -d 'Show one quota by its code'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from quota" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l from -d 'First day of the period (YYYY-MM-DD)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l to -d 'Last day of the period, included (YYYY-MM-DD)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l by -d 'One row per service or per day' -r -f -a "service\t''
day\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l tag -d 'Only resources with this tag, or this tag and value (repeatable: all of them)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -f -a "list" -d 'List the organization\'s BYOC infrastructures (from the organization\'s details)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -f -a "get" -d 'Show a BYOC infrastructure (from the organization\'s details)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -f -a "create" -d 'Set up BYOC infrastructure in a cloud account and region'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -f -a "update" -d 'Rename a BYOC infrastructure'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -f -a "delete" -d 'Remove a BYOC infrastructure (its services must be deleted first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from byoc" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "list" -d 'List the organization\'s UDFs (each as its latest version)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "get" -d 'Show a UDF (its latest version)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "create" -d 'Create a UDF from a zip archive of its code (uploaded first); it builds on the server'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "delete" -d 'Delete a UDF: every version, detached from every service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "version" -d 'A UDF\'s versions: create one from new code, list, delete'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "attach" -d 'Attach a version of a UDF to a service (the latest ready one unless --version)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "detach" -d 'Detach a UDF from a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "attachment" -d 'Where a UDF is attached: one service, or all of them'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "upload-url" -d 'Get an upload URL for a UDF archive (the first step of create, for doing it by hand)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from udf" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "list" -d 'List a service\'s ClickPipes'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "get" -d 'Show a ClickPipe'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "create" -d 'Create a ClickPipe from a document (its source, destination, field mappings, settings)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "update" -d 'Change a ClickPipe from a document (name, source credentials and tables, destination columns, ...)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "delete" -d 'Delete a ClickPipe (the destination table and its data are kept)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "start" -d 'Start a stopped ClickPipe'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "stop" -d 'Stop a ClickPipe'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "resync" -d 'Resync a database (CDC) ClickPipe: load its tables again from the source, then replicate'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "scale" -d 'Change a ClickPipe\'s replicas and their size'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "settings" -d 'A ClickPipe\'s settings: show them, or change some'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "discover" -d 'Find the schema of a streaming source (Kafka, Kinesis) before creating a pipe from it'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "cdc-scaling" -d 'The size of the replicas that run a service\'s database (CDC) ClickPipes'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "reverse-endpoint" -d 'Reverse private endpoints: private connections from ClickPipes to sources in your network'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickpipe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the organization\'s roles: system and custom'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -f -a "get" -d 'Show a role: its permissions, resources and actors'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a custom role'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -f -a "update" -d 'Rename a custom role, or change its permissions or members and keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a custom role (its members and keys lose it)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l org -d 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile\'s, else the only one the key sees)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l api-url -d 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -f -a "dashboard" -d 'Dashboards: tiles of charts, searches and notes over the service\'s data'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -f -a "alert" -d 'Alerts on a dashboard tile or a saved search, sent to a webhook or by e-mail'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -f -a "source" -d 'Sources: the tables of logs, traces, metrics and sessions ClickStack reads'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -f -a "webhook" -d 'Webhooks alerts are sent to (Slack, incident.io, any URL)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -f -a "role" -d 'ClickStack roles: what their members may do in ClickStack'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -f -a "saved-search" -d 'Saved searches of a source'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from clickstack" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "org" -d 'Organizations: list, inspect, rename, private endpoints'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "service" -d 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Backups of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "key" -d 'API keys of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "member" -d 'Members of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "invitation" -d 'Invitations to join the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "activity" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "postgres" -d 'Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "quota" -d 'The organization\'s quotas: limits, usage, what is left'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Usage costs over a period, per service or per day'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "byoc" -d 'BYOC (bring your own cloud) infrastructure in your cloud accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "udf" -d 'User-defined functions: code, versions, attachments to services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "clickpipe" -d 'ClickPipes: ingestion into a service from Kafka, object storage, Kinesis, Pub/Sub and databases'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "role" -d 'Roles of the organization: system and custom, their permissions, members and keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "clickstack" -d 'ClickStack of a service: dashboards, alerts, sources, webhooks, roles, saved searches'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand clickhouse; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "org" -d 'The organization the API key belongs to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "cluster" -d 'Clusters: list, create, inspect, scale, delete, connect'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "regions" -d 'Regions where clusters can be created'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "versions" -d 'Major CockroachDB versions clusters can run'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "database" -d 'Databases of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "sql-user" -d 'SQL users of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "allowlist" -d 'IP allowlist of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "backup" -d 'Backups of a cluster and their configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "restore" -d 'Restores of a cluster from its backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "api-key" -d 'API keys of the organization\'s service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "service-account" -d 'Service accounts: the organization\'s machine users'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "folder" -d 'Folders that organize clusters'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "role" -d 'Role grants of users and service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "user" -d 'Person users of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "invoice" -d 'Invoices of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "audit-log" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "jwt-issuer" -d 'JWT issuers whose tokens the clusters accept'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "private-endpoint" -d 'Private endpoint services and connections of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "egress-rule" -d 'Outbound traffic rules of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "log-export" -d 'Export of a dedicated cluster\'s logs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "metric-export" -d 'Export of a dedicated cluster\'s metrics (CloudWatch, Datadog, Prometheus)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "cmek" -d 'Customer-managed encryption keys of a dedicated cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "maintenance-window" -d 'The weekly maintenance window of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "version-deferral" -d 'Deferral of automatic version upgrades of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "scim" -d 'SCIM 2.0 users and groups of the organization, and the SCIM discovery documents'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "replication" -d 'Physical replication streams from a primary cluster to a standby, and failover'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "blackout-window" -d 'Periods in which a cluster\'s nodes are not restarted for maintenance'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "client-ca-cert" -d 'The CA certificate whose client certificates may log in to a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "disruption" -d 'Disruption drills: regions, zones or nodes of a cluster made unavailable on purpose'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "egress-endpoint" -d 'Egress private endpoints: private connections from a cluster to your services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -f -a "get" -d 'Show the organization the API key belongs to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from org" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "list" -d 'List clusters (every page, unless --limit)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "get" -d 'Show a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "create" -d 'Create a cluster: BASIC or STANDARD (serverless) or ADVANCED (dedicated nodes)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "update" -d 'Scale, upgrade, or change the plan, limits, labels, folder or delete protection of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "delete" -d 'Delete a cluster and all its data'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "connection-string" -d 'Print the connection string (alone, ready for psql or `cockroach sql`; the API\'s object with -o json)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "nodes" -d 'List the nodes of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cluster" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l provider -d 'Only this cloud provider\'s regions' -r -f -a "GCP\t''
AWS\t''
AZURE\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l limit -d 'Stop after this many items (default: all, every page)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l serverless -d 'Only regions that can host serverless clusters'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from regions" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l limit -d 'Stop after this many items (default: all, every page)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -f -a "list" -d 'List the databases of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -f -a "create" -d 'Create a database'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -f -a "rename" -d 'Rename a database'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -f -a "delete" -d 'Delete a database and its tables'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from database" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -f -a "list" -d 'List the SQL users of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -f -a "create" -d 'Create a SQL user (the password is asked for twice, or read from stdin)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -f -a "delete" -d 'Delete a SQL user'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -f -a "set-password" -d 'Set a new password for a SQL user'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from sql-user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -f -a "list" -d 'List the allowlist entries of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -f -a "add" -d 'Allow an IPv4 range to connect (SQL by default)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -f -a "update" -d 'Change the label or access of an entry'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -f -a "delete" -d 'Remove an entry'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from allowlist" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List the backups of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -f -a "config" -d 'The backup schedule and retention'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -f -a "list" -d 'List the restores of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -f -a "create" -d 'Restore a backup into a cluster (-c): the whole cluster, databases or tables'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -f -a "get" -d 'Show a restore'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from restore" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -f -a "list" -d 'List API keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -f -a "create" -d 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -f -a "get" -d 'Show an API key (never its secret)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -f -a "update" -d 'Rename an API key'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -f -a "delete" -d 'Delete an API key: whatever uses it loses access at once'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from api-key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -f -a "list" -d 'List service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -f -a "create" -d 'Create a service account with its roles (then give it keys with `crdb api-key create`)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -f -a "get" -d 'Show a service account'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -f -a "update" -d 'Rename a service account or change its description'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -f -a "delete" -d 'Delete a service account; its API keys are revoked with it'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from service-account" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -f -a "list" -d 'List folders (all of them, at every depth)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -f -a "create" -d 'Create a folder, at the top or inside another one'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -f -a "get" -d 'Show a folder'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -f -a "update" -d 'Rename a folder, move it into another one (`--parent /` moves it to the top) or change its labels'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -f -a "delete" -d 'Delete an empty folder'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -f -a "contents" -d 'List the clusters and folders directly inside a folder (/ for the top)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from folder" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -f -a "list" -d 'List every role grant of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -f -a "get" -d 'Show a user\'s roles'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -f -a "set" -d 'Replace all of a user\'s roles with the ones given (asks first: roles left out are removed)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Give a user a role on the organization, a folder or a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Take a role away from a user (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -f -a "find" -d 'Find the person users with an e-mail address (exit 3 when there is none)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -f -a "list" -d 'List invoices'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -f -a "get" -d 'Show an invoice'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from invoice" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -f -a "list" -d 'List audit log entries, oldest first unless --sort-order desc'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from audit-log" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -f -a "list" -d 'List JWT issuers'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -f -a "add" -d 'Add a JWT issuer'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -f -a "get" -d 'Show a JWT issuer'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -f -a "update" -d 'Change a JWT issuer\'s URL, audience, claim, key set or identity map'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -f -a "delete" -d 'Delete a JWT issuer: its tokens stop being accepted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from jwt-issuer" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -f -a "service" -d 'The endpoint services of the cluster\'s regions'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -f -a "connection" -d 'Connections of your cloud endpoints to the services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -f -a "trusted-owner" -d 'Cloud accounts whose private endpoints the services trust'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from private-endpoint" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -f -a "list" -d 'List the egress rules of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -f -a "add" -d 'Allow the cluster to connect to a host name or a CIDR range'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -f -a "get" -d 'Show an egress rule'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -f -a "update" -d 'Change the description, destination, type, ports or paths of an egress rule'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -f -a "delete" -d 'Remove an egress rule'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -f -a "policy" -d 'The egress traffic policy: allow all outbound traffic, or only what the rules allow'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-rule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -f -a "get" -d 'Show the log export of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -f -a "enable" -d 'Export the cluster\'s logs (dedicated clusters); replaces the current configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -f -a "disable" -d 'Stop exporting the cluster\'s logs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from log-export" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -f -a "get" -d 'Show one metric export of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -f -a "enable" -d 'Export the cluster\'s metrics (dedicated clusters); replaces the current configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -f -a "disable" -d 'Stop one metric export'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from metric-export" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -f -a "get" -d 'Show the CMEK configuration of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -f -a "enable" -d 'Encrypt a dedicated cluster with your own keys, one per region'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -f -a "update" -d 'Replace the keys (for example after adding a region): the data is re-encrypted with them'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -f -a "rotate" -d 'Rotate: re-encrypt with the current version of the keys in use, or with new keys (--spec-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -f -a "revoke" -d 'Revoke the cluster\'s access to your keys: the cluster becomes unusable until access is restored'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from cmek" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -f -a "get" -d 'Show the maintenance window of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -f -a "set" -d 'Set the day and hour (UTC) maintenance starts, and how long it may last'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -f -a "delete" -d 'Remove the maintenance window (maintenance may then happen at any time)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from maintenance-window" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -f -a "get" -d 'Show the version deferral policy of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -f -a "set" -d 'Set the version deferral policy of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from version-deferral" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -f -a "user" -d 'SCIM users: list, search, create, replace, update (PATCH), delete'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -f -a "group" -d 'SCIM groups and their members'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -f -a "resource-type" -d 'The SCIM resource types the service serves (User, Group)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -f -a "schema" -d 'The SCIM schemas of users and groups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -f -a "config" -d 'What the SCIM service supports (filters, PATCH, bulk, sorting, authentication)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from scim" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -f -a "list" -d 'List replication streams (those not completed, unless --show-completed)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -f -a "get" -d 'Show a replication stream: its status, lag and the times it can fail over to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -f -a "create" -d 'Start replicating a primary ADVANCED cluster to a standby one'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -f -a "failover" -d 'Fail over to the standby cluster: it takes over and the stream ends (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -f -a "cancel" -d 'Stop replicating: the stream ends and the standby stays as it is (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from replication" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -f -a "list" -d 'List the blackout windows of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -f -a "get" -d 'Show a blackout window'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -f -a "create" -d 'Schedule a blackout window'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -f -a "update" -d 'Move a blackout window'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -f -a "delete" -d 'Remove a blackout window (one in effect ends now)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from blackout-window" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -f -a "get" -d 'Show the client CA certificate of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -f -a "set" -d 'Set the client CA certificate of a cluster that has none'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -f -a "update" -d 'Replace the client CA certificate of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -f -a "delete" -d 'Remove the client CA certificate: certificate logins stop working (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from client-ca-cert" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -f -a "get" -d 'Show what is disrupted on a cluster (nothing when no drill runs)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -f -a "set" -d 'Disrupt regions, zones or nodes of a cluster, or end the drill with --clear (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from disruption" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -f -a "list" -d 'List the egress private endpoints of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -f -a "get" -d 'Show an egress private endpoint'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -f -a "create" -d 'Connect the cluster privately to a service of yours'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -f -a "update" -d 'Set the domain names the cluster resolves to the endpoint (replacing its current ones)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -f -a "delete" -d 'Delete an egress private endpoint (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from egress-endpoint" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "org" -d 'The organization the API key belongs to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "cluster" -d 'Clusters: list, create, inspect, scale, delete, connect'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "regions" -d 'Regions where clusters can be created'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "versions" -d 'Major CockroachDB versions clusters can run'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "database" -d 'Databases of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "sql-user" -d 'SQL users of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "allowlist" -d 'IP allowlist of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Backups of a cluster and their configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restores of a cluster from its backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "api-key" -d 'API keys of the organization\'s service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "service-account" -d 'Service accounts: the organization\'s machine users'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "folder" -d 'Folders that organize clusters'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "role" -d 'Role grants of users and service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "user" -d 'Person users of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "invoice" -d 'Invoices of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "audit-log" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "jwt-issuer" -d 'JWT issuers whose tokens the clusters accept'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "private-endpoint" -d 'Private endpoint services and connections of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "egress-rule" -d 'Outbound traffic rules of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "log-export" -d 'Export of a dedicated cluster\'s logs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "metric-export" -d 'Export of a dedicated cluster\'s metrics (CloudWatch, Datadog, Prometheus)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "cmek" -d 'Customer-managed encryption keys of a dedicated cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "maintenance-window" -d 'The weekly maintenance window of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "version-deferral" -d 'Deferral of automatic version upgrades of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "scim" -d 'SCIM 2.0 users and groups of the organization, and the SCIM discovery documents'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "replication" -d 'Physical replication streams from a primary cluster to a standby, and failover'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "blackout-window" -d 'Periods in which a cluster\'s nodes are not restarted for maintenance'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "client-ca-cert" -d 'The CA certificate whose client certificates may log in to a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "disruption" -d 'Disruption drills: regions, zones or nodes of a cluster made unavailable on purpose'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "egress-endpoint" -d 'Egress private endpoints: private connections from a cluster to your services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand crdb; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "org" -d 'The organization the API key belongs to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "cluster" -d 'Clusters: list, create, inspect, scale, delete, connect'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "regions" -d 'Regions where clusters can be created'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "versions" -d 'Major CockroachDB versions clusters can run'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "database" -d 'Databases of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "sql-user" -d 'SQL users of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "allowlist" -d 'IP allowlist of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "backup" -d 'Backups of a cluster and their configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "restore" -d 'Restores of a cluster from its backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "api-key" -d 'API keys of the organization\'s service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "service-account" -d 'Service accounts: the organization\'s machine users'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "folder" -d 'Folders that organize clusters'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "role" -d 'Role grants of users and service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "user" -d 'Person users of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "invoice" -d 'Invoices of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "audit-log" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "jwt-issuer" -d 'JWT issuers whose tokens the clusters accept'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "private-endpoint" -d 'Private endpoint services and connections of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "egress-rule" -d 'Outbound traffic rules of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "log-export" -d 'Export of a dedicated cluster\'s logs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "metric-export" -d 'Export of a dedicated cluster\'s metrics (CloudWatch, Datadog, Prometheus)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "cmek" -d 'Customer-managed encryption keys of a dedicated cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "maintenance-window" -d 'The weekly maintenance window of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "version-deferral" -d 'Deferral of automatic version upgrades of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "scim" -d 'SCIM 2.0 users and groups of the organization, and the SCIM discovery documents'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "replication" -d 'Physical replication streams from a primary cluster to a standby, and failover'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "blackout-window" -d 'Periods in which a cluster\'s nodes are not restarted for maintenance'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "client-ca-cert" -d 'The CA certificate whose client certificates may log in to a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "disruption" -d 'Disruption drills: regions, zones or nodes of a cluster made unavailable on purpose'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "egress-endpoint" -d 'Egress private endpoints: private connections from a cluster to your services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and not __fish_seen_subcommand_from org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral scim replication blackout-window client-ca-cert disruption egress-endpoint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -f -a "get" -d 'Show the organization the API key belongs to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from org" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "list" -d 'List clusters (every page, unless --limit)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "get" -d 'Show a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "create" -d 'Create a cluster: BASIC or STANDARD (serverless) or ADVANCED (dedicated nodes)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "update" -d 'Scale, upgrade, or change the plan, limits, labels, folder or delete protection of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "delete" -d 'Delete a cluster and all its data'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "connection-string" -d 'Print the connection string (alone, ready for psql or `cockroach sql`; the API\'s object with -o json)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "nodes" -d 'List the nodes of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cluster" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l provider -d 'Only this cloud provider\'s regions' -r -f -a "GCP\t''
AWS\t''
AZURE\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l limit -d 'Stop after this many items (default: all, every page)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l serverless -d 'Only regions that can host serverless clusters'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from regions" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l limit -d 'Stop after this many items (default: all, every page)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from versions" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -f -a "list" -d 'List the databases of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -f -a "create" -d 'Create a database'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -f -a "rename" -d 'Rename a database'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -f -a "delete" -d 'Delete a database and its tables'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from database" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -f -a "list" -d 'List the SQL users of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -f -a "create" -d 'Create a SQL user (the password is asked for twice, or read from stdin)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -f -a "delete" -d 'Delete a SQL user'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -f -a "set-password" -d 'Set a new password for a SQL user'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from sql-user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -f -a "list" -d 'List the allowlist entries of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -f -a "add" -d 'Allow an IPv4 range to connect (SQL by default)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -f -a "update" -d 'Change the label or access of an entry'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -f -a "delete" -d 'Remove an entry'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from allowlist" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List the backups of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -f -a "config" -d 'The backup schedule and retention'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from backup" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -f -a "list" -d 'List the restores of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -f -a "create" -d 'Restore a backup into a cluster (-c): the whole cluster, databases or tables'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -f -a "get" -d 'Show a restore'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from restore" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -f -a "list" -d 'List API keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -f -a "create" -d 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -f -a "get" -d 'Show an API key (never its secret)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -f -a "update" -d 'Rename an API key'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -f -a "delete" -d 'Delete an API key: whatever uses it loses access at once'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from api-key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -f -a "list" -d 'List service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -f -a "create" -d 'Create a service account with its roles (then give it keys with `crdb api-key create`)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -f -a "get" -d 'Show a service account'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -f -a "update" -d 'Rename a service account or change its description'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -f -a "delete" -d 'Delete a service account; its API keys are revoked with it'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from service-account" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -f -a "list" -d 'List folders (all of them, at every depth)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -f -a "create" -d 'Create a folder, at the top or inside another one'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -f -a "get" -d 'Show a folder'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -f -a "update" -d 'Rename a folder, move it into another one (`--parent /` moves it to the top) or change its labels'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -f -a "delete" -d 'Delete an empty folder'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -f -a "contents" -d 'List the clusters and folders directly inside a folder (/ for the top)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from folder" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -f -a "list" -d 'List every role grant of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -f -a "get" -d 'Show a user\'s roles'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -f -a "set" -d 'Replace all of a user\'s roles with the ones given (asks first: roles left out are removed)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Give a user a role on the organization, a folder or a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Take a role away from a user (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from role" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -f -a "find" -d 'Find the person users with an e-mail address (exit 3 when there is none)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from user" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -f -a "list" -d 'List invoices'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -f -a "get" -d 'Show an invoice'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from invoice" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -f -a "list" -d 'List audit log entries, oldest first unless --sort-order desc'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from audit-log" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -f -a "list" -d 'List JWT issuers'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -f -a "add" -d 'Add a JWT issuer'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -f -a "get" -d 'Show a JWT issuer'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -f -a "update" -d 'Change a JWT issuer\'s URL, audience, claim, key set or identity map'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -f -a "delete" -d 'Delete a JWT issuer: its tokens stop being accepted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from jwt-issuer" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -f -a "service" -d 'The endpoint services of the cluster\'s regions'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -f -a "connection" -d 'Connections of your cloud endpoints to the services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -f -a "trusted-owner" -d 'Cloud accounts whose private endpoints the services trust'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from private-endpoint" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -f -a "list" -d 'List the egress rules of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -f -a "add" -d 'Allow the cluster to connect to a host name or a CIDR range'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -f -a "get" -d 'Show an egress rule'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -f -a "update" -d 'Change the description, destination, type, ports or paths of an egress rule'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -f -a "delete" -d 'Remove an egress rule'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -f -a "policy" -d 'The egress traffic policy: allow all outbound traffic, or only what the rules allow'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-rule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -f -a "get" -d 'Show the log export of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -f -a "enable" -d 'Export the cluster\'s logs (dedicated clusters); replaces the current configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -f -a "disable" -d 'Stop exporting the cluster\'s logs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from log-export" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -f -a "get" -d 'Show one metric export of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -f -a "enable" -d 'Export the cluster\'s metrics (dedicated clusters); replaces the current configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -f -a "disable" -d 'Stop one metric export'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from metric-export" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -f -a "get" -d 'Show the CMEK configuration of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -f -a "enable" -d 'Encrypt a dedicated cluster with your own keys, one per region'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -f -a "update" -d 'Replace the keys (for example after adding a region): the data is re-encrypted with them'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -f -a "rotate" -d 'Rotate: re-encrypt with the current version of the keys in use, or with new keys (--spec-file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -f -a "revoke" -d 'Revoke the cluster\'s access to your keys: the cluster becomes unusable until access is restored'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from cmek" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -f -a "get" -d 'Show the maintenance window of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -f -a "set" -d 'Set the day and hour (UTC) maintenance starts, and how long it may last'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -f -a "delete" -d 'Remove the maintenance window (maintenance may then happen at any time)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from maintenance-window" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -f -a "get" -d 'Show the version deferral policy of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -f -a "set" -d 'Set the version deferral policy of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from version-deferral" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -f -a "user" -d 'SCIM users: list, search, create, replace, update (PATCH), delete'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -f -a "group" -d 'SCIM groups and their members'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -f -a "resource-type" -d 'The SCIM resource types the service serves (User, Group)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -f -a "schema" -d 'The SCIM schemas of users and groups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -f -a "config" -d 'What the SCIM service supports (filters, PATCH, bulk, sorting, authentication)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from scim" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -f -a "list" -d 'List replication streams (those not completed, unless --show-completed)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -f -a "get" -d 'Show a replication stream: its status, lag and the times it can fail over to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -f -a "create" -d 'Start replicating a primary ADVANCED cluster to a standby one'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -f -a "failover" -d 'Fail over to the standby cluster: it takes over and the stream ends (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -f -a "cancel" -d 'Stop replicating: the stream ends and the standby stays as it is (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from replication" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -f -a "list" -d 'List the blackout windows of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -f -a "get" -d 'Show a blackout window'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -f -a "create" -d 'Schedule a blackout window'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -f -a "update" -d 'Move a blackout window'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -f -a "delete" -d 'Remove a blackout window (one in effect ends now)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from blackout-window" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -f -a "get" -d 'Show the client CA certificate of a cluster and its status'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -f -a "set" -d 'Set the client CA certificate of a cluster that has none'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -f -a "update" -d 'Replace the client CA certificate of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -f -a "delete" -d 'Remove the client CA certificate: certificate logins stop working (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from client-ca-cert" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -f -a "get" -d 'Show what is disrupted on a cluster (nothing when no drill runs)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -f -a "set" -d 'Disrupt regions, zones or nodes of a cluster, or end the drill with --clear (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from disruption" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s c -l cluster -d 'Cluster ID or exact name [default: the profile\'s cockroach.cluster]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l api-url -d 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -f -a "list" -d 'List the egress private endpoints of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -f -a "get" -d 'Show an egress private endpoint'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -f -a "create" -d 'Connect the cluster privately to a service of yours'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -f -a "update" -d 'Set the domain names the cluster resolves to the endpoint (replacing its current ones)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -f -a "delete" -d 'Delete an egress private endpoint (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from egress-endpoint" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "org" -d 'The organization the API key belongs to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "cluster" -d 'Clusters: list, create, inspect, scale, delete, connect'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "regions" -d 'Regions where clusters can be created'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "versions" -d 'Major CockroachDB versions clusters can run'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "database" -d 'Databases of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "sql-user" -d 'SQL users of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "allowlist" -d 'IP allowlist of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Backups of a cluster and their configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restores of a cluster from its backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "api-key" -d 'API keys of the organization\'s service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "service-account" -d 'Service accounts: the organization\'s machine users'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "folder" -d 'Folders that organize clusters'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "role" -d 'Role grants of users and service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "user" -d 'Person users of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "invoice" -d 'Invoices of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "audit-log" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "jwt-issuer" -d 'JWT issuers whose tokens the clusters accept'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "private-endpoint" -d 'Private endpoint services and connections of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "egress-rule" -d 'Outbound traffic rules of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "log-export" -d 'Export of a dedicated cluster\'s logs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "metric-export" -d 'Export of a dedicated cluster\'s metrics (CloudWatch, Datadog, Prometheus)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "cmek" -d 'Customer-managed encryption keys of a dedicated cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "maintenance-window" -d 'The weekly maintenance window of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "version-deferral" -d 'Deferral of automatic version upgrades of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "scim" -d 'SCIM 2.0 users and groups of the organization, and the SCIM discovery documents'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "replication" -d 'Physical replication streams from a primary cluster to a standby, and failover'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "blackout-window" -d 'Periods in which a cluster\'s nodes are not restarted for maintenance'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "client-ca-cert" -d 'The CA certificate whose client certificates may log in to a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "disruption" -d 'Disruption drills: regions, zones or nodes of a cluster made unavailable on purpose'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "egress-endpoint" -d 'Egress private endpoints: private connections from a cluster to your services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand cockroach; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l provider -d 'Only this provider\'s databases' -r -f -a "clickhouse\t''
cockroach\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand ls" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l provider -d 'Only this provider\'s databases' -r -f -a "clickhouse\t''
cockroach\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand status" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -f -a "login" -d 'Save a provider\'s credentials in a profile, after checking them with one API call'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -f -a "status" -d 'Show, per profile and provider, each credential and where it comes from (flag, env, file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and not __fish_seen_subcommand_from login status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l provider -d 'The provider to log in to (asked on a terminal when omitted)' -r -f -a "clickhouse\t''
cockroach\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l key-id -d 'ClickHouse API key ID (asked on a terminal when omitted)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l org -d 'ClickHouse organization ID to store [default: the only one the key sees]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'API base URL to use and store in the profile (e.g. a local emulator)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l secret-stdin -d 'Read the secret (ClickHouse key secret, CockroachDB API key) from stdin instead of a prompt'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l check -d 'Also verify the credentials with one API call each'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Save a provider\'s credentials in a profile, after checking them with one API call'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show, per profile and provider, each credential and where it comes from (flag, env, file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -f -a "list" -d 'List the profiles (secrets masked)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -f -a "show" -d 'Show a profile\'s settings, secrets masked [default: the active profile]'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -f -a "use" -d 'Make a profile the default (`default_profile`)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -f -a "remove" -d 'Delete a profile and its credentials'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -f -a "set" -d 'Set (or with --unset remove) one value of the active profile (see --profile)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l unset -d 'Remove the setting instead'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles (secrets masked)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile\'s settings, secrets masked [default: the active profile]'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default (`default_profile`)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a profile and its credentials'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set (or with --unset remove) one value of the active profile (see --profile)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s d -l data -d 'Request body: JSON text, @FILE, or - for stdin' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s F -l query -d 'Query parameter (repeatable)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l paginate -d 'Follow CockroachDB pagination to the last page and merge the lists'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand api" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s f -l file -d 'The declaration file: TOML, or YAML when it ends in .yaml or .yml' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l prune -d 'Also plan to delete what the file does not list, of the kinds and profiles it declares'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l detailed-exitcode -d 'Exit 10 when there are changes (0 when there are none)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand plan" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s f -l file -d 'The declaration file: TOML, or YAML when it ends in .yaml or .yml' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l wait-timeout -d 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l prune -d 'Also delete what the file does not list, of the kinds and profiles it declares (asks first)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l wait -d 'Wait until the change has finished on the server'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand apply" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l provider -d 'Only this provider\'s resources [default: every provider the profile has credentials for]' -r -f -a "clickhouse\t''
cockroach\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand export" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve both APIs on one local port until Ctrl-C'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Forget the state of the embedded emulator used by --emulator'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on; port 0 picks a free port' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l state -d 'Keep the state in this JSON file: loaded at start (seeded when missing), written atomically after every change' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l transition-ms -d 'How long each state transition takes (provisioning, stopping, a locked cluster, a restore...)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l rate-limits -d 'Enforce the real rate limits (ClickHouse 10 requests per 10 s, CockroachDB 10 per s, per key)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l seed-services -d 'Running ClickHouse services to seed a new state with (seed-service-0001, ...)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l seed-clusters -d 'CREATED CockroachDB clusters to seed a new state with (seed-cluster-0001, ...)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l latency-ms -d 'Fault: delay every API answer by this long' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l fail-rate -d 'Fault: answer this share of API requests (0 to 1) with an error status from --fail-status' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l fail-status -d 'Fault: the statuses --fail-rate picks from (429 and 503 carry Retry-After: 1)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l reset-rate -d 'Fault: close the connection without an answer for this share of API requests' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l truncate-rate -d 'Fault: answer 200 with a truncated JSON body for this share of API requests' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l html-rate -d 'Fault: answer 200 or 502 with an HTML page (like a proxy) for this share of API requests' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l lost-answer-rate -d 'Fault: act on this share of API requests, then close the connection without an answer (the answer is lost)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l gateway-timeout-rate -d 'Fault: act on this share of API requests, then answer 504 from a proxy (the work was done)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l failed-transitions -d 'Fault: the next N state transitions end in their failed state (a service `failed`, a cluster CREATION_FAILED, an update *_FAILED, a restore FAILED, an export ENABLE_FAILED...)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l clickhouse-key-id -d 'ClickHouse API key ID to accept (HTTP Basic user)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l clickhouse-key-secret -d 'ClickHouse API key secret to accept (HTTP Basic password)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l cockroach-api-key -d 'CockroachDB API key to accept (Authorization: Bearer)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l log-requests -d 'Print one line per API request on stderr'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l lenient -d 'Accept request body fields the spec does not define (by default each is a 400 naming the field)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l check-answers -d 'Check every answer against the spec\'s answer schema (a mismatch is a 500 naming it); for testing the emulator'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l print-env -d 'Print the `export` lines for --addr and exit without serving: `eval "$(... --print-env)"` in a CI step, then start the server in the background (needs a fixed port)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve both APIs on one local port until Ctrl-C'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Forget the state of the embedded emulator used by --emulator'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -s p -l profile -d 'Profile to use (or DBCLOUD_PROFILE; default: the config\'s default_profile)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -s o -l output -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (built in; no jq needed)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l jq-arg -d 'A string variable for --jq, as `$NAME` (repeatable; like jq\'s --arg)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l columns -d 'Table columns, as JSON field paths (e.g. id,name,state)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l timeout -d 'Timeout of each HTTP request (e.g. 30s, 2m)' -r
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l config -d 'Config file [default: config.toml in the platform config directory]' -r -F
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l json -d 'Shorthand for --output json'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -s q -l quiet -d 'No progress or status messages'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l no-input -d 'Never prompt (also when stdin is not a terminal or CI is set)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -s v -l verbose -d 'Log each HTTP request and response to stderr, secrets redacted'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l no-color -d 'No colours (also NO_COLOR)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -l emulator -d 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -s h -l help -d 'Print help'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand completions" -s V -l version -d 'Print version'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "ch" -d 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "crdb" -d 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "ls" -d 'Every database of every profile and provider, in one table'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "auth" -d 'Log in, and see which credentials are in effect'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "profile" -d 'Manage named profiles in the config file'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "api" -d 'Send an authenticated request to either API and print the answer'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "plan" -d 'Show what `apply` would change to make the live state what a file declares'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "apply" -d 'Make the live state what a file declares: databases as code, across both clouds'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "export" -d 'Write the live state of a profile as a file for `plan` and `apply`'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "emulator" -d 'Run the local emulator of both APIs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and not __fish_seen_subcommand_from ch crdb ls auth profile api plan apply export emulator completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "org" -d 'Organizations: list, inspect, rename, private endpoints'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "service" -d 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "backup" -d 'Backups of a service'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "key" -d 'API keys of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "member" -d 'Members of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "invitation" -d 'Invitations to join the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "activity" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "postgres" -d 'Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "quota" -d 'The organization\'s quotas: limits, usage, what is left'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "usage" -d 'Usage costs over a period, per service or per day'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "byoc" -d 'BYOC (bring your own cloud) infrastructure in your cloud accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "udf" -d 'User-defined functions: code, versions, attachments to services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "clickpipe" -d 'ClickPipes: ingestion into a service from Kafka, object storage, Kinesis, Pub/Sub and databases'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "role" -d 'Roles of the organization: system and custom, their permissions, members and keys'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from ch" -f -a "clickstack" -d 'ClickStack of a service: dashboards, alerts, sources, webhooks, roles, saved searches'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "org" -d 'The organization the API key belongs to'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "cluster" -d 'Clusters: list, create, inspect, scale, delete, connect'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "regions" -d 'Regions where clusters can be created'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "versions" -d 'Major CockroachDB versions clusters can run'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "database" -d 'Databases of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "sql-user" -d 'SQL users of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "allowlist" -d 'IP allowlist of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "backup" -d 'Backups of a cluster and their configuration'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "restore" -d 'Restores of a cluster from its backups'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "api-key" -d 'API keys of the organization\'s service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "service-account" -d 'Service accounts: the organization\'s machine users'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "folder" -d 'Folders that organize clusters'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "role" -d 'Role grants of users and service accounts'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "user" -d 'Person users of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "invoice" -d 'Invoices of the organization'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "audit-log" -d 'The organization\'s audit log'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "jwt-issuer" -d 'JWT issuers whose tokens the clusters accept'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "private-endpoint" -d 'Private endpoint services and connections of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "egress-rule" -d 'Outbound traffic rules of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "log-export" -d 'Export of a dedicated cluster\'s logs'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "metric-export" -d 'Export of a dedicated cluster\'s metrics (CloudWatch, Datadog, Prometheus)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "cmek" -d 'Customer-managed encryption keys of a dedicated cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "maintenance-window" -d 'The weekly maintenance window of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "version-deferral" -d 'Deferral of automatic version upgrades of a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "scim" -d 'SCIM 2.0 users and groups of the organization, and the SCIM discovery documents'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "replication" -d 'Physical replication streams from a primary cluster to a standby, and failover'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "blackout-window" -d 'Periods in which a cluster\'s nodes are not restarted for maintenance'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "client-ca-cert" -d 'The CA certificate whose client certificates may log in to a cluster'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "disruption" -d 'Disruption drills: regions, zones or nodes of a cluster made unavailable on purpose'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from crdb" -f -a "egress-endpoint" -d 'Egress private endpoints: private connections from a cluster to your services'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Save a provider\'s credentials in a profile, after checking them with one API call'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show, per profile and provider, each credential and where it comes from (flag, env, file)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles (secrets masked)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile\'s settings, secrets masked [default: the active profile]'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default (`default_profile`)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Delete a profile and its credentials'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Set (or with --unset remove) one value of the active profile (see --profile)'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve both APIs on one local port until Ctrl-C'
complete -c dbcloud -n "__fish_dbcloud_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "reset" -d 'Forget the state of the embedded emulator used by --emulator'
