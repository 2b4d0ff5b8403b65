
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
            cand org 'Organizations the API key can see'
            cand service 'Services: list, inspect'
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
            cand org 'Organizations the API key can see'
            cand service 'Services: list, inspect'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;org;list'= {
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
        &'dbcloud;ch;org;help'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;org;help;list'= {
        }
        &'dbcloud;ch;org;help;get'= {
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;org;list'= {
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
        &'dbcloud;clickhouse;org;help'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;org;help;list'= {
        }
        &'dbcloud;clickhouse;org;help;get'= {
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;service;list'= {
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
        &'dbcloud;ch;service;help'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;service;help;list'= {
        }
        &'dbcloud;ch;service;help;get'= {
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;service;list'= {
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
        &'dbcloud;clickhouse;service;help'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;service;help;list'= {
        }
        &'dbcloud;clickhouse;service;help;get'= {
        }
        &'dbcloud;clickhouse;service;help;help'= {
        }
        &'dbcloud;ch;help'= {
            cand org 'Organizations the API key can see'
            cand service 'Services: list, inspect'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;ch;help;org'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
        }
        &'dbcloud;ch;help;org;list'= {
        }
        &'dbcloud;ch;help;org;get'= {
        }
        &'dbcloud;ch;help;service'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
        }
        &'dbcloud;ch;help;service;list'= {
        }
        &'dbcloud;ch;help;service;get'= {
        }
        &'dbcloud;ch;help;help'= {
        }
        &'dbcloud;clickhouse;help'= {
            cand org 'Organizations the API key can see'
            cand service 'Services: list, inspect'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;clickhouse;help;org'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
        }
        &'dbcloud;clickhouse;help;org;list'= {
        }
        &'dbcloud;clickhouse;help;org;get'= {
        }
        &'dbcloud;clickhouse;help;service'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
        }
        &'dbcloud;clickhouse;help;service;list'= {
        }
        &'dbcloud;clickhouse;help;service;get'= {
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
            cand cluster 'Clusters: list, inspect'
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
            cand cluster 'Clusters: list, inspect'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;cluster;list'= {
            cand --limit 'Stop after this many clusters'
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
        &'dbcloud;crdb;cluster;help'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;crdb;cluster;help;list'= {
        }
        &'dbcloud;crdb;cluster;help;get'= {
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;cluster;list'= {
            cand --limit 'Stop after this many clusters'
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
        &'dbcloud;cockroach;cluster;help'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dbcloud;cockroach;cluster;help;list'= {
        }
        &'dbcloud;cockroach;cluster;help;get'= {
        }
        &'dbcloud;cockroach;cluster;help;help'= {
        }
        &'dbcloud;crdb;help'= {
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, inspect'
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
        }
        &'dbcloud;crdb;help;cluster;list'= {
        }
        &'dbcloud;crdb;help;cluster;get'= {
        }
        &'dbcloud;crdb;help;help'= {
        }
        &'dbcloud;cockroach;help'= {
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, inspect'
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
        }
        &'dbcloud;cockroach;help;cluster;list'= {
        }
        &'dbcloud;cockroach;help;cluster;get'= {
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
            cand --json 'Shorthand for --output json'
            cand -q 'No progress or status messages'
            cand --quiet 'No progress or status messages'
            cand -y 'Answer yes to confirmations (required for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (required for destructive commands without a terminal)'
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
            cand org 'Organizations the API key can see'
            cand service 'Services: list, inspect'
        }
        &'dbcloud;help;ch;org'= {
            cand list 'List the organizations the API key can see'
            cand get 'Show an organization (default: the one in effect)'
        }
        &'dbcloud;help;ch;org;list'= {
        }
        &'dbcloud;help;ch;org;get'= {
        }
        &'dbcloud;help;ch;service'= {
            cand list 'List the organization''s services'
            cand get 'Show a service'
        }
        &'dbcloud;help;ch;service;list'= {
        }
        &'dbcloud;help;ch;service;get'= {
        }
        &'dbcloud;help;crdb'= {
            cand org 'The organization the API key belongs to'
            cand cluster 'Clusters: list, inspect'
        }
        &'dbcloud;help;crdb;org'= {
            cand get 'Show the organization the API key belongs to'
        }
        &'dbcloud;help;crdb;org;get'= {
        }
        &'dbcloud;help;crdb;cluster'= {
            cand list 'List clusters (every page, unless --limit)'
            cand get 'Show a cluster'
        }
        &'dbcloud;help;crdb;cluster;list'= {
        }
        &'dbcloud;help;crdb;cluster;get'= {
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
