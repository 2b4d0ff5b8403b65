
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'dbcloud' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'dbcloud'
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
        'dbcloud' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ch', 'ch', [CompletionResultType]::ParameterValue, 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities')
            [CompletionResult]::new('clickhouse', 'clickhouse', [CompletionResultType]::ParameterValue, 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities')
            [CompletionResult]::new('crdb', 'crdb', [CompletionResultType]::ParameterValue, 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more')
            [CompletionResult]::new('cockroach', 'cockroach', [CompletionResultType]::ParameterValue, 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Every database of every profile and provider, in one table')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every database of every profile and provider, in one table')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, and see which credentials are in effect')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named profiles in the config file')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send an authenticated request to either API and print the answer')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local emulator of both APIs')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: list, inspect, rename, private endpoints')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a service')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys of the organization')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Members of the organization')
            [CompletionResult]::new('invitation', 'invitation', [CompletionResultType]::ParameterValue, 'Invitations to join the organization')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The organization''s audit log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: list, inspect, rename, private endpoints')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a service')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys of the organization')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Members of the organization')
            [CompletionResult]::new('invitation', 'invitation', [CompletionResultType]::ParameterValue, 'Invitations to join the organization')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The organization''s audit log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;org' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an organization (default: the one in effect)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization, or register or remove its private endpoints')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;org;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;org;get' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;org;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--add-private-endpoint', '--add-private-endpoint', [CompletionResultType]::ParameterName, 'Register a private endpoint: ID,PROVIDER,REGION[,DESCRIPTION] (repeatable)')
            [CompletionResult]::new('--remove-private-endpoint', '--remove-private-endpoint', [CompletionResultType]::ParameterName, 'Remove a registered private endpoint by its ID (repeatable)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;org;private-endpoint-config' {
            [CompletionResult]::new('--cloud-provider', '--cloud-provider', [CompletionResultType]::ParameterName, 'The cloud provider')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The provider''s region')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;org;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an organization (default: the one in effect)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization, or register or remove its private endpoints')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;org;help;list' {
            break
        }
        'dbcloud;ch;org;help;get' {
            break
        }
        'dbcloud;ch;org;help;update' {
            break
        }
        'dbcloud;ch;org;help;private-endpoint-config' {
            break
        }
        'dbcloud;ch;org;help;help' {
            break
        }
        'dbcloud;clickhouse;org' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an organization (default: the one in effect)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization, or register or remove its private endpoints')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;org;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;org;get' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;org;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--add-private-endpoint', '--add-private-endpoint', [CompletionResultType]::ParameterName, 'Register a private endpoint: ID,PROVIDER,REGION[,DESCRIPTION] (repeatable)')
            [CompletionResult]::new('--remove-private-endpoint', '--remove-private-endpoint', [CompletionResultType]::ParameterName, 'Remove a registered private endpoint by its ID (repeatable)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;org;private-endpoint-config' {
            [CompletionResult]::new('--cloud-provider', '--cloud-provider', [CompletionResultType]::ParameterName, 'The cloud provider')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The provider''s region')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;org;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an organization (default: the one in effect)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization, or register or remove its private endpoints')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;org;help;list' {
            break
        }
        'dbcloud;clickhouse;org;help;get' {
            break
        }
        'dbcloud;clickhouse;org;help;update' {
            break
        }
        'dbcloud;clickhouse;org;help;private-endpoint-config' {
            break
        }
        'dbcloud;clickhouse;org;help;help' {
            break
        }
        'dbcloud;ch;service' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s services')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a service')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service; its password is shown once (or written to --password-file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a service, or change its IP access list or private endpoints')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a service (it must be stopped; --force stops it first)')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'Show what is needed to connect a private endpoint to a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change a service''s autoscaling: memory bounds, replicas, idling')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for the default user of a service')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Print a service''s Prometheus metrics, as the API sends them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;service;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Service name (up to 50 characters)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Cloud provider')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of that provider')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Tier [default: the API''s, production]')
            [CompletionResult]::new('--ip-allow', '--ip-allow', [CompletionResultType]::ParameterName, 'Allow access from an IP address or CIDR range, with an optional description (repeatable)')
            [CompletionResult]::new('--min-memory-gb', '--min-memory-gb', [CompletionResultType]::ParameterName, 'Minimum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--max-memory-gb', '--max-memory-gb', [CompletionResultType]::ParameterName, 'Maximum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of replicas (3-25)')
            [CompletionResult]::new('--idle-scaling', '--idle-scaling', [CompletionResultType]::ParameterName, 'Let the service scale down to zero when idle')
            [CompletionResult]::new('--idle-timeout-minutes', '--idle-timeout-minutes', [CompletionResultType]::ParameterName, 'Minutes of inactivity before idling (at least 5)')
            [CompletionResult]::new('--backup-id', '--backup-id', [CompletionResultType]::ParameterName, 'Create the service from this backup (same region and tier as its service)')
            [CompletionResult]::new('--encryption-key', '--encryption-key', [CompletionResultType]::ParameterName, 'Customer-provided disk encryption key')
            [CompletionResult]::new('--encryption-role', '--encryption-role', [CompletionResultType]::ParameterName, 'Role to assume for disk encryption')
            [CompletionResult]::new('--private-endpoint', '--private-endpoint', [CompletionResultType]::ParameterName, 'Attach a private endpoint (repeatable)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Write the password to this new file (mode 0600) instead of showing it')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--accept-private-preview-terms', '--accept-private-preview-terms', [CompletionResultType]::ParameterName, 'Accept the private preview terms (needed for the first service of an organization in private preview)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (up to 50 characters)')
            [CompletionResult]::new('--add-ip', '--add-ip', [CompletionResultType]::ParameterName, 'Allow access from an IP address or CIDR range, with an optional description (repeatable)')
            [CompletionResult]::new('--remove-ip', '--remove-ip', [CompletionResultType]::ParameterName, 'Remove an IP address or CIDR range from the access list (repeatable; removed before adding)')
            [CompletionResult]::new('--add-private-endpoint', '--add-private-endpoint', [CompletionResultType]::ParameterName, 'Attach a private endpoint (repeatable)')
            [CompletionResult]::new('--remove-private-endpoint', '--remove-private-endpoint', [CompletionResultType]::ParameterName, 'Detach a private endpoint (repeatable)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Stop the service first if needed, wait until it is stopped, then delete it')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;private-endpoint-config' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;start' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;stop' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;scale' {
            [CompletionResult]::new('--min-memory-gb', '--min-memory-gb', [CompletionResultType]::ParameterName, 'Minimum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--max-memory-gb', '--max-memory-gb', [CompletionResultType]::ParameterName, 'Maximum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of replicas (3-25)')
            [CompletionResult]::new('--idle-scaling', '--idle-scaling', [CompletionResultType]::ParameterName, 'Let the service scale down to zero when idle')
            [CompletionResult]::new('--idle-timeout-minutes', '--idle-timeout-minutes', [CompletionResultType]::ParameterName, 'Minutes of inactivity before idling (at least 5)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;reset-password' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Write the generated password to this new file (mode 0600) instead of showing it')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from stdin and send only its hashes')
            [CompletionResult]::new('--mysql', '--mysql', [CompletionResultType]::ParameterName, 'Also send the double SHA-1 hash the MySQL protocol needs (with --password-stdin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;metrics' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;service;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s services')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a service')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service; its password is shown once (or written to --password-file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a service, or change its IP access list or private endpoints')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a service (it must be stopped; --force stops it first)')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'Show what is needed to connect a private endpoint to a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change a service''s autoscaling: memory bounds, replicas, idling')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for the default user of a service')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Print a service''s Prometheus metrics, as the API sends them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;service;help;list' {
            break
        }
        'dbcloud;ch;service;help;get' {
            break
        }
        'dbcloud;ch;service;help;create' {
            break
        }
        'dbcloud;ch;service;help;update' {
            break
        }
        'dbcloud;ch;service;help;delete' {
            break
        }
        'dbcloud;ch;service;help;private-endpoint-config' {
            break
        }
        'dbcloud;ch;service;help;start' {
            break
        }
        'dbcloud;ch;service;help;stop' {
            break
        }
        'dbcloud;ch;service;help;scale' {
            break
        }
        'dbcloud;ch;service;help;reset-password' {
            break
        }
        'dbcloud;ch;service;help;metrics' {
            break
        }
        'dbcloud;ch;service;help;help' {
            break
        }
        'dbcloud;clickhouse;service' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s services')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a service')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service; its password is shown once (or written to --password-file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a service, or change its IP access list or private endpoints')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a service (it must be stopped; --force stops it first)')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'Show what is needed to connect a private endpoint to a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change a service''s autoscaling: memory bounds, replicas, idling')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for the default user of a service')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Print a service''s Prometheus metrics, as the API sends them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;service;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Service name (up to 50 characters)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Cloud provider')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of that provider')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Tier [default: the API''s, production]')
            [CompletionResult]::new('--ip-allow', '--ip-allow', [CompletionResultType]::ParameterName, 'Allow access from an IP address or CIDR range, with an optional description (repeatable)')
            [CompletionResult]::new('--min-memory-gb', '--min-memory-gb', [CompletionResultType]::ParameterName, 'Minimum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--max-memory-gb', '--max-memory-gb', [CompletionResultType]::ParameterName, 'Maximum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of replicas (3-25)')
            [CompletionResult]::new('--idle-scaling', '--idle-scaling', [CompletionResultType]::ParameterName, 'Let the service scale down to zero when idle')
            [CompletionResult]::new('--idle-timeout-minutes', '--idle-timeout-minutes', [CompletionResultType]::ParameterName, 'Minutes of inactivity before idling (at least 5)')
            [CompletionResult]::new('--backup-id', '--backup-id', [CompletionResultType]::ParameterName, 'Create the service from this backup (same region and tier as its service)')
            [CompletionResult]::new('--encryption-key', '--encryption-key', [CompletionResultType]::ParameterName, 'Customer-provided disk encryption key')
            [CompletionResult]::new('--encryption-role', '--encryption-role', [CompletionResultType]::ParameterName, 'Role to assume for disk encryption')
            [CompletionResult]::new('--private-endpoint', '--private-endpoint', [CompletionResultType]::ParameterName, 'Attach a private endpoint (repeatable)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Write the password to this new file (mode 0600) instead of showing it')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--accept-private-preview-terms', '--accept-private-preview-terms', [CompletionResultType]::ParameterName, 'Accept the private preview terms (needed for the first service of an organization in private preview)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (up to 50 characters)')
            [CompletionResult]::new('--add-ip', '--add-ip', [CompletionResultType]::ParameterName, 'Allow access from an IP address or CIDR range, with an optional description (repeatable)')
            [CompletionResult]::new('--remove-ip', '--remove-ip', [CompletionResultType]::ParameterName, 'Remove an IP address or CIDR range from the access list (repeatable; removed before adding)')
            [CompletionResult]::new('--add-private-endpoint', '--add-private-endpoint', [CompletionResultType]::ParameterName, 'Attach a private endpoint (repeatable)')
            [CompletionResult]::new('--remove-private-endpoint', '--remove-private-endpoint', [CompletionResultType]::ParameterName, 'Detach a private endpoint (repeatable)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Stop the service first if needed, wait until it is stopped, then delete it')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;private-endpoint-config' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;start' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;stop' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;scale' {
            [CompletionResult]::new('--min-memory-gb', '--min-memory-gb', [CompletionResultType]::ParameterName, 'Minimum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--max-memory-gb', '--max-memory-gb', [CompletionResultType]::ParameterName, 'Maximum total memory in GiB (24-720, a multiple of 12)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Number of replicas (3-25)')
            [CompletionResult]::new('--idle-scaling', '--idle-scaling', [CompletionResultType]::ParameterName, 'Let the service scale down to zero when idle')
            [CompletionResult]::new('--idle-timeout-minutes', '--idle-timeout-minutes', [CompletionResultType]::ParameterName, 'Minutes of inactivity before idling (at least 5)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the change has finished on the server')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;reset-password' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Write the generated password to this new file (mode 0600) instead of showing it')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from stdin and send only its hashes')
            [CompletionResult]::new('--mysql', '--mysql', [CompletionResultType]::ParameterName, 'Also send the double SHA-1 hash the MySQL protocol needs (with --password-stdin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;metrics' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;service;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s services')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a service')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service; its password is shown once (or written to --password-file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a service, or change its IP access list or private endpoints')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a service (it must be stopped; --force stops it first)')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'Show what is needed to connect a private endpoint to a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change a service''s autoscaling: memory bounds, replicas, idling')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for the default user of a service')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Print a service''s Prometheus metrics, as the API sends them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;service;help;list' {
            break
        }
        'dbcloud;clickhouse;service;help;get' {
            break
        }
        'dbcloud;clickhouse;service;help;create' {
            break
        }
        'dbcloud;clickhouse;service;help;update' {
            break
        }
        'dbcloud;clickhouse;service;help;delete' {
            break
        }
        'dbcloud;clickhouse;service;help;private-endpoint-config' {
            break
        }
        'dbcloud;clickhouse;service;help;start' {
            break
        }
        'dbcloud;clickhouse;service;help;stop' {
            break
        }
        'dbcloud;clickhouse;service;help;scale' {
            break
        }
        'dbcloud;clickhouse;service;help;reset-password' {
            break
        }
        'dbcloud;clickhouse;service;help;metrics' {
            break
        }
        'dbcloud;clickhouse;service;help;help' {
            break
        }
        'dbcloud;ch;backup' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a service''s backups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;backup;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;backup;get' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;backup;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a service''s backups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;backup;help;list' {
            break
        }
        'dbcloud;ch;backup;help;get' {
            break
        }
        'dbcloud;ch;backup;help;help' {
            break
        }
        'dbcloud;clickhouse;backup' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a service''s backups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;backup;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;backup;get' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service ID or exact name')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;backup;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a service''s backups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backup')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;backup;help;list' {
            break
        }
        'dbcloud;clickhouse;backup;help;get' {
            break
        }
        'dbcloud;clickhouse;backup;help;help' {
            break
        }
        'dbcloud;ch;key' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key; its ID and secret are shown once (or saved in a profile)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API key, or change its roles, expiry or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;key;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;key;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Key name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the key (repeatable)')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'When the key stops working (RFC 3339) [default: never]')
            [CompletionResult]::new('--save-as-profile', '--save-as-profile', [CompletionResultType]::ParameterName, 'Store the new key''s ID and secret (and the organization) as this profile''s ClickHouse credentials, and print neither')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create the key disabled')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;key;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;key;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The key''s roles, replacing the current ones (repeatable)')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'When the key stops working (RFC 3339)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable the key')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable the key (requests made with it fail until it is enabled again)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;key;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;key;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key; its ID and secret are shown once (or saved in a profile)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API key, or change its roles, expiry or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;key;help;list' {
            break
        }
        'dbcloud;ch;key;help;create' {
            break
        }
        'dbcloud;ch;key;help;get' {
            break
        }
        'dbcloud;ch;key;help;update' {
            break
        }
        'dbcloud;ch;key;help;delete' {
            break
        }
        'dbcloud;ch;key;help;help' {
            break
        }
        'dbcloud;clickhouse;key' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key; its ID and secret are shown once (or saved in a profile)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API key, or change its roles, expiry or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;key;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;key;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Key name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of the key (repeatable)')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'When the key stops working (RFC 3339) [default: never]')
            [CompletionResult]::new('--save-as-profile', '--save-as-profile', [CompletionResultType]::ParameterName, 'Store the new key''s ID and secret (and the organization) as this profile''s ClickHouse credentials, and print neither')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create the key disabled')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;key;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;key;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The key''s roles, replacing the current ones (repeatable)')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'When the key stops working (RFC 3339)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Enable the key')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Disable the key (requests made with it fail until it is enabled again)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;key;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;key;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key; its ID and secret are shown once (or saved in a profile)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API key, or change its roles, expiry or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;key;help;list' {
            break
        }
        'dbcloud;clickhouse;key;help;create' {
            break
        }
        'dbcloud;clickhouse;key;help;get' {
            break
        }
        'dbcloud;clickhouse;key;help;update' {
            break
        }
        'dbcloud;clickhouse;key;help;delete' {
            break
        }
        'dbcloud;clickhouse;key;help;help' {
            break
        }
        'dbcloud;ch;member' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s members')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a member')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;member;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;member;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;member;update' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The new role')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;member;remove' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s members')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a member')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;member;help;list' {
            break
        }
        'dbcloud;ch;member;help;get' {
            break
        }
        'dbcloud;ch;member;help;update' {
            break
        }
        'dbcloud;ch;member;help;remove' {
            break
        }
        'dbcloud;ch;member;help;help' {
            break
        }
        'dbcloud;clickhouse;member' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s members')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a member')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;member;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;member;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;member;update' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The new role')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;member;remove' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s members')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a member')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;member;help;list' {
            break
        }
        'dbcloud;clickhouse;member;help;get' {
            break
        }
        'dbcloud;clickhouse;member;help;update' {
            break
        }
        'dbcloud;clickhouse;member;help;remove' {
            break
        }
        'dbcloud;clickhouse;member;help;help' {
            break
        }
        'dbcloud;ch;invitation' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pending invitations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an invitation')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw an invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;invitation;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;invitation;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The invitee''s e-mail address')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role they get on joining')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;invitation;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;invitation;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;invitation;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pending invitations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an invitation')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw an invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;invitation;help;list' {
            break
        }
        'dbcloud;ch;invitation;help;create' {
            break
        }
        'dbcloud;ch;invitation;help;get' {
            break
        }
        'dbcloud;ch;invitation;help;delete' {
            break
        }
        'dbcloud;ch;invitation;help;help' {
            break
        }
        'dbcloud;clickhouse;invitation' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pending invitations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an invitation')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw an invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;invitation;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;invitation;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The invitee''s e-mail address')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role they get on joining')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;invitation;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;invitation;delete' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;invitation;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pending invitations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an invitation')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw an invitation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;invitation;help;list' {
            break
        }
        'dbcloud;clickhouse;invitation;help;create' {
            break
        }
        'dbcloud;clickhouse;invitation;help;get' {
            break
        }
        'dbcloud;clickhouse;invitation;help;delete' {
            break
        }
        'dbcloud;clickhouse;invitation;help;help' {
            break
        }
        'dbcloud;ch;activity' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s activities, optionally between two times')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;activity;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only activities at or after this time (RFC 3339)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only activities at or before this time (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;activity;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;ch;activity;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s activities, optionally between two times')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;activity;help;list' {
            break
        }
        'dbcloud;ch;activity;help;get' {
            break
        }
        'dbcloud;ch;activity;help;help' {
            break
        }
        'dbcloud;clickhouse;activity' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s activities, optionally between two times')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;activity;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only activities at or after this time (RFC 3339)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only activities at or before this time (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;activity;get' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization ID (or CLICKHOUSE_ORG_ID; default: the profile''s, else the only one the key sees)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;clickhouse;activity;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s activities, optionally between two times')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an activity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;activity;help;list' {
            break
        }
        'dbcloud;clickhouse;activity;help;get' {
            break
        }
        'dbcloud;clickhouse;activity;help;help' {
            break
        }
        'dbcloud;ch;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: list, inspect, rename, private endpoints')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a service')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys of the organization')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Members of the organization')
            [CompletionResult]::new('invitation', 'invitation', [CompletionResultType]::ParameterValue, 'Invitations to join the organization')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The organization''s audit log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;ch;help;org' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an organization (default: the one in effect)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization, or register or remove its private endpoints')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region')
            break
        }
        'dbcloud;ch;help;org;list' {
            break
        }
        'dbcloud;ch;help;org;get' {
            break
        }
        'dbcloud;ch;help;org;update' {
            break
        }
        'dbcloud;ch;help;org;private-endpoint-config' {
            break
        }
        'dbcloud;ch;help;service' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s services')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a service')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service; its password is shown once (or written to --password-file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a service, or change its IP access list or private endpoints')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a service (it must be stopped; --force stops it first)')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'Show what is needed to connect a private endpoint to a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change a service''s autoscaling: memory bounds, replicas, idling')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for the default user of a service')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Print a service''s Prometheus metrics, as the API sends them')
            break
        }
        'dbcloud;ch;help;service;list' {
            break
        }
        'dbcloud;ch;help;service;get' {
            break
        }
        'dbcloud;ch;help;service;create' {
            break
        }
        'dbcloud;ch;help;service;update' {
            break
        }
        'dbcloud;ch;help;service;delete' {
            break
        }
        'dbcloud;ch;help;service;private-endpoint-config' {
            break
        }
        'dbcloud;ch;help;service;start' {
            break
        }
        'dbcloud;ch;help;service;stop' {
            break
        }
        'dbcloud;ch;help;service;scale' {
            break
        }
        'dbcloud;ch;help;service;reset-password' {
            break
        }
        'dbcloud;ch;help;service;metrics' {
            break
        }
        'dbcloud;ch;help;backup' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a service''s backups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backup')
            break
        }
        'dbcloud;ch;help;backup;list' {
            break
        }
        'dbcloud;ch;help;backup;get' {
            break
        }
        'dbcloud;ch;help;key' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key; its ID and secret are shown once (or saved in a profile)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API key, or change its roles, expiry or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            break
        }
        'dbcloud;ch;help;key;list' {
            break
        }
        'dbcloud;ch;help;key;create' {
            break
        }
        'dbcloud;ch;help;key;get' {
            break
        }
        'dbcloud;ch;help;key;update' {
            break
        }
        'dbcloud;ch;help;key;delete' {
            break
        }
        'dbcloud;ch;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s members')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a member')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            break
        }
        'dbcloud;ch;help;member;list' {
            break
        }
        'dbcloud;ch;help;member;get' {
            break
        }
        'dbcloud;ch;help;member;update' {
            break
        }
        'dbcloud;ch;help;member;remove' {
            break
        }
        'dbcloud;ch;help;invitation' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pending invitations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an invitation')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw an invitation')
            break
        }
        'dbcloud;ch;help;invitation;list' {
            break
        }
        'dbcloud;ch;help;invitation;create' {
            break
        }
        'dbcloud;ch;help;invitation;get' {
            break
        }
        'dbcloud;ch;help;invitation;delete' {
            break
        }
        'dbcloud;ch;help;activity' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s activities, optionally between two times')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an activity')
            break
        }
        'dbcloud;ch;help;activity;list' {
            break
        }
        'dbcloud;ch;help;activity;get' {
            break
        }
        'dbcloud;ch;help;help' {
            break
        }
        'dbcloud;clickhouse;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: list, inspect, rename, private endpoints')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a service')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys of the organization')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Members of the organization')
            [CompletionResult]::new('invitation', 'invitation', [CompletionResultType]::ParameterValue, 'Invitations to join the organization')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The organization''s audit log')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;clickhouse;help;org' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an organization (default: the one in effect)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization, or register or remove its private endpoints')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region')
            break
        }
        'dbcloud;clickhouse;help;org;list' {
            break
        }
        'dbcloud;clickhouse;help;org;get' {
            break
        }
        'dbcloud;clickhouse;help;org;update' {
            break
        }
        'dbcloud;clickhouse;help;org;private-endpoint-config' {
            break
        }
        'dbcloud;clickhouse;help;service' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s services')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a service')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service; its password is shown once (or written to --password-file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a service, or change its IP access list or private endpoints')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a service (it must be stopped; --force stops it first)')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'Show what is needed to connect a private endpoint to a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change a service''s autoscaling: memory bounds, replicas, idling')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for the default user of a service')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Print a service''s Prometheus metrics, as the API sends them')
            break
        }
        'dbcloud;clickhouse;help;service;list' {
            break
        }
        'dbcloud;clickhouse;help;service;get' {
            break
        }
        'dbcloud;clickhouse;help;service;create' {
            break
        }
        'dbcloud;clickhouse;help;service;update' {
            break
        }
        'dbcloud;clickhouse;help;service;delete' {
            break
        }
        'dbcloud;clickhouse;help;service;private-endpoint-config' {
            break
        }
        'dbcloud;clickhouse;help;service;start' {
            break
        }
        'dbcloud;clickhouse;help;service;stop' {
            break
        }
        'dbcloud;clickhouse;help;service;scale' {
            break
        }
        'dbcloud;clickhouse;help;service;reset-password' {
            break
        }
        'dbcloud;clickhouse;help;service;metrics' {
            break
        }
        'dbcloud;clickhouse;help;backup' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a service''s backups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backup')
            break
        }
        'dbcloud;clickhouse;help;backup;list' {
            break
        }
        'dbcloud;clickhouse;help;backup;get' {
            break
        }
        'dbcloud;clickhouse;help;key' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key; its ID and secret are shown once (or saved in a profile)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API key, or change its roles, expiry or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            break
        }
        'dbcloud;clickhouse;help;key;list' {
            break
        }
        'dbcloud;clickhouse;help;key;create' {
            break
        }
        'dbcloud;clickhouse;help;key;get' {
            break
        }
        'dbcloud;clickhouse;help;key;update' {
            break
        }
        'dbcloud;clickhouse;help;key;delete' {
            break
        }
        'dbcloud;clickhouse;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s members')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a member')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            break
        }
        'dbcloud;clickhouse;help;member;list' {
            break
        }
        'dbcloud;clickhouse;help;member;get' {
            break
        }
        'dbcloud;clickhouse;help;member;update' {
            break
        }
        'dbcloud;clickhouse;help;member;remove' {
            break
        }
        'dbcloud;clickhouse;help;invitation' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pending invitations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an invitation')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw an invitation')
            break
        }
        'dbcloud;clickhouse;help;invitation;list' {
            break
        }
        'dbcloud;clickhouse;help;invitation;create' {
            break
        }
        'dbcloud;clickhouse;help;invitation;get' {
            break
        }
        'dbcloud;clickhouse;help;invitation;delete' {
            break
        }
        'dbcloud;clickhouse;help;activity' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s activities, optionally between two times')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an activity')
            break
        }
        'dbcloud;clickhouse;help;activity;list' {
            break
        }
        'dbcloud;clickhouse;help;activity;get' {
            break
        }
        'dbcloud;clickhouse;help;help' {
            break
        }
        'dbcloud;crdb' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization the API key belongs to')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, inspect')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization the API key belongs to')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, inspect')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;org' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the organization the API key belongs to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;org;get' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;crdb;org;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the organization the API key belongs to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;org;help;get' {
            break
        }
        'dbcloud;crdb;org;help;help' {
            break
        }
        'dbcloud;cockroach;org' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the organization the API key belongs to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;org;get' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;cockroach;org;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the organization the API key belongs to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;org;help;get' {
            break
        }
        'dbcloud;cockroach;org;help;help' {
            break
        }
        'dbcloud;crdb;cluster' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clusters (every page, unless --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;cluster;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many clusters')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--show-inactive', '--show-inactive', [CompletionResultType]::ParameterName, 'Include deleted clusters')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;crdb;cluster;get' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;crdb;cluster;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clusters (every page, unless --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;cluster;help;list' {
            break
        }
        'dbcloud;crdb;cluster;help;get' {
            break
        }
        'dbcloud;crdb;cluster;help;help' {
            break
        }
        'dbcloud;cockroach;cluster' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clusters (every page, unless --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;cluster;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many clusters')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--show-inactive', '--show-inactive', [CompletionResultType]::ParameterName, 'Include deleted clusters')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;cockroach;cluster;get' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;cockroach;cluster;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clusters (every page, unless --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;cluster;help;list' {
            break
        }
        'dbcloud;cockroach;cluster;help;get' {
            break
        }
        'dbcloud;cockroach;cluster;help;help' {
            break
        }
        'dbcloud;crdb;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization the API key belongs to')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, inspect')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;help;org' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the organization the API key belongs to')
            break
        }
        'dbcloud;crdb;help;org;get' {
            break
        }
        'dbcloud;crdb;help;cluster' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clusters (every page, unless --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a cluster')
            break
        }
        'dbcloud;crdb;help;cluster;list' {
            break
        }
        'dbcloud;crdb;help;cluster;get' {
            break
        }
        'dbcloud;crdb;help;help' {
            break
        }
        'dbcloud;cockroach;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization the API key belongs to')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, inspect')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;help;org' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the organization the API key belongs to')
            break
        }
        'dbcloud;cockroach;help;org;get' {
            break
        }
        'dbcloud;cockroach;help;cluster' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clusters (every page, unless --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a cluster')
            break
        }
        'dbcloud;cockroach;help;cluster;list' {
            break
        }
        'dbcloud;cockroach;help;cluster;get' {
            break
        }
        'dbcloud;cockroach;help;help' {
            break
        }
        'dbcloud;ls' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s databases')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;status' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider''s databases')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;auth' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save a provider''s credentials in a profile, after checking them with one API call')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show, per profile and provider, each credential and where it comes from (flag, env, file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;auth;login' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider to log in to (asked on a terminal when omitted)')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'ClickHouse API key ID (asked on a terminal when omitted)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'ClickHouse organization ID to store [default: the only one the key sees]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL to use and store in the profile (e.g. a local emulator)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret (ClickHouse key secret, CockroachDB API key) from stdin instead of a prompt')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;auth;status' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also verify the credentials with one API call each')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save a provider''s credentials in a profile, after checking them with one API call')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show, per profile and provider, each credential and where it comes from (flag, env, file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;auth;help;login' {
            break
        }
        'dbcloud;auth;help;status' {
            break
        }
        'dbcloud;auth;help;help' {
            break
        }
        'dbcloud;profile' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles (secrets masked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, secrets masked [default: the active profile]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (`default_profile`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its credentials')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set (or with --unset remove) one value of the active profile (see --profile)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;profile;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;profile;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;profile;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;profile;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;profile;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove the setting instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles (secrets masked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, secrets masked [default: the active profile]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (`default_profile`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its credentials')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set (or with --unset remove) one value of the active profile (see --profile)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;profile;help;list' {
            break
        }
        'dbcloud;profile;help;show' {
            break
        }
        'dbcloud;profile;help;use' {
            break
        }
        'dbcloud;profile;help;remove' {
            break
        }
        'dbcloud;profile;help;set' {
            break
        }
        'dbcloud;profile;help;help' {
            break
        }
        'dbcloud;api' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Request body: JSON text, @FILE, or - for stdin')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Request body: JSON text, @FILE, or - for stdin')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Query parameter (repeatable)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Query parameter (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--paginate', '--paginate', [CompletionResultType]::ParameterName, 'Follow CockroachDB pagination to the last page and merge the lists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;emulator' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve both APIs on one local port until Ctrl-C')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget the state of the embedded emulator used by --emulator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;emulator;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on; port 0 picks a free port')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the state in this JSON file: loaded at start (seeded when missing), written atomically after every change')
            [CompletionResult]::new('--transition-ms', '--transition-ms', [CompletionResultType]::ParameterName, 'How long each state transition takes (provisioning, stopping, a locked cluster, a restore...)')
            [CompletionResult]::new('--rate-limits', '--rate-limits', [CompletionResultType]::ParameterName, 'Enforce the real rate limits (ClickHouse 10 requests per 10 s, CockroachDB 10 per s, per key)')
            [CompletionResult]::new('--seed-services', '--seed-services', [CompletionResultType]::ParameterName, 'Running ClickHouse services to seed a new state with (seed-service-0001, ...)')
            [CompletionResult]::new('--seed-clusters', '--seed-clusters', [CompletionResultType]::ParameterName, 'CREATED CockroachDB clusters to seed a new state with (seed-cluster-0001, ...)')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Fault: delay every API answer by this long')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Fault: answer this share of API requests (0 to 1) with an error status from --fail-status')
            [CompletionResult]::new('--fail-status', '--fail-status', [CompletionResultType]::ParameterName, 'Fault: the statuses --fail-rate picks from (429 and 503 carry Retry-After: 1)')
            [CompletionResult]::new('--reset-rate', '--reset-rate', [CompletionResultType]::ParameterName, 'Fault: close the connection without an answer for this share of API requests')
            [CompletionResult]::new('--truncate-rate', '--truncate-rate', [CompletionResultType]::ParameterName, 'Fault: answer 200 with a truncated JSON body for this share of API requests')
            [CompletionResult]::new('--html-rate', '--html-rate', [CompletionResultType]::ParameterName, 'Fault: answer 200 or 502 with an HTML page (like a proxy) for this share of API requests')
            [CompletionResult]::new('--clickhouse-key-id', '--clickhouse-key-id', [CompletionResultType]::ParameterName, 'ClickHouse API key ID to accept (HTTP Basic user)')
            [CompletionResult]::new('--clickhouse-key-secret', '--clickhouse-key-secret', [CompletionResultType]::ParameterName, 'ClickHouse API key secret to accept (HTTP Basic password)')
            [CompletionResult]::new('--cockroach-api-key', '--cockroach-api-key', [CompletionResultType]::ParameterName, 'CockroachDB API key to accept (Authorization: Bearer)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--log-requests', '--log-requests', [CompletionResultType]::ParameterName, 'Print one line per API request on stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;emulator;reset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve both APIs on one local port until Ctrl-C')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget the state of the embedded emulator used by --emulator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;emulator;help;serve' {
            break
        }
        'dbcloud;emulator;help;reset' {
            break
        }
        'dbcloud;emulator;help;help' {
            break
        }
        'dbcloud;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --output json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status messages')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when stdin is not a terminal or CI is set)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each HTTP request and response to stderr, secrets redacted')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also NO_COLOR)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a local emulator of both APIs (state kept in the data directory); no account needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dbcloud;help' {
            [CompletionResult]::new('ch', 'ch', [CompletionResultType]::ParameterValue, 'ClickHouse Cloud: organizations, services, backups, keys, members, invitations, activities')
            [CompletionResult]::new('crdb', 'crdb', [CompletionResultType]::ParameterValue, 'CockroachDB Cloud: clusters, databases, SQL users, networking, backups and more')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Every database of every profile and provider, in one table')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in, and see which credentials are in effect')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage named profiles in the config file')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send an authenticated request to either API and print the answer')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run the local emulator of both APIs')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;help;ch' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organizations: list, inspect, rename, private endpoints')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: create, inspect, change, start, stop, scale, delete, passwords, metrics')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a service')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'API keys of the organization')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Members of the organization')
            [CompletionResult]::new('invitation', 'invitation', [CompletionResultType]::ParameterValue, 'Invitations to join the organization')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'The organization''s audit log')
            break
        }
        'dbcloud;help;ch;org' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organizations the API key can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an organization (default: the one in effect)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization, or register or remove its private endpoints')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'What you need to create a private endpoint to ClickHouse Cloud in a cloud region')
            break
        }
        'dbcloud;help;ch;org;list' {
            break
        }
        'dbcloud;help;ch;org;get' {
            break
        }
        'dbcloud;help;ch;org;update' {
            break
        }
        'dbcloud;help;ch;org;private-endpoint-config' {
            break
        }
        'dbcloud;help;ch;service' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s services')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a service')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service; its password is shown once (or written to --password-file)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a service, or change its IP access list or private endpoints')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a service (it must be stopped; --force stops it first)')
            [CompletionResult]::new('private-endpoint-config', 'private-endpoint-config', [CompletionResultType]::ParameterValue, 'Show what is needed to connect a private endpoint to a service')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a stopped service')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a service')
            [CompletionResult]::new('scale', 'scale', [CompletionResultType]::ParameterValue, 'Change a service''s autoscaling: memory bounds, replicas, idling')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Set a new password for the default user of a service')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'Print a service''s Prometheus metrics, as the API sends them')
            break
        }
        'dbcloud;help;ch;service;list' {
            break
        }
        'dbcloud;help;ch;service;get' {
            break
        }
        'dbcloud;help;ch;service;create' {
            break
        }
        'dbcloud;help;ch;service;update' {
            break
        }
        'dbcloud;help;ch;service;delete' {
            break
        }
        'dbcloud;help;ch;service;private-endpoint-config' {
            break
        }
        'dbcloud;help;ch;service;start' {
            break
        }
        'dbcloud;help;ch;service;stop' {
            break
        }
        'dbcloud;help;ch;service;scale' {
            break
        }
        'dbcloud;help;ch;service;reset-password' {
            break
        }
        'dbcloud;help;ch;service;metrics' {
            break
        }
        'dbcloud;help;ch;backup' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a service''s backups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a backup')
            break
        }
        'dbcloud;help;ch;backup;list' {
            break
        }
        'dbcloud;help;ch;backup;get' {
            break
        }
        'dbcloud;help;ch;key' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s API keys')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API key; its ID and secret are shown once (or saved in a profile)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an API key')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an API key, or change its roles, expiry or state')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an API key')
            break
        }
        'dbcloud;help;ch;key;list' {
            break
        }
        'dbcloud;help;ch;key;create' {
            break
        }
        'dbcloud;help;ch;key;get' {
            break
        }
        'dbcloud;help;ch;key;update' {
            break
        }
        'dbcloud;help;ch;key;delete' {
            break
        }
        'dbcloud;help;ch;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s members')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a member')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s role')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member from the organization')
            break
        }
        'dbcloud;help;ch;member;list' {
            break
        }
        'dbcloud;help;ch;member;get' {
            break
        }
        'dbcloud;help;ch;member;update' {
            break
        }
        'dbcloud;help;ch;member;remove' {
            break
        }
        'dbcloud;help;ch;invitation' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pending invitations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite someone to the organization')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an invitation')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Withdraw an invitation')
            break
        }
        'dbcloud;help;ch;invitation;list' {
            break
        }
        'dbcloud;help;ch;invitation;create' {
            break
        }
        'dbcloud;help;ch;invitation;get' {
            break
        }
        'dbcloud;help;ch;invitation;delete' {
            break
        }
        'dbcloud;help;ch;activity' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organization''s activities, optionally between two times')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an activity')
            break
        }
        'dbcloud;help;ch;activity;list' {
            break
        }
        'dbcloud;help;ch;activity;get' {
            break
        }
        'dbcloud;help;crdb' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization the API key belongs to')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, inspect')
            break
        }
        'dbcloud;help;crdb;org' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the organization the API key belongs to')
            break
        }
        'dbcloud;help;crdb;org;get' {
            break
        }
        'dbcloud;help;crdb;cluster' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List clusters (every page, unless --limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a cluster')
            break
        }
        'dbcloud;help;crdb;cluster;list' {
            break
        }
        'dbcloud;help;crdb;cluster;get' {
            break
        }
        'dbcloud;help;ls' {
            break
        }
        'dbcloud;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save a provider''s credentials in a profile, after checking them with one API call')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show, per profile and provider, each credential and where it comes from (flag, env, file)')
            break
        }
        'dbcloud;help;auth;login' {
            break
        }
        'dbcloud;help;auth;status' {
            break
        }
        'dbcloud;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles (secrets masked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile''s settings, secrets masked [default: the active profile]')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default (`default_profile`)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its credentials')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set (or with --unset remove) one value of the active profile (see --profile)')
            break
        }
        'dbcloud;help;profile;list' {
            break
        }
        'dbcloud;help;profile;show' {
            break
        }
        'dbcloud;help;profile;use' {
            break
        }
        'dbcloud;help;profile;remove' {
            break
        }
        'dbcloud;help;profile;set' {
            break
        }
        'dbcloud;help;api' {
            break
        }
        'dbcloud;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve both APIs on one local port until Ctrl-C')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Forget the state of the embedded emulator used by --emulator')
            break
        }
        'dbcloud;help;emulator;serve' {
            break
        }
        'dbcloud;help;emulator;reset' {
            break
        }
        'dbcloud;help;completions' {
            break
        }
        'dbcloud;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
