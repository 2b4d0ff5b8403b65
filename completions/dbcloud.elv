
use builtin;
use str;

set edit:completion:arg-completer[dbcloud] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'dbcloud'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'dbcloud'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ch 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities'
            cand clickhouse 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities'
            cand crdb 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more'
            cand cockroach 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more'
            cand ls 'Every database of every profile and provider, in one table'
            cand status 'Every database of every profile and provider, in one table'
            cand auth 'Log in, and see which credentials are in effect'
            cand profile 'Manage named profiles in the config file'
            cand api 'Send an authenticated request to either API and print the answer'
            cand emulator 'Run the local emulator of both APIs'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand org 'Organizations: list, inspect, rename, private endpoints'
            cand service 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
            cand backup 'Backups of a service'
            cand key 'API keys of the organization'
            cand member 'Members of the organization'
            cand invitation 'Invitations to join the organization'
            cand activity 'The organization''s audit log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand org 'Organizations: list, inspect, rename, private endpoints'
            cand service 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
            cand backup 'Backups of a service'
            cand key 'API keys of the organization'
            cand member 'Members of the organization'
            cand invitation 'Invitations to join the organization'
            cand activity 'The organization''s audit log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;org'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand update 'Rename an organization, or register or remove its private endpoints'
            cand private-endpoint-config 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;org;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;org;get'= {
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;org;update'= {
            cand --name 'New name'
            cand --add-private-endpoint 'Register a private endpoint: ID,PROVIDER,REGION[,DESCRIPTION] (repeatable)'
            cand --remove-private-endpoint 'Remove a registered private endpoint by its ID (repeatable)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;org;private-endpoint-config'= {
            cand --cloud-provider 'The cloud provider'
            cand --region 'The provider''s region'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;org;help'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand update 'Rename an organization, or register or remove its private endpoints'
            cand private-endpoint-config 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;org;help;list'= {
        }
        &'dbcloud;ch;org;help;get'= {
        }
        &'dbcloud;ch;org;help;update'= {
        }
        &'dbcloud;ch;org;help;private-endpoint-config'= {
        }
        &'dbcloud;ch;org;help;help'= {
        }
        &'dbcloud;clickhouse;org'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand update 'Rename an organization, or register or remove its private endpoints'
            cand private-endpoint-config 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;org;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;org;get'= {
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;org;update'= {
            cand --name 'New name'
            cand --add-private-endpoint 'Register a private endpoint: ID,PROVIDER,REGION[,DESCRIPTION] (repeatable)'
            cand --remove-private-endpoint 'Remove a registered private endpoint by its ID (repeatable)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;org;private-endpoint-config'= {
            cand --cloud-provider 'The cloud provider'
            cand --region 'The provider''s region'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;org;help'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand update 'Rename an organization, or register or remove its private endpoints'
            cand private-endpoint-config 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;org;help;list'= {
        }
        &'dbcloud;clickhouse;org;help;get'= {
        }
        &'dbcloud;clickhouse;org;help;update'= {
        }
        &'dbcloud;clickhouse;org;help;private-endpoint-config'= {
        }
        &'dbcloud;clickhouse;org;help;help'= {
        }
        &'dbcloud;ch;service'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand create 'Create a service; its password is shown once (or written to --password-file)'
            cand update 'Rename a service, or change its IP access list or private endpoints'
            cand delete 'Delete a service (it must be stopped; --force stops it first)'
            cand private-endpoint-config 'Show what is needed to connect a private endpoint to a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a service'
            cand scale 'Change a service''s autoscaling: memory bounds, replicas, idling'
            cand reset-password 'Set a new password for the default user of a service'
            cand metrics 'Print a service''s Prometheus metrics, as the API sends them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;service;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;create'= {
            cand --name 'Service name (up to 50 characters)'
            cand --provider 'Cloud provider'
            cand --region 'Region of that provider'
            cand --tier 'Tier [default: the API''s, production]'
            cand --ip-allow 'Allow access from an IP address or CIDR range, with an optional description (repeatable)'
            cand --min-memory-gb 'Minimum total memory in GiB (24-720, a multiple of 12)'
            cand --max-memory-gb 'Maximum total memory in GiB (24-720, a multiple of 12)'
            cand --replicas 'Number of replicas (3-25)'
            cand --idle-scaling 'Let the service scale down to zero when idle'
            cand --idle-timeout-minutes 'Minutes of inactivity before idling (at least 5)'
            cand --backup-id 'Create the service from this backup (same region and tier as its service)'
            cand --encryption-key 'Customer-provided disk encryption key'
            cand --encryption-role 'Role to assume for disk encryption'
            cand --private-endpoint 'Attach a private endpoint (repeatable)'
            cand --password-file 'Write the password to this new file (mode 0600) instead of showing it'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --accept-private-preview-terms 'Accept the private preview terms (needed for the first service of an organization in private preview)'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;update'= {
            cand --name 'New name (up to 50 characters)'
            cand --add-ip 'Allow access from an IP address or CIDR range, with an optional description (repeatable)'
            cand --remove-ip 'Remove an IP address or CIDR range from the access list (repeatable; removed before adding)'
            cand --add-private-endpoint 'Attach a private endpoint (repeatable)'
            cand --remove-private-endpoint 'Detach a private endpoint (repeatable)'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --force 'Stop the service first if needed, wait until it is stopped, then delete it'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;private-endpoint-config'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;start'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;stop'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;scale'= {
            cand --min-memory-gb 'Minimum total memory in GiB (24-720, a multiple of 12)'
            cand --max-memory-gb 'Maximum total memory in GiB (24-720, a multiple of 12)'
            cand --replicas 'Number of replicas (3-25)'
            cand --idle-scaling 'Let the service scale down to zero when idle'
            cand --idle-timeout-minutes 'Minutes of inactivity before idling (at least 5)'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;reset-password'= {
            cand --password-file 'Write the generated password to this new file (mode 0600) instead of showing it'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --password-stdin 'Read the new password from stdin and send only its hashes'
            cand --mysql 'Also send the double SHA-1 hash the MySQL protocol needs (with --password-stdin)'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;metrics'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;service;help'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand create 'Create a service; its password is shown once (or written to --password-file)'
            cand update 'Rename a service, or change its IP access list or private endpoints'
            cand delete 'Delete a service (it must be stopped; --force stops it first)'
            cand private-endpoint-config 'Show what is needed to connect a private endpoint to a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a service'
            cand scale 'Change a service''s autoscaling: memory bounds, replicas, idling'
            cand reset-password 'Set a new password for the default user of a service'
            cand metrics 'Print a service''s Prometheus metrics, as the API sends them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;service;help;list'= {
        }
        &'dbcloud;ch;service;help;get'= {
        }
        &'dbcloud;ch;service;help;create'= {
        }
        &'dbcloud;ch;service;help;update'= {
        }
        &'dbcloud;ch;service;help;delete'= {
        }
        &'dbcloud;ch;service;help;private-endpoint-config'= {
        }
        &'dbcloud;ch;service;help;start'= {
        }
        &'dbcloud;ch;service;help;stop'= {
        }
        &'dbcloud;ch;service;help;scale'= {
        }
        &'dbcloud;ch;service;help;reset-password'= {
        }
        &'dbcloud;ch;service;help;metrics'= {
        }
        &'dbcloud;ch;service;help;help'= {
        }
        &'dbcloud;clickhouse;service'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand create 'Create a service; its password is shown once (or written to --password-file)'
            cand update 'Rename a service, or change its IP access list or private endpoints'
            cand delete 'Delete a service (it must be stopped; --force stops it first)'
            cand private-endpoint-config 'Show what is needed to connect a private endpoint to a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a service'
            cand scale 'Change a service''s autoscaling: memory bounds, replicas, idling'
            cand reset-password 'Set a new password for the default user of a service'
            cand metrics 'Print a service''s Prometheus metrics, as the API sends them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;service;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;create'= {
            cand --name 'Service name (up to 50 characters)'
            cand --provider 'Cloud provider'
            cand --region 'Region of that provider'
            cand --tier 'Tier [default: the API''s, production]'
            cand --ip-allow 'Allow access from an IP address or CIDR range, with an optional description (repeatable)'
            cand --min-memory-gb 'Minimum total memory in GiB (24-720, a multiple of 12)'
            cand --max-memory-gb 'Maximum total memory in GiB (24-720, a multiple of 12)'
            cand --replicas 'Number of replicas (3-25)'
            cand --idle-scaling 'Let the service scale down to zero when idle'
            cand --idle-timeout-minutes 'Minutes of inactivity before idling (at least 5)'
            cand --backup-id 'Create the service from this backup (same region and tier as its service)'
            cand --encryption-key 'Customer-provided disk encryption key'
            cand --encryption-role 'Role to assume for disk encryption'
            cand --private-endpoint 'Attach a private endpoint (repeatable)'
            cand --password-file 'Write the password to this new file (mode 0600) instead of showing it'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --accept-private-preview-terms 'Accept the private preview terms (needed for the first service of an organization in private preview)'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;update'= {
            cand --name 'New name (up to 50 characters)'
            cand --add-ip 'Allow access from an IP address or CIDR range, with an optional description (repeatable)'
            cand --remove-ip 'Remove an IP address or CIDR range from the access list (repeatable; removed before adding)'
            cand --add-private-endpoint 'Attach a private endpoint (repeatable)'
            cand --remove-private-endpoint 'Detach a private endpoint (repeatable)'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --force 'Stop the service first if needed, wait until it is stopped, then delete it'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;private-endpoint-config'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;start'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;stop'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;scale'= {
            cand --min-memory-gb 'Minimum total memory in GiB (24-720, a multiple of 12)'
            cand --max-memory-gb 'Maximum total memory in GiB (24-720, a multiple of 12)'
            cand --replicas 'Number of replicas (3-25)'
            cand --idle-scaling 'Let the service scale down to zero when idle'
            cand --idle-timeout-minutes 'Minutes of inactivity before idling (at least 5)'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;reset-password'= {
            cand --password-file 'Write the generated password to this new file (mode 0600) instead of showing it'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --password-stdin 'Read the new password from stdin and send only its hashes'
            cand --mysql 'Also send the double SHA-1 hash the MySQL protocol needs (with --password-stdin)'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;metrics'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;service;help'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand create 'Create a service; its password is shown once (or written to --password-file)'
            cand update 'Rename a service, or change its IP access list or private endpoints'
            cand delete 'Delete a service (it must be stopped; --force stops it first)'
            cand private-endpoint-config 'Show what is needed to connect a private endpoint to a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a service'
            cand scale 'Change a service''s autoscaling: memory bounds, replicas, idling'
            cand reset-password 'Set a new password for the default user of a service'
            cand metrics 'Print a service''s Prometheus metrics, as the API sends them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;service;help;list'= {
        }
        &'dbcloud;clickhouse;service;help;get'= {
        }
        &'dbcloud;clickhouse;service;help;create'= {
        }
        &'dbcloud;clickhouse;service;help;update'= {
        }
        &'dbcloud;clickhouse;service;help;delete'= {
        }
        &'dbcloud;clickhouse;service;help;private-endpoint-config'= {
        }
        &'dbcloud;clickhouse;service;help;start'= {
        }
        &'dbcloud;clickhouse;service;help;stop'= {
        }
        &'dbcloud;clickhouse;service;help;scale'= {
        }
        &'dbcloud;clickhouse;service;help;reset-password'= {
        }
        &'dbcloud;clickhouse;service;help;metrics'= {
        }
        &'dbcloud;clickhouse;service;help;help'= {
        }
        &'dbcloud;ch;backup'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a service''s backups'
            cand get 'Show a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;backup;list'= {
            cand -s 'Service ID or exact name'
            cand --service 'Service ID or exact name'
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;backup;get'= {
            cand -s 'Service ID or exact name'
            cand --service 'Service ID or exact name'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;backup;help'= {
            cand list 'List a service''s backups'
            cand get 'Show a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;backup;help;list'= {
        }
        &'dbcloud;ch;backup;help;get'= {
        }
        &'dbcloud;ch;backup;help;help'= {
        }
        &'dbcloud;clickhouse;backup'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a service''s backups'
            cand get 'Show a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;backup;list'= {
            cand -s 'Service ID or exact name'
            cand --service 'Service ID or exact name'
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;backup;get'= {
            cand -s 'Service ID or exact name'
            cand --service 'Service ID or exact name'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;backup;help'= {
            cand list 'List a service''s backups'
            cand get 'Show a backup'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;backup;help;list'= {
        }
        &'dbcloud;clickhouse;backup;help;get'= {
        }
        &'dbcloud;clickhouse;backup;help;help'= {
        }
        &'dbcloud;ch;key'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s API keys'
            cand create 'Create an API key; its ID and secret are shown once (or saved in a profile)'
            cand get 'Show an API key'
            cand update 'Rename an API key, or change its roles, expiry or state'
            cand delete 'Delete an API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;key;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;key;create'= {
            cand --name 'Key name'
            cand --role 'Role of the key (repeatable)'
            cand --expires-at 'When the key stops working (RFC 3339) [default: never]'
            cand --save-as-profile 'Store the new key''s ID and secret (and the organization) as this profile''s ClickHouse credentials, and print neither'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --disabled 'Create the key disabled'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;key;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;key;update'= {
            cand --name 'New name'
            cand --role 'The key''s roles, replacing the current ones (repeatable)'
            cand --expires-at 'When the key stops working (RFC 3339)'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --enable 'Enable the key'
            cand --disable 'Disable the key (requests made with it fail until it is enabled again)'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;key;delete'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;key;help'= {
            cand list 'List the organization''s API keys'
            cand create 'Create an API key; its ID and secret are shown once (or saved in a profile)'
            cand get 'Show an API key'
            cand update 'Rename an API key, or change its roles, expiry or state'
            cand delete 'Delete an API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;key;help;list'= {
        }
        &'dbcloud;ch;key;help;create'= {
        }
        &'dbcloud;ch;key;help;get'= {
        }
        &'dbcloud;ch;key;help;update'= {
        }
        &'dbcloud;ch;key;help;delete'= {
        }
        &'dbcloud;ch;key;help;help'= {
        }
        &'dbcloud;clickhouse;key'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s API keys'
            cand create 'Create an API key; its ID and secret are shown once (or saved in a profile)'
            cand get 'Show an API key'
            cand update 'Rename an API key, or change its roles, expiry or state'
            cand delete 'Delete an API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;key;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;key;create'= {
            cand --name 'Key name'
            cand --role 'Role of the key (repeatable)'
            cand --expires-at 'When the key stops working (RFC 3339) [default: never]'
            cand --save-as-profile 'Store the new key''s ID and secret (and the organization) as this profile''s ClickHouse credentials, and print neither'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --disabled 'Create the key disabled'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;key;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;key;update'= {
            cand --name 'New name'
            cand --role 'The key''s roles, replacing the current ones (repeatable)'
            cand --expires-at 'When the key stops working (RFC 3339)'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --enable 'Enable the key'
            cand --disable 'Disable the key (requests made with it fail until it is enabled again)'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;key;delete'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;key;help'= {
            cand list 'List the organization''s API keys'
            cand create 'Create an API key; its ID and secret are shown once (or saved in a profile)'
            cand get 'Show an API key'
            cand update 'Rename an API key, or change its roles, expiry or state'
            cand delete 'Delete an API key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;key;help;list'= {
        }
        &'dbcloud;clickhouse;key;help;create'= {
        }
        &'dbcloud;clickhouse;key;help;get'= {
        }
        &'dbcloud;clickhouse;key;help;update'= {
        }
        &'dbcloud;clickhouse;key;help;delete'= {
        }
        &'dbcloud;clickhouse;key;help;help'= {
        }
        &'dbcloud;ch;member'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s members'
            cand get 'Show a member'
            cand update 'Change a member''s role'
            cand remove 'Remove a member from the organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;member;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;member;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;member;update'= {
            cand --role 'The new role'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;member;remove'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;member;help'= {
            cand list 'List the organization''s members'
            cand get 'Show a member'
            cand update 'Change a member''s role'
            cand remove 'Remove a member from the organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;member;help;list'= {
        }
        &'dbcloud;ch;member;help;get'= {
        }
        &'dbcloud;ch;member;help;update'= {
        }
        &'dbcloud;ch;member;help;remove'= {
        }
        &'dbcloud;ch;member;help;help'= {
        }
        &'dbcloud;clickhouse;member'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s members'
            cand get 'Show a member'
            cand update 'Change a member''s role'
            cand remove 'Remove a member from the organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;member;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;member;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;member;update'= {
            cand --role 'The new role'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;member;remove'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;member;help'= {
            cand list 'List the organization''s members'
            cand get 'Show a member'
            cand update 'Change a member''s role'
            cand remove 'Remove a member from the organization'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;member;help;list'= {
        }
        &'dbcloud;clickhouse;member;help;get'= {
        }
        &'dbcloud;clickhouse;member;help;update'= {
        }
        &'dbcloud;clickhouse;member;help;remove'= {
        }
        &'dbcloud;clickhouse;member;help;help'= {
        }
        &'dbcloud;ch;invitation'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List pending invitations'
            cand create 'Invite someone to the organization'
            cand get 'Show an invitation'
            cand delete 'Withdraw an invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;invitation;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;invitation;create'= {
            cand --email 'The invitee''s e-mail address'
            cand --role 'The role they get on joining'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;invitation;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;invitation;delete'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;invitation;help'= {
            cand list 'List pending invitations'
            cand create 'Invite someone to the organization'
            cand get 'Show an invitation'
            cand delete 'Withdraw an invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;invitation;help;list'= {
        }
        &'dbcloud;ch;invitation;help;create'= {
        }
        &'dbcloud;ch;invitation;help;get'= {
        }
        &'dbcloud;ch;invitation;help;delete'= {
        }
        &'dbcloud;ch;invitation;help;help'= {
        }
        &'dbcloud;clickhouse;invitation'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List pending invitations'
            cand create 'Invite someone to the organization'
            cand get 'Show an invitation'
            cand delete 'Withdraw an invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;invitation;list'= {
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;invitation;create'= {
            cand --email 'The invitee''s e-mail address'
            cand --role 'The role they get on joining'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;invitation;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;invitation;delete'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;invitation;help'= {
            cand list 'List pending invitations'
            cand create 'Invite someone to the organization'
            cand get 'Show an invitation'
            cand delete 'Withdraw an invitation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;invitation;help;list'= {
        }
        &'dbcloud;clickhouse;invitation;help;create'= {
        }
        &'dbcloud;clickhouse;invitation;help;get'= {
        }
        &'dbcloud;clickhouse;invitation;help;delete'= {
        }
        &'dbcloud;clickhouse;invitation;help;help'= {
        }
        &'dbcloud;ch;activity'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s activities, optionally between two times'
            cand get 'Show an activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;activity;list'= {
            cand --from 'Only activities at or after this time (RFC 3339)'
            cand --to 'Only activities at or before this time (RFC 3339)'
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;activity;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;ch;activity;help'= {
            cand list 'List the organization''s activities, optionally between two times'
            cand get 'Show an activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;activity;help;list'= {
        }
        &'dbcloud;ch;activity;help;get'= {
        }
        &'dbcloud;ch;activity;help;help'= {
        }
        &'dbcloud;clickhouse;activity'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the organization''s activities, optionally between two times'
            cand get 'Show an activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;activity;list'= {
            cand --from 'Only activities at or after this time (RFC 3339)'
            cand --to 'Only activities at or before this time (RFC 3339)'
            cand --limit 'Show at most this many'
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;activity;get'= {
            cand --org 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)'
            cand --api-url 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;clickhouse;activity;help'= {
            cand list 'List the organization''s activities, optionally between two times'
            cand get 'Show an activity'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;activity;help;list'= {
        }
        &'dbcloud;clickhouse;activity;help;get'= {
        }
        &'dbcloud;clickhouse;activity;help;help'= {
        }
        &'dbcloud;ch;help'= {
            cand org 'Organizations: list, inspect, rename, private endpoints'
            cand service 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
            cand backup 'Backups of a service'
            cand key 'API keys of the organization'
            cand member 'Members of the organization'
            cand invitation 'Invitations to join the organization'
            cand activity 'The organization''s audit log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;help;org'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand update 'Rename an organization, or register or remove its private endpoints'
            cand private-endpoint-config 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region'
        }
        &'dbcloud;ch;help;org;list'= {
        }
        &'dbcloud;ch;help;org;get'= {
        }
        &'dbcloud;ch;help;org;update'= {
        }
        &'dbcloud;ch;help;org;private-endpoint-config'= {
        }
        &'dbcloud;ch;help;service'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand create 'Create a service; its password is shown once (or written to --password-file)'
            cand update 'Rename a service, or change its IP access list or private endpoints'
            cand delete 'Delete a service (it must be stopped; --force stops it first)'
            cand private-endpoint-config 'Show what is needed to connect a private endpoint to a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a service'
            cand scale 'Change a service''s autoscaling: memory bounds, replicas, idling'
            cand reset-password 'Set a new password for the default user of a service'
            cand metrics 'Print a service''s Prometheus metrics, as the API sends them'
        }
        &'dbcloud;ch;help;service;list'= {
        }
        &'dbcloud;ch;help;service;get'= {
        }
        &'dbcloud;ch;help;service;create'= {
        }
        &'dbcloud;ch;help;service;update'= {
        }
        &'dbcloud;ch;help;service;delete'= {
        }
        &'dbcloud;ch;help;service;private-endpoint-config'= {
        }
        &'dbcloud;ch;help;service;start'= {
        }
        &'dbcloud;ch;help;service;stop'= {
        }
        &'dbcloud;ch;help;service;scale'= {
        }
        &'dbcloud;ch;help;service;reset-password'= {
        }
        &'dbcloud;ch;help;service;metrics'= {
        }
        &'dbcloud;ch;help;backup'= {
            cand list 'List a service''s backups'
            cand get 'Show a backup'
        }
        &'dbcloud;ch;help;backup;list'= {
        }
        &'dbcloud;ch;help;backup;get'= {
        }
        &'dbcloud;ch;help;key'= {
            cand list 'List the organization''s API keys'
            cand create 'Create an API key; its ID and secret are shown once (or saved in a profile)'
            cand get 'Show an API key'
            cand update 'Rename an API key, or change its roles, expiry or state'
            cand delete 'Delete an API key'
        }
        &'dbcloud;ch;help;key;list'= {
        }
        &'dbcloud;ch;help;key;create'= {
        }
        &'dbcloud;ch;help;key;get'= {
        }
        &'dbcloud;ch;help;key;update'= {
        }
        &'dbcloud;ch;help;key;delete'= {
        }
        &'dbcloud;ch;help;member'= {
            cand list 'List the organization''s members'
            cand get 'Show a member'
            cand update 'Change a member''s role'
            cand remove 'Remove a member from the organization'
        }
        &'dbcloud;ch;help;member;list'= {
        }
        &'dbcloud;ch;help;member;get'= {
        }
        &'dbcloud;ch;help;member;update'= {
        }
        &'dbcloud;ch;help;member;remove'= {
        }
        &'dbcloud;ch;help;invitation'= {
            cand list 'List pending invitations'
            cand create 'Invite someone to the organization'
            cand get 'Show an invitation'
            cand delete 'Withdraw an invitation'
        }
        &'dbcloud;ch;help;invitation;list'= {
        }
        &'dbcloud;ch;help;invitation;create'= {
        }
        &'dbcloud;ch;help;invitation;get'= {
        }
        &'dbcloud;ch;help;invitation;delete'= {
        }
        &'dbcloud;ch;help;activity'= {
            cand list 'List the organization''s activities, optionally between two times'
            cand get 'Show an activity'
        }
        &'dbcloud;ch;help;activity;list'= {
        }
        &'dbcloud;ch;help;activity;get'= {
        }
        &'dbcloud;ch;help;help'= {
        }
        &'dbcloud;clickhouse;help'= {
            cand org 'Organizations: list, inspect, rename, private endpoints'
            cand service 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
            cand backup 'Backups of a service'
            cand key 'API keys of the organization'
            cand member 'Members of the organization'
            cand invitation 'Invitations to join the organization'
            cand activity 'The organization''s audit log'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;help;org'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand update 'Rename an organization, or register or remove its private endpoints'
            cand private-endpoint-config 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region'
        }
        &'dbcloud;clickhouse;help;org;list'= {
        }
        &'dbcloud;clickhouse;help;org;get'= {
        }
        &'dbcloud;clickhouse;help;org;update'= {
        }
        &'dbcloud;clickhouse;help;org;private-endpoint-config'= {
        }
        &'dbcloud;clickhouse;help;service'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand create 'Create a service; its password is shown once (or written to --password-file)'
            cand update 'Rename a service, or change its IP access list or private endpoints'
            cand delete 'Delete a service (it must be stopped; --force stops it first)'
            cand private-endpoint-config 'Show what is needed to connect a private endpoint to a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a service'
            cand scale 'Change a service''s autoscaling: memory bounds, replicas, idling'
            cand reset-password 'Set a new password for the default user of a service'
            cand metrics 'Print a service''s Prometheus metrics, as the API sends them'
        }
        &'dbcloud;clickhouse;help;service;list'= {
        }
        &'dbcloud;clickhouse;help;service;get'= {
        }
        &'dbcloud;clickhouse;help;service;create'= {
        }
        &'dbcloud;clickhouse;help;service;update'= {
        }
        &'dbcloud;clickhouse;help;service;delete'= {
        }
        &'dbcloud;clickhouse;help;service;private-endpoint-config'= {
        }
        &'dbcloud;clickhouse;help;service;start'= {
        }
        &'dbcloud;clickhouse;help;service;stop'= {
        }
        &'dbcloud;clickhouse;help;service;scale'= {
        }
        &'dbcloud;clickhouse;help;service;reset-password'= {
        }
        &'dbcloud;clickhouse;help;service;metrics'= {
        }
        &'dbcloud;clickhouse;help;backup'= {
            cand list 'List a service''s backups'
            cand get 'Show a backup'
        }
        &'dbcloud;clickhouse;help;backup;list'= {
        }
        &'dbcloud;clickhouse;help;backup;get'= {
        }
        &'dbcloud;clickhouse;help;key'= {
            cand list 'List the organization''s API keys'
            cand create 'Create an API key; its ID and secret are shown once (or saved in a profile)'
            cand get 'Show an API key'
            cand update 'Rename an API key, or change its roles, expiry or state'
            cand delete 'Delete an API key'
        }
        &'dbcloud;clickhouse;help;key;list'= {
        }
        &'dbcloud;clickhouse;help;key;create'= {
        }
        &'dbcloud;clickhouse;help;key;get'= {
        }
        &'dbcloud;clickhouse;help;key;update'= {
        }
        &'dbcloud;clickhouse;help;key;delete'= {
        }
        &'dbcloud;clickhouse;help;member'= {
            cand list 'List the organization''s members'
            cand get 'Show a member'
            cand update 'Change a member''s role'
            cand remove 'Remove a member from the organization'
        }
        &'dbcloud;clickhouse;help;member;list'= {
        }
        &'dbcloud;clickhouse;help;member;get'= {
        }
        &'dbcloud;clickhouse;help;member;update'= {
        }
        &'dbcloud;clickhouse;help;member;remove'= {
        }
        &'dbcloud;clickhouse;help;invitation'= {
            cand list 'List pending invitations'
            cand create 'Invite someone to the organization'
            cand get 'Show an invitation'
            cand delete 'Withdraw an invitation'
        }
        &'dbcloud;clickhouse;help;invitation;list'= {
        }
        &'dbcloud;clickhouse;help;invitation;create'= {
        }
        &'dbcloud;clickhouse;help;invitation;get'= {
        }
        &'dbcloud;clickhouse;help;invitation;delete'= {
        }
        &'dbcloud;clickhouse;help;activity'= {
            cand list 'List the organization''s activities, optionally between two times'
            cand get 'Show an activity'
        }
        &'dbcloud;clickhouse;help;activity;list'= {
        }
        &'dbcloud;clickhouse;help;activity;get'= {
        }
        &'dbcloud;clickhouse;help;help'= {
        }
        &'dbcloud;crdb'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, create, inspect, scale, delete, connect'
            cand regions 'Regions where clusters can be created'
            cand versions 'Major CockroachDB versions clusters can run'
            cand database 'Databases of a cluster'
            cand sql-user 'SQL users of a cluster'
            cand allowlist 'IP allowlist of a cluster'
            cand backup 'Backups of a cluster and their configuration'
            cand restore 'Restores of a cluster from its backups'
            cand api-key 'API keys of the organization''s service accounts'
            cand service-account 'Service accounts: the organization''s machine users'
            cand folder 'Folders that organize clusters'
            cand role 'Role grants of users and service accounts'
            cand user 'Person users of the organization'
            cand invoice 'Invoices of the organization'
            cand audit-log 'The organization''s audit log'
            cand jwt-issuer 'JWT issuers whose tokens the clusters accept'
            cand private-endpoint 'Private endpoint services and connections of a cluster'
            cand egress-rule 'Outbound traffic rules of a cluster'
            cand log-export 'Export of a dedicated cluster''s logs'
            cand metric-export 'Export of a dedicated cluster''s metrics (CloudWatch, Datadog, Prometheus)'
            cand cmek 'Customer-managed encryption keys of a dedicated cluster'
            cand maintenance-window 'The weekly maintenance window of a cluster'
            cand version-deferral 'Deferral of automatic version upgrades of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, create, inspect, scale, delete, connect'
            cand regions 'Regions where clusters can be created'
            cand versions 'Major CockroachDB versions clusters can run'
            cand database 'Databases of a cluster'
            cand sql-user 'SQL users of a cluster'
            cand allowlist 'IP allowlist of a cluster'
            cand backup 'Backups of a cluster and their configuration'
            cand restore 'Restores of a cluster from its backups'
            cand api-key 'API keys of the organization''s service accounts'
            cand service-account 'Service accounts: the organization''s machine users'
            cand folder 'Folders that organize clusters'
            cand role 'Role grants of users and service accounts'
            cand user 'Person users of the organization'
            cand invoice 'Invoices of the organization'
            cand audit-log 'The organization''s audit log'
            cand jwt-issuer 'JWT issuers whose tokens the clusters accept'
            cand private-endpoint 'Private endpoint services and connections of a cluster'
            cand egress-rule 'Outbound traffic rules of a cluster'
            cand log-export 'Export of a dedicated cluster''s logs'
            cand metric-export 'Export of a dedicated cluster''s metrics (CloudWatch, Datadog, Prometheus)'
            cand cmek 'Customer-managed encryption keys of a dedicated cluster'
            cand maintenance-window 'The weekly maintenance window of a cluster'
            cand version-deferral 'Deferral of automatic version upgrades of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;org'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the organization the API key belongs to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;org;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;org;help'= {
            cand get 'Show the organization the API key belongs to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;org;help;get'= {
        }
        &'dbcloud;crdb;org;help;help'= {
        }
        &'dbcloud;cockroach;org'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the organization the API key belongs to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;org;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;org;help'= {
            cand get 'Show the organization the API key belongs to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;org;help;get'= {
        }
        &'dbcloud;cockroach;org;help;help'= {
        }
        &'dbcloud;crdb;cluster'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand create 'Create a serverless or dedicated cluster'
            cand update 'Scale, upgrade or change the spend limit of a cluster'
            cand delete 'Delete a cluster and all its data'
            cand connection-string 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)'
            cand nodes 'List the nodes of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;cluster;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --show-inactive 'Include deleted clusters'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cluster;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cluster;create'= {
            cand --provider 'Cloud provider'
            cand --plan 'Serverless (billed by use) or dedicated (your own nodes)'
            cand --region 'A region; dedicated clusters give its node count as REGION:NODES. Repeat for several regions (a serverless cluster''s first region is its primary one)'
            cand --spend-limit 'Serverless: monthly spend limit in US dollars (0 = none)'
            cand --vcpus 'Dedicated: virtual CPUs per node'
            cand --storage-gib 'Dedicated: storage per node in GiB'
            cand --version 'Dedicated: CockroachDB major version (see `dbcloud crdb versions`) [default: the latest]'
            cand --folder 'Folder to create the cluster in: its ID, path (/team/prod) or exact name'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'dbcloud;crdb;cluster;update'= {
            cand --region 'Dedicated: set a region''s node count (0 removes the region, a new name adds one). Repeat for several; regions not named keep their nodes'
            cand --vcpus 'Dedicated: virtual CPUs per node'
            cand --storage-gib 'Dedicated: storage per node in GiB'
            cand --spend-limit 'Serverless: monthly spend limit in US dollars (0 = none)'
            cand --version 'Upgrade to this CockroachDB version'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'dbcloud;crdb;cluster;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cluster;connection-string'= {
            cand --database 'Database to connect to'
            cand --sql-user 'SQL user to connect as'
            cand --os 'Format the string for this operating system'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cluster;nodes'= {
            cand --region 'Only the nodes in this region'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cluster;help'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand create 'Create a serverless or dedicated cluster'
            cand update 'Scale, upgrade or change the spend limit of a cluster'
            cand delete 'Delete a cluster and all its data'
            cand connection-string 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)'
            cand nodes 'List the nodes of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;cluster;help;list'= {
        }
        &'dbcloud;crdb;cluster;help;get'= {
        }
        &'dbcloud;crdb;cluster;help;create'= {
        }
        &'dbcloud;crdb;cluster;help;update'= {
        }
        &'dbcloud;crdb;cluster;help;delete'= {
        }
        &'dbcloud;crdb;cluster;help;connection-string'= {
        }
        &'dbcloud;crdb;cluster;help;nodes'= {
        }
        &'dbcloud;crdb;cluster;help;help'= {
        }
        &'dbcloud;cockroach;cluster'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand create 'Create a serverless or dedicated cluster'
            cand update 'Scale, upgrade or change the spend limit of a cluster'
            cand delete 'Delete a cluster and all its data'
            cand connection-string 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)'
            cand nodes 'List the nodes of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;cluster;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --show-inactive 'Include deleted clusters'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cluster;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cluster;create'= {
            cand --provider 'Cloud provider'
            cand --plan 'Serverless (billed by use) or dedicated (your own nodes)'
            cand --region 'A region; dedicated clusters give its node count as REGION:NODES. Repeat for several regions (a serverless cluster''s first region is its primary one)'
            cand --spend-limit 'Serverless: monthly spend limit in US dollars (0 = none)'
            cand --vcpus 'Dedicated: virtual CPUs per node'
            cand --storage-gib 'Dedicated: storage per node in GiB'
            cand --version 'Dedicated: CockroachDB major version (see `dbcloud crdb versions`) [default: the latest]'
            cand --folder 'Folder to create the cluster in: its ID, path (/team/prod) or exact name'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'dbcloud;cockroach;cluster;update'= {
            cand --region 'Dedicated: set a region''s node count (0 removes the region, a new name adds one). Repeat for several; regions not named keep their nodes'
            cand --vcpus 'Dedicated: virtual CPUs per node'
            cand --storage-gib 'Dedicated: storage per node in GiB'
            cand --spend-limit 'Serverless: monthly spend limit in US dollars (0 = none)'
            cand --version 'Upgrade to this CockroachDB version'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'dbcloud;cockroach;cluster;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cluster;connection-string'= {
            cand --database 'Database to connect to'
            cand --sql-user 'SQL user to connect as'
            cand --os 'Format the string for this operating system'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cluster;nodes'= {
            cand --region 'Only the nodes in this region'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cluster;help'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand create 'Create a serverless or dedicated cluster'
            cand update 'Scale, upgrade or change the spend limit of a cluster'
            cand delete 'Delete a cluster and all its data'
            cand connection-string 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)'
            cand nodes 'List the nodes of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;cluster;help;list'= {
        }
        &'dbcloud;cockroach;cluster;help;get'= {
        }
        &'dbcloud;cockroach;cluster;help;create'= {
        }
        &'dbcloud;cockroach;cluster;help;update'= {
        }
        &'dbcloud;cockroach;cluster;help;delete'= {
        }
        &'dbcloud;cockroach;cluster;help;connection-string'= {
        }
        &'dbcloud;cockroach;cluster;help;nodes'= {
        }
        &'dbcloud;cockroach;cluster;help;help'= {
        }
        &'dbcloud;crdb;regions'= {
            cand --provider 'Only this cloud provider''s regions'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --serverless 'Only regions that can host serverless clusters'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;regions'= {
            cand --provider 'Only this cloud provider''s regions'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --serverless 'Only regions that can host serverless clusters'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;versions'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;versions'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;database'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the databases of a cluster'
            cand create 'Create a database'
            cand rename 'Rename a database'
            cand delete 'Delete a database and its tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;database;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;database;create'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;database;rename'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;database;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;database;help'= {
            cand list 'List the databases of a cluster'
            cand create 'Create a database'
            cand rename 'Rename a database'
            cand delete 'Delete a database and its tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;database;help;list'= {
        }
        &'dbcloud;crdb;database;help;create'= {
        }
        &'dbcloud;crdb;database;help;rename'= {
        }
        &'dbcloud;crdb;database;help;delete'= {
        }
        &'dbcloud;crdb;database;help;help'= {
        }
        &'dbcloud;cockroach;database'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the databases of a cluster'
            cand create 'Create a database'
            cand rename 'Rename a database'
            cand delete 'Delete a database and its tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;database;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;database;create'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;database;rename'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;database;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;database;help'= {
            cand list 'List the databases of a cluster'
            cand create 'Create a database'
            cand rename 'Rename a database'
            cand delete 'Delete a database and its tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;database;help;list'= {
        }
        &'dbcloud;cockroach;database;help;create'= {
        }
        &'dbcloud;cockroach;database;help;rename'= {
        }
        &'dbcloud;cockroach;database;help;delete'= {
        }
        &'dbcloud;cockroach;database;help;help'= {
        }
        &'dbcloud;crdb;sql-user'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the SQL users of a cluster'
            cand create 'Create a SQL user (the password is asked for twice, or read from stdin)'
            cand delete 'Delete a SQL user'
            cand set-password 'Set a new password for a SQL user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;sql-user;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;sql-user;create'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --password-stdin 'Read the password from stdin instead of prompting'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;sql-user;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;sql-user;set-password'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --password-stdin 'Read the password from stdin instead of prompting'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;sql-user;help'= {
            cand list 'List the SQL users of a cluster'
            cand create 'Create a SQL user (the password is asked for twice, or read from stdin)'
            cand delete 'Delete a SQL user'
            cand set-password 'Set a new password for a SQL user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;sql-user;help;list'= {
        }
        &'dbcloud;crdb;sql-user;help;create'= {
        }
        &'dbcloud;crdb;sql-user;help;delete'= {
        }
        &'dbcloud;crdb;sql-user;help;set-password'= {
        }
        &'dbcloud;crdb;sql-user;help;help'= {
        }
        &'dbcloud;cockroach;sql-user'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the SQL users of a cluster'
            cand create 'Create a SQL user (the password is asked for twice, or read from stdin)'
            cand delete 'Delete a SQL user'
            cand set-password 'Set a new password for a SQL user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;sql-user;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;sql-user;create'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --password-stdin 'Read the password from stdin instead of prompting'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;sql-user;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;sql-user;set-password'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --password-stdin 'Read the password from stdin instead of prompting'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;sql-user;help'= {
            cand list 'List the SQL users of a cluster'
            cand create 'Create a SQL user (the password is asked for twice, or read from stdin)'
            cand delete 'Delete a SQL user'
            cand set-password 'Set a new password for a SQL user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;sql-user;help;list'= {
        }
        &'dbcloud;cockroach;sql-user;help;create'= {
        }
        &'dbcloud;cockroach;sql-user;help;delete'= {
        }
        &'dbcloud;cockroach;sql-user;help;set-password'= {
        }
        &'dbcloud;cockroach;sql-user;help;help'= {
        }
        &'dbcloud;crdb;allowlist'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the allowlist entries of a cluster'
            cand add 'Allow an IPv4 range to connect (SQL by default)'
            cand update 'Change the label or access of an entry'
            cand delete 'Remove an entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;allowlist;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;allowlist;add'= {
            cand --name 'A label for the entry'
            cand --sql 'Allow SQL connections [default: true]'
            cand --ui 'Allow the DB Console (UI) [default: false]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;allowlist;update'= {
            cand --name 'A new label'
            cand --sql 'Allow SQL connections'
            cand --ui 'Allow the DB Console (UI)'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;allowlist;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;allowlist;help'= {
            cand list 'List the allowlist entries of a cluster'
            cand add 'Allow an IPv4 range to connect (SQL by default)'
            cand update 'Change the label or access of an entry'
            cand delete 'Remove an entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;allowlist;help;list'= {
        }
        &'dbcloud;crdb;allowlist;help;add'= {
        }
        &'dbcloud;crdb;allowlist;help;update'= {
        }
        &'dbcloud;crdb;allowlist;help;delete'= {
        }
        &'dbcloud;crdb;allowlist;help;help'= {
        }
        &'dbcloud;cockroach;allowlist'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the allowlist entries of a cluster'
            cand add 'Allow an IPv4 range to connect (SQL by default)'
            cand update 'Change the label or access of an entry'
            cand delete 'Remove an entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;allowlist;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;allowlist;add'= {
            cand --name 'A label for the entry'
            cand --sql 'Allow SQL connections [default: true]'
            cand --ui 'Allow the DB Console (UI) [default: false]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;allowlist;update'= {
            cand --name 'A new label'
            cand --sql 'Allow SQL connections'
            cand --ui 'Allow the DB Console (UI)'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;allowlist;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;allowlist;help'= {
            cand list 'List the allowlist entries of a cluster'
            cand add 'Allow an IPv4 range to connect (SQL by default)'
            cand update 'Change the label or access of an entry'
            cand delete 'Remove an entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;allowlist;help;list'= {
        }
        &'dbcloud;cockroach;allowlist;help;add'= {
        }
        &'dbcloud;cockroach;allowlist;help;update'= {
        }
        &'dbcloud;cockroach;allowlist;help;delete'= {
        }
        &'dbcloud;cockroach;allowlist;help;help'= {
        }
        &'dbcloud;crdb;backup'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the backups of a cluster'
            cand config 'The backup schedule and retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;backup;list'= {
            cand --start-time 'Only those created at or after this RFC 3339 time'
            cand --end-time 'Only those created before this RFC 3339 time'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;backup;config'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;backup;config;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;backup;config;update'= {
            cand --frequency-minutes 'Minutes between backups: 5, 10, 15, 30, 60, 240 or 1440'
            cand --retention-days 'Days a backup is kept: 2, 7, 30, 90 or 365'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;backup;config;help'= {
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;backup;config;help;get'= {
        }
        &'dbcloud;crdb;backup;config;help;update'= {
        }
        &'dbcloud;crdb;backup;config;help;help'= {
        }
        &'dbcloud;crdb;backup;help'= {
            cand list 'List the backups of a cluster'
            cand config 'The backup schedule and retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;backup;help;list'= {
        }
        &'dbcloud;crdb;backup;help;config'= {
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
        }
        &'dbcloud;crdb;backup;help;config;get'= {
        }
        &'dbcloud;crdb;backup;help;config;update'= {
        }
        &'dbcloud;crdb;backup;help;help'= {
        }
        &'dbcloud;cockroach;backup'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the backups of a cluster'
            cand config 'The backup schedule and retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;backup;list'= {
            cand --start-time 'Only those created at or after this RFC 3339 time'
            cand --end-time 'Only those created before this RFC 3339 time'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;backup;config'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;backup;config;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;backup;config;update'= {
            cand --frequency-minutes 'Minutes between backups: 5, 10, 15, 30, 60, 240 or 1440'
            cand --retention-days 'Days a backup is kept: 2, 7, 30, 90 or 365'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;backup;config;help'= {
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;backup;config;help;get'= {
        }
        &'dbcloud;cockroach;backup;config;help;update'= {
        }
        &'dbcloud;cockroach;backup;config;help;help'= {
        }
        &'dbcloud;cockroach;backup;help'= {
            cand list 'List the backups of a cluster'
            cand config 'The backup schedule and retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;backup;help;list'= {
        }
        &'dbcloud;cockroach;backup;help;config'= {
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
        }
        &'dbcloud;cockroach;backup;help;config;get'= {
        }
        &'dbcloud;cockroach;backup;help;config;update'= {
        }
        &'dbcloud;cockroach;backup;help;help'= {
        }
        &'dbcloud;crdb;restore'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the restores of a cluster'
            cand create 'Restore a backup into a cluster'
            cand get 'Show a restore'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;restore;list'= {
            cand --start-time 'Only those created at or after this RFC 3339 time'
            cand --end-time 'Only those created before this RFC 3339 time'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;restore;create'= {
            cand --backup 'ID of the backup to restore'
            cand --target 'What to restore, as a JSON object (the API''s `target`) [default: the whole cluster]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;restore;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;restore;help'= {
            cand list 'List the restores of a cluster'
            cand create 'Restore a backup into a cluster'
            cand get 'Show a restore'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;restore;help;list'= {
        }
        &'dbcloud;crdb;restore;help;create'= {
        }
        &'dbcloud;crdb;restore;help;get'= {
        }
        &'dbcloud;crdb;restore;help;help'= {
        }
        &'dbcloud;cockroach;restore'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the restores of a cluster'
            cand create 'Restore a backup into a cluster'
            cand get 'Show a restore'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;restore;list'= {
            cand --start-time 'Only those created at or after this RFC 3339 time'
            cand --end-time 'Only those created before this RFC 3339 time'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;restore;create'= {
            cand --backup 'ID of the backup to restore'
            cand --target 'What to restore, as a JSON object (the API''s `target`) [default: the whole cluster]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;restore;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;restore;help'= {
            cand list 'List the restores of a cluster'
            cand create 'Restore a backup into a cluster'
            cand get 'Show a restore'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;restore;help;list'= {
        }
        &'dbcloud;cockroach;restore;help;create'= {
        }
        &'dbcloud;cockroach;restore;help;get'= {
        }
        &'dbcloud;cockroach;restore;help;help'= {
        }
        &'dbcloud;crdb;api-key'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List API keys'
            cand create 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
            cand get 'Show an API key (never its secret)'
            cand update 'Rename an API key'
            cand delete 'Delete an API key: whatever uses it loses access at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;api-key;list'= {
            cand --service-account 'Only the keys of this service account (its ID)'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;api-key;create'= {
            cand --name 'Name of the key'
            cand --service-account 'The service account the key acts as (its ID)'
            cand --save-as-profile 'Store the secret as this profile''s cockroach.api_key (and the API URL when it is not the default) instead of showing it; refused when the profile already holds a CockroachDB key'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;api-key;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;api-key;update'= {
            cand --name 'The new name'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;api-key;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;api-key;help'= {
            cand list 'List API keys'
            cand create 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
            cand get 'Show an API key (never its secret)'
            cand update 'Rename an API key'
            cand delete 'Delete an API key: whatever uses it loses access at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;api-key;help;list'= {
        }
        &'dbcloud;crdb;api-key;help;create'= {
        }
        &'dbcloud;crdb;api-key;help;get'= {
        }
        &'dbcloud;crdb;api-key;help;update'= {
        }
        &'dbcloud;crdb;api-key;help;delete'= {
        }
        &'dbcloud;crdb;api-key;help;help'= {
        }
        &'dbcloud;cockroach;api-key'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List API keys'
            cand create 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
            cand get 'Show an API key (never its secret)'
            cand update 'Rename an API key'
            cand delete 'Delete an API key: whatever uses it loses access at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;api-key;list'= {
            cand --service-account 'Only the keys of this service account (its ID)'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;api-key;create'= {
            cand --name 'Name of the key'
            cand --service-account 'The service account the key acts as (its ID)'
            cand --save-as-profile 'Store the secret as this profile''s cockroach.api_key (and the API URL when it is not the default) instead of showing it; refused when the profile already holds a CockroachDB key'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;api-key;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;api-key;update'= {
            cand --name 'The new name'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;api-key;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;api-key;help'= {
            cand list 'List API keys'
            cand create 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
            cand get 'Show an API key (never its secret)'
            cand update 'Rename an API key'
            cand delete 'Delete an API key: whatever uses it loses access at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;api-key;help;list'= {
        }
        &'dbcloud;cockroach;api-key;help;create'= {
        }
        &'dbcloud;cockroach;api-key;help;get'= {
        }
        &'dbcloud;cockroach;api-key;help;update'= {
        }
        &'dbcloud;cockroach;api-key;help;delete'= {
        }
        &'dbcloud;cockroach;api-key;help;help'= {
        }
        &'dbcloud;crdb;service-account'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List service accounts'
            cand create 'Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)'
            cand get 'Show a service account'
            cand update 'Rename a service account or change its description'
            cand delete 'Delete a service account; its API keys are revoked with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;service-account;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;service-account;create'= {
            cand --name 'Name of the service account'
            cand --description 'What it is for'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;service-account;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;service-account;update'= {
            cand --name 'The new name'
            cand --description 'The new description'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;service-account;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;service-account;help'= {
            cand list 'List service accounts'
            cand create 'Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)'
            cand get 'Show a service account'
            cand update 'Rename a service account or change its description'
            cand delete 'Delete a service account; its API keys are revoked with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;service-account;help;list'= {
        }
        &'dbcloud;crdb;service-account;help;create'= {
        }
        &'dbcloud;crdb;service-account;help;get'= {
        }
        &'dbcloud;crdb;service-account;help;update'= {
        }
        &'dbcloud;crdb;service-account;help;delete'= {
        }
        &'dbcloud;crdb;service-account;help;help'= {
        }
        &'dbcloud;cockroach;service-account'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List service accounts'
            cand create 'Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)'
            cand get 'Show a service account'
            cand update 'Rename a service account or change its description'
            cand delete 'Delete a service account; its API keys are revoked with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;service-account;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;service-account;create'= {
            cand --name 'Name of the service account'
            cand --description 'What it is for'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;service-account;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;service-account;update'= {
            cand --name 'The new name'
            cand --description 'The new description'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;service-account;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;service-account;help'= {
            cand list 'List service accounts'
            cand create 'Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)'
            cand get 'Show a service account'
            cand update 'Rename a service account or change its description'
            cand delete 'Delete a service account; its API keys are revoked with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;service-account;help;list'= {
        }
        &'dbcloud;cockroach;service-account;help;create'= {
        }
        &'dbcloud;cockroach;service-account;help;get'= {
        }
        &'dbcloud;cockroach;service-account;help;update'= {
        }
        &'dbcloud;cockroach;service-account;help;delete'= {
        }
        &'dbcloud;cockroach;service-account;help;help'= {
        }
        &'dbcloud;crdb;folder'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List folders (all of them, at every depth)'
            cand create 'Create a folder, at the top or inside another one'
            cand get 'Show a folder'
            cand update 'Rename a folder or move it into another one (`--parent /` moves it to the top)'
            cand delete 'Delete an empty folder'
            cand contents 'List the clusters and folders directly inside a folder (/ for the top)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;folder;list'= {
            cand --path 'Only folders whose path starts with this (like /team)'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;folder;create'= {
            cand --parent 'The folder to create it in: ID, path or exact name [default: the top]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;folder;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;folder;update'= {
            cand --name 'The new name'
            cand --parent 'The folder to move it into: ID, path or exact name; / for the top'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;folder;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;folder;contents'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;folder;help'= {
            cand list 'List folders (all of them, at every depth)'
            cand create 'Create a folder, at the top or inside another one'
            cand get 'Show a folder'
            cand update 'Rename a folder or move it into another one (`--parent /` moves it to the top)'
            cand delete 'Delete an empty folder'
            cand contents 'List the clusters and folders directly inside a folder (/ for the top)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;folder;help;list'= {
        }
        &'dbcloud;crdb;folder;help;create'= {
        }
        &'dbcloud;crdb;folder;help;get'= {
        }
        &'dbcloud;crdb;folder;help;update'= {
        }
        &'dbcloud;crdb;folder;help;delete'= {
        }
        &'dbcloud;crdb;folder;help;contents'= {
        }
        &'dbcloud;crdb;folder;help;help'= {
        }
        &'dbcloud;cockroach;folder'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List folders (all of them, at every depth)'
            cand create 'Create a folder, at the top or inside another one'
            cand get 'Show a folder'
            cand update 'Rename a folder or move it into another one (`--parent /` moves it to the top)'
            cand delete 'Delete an empty folder'
            cand contents 'List the clusters and folders directly inside a folder (/ for the top)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;folder;list'= {
            cand --path 'Only folders whose path starts with this (like /team)'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;folder;create'= {
            cand --parent 'The folder to create it in: ID, path or exact name [default: the top]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;folder;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;folder;update'= {
            cand --name 'The new name'
            cand --parent 'The folder to move it into: ID, path or exact name; / for the top'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;folder;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;folder;contents'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;folder;help'= {
            cand list 'List folders (all of them, at every depth)'
            cand create 'Create a folder, at the top or inside another one'
            cand get 'Show a folder'
            cand update 'Rename a folder or move it into another one (`--parent /` moves it to the top)'
            cand delete 'Delete an empty folder'
            cand contents 'List the clusters and folders directly inside a folder (/ for the top)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;folder;help;list'= {
        }
        &'dbcloud;cockroach;folder;help;create'= {
        }
        &'dbcloud;cockroach;folder;help;get'= {
        }
        &'dbcloud;cockroach;folder;help;update'= {
        }
        &'dbcloud;cockroach;folder;help;delete'= {
        }
        &'dbcloud;cockroach;folder;help;contents'= {
        }
        &'dbcloud;cockroach;folder;help;help'= {
        }
        &'dbcloud;crdb;role'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every role grant of the organization'
            cand get 'Show a user''s roles'
            cand set 'Replace all of a user''s roles with the ones given (asks first: roles left out are removed)'
            cand grant 'Give a user a role on the organization, a folder or a cluster'
            cand revoke 'Take a role away from a user (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;role;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;role;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;role;set'= {
            cand --grant 'A role to hold (repeatable). ROLE is one of ORG_ADMIN, ORG_MEMBER, BILLING_COORDINATOR, CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER, CLUSTER_DEVELOPER, CLUSTER_CREATOR, FOLDER_ADMIN, FOLDER_MOVER, METRICS_VIEWER'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;role;grant'= {
            cand --resource-type 'What the role applies to'
            cand --resource-id 'The folder (ID, path or name) or cluster (ID or name); for the organization, its ID [default: yours]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;role;revoke'= {
            cand --resource-type 'What the role applies to'
            cand --resource-id 'The folder (ID, path or name) or cluster (ID or name); for the organization, its ID [default: yours]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;role;help'= {
            cand list 'List every role grant of the organization'
            cand get 'Show a user''s roles'
            cand set 'Replace all of a user''s roles with the ones given (asks first: roles left out are removed)'
            cand grant 'Give a user a role on the organization, a folder or a cluster'
            cand revoke 'Take a role away from a user (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;role;help;list'= {
        }
        &'dbcloud;crdb;role;help;get'= {
        }
        &'dbcloud;crdb;role;help;set'= {
        }
        &'dbcloud;crdb;role;help;grant'= {
        }
        &'dbcloud;crdb;role;help;revoke'= {
        }
        &'dbcloud;crdb;role;help;help'= {
        }
        &'dbcloud;cockroach;role'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every role grant of the organization'
            cand get 'Show a user''s roles'
            cand set 'Replace all of a user''s roles with the ones given (asks first: roles left out are removed)'
            cand grant 'Give a user a role on the organization, a folder or a cluster'
            cand revoke 'Take a role away from a user (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;role;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;role;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;role;set'= {
            cand --grant 'A role to hold (repeatable). ROLE is one of ORG_ADMIN, ORG_MEMBER, BILLING_COORDINATOR, CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER, CLUSTER_DEVELOPER, CLUSTER_CREATOR, FOLDER_ADMIN, FOLDER_MOVER, METRICS_VIEWER'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;role;grant'= {
            cand --resource-type 'What the role applies to'
            cand --resource-id 'The folder (ID, path or name) or cluster (ID or name); for the organization, its ID [default: yours]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;role;revoke'= {
            cand --resource-type 'What the role applies to'
            cand --resource-id 'The folder (ID, path or name) or cluster (ID or name); for the organization, its ID [default: yours]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;role;help'= {
            cand list 'List every role grant of the organization'
            cand get 'Show a user''s roles'
            cand set 'Replace all of a user''s roles with the ones given (asks first: roles left out are removed)'
            cand grant 'Give a user a role on the organization, a folder or a cluster'
            cand revoke 'Take a role away from a user (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;role;help;list'= {
        }
        &'dbcloud;cockroach;role;help;get'= {
        }
        &'dbcloud;cockroach;role;help;set'= {
        }
        &'dbcloud;cockroach;role;help;grant'= {
        }
        &'dbcloud;cockroach;role;help;revoke'= {
        }
        &'dbcloud;cockroach;role;help;help'= {
        }
        &'dbcloud;crdb;user'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand find 'Find the person users with an e-mail address (exit 3 when there is none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;user;find'= {
            cand --email 'The e-mail address'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;user;help'= {
            cand find 'Find the person users with an e-mail address (exit 3 when there is none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;user;help;find'= {
        }
        &'dbcloud;crdb;user;help;help'= {
        }
        &'dbcloud;cockroach;user'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand find 'Find the person users with an e-mail address (exit 3 when there is none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;user;find'= {
            cand --email 'The e-mail address'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;user;help'= {
            cand find 'Find the person users with an e-mail address (exit 3 when there is none)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;user;help;find'= {
        }
        &'dbcloud;cockroach;user;help;help'= {
        }
        &'dbcloud;crdb;invoice'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List invoices'
            cand get 'Show an invoice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;invoice;list'= {
            cand --status 'Only invoices with this status [default: both]'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;invoice;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;invoice;help'= {
            cand list 'List invoices'
            cand get 'Show an invoice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;invoice;help;list'= {
        }
        &'dbcloud;crdb;invoice;help;get'= {
        }
        &'dbcloud;crdb;invoice;help;help'= {
        }
        &'dbcloud;cockroach;invoice'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List invoices'
            cand get 'Show an invoice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;invoice;list'= {
            cand --status 'Only invoices with this status [default: both]'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;invoice;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;invoice;help'= {
            cand list 'List invoices'
            cand get 'Show an invoice'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;invoice;help;list'= {
        }
        &'dbcloud;cockroach;invoice;help;get'= {
        }
        &'dbcloud;cockroach;invoice;help;help'= {
        }
        &'dbcloud;crdb;audit-log'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit log entries, oldest first unless --sort-order desc'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;audit-log;list'= {
            cand --starting-from 'Only entries after this RFC 3339 time (before it with --sort-order desc)'
            cand --sort-order 'asc (oldest first) or desc (newest first)'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;audit-log;help'= {
            cand list 'List audit log entries, oldest first unless --sort-order desc'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;audit-log;help;list'= {
        }
        &'dbcloud;crdb;audit-log;help;help'= {
        }
        &'dbcloud;cockroach;audit-log'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit log entries, oldest first unless --sort-order desc'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;audit-log;list'= {
            cand --starting-from 'Only entries after this RFC 3339 time (before it with --sort-order desc)'
            cand --sort-order 'asc (oldest first) or desc (newest first)'
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;audit-log;help'= {
            cand list 'List audit log entries, oldest first unless --sort-order desc'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;audit-log;help;list'= {
        }
        &'dbcloud;cockroach;audit-log;help;help'= {
        }
        &'dbcloud;crdb;jwt-issuer'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List JWT issuers'
            cand add 'Add a JWT issuer'
            cand get 'Show a JWT issuer'
            cand update 'Change a JWT issuer''s URL or key set'
            cand delete 'Delete a JWT issuer: its tokens stop being accepted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;jwt-issuer;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;jwt-issuer;add'= {
            cand --issuer-url 'URL of the issuer (the identity provider)'
            cand --jwks-id 'Identifier of the issuer''s JSON Web Key Set'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;jwt-issuer;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;jwt-issuer;update'= {
            cand --issuer-url 'The new issuer URL'
            cand --jwks-id 'The new JSON Web Key Set identifier'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;jwt-issuer;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;jwt-issuer;help'= {
            cand list 'List JWT issuers'
            cand add 'Add a JWT issuer'
            cand get 'Show a JWT issuer'
            cand update 'Change a JWT issuer''s URL or key set'
            cand delete 'Delete a JWT issuer: its tokens stop being accepted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;jwt-issuer;help;list'= {
        }
        &'dbcloud;crdb;jwt-issuer;help;add'= {
        }
        &'dbcloud;crdb;jwt-issuer;help;get'= {
        }
        &'dbcloud;crdb;jwt-issuer;help;update'= {
        }
        &'dbcloud;crdb;jwt-issuer;help;delete'= {
        }
        &'dbcloud;crdb;jwt-issuer;help;help'= {
        }
        &'dbcloud;cockroach;jwt-issuer'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List JWT issuers'
            cand add 'Add a JWT issuer'
            cand get 'Show a JWT issuer'
            cand update 'Change a JWT issuer''s URL or key set'
            cand delete 'Delete a JWT issuer: its tokens stop being accepted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;jwt-issuer;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;jwt-issuer;add'= {
            cand --issuer-url 'URL of the issuer (the identity provider)'
            cand --jwks-id 'Identifier of the issuer''s JSON Web Key Set'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;jwt-issuer;get'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;jwt-issuer;update'= {
            cand --issuer-url 'The new issuer URL'
            cand --jwks-id 'The new JSON Web Key Set identifier'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;jwt-issuer;delete'= {
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;jwt-issuer;help'= {
            cand list 'List JWT issuers'
            cand add 'Add a JWT issuer'
            cand get 'Show a JWT issuer'
            cand update 'Change a JWT issuer''s URL or key set'
            cand delete 'Delete a JWT issuer: its tokens stop being accepted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;jwt-issuer;help;list'= {
        }
        &'dbcloud;cockroach;jwt-issuer;help;add'= {
        }
        &'dbcloud;cockroach;jwt-issuer;help;get'= {
        }
        &'dbcloud;cockroach;jwt-issuer;help;update'= {
        }
        &'dbcloud;cockroach;jwt-issuer;help;delete'= {
        }
        &'dbcloud;cockroach;jwt-issuer;help;help'= {
        }
        &'dbcloud;crdb;private-endpoint'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand service 'The endpoint services of the cluster''s regions'
            cand connection 'Connections of your cloud endpoints to the services'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;private-endpoint;service'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;private-endpoint;service;list'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;private-endpoint;service;create'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;private-endpoint;service;help'= {
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;private-endpoint;service;help;list'= {
        }
        &'dbcloud;crdb;private-endpoint;service;help;create'= {
        }
        &'dbcloud;crdb;private-endpoint;service;help;help'= {
        }
        &'dbcloud;crdb;private-endpoint;connection'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;private-endpoint;connection;list'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;private-endpoint;connection;add'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;private-endpoint;connection;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;private-endpoint;connection;help'= {
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;private-endpoint;connection;help;list'= {
        }
        &'dbcloud;crdb;private-endpoint;connection;help;add'= {
        }
        &'dbcloud;crdb;private-endpoint;connection;help;delete'= {
        }
        &'dbcloud;crdb;private-endpoint;connection;help;help'= {
        }
        &'dbcloud;crdb;private-endpoint;help'= {
            cand service 'The endpoint services of the cluster''s regions'
            cand connection 'Connections of your cloud endpoints to the services'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;private-endpoint;help;service'= {
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
        }
        &'dbcloud;crdb;private-endpoint;help;service;list'= {
        }
        &'dbcloud;crdb;private-endpoint;help;service;create'= {
        }
        &'dbcloud;crdb;private-endpoint;help;connection'= {
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
        }
        &'dbcloud;crdb;private-endpoint;help;connection;list'= {
        }
        &'dbcloud;crdb;private-endpoint;help;connection;add'= {
        }
        &'dbcloud;crdb;private-endpoint;help;connection;delete'= {
        }
        &'dbcloud;crdb;private-endpoint;help;help'= {
        }
        &'dbcloud;cockroach;private-endpoint'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand service 'The endpoint services of the cluster''s regions'
            cand connection 'Connections of your cloud endpoints to the services'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;private-endpoint;service'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;private-endpoint;service;list'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;private-endpoint;service;create'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;private-endpoint;service;help'= {
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;private-endpoint;service;help;list'= {
        }
        &'dbcloud;cockroach;private-endpoint;service;help;create'= {
        }
        &'dbcloud;cockroach;private-endpoint;service;help;help'= {
        }
        &'dbcloud;cockroach;private-endpoint;connection'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;private-endpoint;connection;list'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;private-endpoint;connection;add'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;private-endpoint;connection;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;private-endpoint;connection;help'= {
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;private-endpoint;connection;help;list'= {
        }
        &'dbcloud;cockroach;private-endpoint;connection;help;add'= {
        }
        &'dbcloud;cockroach;private-endpoint;connection;help;delete'= {
        }
        &'dbcloud;cockroach;private-endpoint;connection;help;help'= {
        }
        &'dbcloud;cockroach;private-endpoint;help'= {
            cand service 'The endpoint services of the cluster''s regions'
            cand connection 'Connections of your cloud endpoints to the services'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;private-endpoint;help;service'= {
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
        }
        &'dbcloud;cockroach;private-endpoint;help;service;list'= {
        }
        &'dbcloud;cockroach;private-endpoint;help;service;create'= {
        }
        &'dbcloud;cockroach;private-endpoint;help;connection'= {
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
        }
        &'dbcloud;cockroach;private-endpoint;help;connection;list'= {
        }
        &'dbcloud;cockroach;private-endpoint;help;connection;add'= {
        }
        &'dbcloud;cockroach;private-endpoint;help;connection;delete'= {
        }
        &'dbcloud;cockroach;private-endpoint;help;help'= {
        }
        &'dbcloud;crdb;egress-rule'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the egress rules of a cluster'
            cand add 'Allow the cluster to connect to a host name or a CIDR range'
            cand get 'Show an egress rule'
            cand update 'Change the name, destination or ports of an egress rule'
            cand delete 'Remove an egress rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;egress-rule;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;egress-rule;add'= {
            cand --name 'A name for the rule'
            cand --destination 'Host name (api.example.com, *.example.com) or CIDR range (203.0.113.0/24)'
            cand --port 'A port to allow (1-65535); repeat for several [default: all]'
            cand --type 'What the destination is [default: from its form]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;egress-rule;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;egress-rule;update'= {
            cand --name 'A new name'
            cand --destination 'A new destination, of the same type as the rule''s'
            cand --port 'The ports to allow (1-65535), replacing the current ones; repeat for several'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;egress-rule;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;egress-rule;help'= {
            cand list 'List the egress rules of a cluster'
            cand add 'Allow the cluster to connect to a host name or a CIDR range'
            cand get 'Show an egress rule'
            cand update 'Change the name, destination or ports of an egress rule'
            cand delete 'Remove an egress rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;egress-rule;help;list'= {
        }
        &'dbcloud;crdb;egress-rule;help;add'= {
        }
        &'dbcloud;crdb;egress-rule;help;get'= {
        }
        &'dbcloud;crdb;egress-rule;help;update'= {
        }
        &'dbcloud;crdb;egress-rule;help;delete'= {
        }
        &'dbcloud;crdb;egress-rule;help;help'= {
        }
        &'dbcloud;cockroach;egress-rule'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the egress rules of a cluster'
            cand add 'Allow the cluster to connect to a host name or a CIDR range'
            cand get 'Show an egress rule'
            cand update 'Change the name, destination or ports of an egress rule'
            cand delete 'Remove an egress rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;egress-rule;list'= {
            cand --limit 'Stop after this many items (default: all, every page)'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;egress-rule;add'= {
            cand --name 'A name for the rule'
            cand --destination 'Host name (api.example.com, *.example.com) or CIDR range (203.0.113.0/24)'
            cand --port 'A port to allow (1-65535); repeat for several [default: all]'
            cand --type 'What the destination is [default: from its form]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;egress-rule;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;egress-rule;update'= {
            cand --name 'A new name'
            cand --destination 'A new destination, of the same type as the rule''s'
            cand --port 'The ports to allow (1-65535), replacing the current ones; repeat for several'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;egress-rule;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;egress-rule;help'= {
            cand list 'List the egress rules of a cluster'
            cand add 'Allow the cluster to connect to a host name or a CIDR range'
            cand get 'Show an egress rule'
            cand update 'Change the name, destination or ports of an egress rule'
            cand delete 'Remove an egress rule'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;egress-rule;help;list'= {
        }
        &'dbcloud;cockroach;egress-rule;help;add'= {
        }
        &'dbcloud;cockroach;egress-rule;help;get'= {
        }
        &'dbcloud;cockroach;egress-rule;help;update'= {
        }
        &'dbcloud;cockroach;egress-rule;help;delete'= {
        }
        &'dbcloud;cockroach;egress-rule;help;help'= {
        }
        &'dbcloud;crdb;log-export'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the log export of a cluster and its status'
            cand enable 'Export the cluster''s logs (dedicated clusters); replaces the current configuration'
            cand disable 'Stop exporting the cluster''s logs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;log-export;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;log-export;enable'= {
            cand --type 'Where the logs go'
            cand --log-name 'Name of the log group (CloudWatch) or log (Cloud Logging) [default: the service''s]'
            cand --groups-file 'A JSON file with the array of channel groups to export separately'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;log-export;disable'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;log-export;help'= {
            cand get 'Show the log export of a cluster and its status'
            cand enable 'Export the cluster''s logs (dedicated clusters); replaces the current configuration'
            cand disable 'Stop exporting the cluster''s logs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;log-export;help;get'= {
        }
        &'dbcloud;crdb;log-export;help;enable'= {
        }
        &'dbcloud;crdb;log-export;help;disable'= {
        }
        &'dbcloud;crdb;log-export;help;help'= {
        }
        &'dbcloud;cockroach;log-export'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the log export of a cluster and its status'
            cand enable 'Export the cluster''s logs (dedicated clusters); replaces the current configuration'
            cand disable 'Stop exporting the cluster''s logs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;log-export;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;log-export;enable'= {
            cand --type 'Where the logs go'
            cand --log-name 'Name of the log group (CloudWatch) or log (Cloud Logging) [default: the service''s]'
            cand --groups-file 'A JSON file with the array of channel groups to export separately'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;log-export;disable'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;log-export;help'= {
            cand get 'Show the log export of a cluster and its status'
            cand enable 'Export the cluster''s logs (dedicated clusters); replaces the current configuration'
            cand disable 'Stop exporting the cluster''s logs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;log-export;help;get'= {
        }
        &'dbcloud;cockroach;log-export;help;enable'= {
        }
        &'dbcloud;cockroach;log-export;help;disable'= {
        }
        &'dbcloud;cockroach;log-export;help;help'= {
        }
        &'dbcloud;crdb;metric-export'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show one metric export of a cluster and its status'
            cand enable 'Export the cluster''s metrics (dedicated clusters); replaces the current configuration'
            cand disable 'Stop one metric export'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;metric-export;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;metric-export;enable'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;metric-export;enable;cloudwatch'= {
            cand --role-arn 'The IAM role to assume (arn:aws:iam::ACCOUNT:role/NAME)'
            cand --target-region 'The AWS region to send the metrics to [default: the cluster''s first region]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;metric-export;enable;datadog'= {
            cand --site 'The Datadog site of your account [default: us1]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --api-key-stdin 'Read the Datadog API key from stdin'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;metric-export;enable;prometheus'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;metric-export;enable;help'= {
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;metric-export;enable;help;cloudwatch'= {
        }
        &'dbcloud;crdb;metric-export;enable;help;datadog'= {
        }
        &'dbcloud;crdb;metric-export;enable;help;prometheus'= {
        }
        &'dbcloud;crdb;metric-export;enable;help;help'= {
        }
        &'dbcloud;crdb;metric-export;disable'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;metric-export;help'= {
            cand get 'Show one metric export of a cluster and its status'
            cand enable 'Export the cluster''s metrics (dedicated clusters); replaces the current configuration'
            cand disable 'Stop one metric export'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;metric-export;help;get'= {
        }
        &'dbcloud;crdb;metric-export;help;enable'= {
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
        }
        &'dbcloud;crdb;metric-export;help;enable;cloudwatch'= {
        }
        &'dbcloud;crdb;metric-export;help;enable;datadog'= {
        }
        &'dbcloud;crdb;metric-export;help;enable;prometheus'= {
        }
        &'dbcloud;crdb;metric-export;help;disable'= {
        }
        &'dbcloud;crdb;metric-export;help;help'= {
        }
        &'dbcloud;cockroach;metric-export'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show one metric export of a cluster and its status'
            cand enable 'Export the cluster''s metrics (dedicated clusters); replaces the current configuration'
            cand disable 'Stop one metric export'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;metric-export;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;metric-export;enable'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;metric-export;enable;cloudwatch'= {
            cand --role-arn 'The IAM role to assume (arn:aws:iam::ACCOUNT:role/NAME)'
            cand --target-region 'The AWS region to send the metrics to [default: the cluster''s first region]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;metric-export;enable;datadog'= {
            cand --site 'The Datadog site of your account [default: us1]'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --api-key-stdin 'Read the Datadog API key from stdin'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;metric-export;enable;prometheus'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;metric-export;enable;help'= {
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;metric-export;enable;help;cloudwatch'= {
        }
        &'dbcloud;cockroach;metric-export;enable;help;datadog'= {
        }
        &'dbcloud;cockroach;metric-export;enable;help;prometheus'= {
        }
        &'dbcloud;cockroach;metric-export;enable;help;help'= {
        }
        &'dbcloud;cockroach;metric-export;disable'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;metric-export;help'= {
            cand get 'Show one metric export of a cluster and its status'
            cand enable 'Export the cluster''s metrics (dedicated clusters); replaces the current configuration'
            cand disable 'Stop one metric export'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;metric-export;help;get'= {
        }
        &'dbcloud;cockroach;metric-export;help;enable'= {
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
        }
        &'dbcloud;cockroach;metric-export;help;enable;cloudwatch'= {
        }
        &'dbcloud;cockroach;metric-export;help;enable;datadog'= {
        }
        &'dbcloud;cockroach;metric-export;help;enable;prometheus'= {
        }
        &'dbcloud;cockroach;metric-export;help;disable'= {
        }
        &'dbcloud;cockroach;metric-export;help;help'= {
        }
        &'dbcloud;crdb;cmek'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the CMEK configuration of a cluster and its status'
            cand enable 'Encrypt a dedicated cluster with your own keys, one per region'
            cand update 'Replace the keys (for example after adding a region)'
            cand rotate 'Re-encrypt the cluster''s data keys with the current version of your keys'
            cand revoke 'Revoke the cluster''s access to your keys: the cluster becomes unusable until access is restored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;cmek;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cmek;enable'= {
            cand --spec-file 'JSON file with the `region_specs` array'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cmek;update'= {
            cand --spec-file 'JSON file with the `region_specs` array'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cmek;rotate'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cmek;revoke'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;cmek;help'= {
            cand get 'Show the CMEK configuration of a cluster and its status'
            cand enable 'Encrypt a dedicated cluster with your own keys, one per region'
            cand update 'Replace the keys (for example after adding a region)'
            cand rotate 'Re-encrypt the cluster''s data keys with the current version of your keys'
            cand revoke 'Revoke the cluster''s access to your keys: the cluster becomes unusable until access is restored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;cmek;help;get'= {
        }
        &'dbcloud;crdb;cmek;help;enable'= {
        }
        &'dbcloud;crdb;cmek;help;update'= {
        }
        &'dbcloud;crdb;cmek;help;rotate'= {
        }
        &'dbcloud;crdb;cmek;help;revoke'= {
        }
        &'dbcloud;crdb;cmek;help;help'= {
        }
        &'dbcloud;cockroach;cmek'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the CMEK configuration of a cluster and its status'
            cand enable 'Encrypt a dedicated cluster with your own keys, one per region'
            cand update 'Replace the keys (for example after adding a region)'
            cand rotate 'Re-encrypt the cluster''s data keys with the current version of your keys'
            cand revoke 'Revoke the cluster''s access to your keys: the cluster becomes unusable until access is restored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;cmek;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cmek;enable'= {
            cand --spec-file 'JSON file with the `region_specs` array'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cmek;update'= {
            cand --spec-file 'JSON file with the `region_specs` array'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cmek;rotate'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cmek;revoke'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;cmek;help'= {
            cand get 'Show the CMEK configuration of a cluster and its status'
            cand enable 'Encrypt a dedicated cluster with your own keys, one per region'
            cand update 'Replace the keys (for example after adding a region)'
            cand rotate 'Re-encrypt the cluster''s data keys with the current version of your keys'
            cand revoke 'Revoke the cluster''s access to your keys: the cluster becomes unusable until access is restored'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;cmek;help;get'= {
        }
        &'dbcloud;cockroach;cmek;help;enable'= {
        }
        &'dbcloud;cockroach;cmek;help;update'= {
        }
        &'dbcloud;cockroach;cmek;help;rotate'= {
        }
        &'dbcloud;cockroach;cmek;help;revoke'= {
        }
        &'dbcloud;cockroach;cmek;help;help'= {
        }
        &'dbcloud;crdb;maintenance-window'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the maintenance window of a cluster'
            cand set 'Set the day and hour (UTC) maintenance starts'
            cand delete 'Remove the maintenance window (maintenance may then happen at any time)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;maintenance-window;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;maintenance-window;set'= {
            cand --day 'Day of the week: monday ... sunday, mon ... sun, or 0 (Sunday) ... 6 (Saturday)'
            cand --start-hour 'Hour of the day maintenance starts, UTC (0-23)'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;maintenance-window;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;maintenance-window;help'= {
            cand get 'Show the maintenance window of a cluster'
            cand set 'Set the day and hour (UTC) maintenance starts'
            cand delete 'Remove the maintenance window (maintenance may then happen at any time)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;maintenance-window;help;get'= {
        }
        &'dbcloud;crdb;maintenance-window;help;set'= {
        }
        &'dbcloud;crdb;maintenance-window;help;delete'= {
        }
        &'dbcloud;crdb;maintenance-window;help;help'= {
        }
        &'dbcloud;cockroach;maintenance-window'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the maintenance window of a cluster'
            cand set 'Set the day and hour (UTC) maintenance starts'
            cand delete 'Remove the maintenance window (maintenance may then happen at any time)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;maintenance-window;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;maintenance-window;set'= {
            cand --day 'Day of the week: monday ... sunday, mon ... sun, or 0 (Sunday) ... 6 (Saturday)'
            cand --start-hour 'Hour of the day maintenance starts, UTC (0-23)'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;maintenance-window;delete'= {
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;maintenance-window;help'= {
            cand get 'Show the maintenance window of a cluster'
            cand set 'Set the day and hour (UTC) maintenance starts'
            cand delete 'Remove the maintenance window (maintenance may then happen at any time)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;maintenance-window;help;get'= {
        }
        &'dbcloud;cockroach;maintenance-window;help;set'= {
        }
        &'dbcloud;cockroach;maintenance-window;help;delete'= {
        }
        &'dbcloud;cockroach;maintenance-window;help;help'= {
        }
        &'dbcloud;crdb;version-deferral'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the version deferral policy of a cluster'
            cand set 'Set the version deferral policy of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;version-deferral;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;version-deferral;set'= {
            cand --policy 'not-deferred: upgrades apply as released; fixed-deferral: they are delayed'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;crdb;version-deferral;help'= {
            cand get 'Show the version deferral policy of a cluster'
            cand set 'Set the version deferral policy of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;version-deferral;help;get'= {
        }
        &'dbcloud;crdb;version-deferral;help;set'= {
        }
        &'dbcloud;crdb;version-deferral;help;help'= {
        }
        &'dbcloud;cockroach;version-deferral'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the version deferral policy of a cluster'
            cand set 'Set the version deferral policy of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;version-deferral;get'= {
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;version-deferral;set'= {
            cand --policy 'not-deferred: upgrades apply as released; fixed-deferral: they are delayed'
            cand --wait-timeout 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]'
            cand -c 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --cluster 'Cluster ID or exact name [default: the profile''s cockroach.cluster]'
            cand --api-url 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --wait 'Wait until the change has finished on the server'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;cockroach;version-deferral;help'= {
            cand get 'Show the version deferral policy of a cluster'
            cand set 'Set the version deferral policy of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;version-deferral;help;get'= {
        }
        &'dbcloud;cockroach;version-deferral;help;set'= {
        }
        &'dbcloud;cockroach;version-deferral;help;help'= {
        }
        &'dbcloud;crdb;help'= {
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, create, inspect, scale, delete, connect'
            cand regions 'Regions where clusters can be created'
            cand versions 'Major CockroachDB versions clusters can run'
            cand database 'Databases of a cluster'
            cand sql-user 'SQL users of a cluster'
            cand allowlist 'IP allowlist of a cluster'
            cand backup 'Backups of a cluster and their configuration'
            cand restore 'Restores of a cluster from its backups'
            cand api-key 'API keys of the organization''s service accounts'
            cand service-account 'Service accounts: the organization''s machine users'
            cand folder 'Folders that organize clusters'
            cand role 'Role grants of users and service accounts'
            cand user 'Person users of the organization'
            cand invoice 'Invoices of the organization'
            cand audit-log 'The organization''s audit log'
            cand jwt-issuer 'JWT issuers whose tokens the clusters accept'
            cand private-endpoint 'Private endpoint services and connections of a cluster'
            cand egress-rule 'Outbound traffic rules of a cluster'
            cand log-export 'Export of a dedicated cluster''s logs'
            cand metric-export 'Export of a dedicated cluster''s metrics (CloudWatch, Datadog, Prometheus)'
            cand cmek 'Customer-managed encryption keys of a dedicated cluster'
            cand maintenance-window 'The weekly maintenance window of a cluster'
            cand version-deferral 'Deferral of automatic version upgrades of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;help;org'= {
            cand get 'Show the organization the API key belongs to'
        }
        &'dbcloud;crdb;help;org;get'= {
        }
        &'dbcloud;crdb;help;cluster'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand create 'Create a serverless or dedicated cluster'
            cand update 'Scale, upgrade or change the spend limit of a cluster'
            cand delete 'Delete a cluster and all its data'
            cand connection-string 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)'
            cand nodes 'List the nodes of a cluster'
        }
        &'dbcloud;crdb;help;cluster;list'= {
        }
        &'dbcloud;crdb;help;cluster;get'= {
        }
        &'dbcloud;crdb;help;cluster;create'= {
        }
        &'dbcloud;crdb;help;cluster;update'= {
        }
        &'dbcloud;crdb;help;cluster;delete'= {
        }
        &'dbcloud;crdb;help;cluster;connection-string'= {
        }
        &'dbcloud;crdb;help;cluster;nodes'= {
        }
        &'dbcloud;crdb;help;regions'= {
        }
        &'dbcloud;crdb;help;versions'= {
        }
        &'dbcloud;crdb;help;database'= {
            cand list 'List the databases of a cluster'
            cand create 'Create a database'
            cand rename 'Rename a database'
            cand delete 'Delete a database and its tables'
        }
        &'dbcloud;crdb;help;database;list'= {
        }
        &'dbcloud;crdb;help;database;create'= {
        }
        &'dbcloud;crdb;help;database;rename'= {
        }
        &'dbcloud;crdb;help;database;delete'= {
        }
        &'dbcloud;crdb;help;sql-user'= {
            cand list 'List the SQL users of a cluster'
            cand create 'Create a SQL user (the password is asked for twice, or read from stdin)'
            cand delete 'Delete a SQL user'
            cand set-password 'Set a new password for a SQL user'
        }
        &'dbcloud;crdb;help;sql-user;list'= {
        }
        &'dbcloud;crdb;help;sql-user;create'= {
        }
        &'dbcloud;crdb;help;sql-user;delete'= {
        }
        &'dbcloud;crdb;help;sql-user;set-password'= {
        }
        &'dbcloud;crdb;help;allowlist'= {
            cand list 'List the allowlist entries of a cluster'
            cand add 'Allow an IPv4 range to connect (SQL by default)'
            cand update 'Change the label or access of an entry'
            cand delete 'Remove an entry'
        }
        &'dbcloud;crdb;help;allowlist;list'= {
        }
        &'dbcloud;crdb;help;allowlist;add'= {
        }
        &'dbcloud;crdb;help;allowlist;update'= {
        }
        &'dbcloud;crdb;help;allowlist;delete'= {
        }
        &'dbcloud;crdb;help;backup'= {
            cand list 'List the backups of a cluster'
            cand config 'The backup schedule and retention'
        }
        &'dbcloud;crdb;help;backup;list'= {
        }
        &'dbcloud;crdb;help;backup;config'= {
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
        }
        &'dbcloud;crdb;help;backup;config;get'= {
        }
        &'dbcloud;crdb;help;backup;config;update'= {
        }
        &'dbcloud;crdb;help;restore'= {
            cand list 'List the restores of a cluster'
            cand create 'Restore a backup into a cluster'
            cand get 'Show a restore'
        }
        &'dbcloud;crdb;help;restore;list'= {
        }
        &'dbcloud;crdb;help;restore;create'= {
        }
        &'dbcloud;crdb;help;restore;get'= {
        }
        &'dbcloud;crdb;help;api-key'= {
            cand list 'List API keys'
            cand create 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
            cand get 'Show an API key (never its secret)'
            cand update 'Rename an API key'
            cand delete 'Delete an API key: whatever uses it loses access at once'
        }
        &'dbcloud;crdb;help;api-key;list'= {
        }
        &'dbcloud;crdb;help;api-key;create'= {
        }
        &'dbcloud;crdb;help;api-key;get'= {
        }
        &'dbcloud;crdb;help;api-key;update'= {
        }
        &'dbcloud;crdb;help;api-key;delete'= {
        }
        &'dbcloud;crdb;help;service-account'= {
            cand list 'List service accounts'
            cand create 'Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)'
            cand get 'Show a service account'
            cand update 'Rename a service account or change its description'
            cand delete 'Delete a service account; its API keys are revoked with it'
        }
        &'dbcloud;crdb;help;service-account;list'= {
        }
        &'dbcloud;crdb;help;service-account;create'= {
        }
        &'dbcloud;crdb;help;service-account;get'= {
        }
        &'dbcloud;crdb;help;service-account;update'= {
        }
        &'dbcloud;crdb;help;service-account;delete'= {
        }
        &'dbcloud;crdb;help;folder'= {
            cand list 'List folders (all of them, at every depth)'
            cand create 'Create a folder, at the top or inside another one'
            cand get 'Show a folder'
            cand update 'Rename a folder or move it into another one (`--parent /` moves it to the top)'
            cand delete 'Delete an empty folder'
            cand contents 'List the clusters and folders directly inside a folder (/ for the top)'
        }
        &'dbcloud;crdb;help;folder;list'= {
        }
        &'dbcloud;crdb;help;folder;create'= {
        }
        &'dbcloud;crdb;help;folder;get'= {
        }
        &'dbcloud;crdb;help;folder;update'= {
        }
        &'dbcloud;crdb;help;folder;delete'= {
        }
        &'dbcloud;crdb;help;folder;contents'= {
        }
        &'dbcloud;crdb;help;role'= {
            cand list 'List every role grant of the organization'
            cand get 'Show a user''s roles'
            cand set 'Replace all of a user''s roles with the ones given (asks first: roles left out are removed)'
            cand grant 'Give a user a role on the organization, a folder or a cluster'
            cand revoke 'Take a role away from a user (asks first)'
        }
        &'dbcloud;crdb;help;role;list'= {
        }
        &'dbcloud;crdb;help;role;get'= {
        }
        &'dbcloud;crdb;help;role;set'= {
        }
        &'dbcloud;crdb;help;role;grant'= {
        }
        &'dbcloud;crdb;help;role;revoke'= {
        }
        &'dbcloud;crdb;help;user'= {
            cand find 'Find the person users with an e-mail address (exit 3 when there is none)'
        }
        &'dbcloud;crdb;help;user;find'= {
        }
        &'dbcloud;crdb;help;invoice'= {
            cand list 'List invoices'
            cand get 'Show an invoice'
        }
        &'dbcloud;crdb;help;invoice;list'= {
        }
        &'dbcloud;crdb;help;invoice;get'= {
        }
        &'dbcloud;crdb;help;audit-log'= {
            cand list 'List audit log entries, oldest first unless --sort-order desc'
        }
        &'dbcloud;crdb;help;audit-log;list'= {
        }
        &'dbcloud;crdb;help;jwt-issuer'= {
            cand list 'List JWT issuers'
            cand add 'Add a JWT issuer'
            cand get 'Show a JWT issuer'
            cand update 'Change a JWT issuer''s URL or key set'
            cand delete 'Delete a JWT issuer: its tokens stop being accepted'
        }
        &'dbcloud;crdb;help;jwt-issuer;list'= {
        }
        &'dbcloud;crdb;help;jwt-issuer;add'= {
        }
        &'dbcloud;crdb;help;jwt-issuer;get'= {
        }
        &'dbcloud;crdb;help;jwt-issuer;update'= {
        }
        &'dbcloud;crdb;help;jwt-issuer;delete'= {
        }
        &'dbcloud;crdb;help;private-endpoint'= {
            cand service 'The endpoint services of the cluster''s regions'
            cand connection 'Connections of your cloud endpoints to the services'
        }
        &'dbcloud;crdb;help;private-endpoint;service'= {
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
        }
        &'dbcloud;crdb;help;private-endpoint;service;list'= {
        }
        &'dbcloud;crdb;help;private-endpoint;service;create'= {
        }
        &'dbcloud;crdb;help;private-endpoint;connection'= {
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
        }
        &'dbcloud;crdb;help;private-endpoint;connection;list'= {
        }
        &'dbcloud;crdb;help;private-endpoint;connection;add'= {
        }
        &'dbcloud;crdb;help;private-endpoint;connection;delete'= {
        }
        &'dbcloud;crdb;help;egress-rule'= {
            cand list 'List the egress rules of a cluster'
            cand add 'Allow the cluster to connect to a host name or a CIDR range'
            cand get 'Show an egress rule'
            cand update 'Change the name, destination or ports of an egress rule'
            cand delete 'Remove an egress rule'
        }
        &'dbcloud;crdb;help;egress-rule;list'= {
        }
        &'dbcloud;crdb;help;egress-rule;add'= {
        }
        &'dbcloud;crdb;help;egress-rule;get'= {
        }
        &'dbcloud;crdb;help;egress-rule;update'= {
        }
        &'dbcloud;crdb;help;egress-rule;delete'= {
        }
        &'dbcloud;crdb;help;log-export'= {
            cand get 'Show the log export of a cluster and its status'
            cand enable 'Export the cluster''s logs (dedicated clusters); replaces the current configuration'
            cand disable 'Stop exporting the cluster''s logs'
        }
        &'dbcloud;crdb;help;log-export;get'= {
        }
        &'dbcloud;crdb;help;log-export;enable'= {
        }
        &'dbcloud;crdb;help;log-export;disable'= {
        }
        &'dbcloud;crdb;help;metric-export'= {
            cand get 'Show one metric export of a cluster and its status'
            cand enable 'Export the cluster''s metrics (dedicated clusters); replaces the current configuration'
            cand disable 'Stop one metric export'
        }
        &'dbcloud;crdb;help;metric-export;get'= {
        }
        &'dbcloud;crdb;help;metric-export;enable'= {
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
        }
        &'dbcloud;crdb;help;metric-export;enable;cloudwatch'= {
        }
        &'dbcloud;crdb;help;metric-export;enable;datadog'= {
        }
        &'dbcloud;crdb;help;metric-export;enable;prometheus'= {
        }
        &'dbcloud;crdb;help;metric-export;disable'= {
        }
        &'dbcloud;crdb;help;cmek'= {
            cand get 'Show the CMEK configuration of a cluster and its status'
            cand enable 'Encrypt a dedicated cluster with your own keys, one per region'
            cand update 'Replace the keys (for example after adding a region)'
            cand rotate 'Re-encrypt the cluster''s data keys with the current version of your keys'
            cand revoke 'Revoke the cluster''s access to your keys: the cluster becomes unusable until access is restored'
        }
        &'dbcloud;crdb;help;cmek;get'= {
        }
        &'dbcloud;crdb;help;cmek;enable'= {
        }
        &'dbcloud;crdb;help;cmek;update'= {
        }
        &'dbcloud;crdb;help;cmek;rotate'= {
        }
        &'dbcloud;crdb;help;cmek;revoke'= {
        }
        &'dbcloud;crdb;help;maintenance-window'= {
            cand get 'Show the maintenance window of a cluster'
            cand set 'Set the day and hour (UTC) maintenance starts'
            cand delete 'Remove the maintenance window (maintenance may then happen at any time)'
        }
        &'dbcloud;crdb;help;maintenance-window;get'= {
        }
        &'dbcloud;crdb;help;maintenance-window;set'= {
        }
        &'dbcloud;crdb;help;maintenance-window;delete'= {
        }
        &'dbcloud;crdb;help;version-deferral'= {
            cand get 'Show the version deferral policy of a cluster'
            cand set 'Set the version deferral policy of a cluster'
        }
        &'dbcloud;crdb;help;version-deferral;get'= {
        }
        &'dbcloud;crdb;help;version-deferral;set'= {
        }
        &'dbcloud;crdb;help;help'= {
        }
        &'dbcloud;cockroach;help'= {
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, create, inspect, scale, delete, connect'
            cand regions 'Regions where clusters can be created'
            cand versions 'Major CockroachDB versions clusters can run'
            cand database 'Databases of a cluster'
            cand sql-user 'SQL users of a cluster'
            cand allowlist 'IP allowlist of a cluster'
            cand backup 'Backups of a cluster and their configuration'
            cand restore 'Restores of a cluster from its backups'
            cand api-key 'API keys of the organization''s service accounts'
            cand service-account 'Service accounts: the organization''s machine users'
            cand folder 'Folders that organize clusters'
            cand role 'Role grants of users and service accounts'
            cand user 'Person users of the organization'
            cand invoice 'Invoices of the organization'
            cand audit-log 'The organization''s audit log'
            cand jwt-issuer 'JWT issuers whose tokens the clusters accept'
            cand private-endpoint 'Private endpoint services and connections of a cluster'
            cand egress-rule 'Outbound traffic rules of a cluster'
            cand log-export 'Export of a dedicated cluster''s logs'
            cand metric-export 'Export of a dedicated cluster''s metrics (CloudWatch, Datadog, Prometheus)'
            cand cmek 'Customer-managed encryption keys of a dedicated cluster'
            cand maintenance-window 'The weekly maintenance window of a cluster'
            cand version-deferral 'Deferral of automatic version upgrades of a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;help;org'= {
            cand get 'Show the organization the API key belongs to'
        }
        &'dbcloud;cockroach;help;org;get'= {
        }
        &'dbcloud;cockroach;help;cluster'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand create 'Create a serverless or dedicated cluster'
            cand update 'Scale, upgrade or change the spend limit of a cluster'
            cand delete 'Delete a cluster and all its data'
            cand connection-string 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)'
            cand nodes 'List the nodes of a cluster'
        }
        &'dbcloud;cockroach;help;cluster;list'= {
        }
        &'dbcloud;cockroach;help;cluster;get'= {
        }
        &'dbcloud;cockroach;help;cluster;create'= {
        }
        &'dbcloud;cockroach;help;cluster;update'= {
        }
        &'dbcloud;cockroach;help;cluster;delete'= {
        }
        &'dbcloud;cockroach;help;cluster;connection-string'= {
        }
        &'dbcloud;cockroach;help;cluster;nodes'= {
        }
        &'dbcloud;cockroach;help;regions'= {
        }
        &'dbcloud;cockroach;help;versions'= {
        }
        &'dbcloud;cockroach;help;database'= {
            cand list 'List the databases of a cluster'
            cand create 'Create a database'
            cand rename 'Rename a database'
            cand delete 'Delete a database and its tables'
        }
        &'dbcloud;cockroach;help;database;list'= {
        }
        &'dbcloud;cockroach;help;database;create'= {
        }
        &'dbcloud;cockroach;help;database;rename'= {
        }
        &'dbcloud;cockroach;help;database;delete'= {
        }
        &'dbcloud;cockroach;help;sql-user'= {
            cand list 'List the SQL users of a cluster'
            cand create 'Create a SQL user (the password is asked for twice, or read from stdin)'
            cand delete 'Delete a SQL user'
            cand set-password 'Set a new password for a SQL user'
        }
        &'dbcloud;cockroach;help;sql-user;list'= {
        }
        &'dbcloud;cockroach;help;sql-user;create'= {
        }
        &'dbcloud;cockroach;help;sql-user;delete'= {
        }
        &'dbcloud;cockroach;help;sql-user;set-password'= {
        }
        &'dbcloud;cockroach;help;allowlist'= {
            cand list 'List the allowlist entries of a cluster'
            cand add 'Allow an IPv4 range to connect (SQL by default)'
            cand update 'Change the label or access of an entry'
            cand delete 'Remove an entry'
        }
        &'dbcloud;cockroach;help;allowlist;list'= {
        }
        &'dbcloud;cockroach;help;allowlist;add'= {
        }
        &'dbcloud;cockroach;help;allowlist;update'= {
        }
        &'dbcloud;cockroach;help;allowlist;delete'= {
        }
        &'dbcloud;cockroach;help;backup'= {
            cand list 'List the backups of a cluster'
            cand config 'The backup schedule and retention'
        }
        &'dbcloud;cockroach;help;backup;list'= {
        }
        &'dbcloud;cockroach;help;backup;config'= {
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
        }
        &'dbcloud;cockroach;help;backup;config;get'= {
        }
        &'dbcloud;cockroach;help;backup;config;update'= {
        }
        &'dbcloud;cockroach;help;restore'= {
            cand list 'List the restores of a cluster'
            cand create 'Restore a backup into a cluster'
            cand get 'Show a restore'
        }
        &'dbcloud;cockroach;help;restore;list'= {
        }
        &'dbcloud;cockroach;help;restore;create'= {
        }
        &'dbcloud;cockroach;help;restore;get'= {
        }
        &'dbcloud;cockroach;help;api-key'= {
            cand list 'List API keys'
            cand create 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
            cand get 'Show an API key (never its secret)'
            cand update 'Rename an API key'
            cand delete 'Delete an API key: whatever uses it loses access at once'
        }
        &'dbcloud;cockroach;help;api-key;list'= {
        }
        &'dbcloud;cockroach;help;api-key;create'= {
        }
        &'dbcloud;cockroach;help;api-key;get'= {
        }
        &'dbcloud;cockroach;help;api-key;update'= {
        }
        &'dbcloud;cockroach;help;api-key;delete'= {
        }
        &'dbcloud;cockroach;help;service-account'= {
            cand list 'List service accounts'
            cand create 'Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)'
            cand get 'Show a service account'
            cand update 'Rename a service account or change its description'
            cand delete 'Delete a service account; its API keys are revoked with it'
        }
        &'dbcloud;cockroach;help;service-account;list'= {
        }
        &'dbcloud;cockroach;help;service-account;create'= {
        }
        &'dbcloud;cockroach;help;service-account;get'= {
        }
        &'dbcloud;cockroach;help;service-account;update'= {
        }
        &'dbcloud;cockroach;help;service-account;delete'= {
        }
        &'dbcloud;cockroach;help;folder'= {
            cand list 'List folders (all of them, at every depth)'
            cand create 'Create a folder, at the top or inside another one'
            cand get 'Show a folder'
            cand update 'Rename a folder or move it into another one (`--parent /` moves it to the top)'
            cand delete 'Delete an empty folder'
            cand contents 'List the clusters and folders directly inside a folder (/ for the top)'
        }
        &'dbcloud;cockroach;help;folder;list'= {
        }
        &'dbcloud;cockroach;help;folder;create'= {
        }
        &'dbcloud;cockroach;help;folder;get'= {
        }
        &'dbcloud;cockroach;help;folder;update'= {
        }
        &'dbcloud;cockroach;help;folder;delete'= {
        }
        &'dbcloud;cockroach;help;folder;contents'= {
        }
        &'dbcloud;cockroach;help;role'= {
            cand list 'List every role grant of the organization'
            cand get 'Show a user''s roles'
            cand set 'Replace all of a user''s roles with the ones given (asks first: roles left out are removed)'
            cand grant 'Give a user a role on the organization, a folder or a cluster'
            cand revoke 'Take a role away from a user (asks first)'
        }
        &'dbcloud;cockroach;help;role;list'= {
        }
        &'dbcloud;cockroach;help;role;get'= {
        }
        &'dbcloud;cockroach;help;role;set'= {
        }
        &'dbcloud;cockroach;help;role;grant'= {
        }
        &'dbcloud;cockroach;help;role;revoke'= {
        }
        &'dbcloud;cockroach;help;user'= {
            cand find 'Find the person users with an e-mail address (exit 3 when there is none)'
        }
        &'dbcloud;cockroach;help;user;find'= {
        }
        &'dbcloud;cockroach;help;invoice'= {
            cand list 'List invoices'
            cand get 'Show an invoice'
        }
        &'dbcloud;cockroach;help;invoice;list'= {
        }
        &'dbcloud;cockroach;help;invoice;get'= {
        }
        &'dbcloud;cockroach;help;audit-log'= {
            cand list 'List audit log entries, oldest first unless --sort-order desc'
        }
        &'dbcloud;cockroach;help;audit-log;list'= {
        }
        &'dbcloud;cockroach;help;jwt-issuer'= {
            cand list 'List JWT issuers'
            cand add 'Add a JWT issuer'
            cand get 'Show a JWT issuer'
            cand update 'Change a JWT issuer''s URL or key set'
            cand delete 'Delete a JWT issuer: its tokens stop being accepted'
        }
        &'dbcloud;cockroach;help;jwt-issuer;list'= {
        }
        &'dbcloud;cockroach;help;jwt-issuer;add'= {
        }
        &'dbcloud;cockroach;help;jwt-issuer;get'= {
        }
        &'dbcloud;cockroach;help;jwt-issuer;update'= {
        }
        &'dbcloud;cockroach;help;jwt-issuer;delete'= {
        }
        &'dbcloud;cockroach;help;private-endpoint'= {
            cand service 'The endpoint services of the cluster''s regions'
            cand connection 'Connections of your cloud endpoints to the services'
        }
        &'dbcloud;cockroach;help;private-endpoint;service'= {
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
        }
        &'dbcloud;cockroach;help;private-endpoint;service;list'= {
        }
        &'dbcloud;cockroach;help;private-endpoint;service;create'= {
        }
        &'dbcloud;cockroach;help;private-endpoint;connection'= {
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
        }
        &'dbcloud;cockroach;help;private-endpoint;connection;list'= {
        }
        &'dbcloud;cockroach;help;private-endpoint;connection;add'= {
        }
        &'dbcloud;cockroach;help;private-endpoint;connection;delete'= {
        }
        &'dbcloud;cockroach;help;egress-rule'= {
            cand list 'List the egress rules of a cluster'
            cand add 'Allow the cluster to connect to a host name or a CIDR range'
            cand get 'Show an egress rule'
            cand update 'Change the name, destination or ports of an egress rule'
            cand delete 'Remove an egress rule'
        }
        &'dbcloud;cockroach;help;egress-rule;list'= {
        }
        &'dbcloud;cockroach;help;egress-rule;add'= {
        }
        &'dbcloud;cockroach;help;egress-rule;get'= {
        }
        &'dbcloud;cockroach;help;egress-rule;update'= {
        }
        &'dbcloud;cockroach;help;egress-rule;delete'= {
        }
        &'dbcloud;cockroach;help;log-export'= {
            cand get 'Show the log export of a cluster and its status'
            cand enable 'Export the cluster''s logs (dedicated clusters); replaces the current configuration'
            cand disable 'Stop exporting the cluster''s logs'
        }
        &'dbcloud;cockroach;help;log-export;get'= {
        }
        &'dbcloud;cockroach;help;log-export;enable'= {
        }
        &'dbcloud;cockroach;help;log-export;disable'= {
        }
        &'dbcloud;cockroach;help;metric-export'= {
            cand get 'Show one metric export of a cluster and its status'
            cand enable 'Export the cluster''s metrics (dedicated clusters); replaces the current configuration'
            cand disable 'Stop one metric export'
        }
        &'dbcloud;cockroach;help;metric-export;get'= {
        }
        &'dbcloud;cockroach;help;metric-export;enable'= {
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
        }
        &'dbcloud;cockroach;help;metric-export;enable;cloudwatch'= {
        }
        &'dbcloud;cockroach;help;metric-export;enable;datadog'= {
        }
        &'dbcloud;cockroach;help;metric-export;enable;prometheus'= {
        }
        &'dbcloud;cockroach;help;metric-export;disable'= {
        }
        &'dbcloud;cockroach;help;cmek'= {
            cand get 'Show the CMEK configuration of a cluster and its status'
            cand enable 'Encrypt a dedicated cluster with your own keys, one per region'
            cand update 'Replace the keys (for example after adding a region)'
            cand rotate 'Re-encrypt the cluster''s data keys with the current version of your keys'
            cand revoke 'Revoke the cluster''s access to your keys: the cluster becomes unusable until access is restored'
        }
        &'dbcloud;cockroach;help;cmek;get'= {
        }
        &'dbcloud;cockroach;help;cmek;enable'= {
        }
        &'dbcloud;cockroach;help;cmek;update'= {
        }
        &'dbcloud;cockroach;help;cmek;rotate'= {
        }
        &'dbcloud;cockroach;help;cmek;revoke'= {
        }
        &'dbcloud;cockroach;help;maintenance-window'= {
            cand get 'Show the maintenance window of a cluster'
            cand set 'Set the day and hour (UTC) maintenance starts'
            cand delete 'Remove the maintenance window (maintenance may then happen at any time)'
        }
        &'dbcloud;cockroach;help;maintenance-window;get'= {
        }
        &'dbcloud;cockroach;help;maintenance-window;set'= {
        }
        &'dbcloud;cockroach;help;maintenance-window;delete'= {
        }
        &'dbcloud;cockroach;help;version-deferral'= {
            cand get 'Show the version deferral policy of a cluster'
            cand set 'Set the version deferral policy of a cluster'
        }
        &'dbcloud;cockroach;help;version-deferral;get'= {
        }
        &'dbcloud;cockroach;help;version-deferral;set'= {
        }
        &'dbcloud;cockroach;help;help'= {
        }
        &'dbcloud;ls'= {
            cand --provider 'Only this provider''s databases'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;status'= {
            cand --provider 'Only this provider''s databases'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;auth'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Save a provider''s credentials in a profile, after checking them with one API call'
            cand status 'Show, per profile and provider, each credential and where it comes from (flag, env, file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;auth;login'= {
            cand --provider 'The provider to log in to (asked on a terminal when omitted)'
            cand --key-id 'ClickHouse API key ID (asked on a terminal when omitted)'
            cand --org 'ClickHouse organization ID to store [default: the only one the key sees]'
            cand --api-url 'API base URL to use and store in the profile (e.g. a local emulator)'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --secret-stdin 'Read the secret (ClickHouse key secret, CockroachDB API key) from stdin instead of a prompt'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;auth;status'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --check 'Also verify the credentials with one API call each'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;auth;help'= {
            cand login 'Save a provider''s credentials in a profile, after checking them with one API call'
            cand status 'Show, per profile and provider, each credential and where it comes from (flag, env, file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;auth;help;login'= {
        }
        &'dbcloud;auth;help;status'= {
        }
        &'dbcloud;auth;help;help'= {
        }
        &'dbcloud;profile'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the profiles (secrets masked)'
            cand show 'Show a profile''s settings, secrets masked [default: the active profile]'
            cand use 'Make a profile the default (`default_profile`)'
            cand remove 'Delete a profile and its credentials'
            cand set 'Set (or with --unset remove) one value of the active profile (see --profile)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;profile;list'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;profile;show'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;profile;use'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;profile;remove'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;profile;set'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --unset 'Remove the setting instead'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;profile;help'= {
            cand list 'List the profiles (secrets masked)'
            cand show 'Show a profile''s settings, secrets masked [default: the active profile]'
            cand use 'Make a profile the default (`default_profile`)'
            cand remove 'Delete a profile and its credentials'
            cand set 'Set (or with --unset remove) one value of the active profile (see --profile)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;profile;help;list'= {
        }
        &'dbcloud;profile;help;show'= {
        }
        &'dbcloud;profile;help;use'= {
        }
        &'dbcloud;profile;help;remove'= {
        }
        &'dbcloud;profile;help;set'= {
        }
        &'dbcloud;profile;help;help'= {
        }
        &'dbcloud;api'= {
            cand -d 'Request body: JSON text, @FILE, or - for stdin'
            cand --data 'Request body: JSON text, @FILE, or - for stdin'
            cand -F 'Query parameter (repeatable)'
            cand --query 'Query parameter (repeatable)'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --paginate 'Follow CockroachDB pagination to the last page and merge the lists'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;emulator'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve both APIs on one local port until Ctrl-C'
            cand reset 'Forget the state of the embedded emulator used by --emulator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;emulator;serve'= {
            cand --addr 'Address to listen on; port 0 picks a free port'
            cand --state 'Keep the state in this JSON file: loaded at start (seeded when missing), written atomically after every change'
            cand --transition-ms 'How long each state transition takes (provisioning, stopping, a locked cluster, a restore...)'
            cand --rate-limits 'Enforce the real rate limits (ClickHouse 10 requests per 10 s, CockroachDB 10 per s, per key)'
            cand --seed-services 'Running ClickHouse services to seed a new state with (seed-service-0001, ...)'
            cand --seed-clusters 'CREATED CockroachDB clusters to seed a new state with (seed-cluster-0001, ...)'
            cand --latency-ms 'Fault: delay every API answer by this long'
            cand --fail-rate 'Fault: answer this share of API requests (0 to 1) with an error status from --fail-status'
            cand --fail-status 'Fault: the statuses --fail-rate picks from (429 and 503 carry Retry-After: 1)'
            cand --reset-rate 'Fault: close the connection without an answer for this share of API requests'
            cand --truncate-rate 'Fault: answer 200 with a truncated JSON body for this share of API requests'
            cand --html-rate 'Fault: answer 200 or 502 with an HTML page (like a proxy) for this share of API requests'
            cand --failed-transitions 'Fault: the next N state transitions end in their failed state (a service `failed`, a cluster CREATION_FAILED, an update *_FAILED, a restore FAILED, an export ENABLE_FAILED...)'
            cand --clickhouse-key-id 'ClickHouse API key ID to accept (HTTP Basic user)'
            cand --clickhouse-key-secret 'ClickHouse API key secret to accept (HTTP Basic password)'
            cand --cockroach-api-key 'CockroachDB API key to accept (Authorization: Bearer)'
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --log-requests 'Print one line per API request on stderr'
            cand --lenient 'Accept request body fields the spec does not define (by default each is a 400 naming the field)'
            cand --check-answers 'Check every answer against the spec''s answer schema (a mismatch is a 500 naming it); for testing the emulator'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;emulator;reset'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;emulator;help'= {
            cand serve 'Serve both APIs on one local port until Ctrl-C'
            cand reset 'Forget the state of the embedded emulator used by --emulator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;emulator;help;serve'= {
        }
        &'dbcloud;emulator;help;reset'= {
        }
        &'dbcloud;emulator;help;help'= {
        }
        &'dbcloud;completions'= {
            cand -p 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand --profile 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)'
            cand -o 'Output format [default: table]'
            cand --output 'Output format [default: table]'
            cand --jq 'Filter the JSON output with a jq expression (built in; no jq needed)'
            cand --columns 'Table columns, as JSON field paths (e.g. id,name,state)'
            cand --timeout 'Timeout of each HTTP request (e.g. 30s, 2m)'
            cand --config 'Config file [default: config.toml in the platform config directory]'
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --no-input 'Never prompt (also when stdin is not a terminal or CI is set)'
            cand -v 'Log each HTTP request and response to stderr, secrets redacted'
            cand --verbose 'Log each HTTP request and response to stderr, secrets redacted'
            cand --no-color 'No colours (also NO_COLOR)'
            cand --emulator 'Run against a local emulator of both APIs (state kept in the data directory); no account needed'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dbcloud;help'= {
            cand ch 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities'
            cand crdb 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more'
            cand ls 'Every database of every profile and provider, in one table'
            cand auth 'Log in, and see which credentials are in effect'
            cand profile 'Manage named profiles in the config file'
            cand api 'Send an authenticated request to either API and print the answer'
            cand emulator 'Run the local emulator of both APIs'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;help;ch'= {
            cand org 'Organizations: list, inspect, rename, private endpoints'
            cand service 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics'
            cand backup 'Backups of a service'
            cand key 'API keys of the organization'
            cand member 'Members of the organization'
            cand invitation 'Invitations to join the organization'
            cand activity 'The organization''s audit log'
        }
        &'dbcloud;help;ch;org'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand update 'Rename an organization, or register or remove its private endpoints'
            cand private-endpoint-config 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region'
        }
        &'dbcloud;help;ch;org;list'= {
        }
        &'dbcloud;help;ch;org;get'= {
        }
        &'dbcloud;help;ch;org;update'= {
        }
        &'dbcloud;help;ch;org;private-endpoint-config'= {
        }
        &'dbcloud;help;ch;service'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand create 'Create a service; its password is shown once (or written to --password-file)'
            cand update 'Rename a service, or change its IP access list or private endpoints'
            cand delete 'Delete a service (it must be stopped; --force stops it first)'
            cand private-endpoint-config 'Show what is needed to connect a private endpoint to a service'
            cand start 'Start a stopped service'
            cand stop 'Stop a service'
            cand scale 'Change a service''s autoscaling: memory bounds, replicas, idling'
            cand reset-password 'Set a new password for the default user of a service'
            cand metrics 'Print a service''s Prometheus metrics, as the API sends them'
        }
        &'dbcloud;help;ch;service;list'= {
        }
        &'dbcloud;help;ch;service;get'= {
        }
        &'dbcloud;help;ch;service;create'= {
        }
        &'dbcloud;help;ch;service;update'= {
        }
        &'dbcloud;help;ch;service;delete'= {
        }
        &'dbcloud;help;ch;service;private-endpoint-config'= {
        }
        &'dbcloud;help;ch;service;start'= {
        }
        &'dbcloud;help;ch;service;stop'= {
        }
        &'dbcloud;help;ch;service;scale'= {
        }
        &'dbcloud;help;ch;service;reset-password'= {
        }
        &'dbcloud;help;ch;service;metrics'= {
        }
        &'dbcloud;help;ch;backup'= {
            cand list 'List a service''s backups'
            cand get 'Show a backup'
        }
        &'dbcloud;help;ch;backup;list'= {
        }
        &'dbcloud;help;ch;backup;get'= {
        }
        &'dbcloud;help;ch;key'= {
            cand list 'List the organization''s API keys'
            cand create 'Create an API key; its ID and secret are shown once (or saved in a profile)'
            cand get 'Show an API key'
            cand update 'Rename an API key, or change its roles, expiry or state'
            cand delete 'Delete an API key'
        }
        &'dbcloud;help;ch;key;list'= {
        }
        &'dbcloud;help;ch;key;create'= {
        }
        &'dbcloud;help;ch;key;get'= {
        }
        &'dbcloud;help;ch;key;update'= {
        }
        &'dbcloud;help;ch;key;delete'= {
        }
        &'dbcloud;help;ch;member'= {
            cand list 'List the organization''s members'
            cand get 'Show a member'
            cand update 'Change a member''s role'
            cand remove 'Remove a member from the organization'
        }
        &'dbcloud;help;ch;member;list'= {
        }
        &'dbcloud;help;ch;member;get'= {
        }
        &'dbcloud;help;ch;member;update'= {
        }
        &'dbcloud;help;ch;member;remove'= {
        }
        &'dbcloud;help;ch;invitation'= {
            cand list 'List pending invitations'
            cand create 'Invite someone to the organization'
            cand get 'Show an invitation'
            cand delete 'Withdraw an invitation'
        }
        &'dbcloud;help;ch;invitation;list'= {
        }
        &'dbcloud;help;ch;invitation;create'= {
        }
        &'dbcloud;help;ch;invitation;get'= {
        }
        &'dbcloud;help;ch;invitation;delete'= {
        }
        &'dbcloud;help;ch;activity'= {
            cand list 'List the organization''s activities, optionally between two times'
            cand get 'Show an activity'
        }
        &'dbcloud;help;ch;activity;list'= {
        }
        &'dbcloud;help;ch;activity;get'= {
        }
        &'dbcloud;help;crdb'= {
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, create, inspect, scale, delete, connect'
            cand regions 'Regions where clusters can be created'
            cand versions 'Major CockroachDB versions clusters can run'
            cand database 'Databases of a cluster'
            cand sql-user 'SQL users of a cluster'
            cand allowlist 'IP allowlist of a cluster'
            cand backup 'Backups of a cluster and their configuration'
            cand restore 'Restores of a cluster from its backups'
            cand api-key 'API keys of the organization''s service accounts'
            cand service-account 'Service accounts: the organization''s machine users'
            cand folder 'Folders that organize clusters'
            cand role 'Role grants of users and service accounts'
            cand user 'Person users of the organization'
            cand invoice 'Invoices of the organization'
            cand audit-log 'The organization''s audit log'
            cand jwt-issuer 'JWT issuers whose tokens the clusters accept'
            cand private-endpoint 'Private endpoint services and connections of a cluster'
            cand egress-rule 'Outbound traffic rules of a cluster'
            cand log-export 'Export of a dedicated cluster''s logs'
            cand metric-export 'Export of a dedicated cluster''s metrics (CloudWatch, Datadog, Prometheus)'
            cand cmek 'Customer-managed encryption keys of a dedicated cluster'
            cand maintenance-window 'The weekly maintenance window of a cluster'
            cand version-deferral 'Deferral of automatic version upgrades of a cluster'
        }
        &'dbcloud;help;crdb;org'= {
            cand get 'Show the organization the API key belongs to'
        }
        &'dbcloud;help;crdb;org;get'= {
        }
        &'dbcloud;help;crdb;cluster'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand create 'Create a serverless or dedicated cluster'
            cand update 'Scale, upgrade or change the spend limit of a cluster'
            cand delete 'Delete a cluster and all its data'
            cand connection-string 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)'
            cand nodes 'List the nodes of a cluster'
        }
        &'dbcloud;help;crdb;cluster;list'= {
        }
        &'dbcloud;help;crdb;cluster;get'= {
        }
        &'dbcloud;help;crdb;cluster;create'= {
        }
        &'dbcloud;help;crdb;cluster;update'= {
        }
        &'dbcloud;help;crdb;cluster;delete'= {
        }
        &'dbcloud;help;crdb;cluster;connection-string'= {
        }
        &'dbcloud;help;crdb;cluster;nodes'= {
        }
        &'dbcloud;help;crdb;regions'= {
        }
        &'dbcloud;help;crdb;versions'= {
        }
        &'dbcloud;help;crdb;database'= {
            cand list 'List the databases of a cluster'
            cand create 'Create a database'
            cand rename 'Rename a database'
            cand delete 'Delete a database and its tables'
        }
        &'dbcloud;help;crdb;database;list'= {
        }
        &'dbcloud;help;crdb;database;create'= {
        }
        &'dbcloud;help;crdb;database;rename'= {
        }
        &'dbcloud;help;crdb;database;delete'= {
        }
        &'dbcloud;help;crdb;sql-user'= {
            cand list 'List the SQL users of a cluster'
            cand create 'Create a SQL user (the password is asked for twice, or read from stdin)'
            cand delete 'Delete a SQL user'
            cand set-password 'Set a new password for a SQL user'
        }
        &'dbcloud;help;crdb;sql-user;list'= {
        }
        &'dbcloud;help;crdb;sql-user;create'= {
        }
        &'dbcloud;help;crdb;sql-user;delete'= {
        }
        &'dbcloud;help;crdb;sql-user;set-password'= {
        }
        &'dbcloud;help;crdb;allowlist'= {
            cand list 'List the allowlist entries of a cluster'
            cand add 'Allow an IPv4 range to connect (SQL by default)'
            cand update 'Change the label or access of an entry'
            cand delete 'Remove an entry'
        }
        &'dbcloud;help;crdb;allowlist;list'= {
        }
        &'dbcloud;help;crdb;allowlist;add'= {
        }
        &'dbcloud;help;crdb;allowlist;update'= {
        }
        &'dbcloud;help;crdb;allowlist;delete'= {
        }
        &'dbcloud;help;crdb;backup'= {
            cand list 'List the backups of a cluster'
            cand config 'The backup schedule and retention'
        }
        &'dbcloud;help;crdb;backup;list'= {
        }
        &'dbcloud;help;crdb;backup;config'= {
            cand get 'Show how often backups are taken and how long they are kept'
            cand update 'Change how often backups are taken or how long they are kept'
        }
        &'dbcloud;help;crdb;backup;config;get'= {
        }
        &'dbcloud;help;crdb;backup;config;update'= {
        }
        &'dbcloud;help;crdb;restore'= {
            cand list 'List the restores of a cluster'
            cand create 'Restore a backup into a cluster'
            cand get 'Show a restore'
        }
        &'dbcloud;help;crdb;restore;list'= {
        }
        &'dbcloud;help;crdb;restore;create'= {
        }
        &'dbcloud;help;crdb;restore;get'= {
        }
        &'dbcloud;help;crdb;api-key'= {
            cand list 'List API keys'
            cand create 'Create an API key for a service account; its secret is shown once (or saved in a profile)'
            cand get 'Show an API key (never its secret)'
            cand update 'Rename an API key'
            cand delete 'Delete an API key: whatever uses it loses access at once'
        }
        &'dbcloud;help;crdb;api-key;list'= {
        }
        &'dbcloud;help;crdb;api-key;create'= {
        }
        &'dbcloud;help;crdb;api-key;get'= {
        }
        &'dbcloud;help;crdb;api-key;update'= {
        }
        &'dbcloud;help;crdb;api-key;delete'= {
        }
        &'dbcloud;help;crdb;service-account'= {
            cand list 'List service accounts'
            cand create 'Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)'
            cand get 'Show a service account'
            cand update 'Rename a service account or change its description'
            cand delete 'Delete a service account; its API keys are revoked with it'
        }
        &'dbcloud;help;crdb;service-account;list'= {
        }
        &'dbcloud;help;crdb;service-account;create'= {
        }
        &'dbcloud;help;crdb;service-account;get'= {
        }
        &'dbcloud;help;crdb;service-account;update'= {
        }
        &'dbcloud;help;crdb;service-account;delete'= {
        }
        &'dbcloud;help;crdb;folder'= {
            cand list 'List folders (all of them, at every depth)'
            cand create 'Create a folder, at the top or inside another one'
            cand get 'Show a folder'
            cand update 'Rename a folder or move it into another one (`--parent /` moves it to the top)'
            cand delete 'Delete an empty folder'
            cand contents 'List the clusters and folders directly inside a folder (/ for the top)'
        }
        &'dbcloud;help;crdb;folder;list'= {
        }
        &'dbcloud;help;crdb;folder;create'= {
        }
        &'dbcloud;help;crdb;folder;get'= {
        }
        &'dbcloud;help;crdb;folder;update'= {
        }
        &'dbcloud;help;crdb;folder;delete'= {
        }
        &'dbcloud;help;crdb;folder;contents'= {
        }
        &'dbcloud;help;crdb;role'= {
            cand list 'List every role grant of the organization'
            cand get 'Show a user''s roles'
            cand set 'Replace all of a user''s roles with the ones given (asks first: roles left out are removed)'
            cand grant 'Give a user a role on the organization, a folder or a cluster'
            cand revoke 'Take a role away from a user (asks first)'
        }
        &'dbcloud;help;crdb;role;list'= {
        }
        &'dbcloud;help;crdb;role;get'= {
        }
        &'dbcloud;help;crdb;role;set'= {
        }
        &'dbcloud;help;crdb;role;grant'= {
        }
        &'dbcloud;help;crdb;role;revoke'= {
        }
        &'dbcloud;help;crdb;user'= {
            cand find 'Find the person users with an e-mail address (exit 3 when there is none)'
        }
        &'dbcloud;help;crdb;user;find'= {
        }
        &'dbcloud;help;crdb;invoice'= {
            cand list 'List invoices'
            cand get 'Show an invoice'
        }
        &'dbcloud;help;crdb;invoice;list'= {
        }
        &'dbcloud;help;crdb;invoice;get'= {
        }
        &'dbcloud;help;crdb;audit-log'= {
            cand list 'List audit log entries, oldest first unless --sort-order desc'
        }
        &'dbcloud;help;crdb;audit-log;list'= {
        }
        &'dbcloud;help;crdb;jwt-issuer'= {
            cand list 'List JWT issuers'
            cand add 'Add a JWT issuer'
            cand get 'Show a JWT issuer'
            cand update 'Change a JWT issuer''s URL or key set'
            cand delete 'Delete a JWT issuer: its tokens stop being accepted'
        }
        &'dbcloud;help;crdb;jwt-issuer;list'= {
        }
        &'dbcloud;help;crdb;jwt-issuer;add'= {
        }
        &'dbcloud;help;crdb;jwt-issuer;get'= {
        }
        &'dbcloud;help;crdb;jwt-issuer;update'= {
        }
        &'dbcloud;help;crdb;jwt-issuer;delete'= {
        }
        &'dbcloud;help;crdb;private-endpoint'= {
            cand service 'The endpoint services of the cluster''s regions'
            cand connection 'Connections of your cloud endpoints to the services'
        }
        &'dbcloud;help;crdb;private-endpoint;service'= {
            cand list 'List the private endpoint services of a cluster'
            cand create 'Create the private endpoint services of every region of a cluster'
        }
        &'dbcloud;help;crdb;private-endpoint;service;list'= {
        }
        &'dbcloud;help;crdb;private-endpoint;service;create'= {
        }
        &'dbcloud;help;crdb;private-endpoint;connection'= {
            cand list 'List the private endpoint connections of a cluster'
            cand add 'Connect one of your cloud endpoints to the cluster''s endpoint service'
            cand delete 'Disconnect an endpoint from the cluster'
        }
        &'dbcloud;help;crdb;private-endpoint;connection;list'= {
        }
        &'dbcloud;help;crdb;private-endpoint;connection;add'= {
        }
        &'dbcloud;help;crdb;private-endpoint;connection;delete'= {
        }
        &'dbcloud;help;crdb;egress-rule'= {
            cand list 'List the egress rules of a cluster'
            cand add 'Allow the cluster to connect to a host name or a CIDR range'
            cand get 'Show an egress rule'
            cand update 'Change the name, destination or ports of an egress rule'
            cand delete 'Remove an egress rule'
        }
        &'dbcloud;help;crdb;egress-rule;list'= {
        }
        &'dbcloud;help;crdb;egress-rule;add'= {
        }
        &'dbcloud;help;crdb;egress-rule;get'= {
        }
        &'dbcloud;help;crdb;egress-rule;update'= {
        }
        &'dbcloud;help;crdb;egress-rule;delete'= {
        }
        &'dbcloud;help;crdb;log-export'= {
            cand get 'Show the log export of a cluster and its status'
            cand enable 'Export the cluster''s logs (dedicated clusters); replaces the current configuration'
            cand disable 'Stop exporting the cluster''s logs'
        }
        &'dbcloud;help;crdb;log-export;get'= {
        }
        &'dbcloud;help;crdb;log-export;enable'= {
        }
        &'dbcloud;help;crdb;log-export;disable'= {
        }
        &'dbcloud;help;crdb;metric-export'= {
            cand get 'Show one metric export of a cluster and its status'
            cand enable 'Export the cluster''s metrics (dedicated clusters); replaces the current configuration'
            cand disable 'Stop one metric export'
        }
        &'dbcloud;help;crdb;metric-export;get'= {
        }
        &'dbcloud;help;crdb;metric-export;enable'= {
            cand cloudwatch 'To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes'
            cand datadog 'To Datadog; the API key is read from stdin or a hidden prompt, never from the command line'
            cand prometheus 'For Prometheus to scrape from the cluster''s nodes'
        }
        &'dbcloud;help;crdb;metric-export;enable;cloudwatch'= {
        }
        &'dbcloud;help;crdb;metric-export;enable;datadog'= {
        }
        &'dbcloud;help;crdb;metric-export;enable;prometheus'= {
        }
        &'dbcloud;help;crdb;metric-export;disable'= {
        }
        &'dbcloud;help;crdb;cmek'= {
            cand get 'Show the CMEK configuration of a cluster and its status'
            cand enable 'Encrypt a dedicated cluster with your own keys, one per region'
            cand update 'Replace the keys (for example after adding a region)'
            cand rotate 'Re-encrypt the cluster''s data keys with the current version of your keys'
            cand revoke 'Revoke the cluster''s access to your keys: the cluster becomes unusable until access is restored'
        }
        &'dbcloud;help;crdb;cmek;get'= {
        }
        &'dbcloud;help;crdb;cmek;enable'= {
        }
        &'dbcloud;help;crdb;cmek;update'= {
        }
        &'dbcloud;help;crdb;cmek;rotate'= {
        }
        &'dbcloud;help;crdb;cmek;revoke'= {
        }
        &'dbcloud;help;crdb;maintenance-window'= {
            cand get 'Show the maintenance window of a cluster'
            cand set 'Set the day and hour (UTC) maintenance starts'
            cand delete 'Remove the maintenance window (maintenance may then happen at any time)'
        }
        &'dbcloud;help;crdb;maintenance-window;get'= {
        }
        &'dbcloud;help;crdb;maintenance-window;set'= {
        }
        &'dbcloud;help;crdb;maintenance-window;delete'= {
        }
        &'dbcloud;help;crdb;version-deferral'= {
            cand get 'Show the version deferral policy of a cluster'
            cand set 'Set the version deferral policy of a cluster'
        }
        &'dbcloud;help;crdb;version-deferral;get'= {
        }
        &'dbcloud;help;crdb;version-deferral;set'= {
        }
        &'dbcloud;help;ls'= {
        }
        &'dbcloud;help;auth'= {
            cand login 'Save a provider''s credentials in a profile, after checking them with one API call'
            cand status 'Show, per profile and provider, each credential and where it comes from (flag, env, file)'
        }
        &'dbcloud;help;auth;login'= {
        }
        &'dbcloud;help;auth;status'= {
        }
        &'dbcloud;help;profile'= {
            cand list 'List the profiles (secrets masked)'
            cand show 'Show a profile''s settings, secrets masked [default: the active profile]'
            cand use 'Make a profile the default (`default_profile`)'
            cand remove 'Delete a profile and its credentials'
            cand set 'Set (or with --unset remove) one value of the active profile (see --profile)'
        }
        &'dbcloud;help;profile;list'= {
        }
        &'dbcloud;help;profile;show'= {
        }
        &'dbcloud;help;profile;use'= {
        }
        &'dbcloud;help;profile;remove'= {
        }
        &'dbcloud;help;profile;set'= {
        }
        &'dbcloud;help;api'= {
        }
        &'dbcloud;help;emulator'= {
            cand serve 'Serve both APIs on one local port until Ctrl-C'
            cand reset 'Forget the state of the embedded emulator used by --emulator'
        }
        &'dbcloud;help;emulator;serve'= {
        }
        &'dbcloud;help;emulator;reset'= {
        }
        &'dbcloud;help;completions'= {
        }
        &'dbcloud;help;help'= {
        }
    ]
    $completions[$command]
}
