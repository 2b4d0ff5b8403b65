
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
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, create, inspect, scale, delete, connect')
            [CompletionResult]::new('regions', 'regions', [CompletionResultType]::ParameterValue, 'Regions where clusters can be created')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Major CockroachDB versions clusters can run')
            [CompletionResult]::new('database', 'database', [CompletionResultType]::ParameterValue, 'Databases of a cluster')
            [CompletionResult]::new('sql-user', 'sql-user', [CompletionResultType]::ParameterValue, 'SQL users of a cluster')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'IP allowlist of a cluster')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a cluster and their configuration')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores of a cluster from its backups')
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
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, create, inspect, scale, delete, connect')
            [CompletionResult]::new('regions', 'regions', [CompletionResultType]::ParameterValue, 'Regions where clusters can be created')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Major CockroachDB versions clusters can run')
            [CompletionResult]::new('database', 'database', [CompletionResultType]::ParameterValue, 'Databases of a cluster')
            [CompletionResult]::new('sql-user', 'sql-user', [CompletionResultType]::ParameterValue, 'SQL users of a cluster')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'IP allowlist of a cluster')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a cluster and their configuration')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores of a cluster from its backups')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a serverless or dedicated cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Scale, upgrade or change the spend limit of a cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster and all its data')
            [CompletionResult]::new('connection-string', 'connection-string', [CompletionResultType]::ParameterValue, 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the nodes of a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;cluster;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
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
        'dbcloud;crdb;cluster;create' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Cloud provider')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Serverless (billed by use) or dedicated (your own nodes)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'A region; dedicated clusters give its node count as REGION:NODES. Repeat for several regions (a serverless cluster''s first region is its primary one)')
            [CompletionResult]::new('--spend-limit', '--spend-limit', [CompletionResultType]::ParameterName, 'Serverless: monthly spend limit in US dollars (0 = none)')
            [CompletionResult]::new('--vcpus', '--vcpus', [CompletionResultType]::ParameterName, 'Dedicated: virtual CPUs per node')
            [CompletionResult]::new('--storage-gib', '--storage-gib', [CompletionResultType]::ParameterName, 'Dedicated: storage per node in GiB')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Dedicated: CockroachDB major version (see `dbcloud crdb versions`) [default: the latest]')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'Folder to create the cluster in: its ID, path (/team/prod) or exact name')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
            break
        }
        'dbcloud;crdb;cluster;update' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Dedicated: set a region''s node count (0 removes the region, a new name adds one). Repeat for several; regions not named keep their nodes')
            [CompletionResult]::new('--vcpus', '--vcpus', [CompletionResultType]::ParameterName, 'Dedicated: virtual CPUs per node')
            [CompletionResult]::new('--storage-gib', '--storage-gib', [CompletionResultType]::ParameterName, 'Dedicated: storage per node in GiB')
            [CompletionResult]::new('--spend-limit', '--spend-limit', [CompletionResultType]::ParameterName, 'Serverless: monthly spend limit in US dollars (0 = none)')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Upgrade to this CockroachDB version')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
            break
        }
        'dbcloud;crdb;cluster;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;cluster;connection-string' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database to connect to')
            [CompletionResult]::new('--sql-user', '--sql-user', [CompletionResultType]::ParameterName, 'SQL user to connect as')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'Format the string for this operating system')
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
        'dbcloud;crdb;cluster;nodes' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only the nodes in this region')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a serverless or dedicated cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Scale, upgrade or change the spend limit of a cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster and all its data')
            [CompletionResult]::new('connection-string', 'connection-string', [CompletionResultType]::ParameterValue, 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the nodes of a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;cluster;help;list' {
            break
        }
        'dbcloud;crdb;cluster;help;get' {
            break
        }
        'dbcloud;crdb;cluster;help;create' {
            break
        }
        'dbcloud;crdb;cluster;help;update' {
            break
        }
        'dbcloud;crdb;cluster;help;delete' {
            break
        }
        'dbcloud;crdb;cluster;help;connection-string' {
            break
        }
        'dbcloud;crdb;cluster;help;nodes' {
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a serverless or dedicated cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Scale, upgrade or change the spend limit of a cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster and all its data')
            [CompletionResult]::new('connection-string', 'connection-string', [CompletionResultType]::ParameterValue, 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the nodes of a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;cluster;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
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
        'dbcloud;cockroach;cluster;create' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Cloud provider')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Serverless (billed by use) or dedicated (your own nodes)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'A region; dedicated clusters give its node count as REGION:NODES. Repeat for several regions (a serverless cluster''s first region is its primary one)')
            [CompletionResult]::new('--spend-limit', '--spend-limit', [CompletionResultType]::ParameterName, 'Serverless: monthly spend limit in US dollars (0 = none)')
            [CompletionResult]::new('--vcpus', '--vcpus', [CompletionResultType]::ParameterName, 'Dedicated: virtual CPUs per node')
            [CompletionResult]::new('--storage-gib', '--storage-gib', [CompletionResultType]::ParameterName, 'Dedicated: storage per node in GiB')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Dedicated: CockroachDB major version (see `dbcloud crdb versions`) [default: the latest]')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'Folder to create the cluster in: its ID, path (/team/prod) or exact name')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
            break
        }
        'dbcloud;cockroach;cluster;update' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Dedicated: set a region''s node count (0 removes the region, a new name adds one). Repeat for several; regions not named keep their nodes')
            [CompletionResult]::new('--vcpus', '--vcpus', [CompletionResultType]::ParameterName, 'Dedicated: virtual CPUs per node')
            [CompletionResult]::new('--storage-gib', '--storage-gib', [CompletionResultType]::ParameterName, 'Dedicated: storage per node in GiB')
            [CompletionResult]::new('--spend-limit', '--spend-limit', [CompletionResultType]::ParameterName, 'Serverless: monthly spend limit in US dollars (0 = none)')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Upgrade to this CockroachDB version')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
            break
        }
        'dbcloud;cockroach;cluster;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;cluster;connection-string' {
            [CompletionResult]::new('--database', '--database', [CompletionResultType]::ParameterName, 'Database to connect to')
            [CompletionResult]::new('--sql-user', '--sql-user', [CompletionResultType]::ParameterName, 'SQL user to connect as')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'Format the string for this operating system')
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
        'dbcloud;cockroach;cluster;nodes' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only the nodes in this region')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a serverless or dedicated cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Scale, upgrade or change the spend limit of a cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster and all its data')
            [CompletionResult]::new('connection-string', 'connection-string', [CompletionResultType]::ParameterValue, 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the nodes of a cluster')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;cluster;help;list' {
            break
        }
        'dbcloud;cockroach;cluster;help;get' {
            break
        }
        'dbcloud;cockroach;cluster;help;create' {
            break
        }
        'dbcloud;cockroach;cluster;help;update' {
            break
        }
        'dbcloud;cockroach;cluster;help;delete' {
            break
        }
        'dbcloud;cockroach;cluster;help;connection-string' {
            break
        }
        'dbcloud;cockroach;cluster;help;nodes' {
            break
        }
        'dbcloud;cockroach;cluster;help;help' {
            break
        }
        'dbcloud;crdb;regions' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this cloud provider''s regions')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--serverless', '--serverless', [CompletionResultType]::ParameterName, 'Only regions that can host serverless clusters')
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
        'dbcloud;cockroach;regions' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this cloud provider''s regions')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--serverless', '--serverless', [CompletionResultType]::ParameterName, 'Only regions that can host serverless clusters')
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
        'dbcloud;crdb;versions' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
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
        'dbcloud;cockroach;versions' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
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
        'dbcloud;crdb;database' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the databases of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a database')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a database')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a database and its tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;database;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;crdb;database;create' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;database;rename' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;database;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;database;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the databases of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a database')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a database')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a database and its tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;database;help;list' {
            break
        }
        'dbcloud;crdb;database;help;create' {
            break
        }
        'dbcloud;crdb;database;help;rename' {
            break
        }
        'dbcloud;crdb;database;help;delete' {
            break
        }
        'dbcloud;crdb;database;help;help' {
            break
        }
        'dbcloud;cockroach;database' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the databases of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a database')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a database')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a database and its tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;database;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;cockroach;database;create' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;database;rename' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;database;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;database;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the databases of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a database')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a database')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a database and its tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;database;help;list' {
            break
        }
        'dbcloud;cockroach;database;help;create' {
            break
        }
        'dbcloud;cockroach;database;help;rename' {
            break
        }
        'dbcloud;cockroach;database;help;delete' {
            break
        }
        'dbcloud;cockroach;database;help;help' {
            break
        }
        'dbcloud;crdb;sql-user' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SQL users of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SQL user (the password is asked for twice, or read from stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a SQL user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a new password for a SQL user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;sql-user;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;crdb;sql-user;create' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
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
        'dbcloud;crdb;sql-user;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;sql-user;set-password' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
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
        'dbcloud;crdb;sql-user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SQL users of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SQL user (the password is asked for twice, or read from stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a SQL user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a new password for a SQL user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;sql-user;help;list' {
            break
        }
        'dbcloud;crdb;sql-user;help;create' {
            break
        }
        'dbcloud;crdb;sql-user;help;delete' {
            break
        }
        'dbcloud;crdb;sql-user;help;set-password' {
            break
        }
        'dbcloud;crdb;sql-user;help;help' {
            break
        }
        'dbcloud;cockroach;sql-user' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SQL users of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SQL user (the password is asked for twice, or read from stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a SQL user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a new password for a SQL user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;sql-user;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;cockroach;sql-user;create' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
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
        'dbcloud;cockroach;sql-user;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;sql-user;set-password' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (or DBCLOUD_PROFILE; default: the config''s default_profile)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression (built in; no jq needed)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Table columns, as JSON field paths (e.g. id,name,state)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Timeout of each HTTP request (e.g. 30s, 2m)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: config.toml in the platform config directory]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
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
        'dbcloud;cockroach;sql-user;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SQL users of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SQL user (the password is asked for twice, or read from stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a SQL user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a new password for a SQL user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;sql-user;help;list' {
            break
        }
        'dbcloud;cockroach;sql-user;help;create' {
            break
        }
        'dbcloud;cockroach;sql-user;help;delete' {
            break
        }
        'dbcloud;cockroach;sql-user;help;set-password' {
            break
        }
        'dbcloud;cockroach;sql-user;help;help' {
            break
        }
        'dbcloud;crdb;allowlist' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowlist entries of a cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow an IPv4 range to connect (SQL by default)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the label or access of an entry')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;allowlist;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;crdb;allowlist;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A label for the entry')
            [CompletionResult]::new('--sql', '--sql', [CompletionResultType]::ParameterName, 'Allow SQL connections [default: true]')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Allow the DB Console (UI) [default: false]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;allowlist;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new label')
            [CompletionResult]::new('--sql', '--sql', [CompletionResultType]::ParameterName, 'Allow SQL connections')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Allow the DB Console (UI)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;allowlist;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;allowlist;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowlist entries of a cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow an IPv4 range to connect (SQL by default)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the label or access of an entry')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;allowlist;help;list' {
            break
        }
        'dbcloud;crdb;allowlist;help;add' {
            break
        }
        'dbcloud;crdb;allowlist;help;update' {
            break
        }
        'dbcloud;crdb;allowlist;help;delete' {
            break
        }
        'dbcloud;crdb;allowlist;help;help' {
            break
        }
        'dbcloud;cockroach;allowlist' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowlist entries of a cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow an IPv4 range to connect (SQL by default)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the label or access of an entry')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;allowlist;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;cockroach;allowlist;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A label for the entry')
            [CompletionResult]::new('--sql', '--sql', [CompletionResultType]::ParameterName, 'Allow SQL connections [default: true]')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Allow the DB Console (UI) [default: false]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;allowlist;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new label')
            [CompletionResult]::new('--sql', '--sql', [CompletionResultType]::ParameterName, 'Allow SQL connections')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Allow the DB Console (UI)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;allowlist;delete' {
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;allowlist;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowlist entries of a cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow an IPv4 range to connect (SQL by default)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the label or access of an entry')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;allowlist;help;list' {
            break
        }
        'dbcloud;cockroach;allowlist;help;add' {
            break
        }
        'dbcloud;cockroach;allowlist;help;update' {
            break
        }
        'dbcloud;cockroach;allowlist;help;delete' {
            break
        }
        'dbcloud;cockroach;allowlist;help;help' {
            break
        }
        'dbcloud;crdb;backup' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups of a cluster')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The backup schedule and retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;backup;list' {
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Only those created at or after this RFC 3339 time')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'Only those created before this RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;crdb;backup;config' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;backup;config;get' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;crdb;backup;config;update' {
            [CompletionResult]::new('--frequency-minutes', '--frequency-minutes', [CompletionResultType]::ParameterName, 'Minutes between backups: 5, 10, 15, 30, 60, 240 or 1440')
            [CompletionResult]::new('--retention-days', '--retention-days', [CompletionResultType]::ParameterName, 'Days a backup is kept: 2, 7, 30, 90 or 365')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;backup;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;backup;config;help;get' {
            break
        }
        'dbcloud;crdb;backup;config;help;update' {
            break
        }
        'dbcloud;crdb;backup;config;help;help' {
            break
        }
        'dbcloud;crdb;backup;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups of a cluster')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The backup schedule and retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;backup;help;list' {
            break
        }
        'dbcloud;crdb;backup;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            break
        }
        'dbcloud;crdb;backup;help;config;get' {
            break
        }
        'dbcloud;crdb;backup;help;config;update' {
            break
        }
        'dbcloud;crdb;backup;help;help' {
            break
        }
        'dbcloud;cockroach;backup' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups of a cluster')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The backup schedule and retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;backup;list' {
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Only those created at or after this RFC 3339 time')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'Only those created before this RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;cockroach;backup;config' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;backup;config;get' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;cockroach;backup;config;update' {
            [CompletionResult]::new('--frequency-minutes', '--frequency-minutes', [CompletionResultType]::ParameterName, 'Minutes between backups: 5, 10, 15, 30, 60, 240 or 1440')
            [CompletionResult]::new('--retention-days', '--retention-days', [CompletionResultType]::ParameterName, 'Days a backup is kept: 2, 7, 30, 90 or 365')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;backup;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;backup;config;help;get' {
            break
        }
        'dbcloud;cockroach;backup;config;help;update' {
            break
        }
        'dbcloud;cockroach;backup;config;help;help' {
            break
        }
        'dbcloud;cockroach;backup;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups of a cluster')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The backup schedule and retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;backup;help;list' {
            break
        }
        'dbcloud;cockroach;backup;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            break
        }
        'dbcloud;cockroach;backup;help;config;get' {
            break
        }
        'dbcloud;cockroach;backup;help;config;update' {
            break
        }
        'dbcloud;cockroach;backup;help;help' {
            break
        }
        'dbcloud;crdb;restore' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the restores of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Restore a backup into a cluster')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a restore')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;restore;list' {
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Only those created at or after this RFC 3339 time')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'Only those created before this RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;crdb;restore;create' {
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'ID of the backup to restore')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'What to restore, as a JSON object (the API''s `target`) [default: the whole cluster]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;crdb;restore;get' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;crdb;restore;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the restores of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Restore a backup into a cluster')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a restore')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;crdb;restore;help;list' {
            break
        }
        'dbcloud;crdb;restore;help;create' {
            break
        }
        'dbcloud;crdb;restore;help;get' {
            break
        }
        'dbcloud;crdb;restore;help;help' {
            break
        }
        'dbcloud;cockroach;restore' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the restores of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Restore a backup into a cluster')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a restore')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;restore;list' {
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Only those created at or after this RFC 3339 time')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'Only those created before this RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after this many items (default: all, every page)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;cockroach;restore;create' {
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'ID of the backup to restore')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'What to restore, as a JSON object (the API''s `target`) [default: the whole cluster]')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL (or COCKROACH_SERVER) [default: https://cockroachlabs.cloud]')
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
        'dbcloud;cockroach;restore;get' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Cluster ID or exact name [default: the profile''s cockroach.cluster]')
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
        'dbcloud;cockroach;restore;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the restores of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Restore a backup into a cluster')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a restore')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dbcloud;cockroach;restore;help;list' {
            break
        }
        'dbcloud;cockroach;restore;help;create' {
            break
        }
        'dbcloud;cockroach;restore;help;get' {
            break
        }
        'dbcloud;cockroach;restore;help;help' {
            break
        }
        'dbcloud;crdb;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization the API key belongs to')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, create, inspect, scale, delete, connect')
            [CompletionResult]::new('regions', 'regions', [CompletionResultType]::ParameterValue, 'Regions where clusters can be created')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Major CockroachDB versions clusters can run')
            [CompletionResult]::new('database', 'database', [CompletionResultType]::ParameterValue, 'Databases of a cluster')
            [CompletionResult]::new('sql-user', 'sql-user', [CompletionResultType]::ParameterValue, 'SQL users of a cluster')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'IP allowlist of a cluster')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a cluster and their configuration')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores of a cluster from its backups')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a serverless or dedicated cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Scale, upgrade or change the spend limit of a cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster and all its data')
            [CompletionResult]::new('connection-string', 'connection-string', [CompletionResultType]::ParameterValue, 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the nodes of a cluster')
            break
        }
        'dbcloud;crdb;help;cluster;list' {
            break
        }
        'dbcloud;crdb;help;cluster;get' {
            break
        }
        'dbcloud;crdb;help;cluster;create' {
            break
        }
        'dbcloud;crdb;help;cluster;update' {
            break
        }
        'dbcloud;crdb;help;cluster;delete' {
            break
        }
        'dbcloud;crdb;help;cluster;connection-string' {
            break
        }
        'dbcloud;crdb;help;cluster;nodes' {
            break
        }
        'dbcloud;crdb;help;regions' {
            break
        }
        'dbcloud;crdb;help;versions' {
            break
        }
        'dbcloud;crdb;help;database' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the databases of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a database')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a database')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a database and its tables')
            break
        }
        'dbcloud;crdb;help;database;list' {
            break
        }
        'dbcloud;crdb;help;database;create' {
            break
        }
        'dbcloud;crdb;help;database;rename' {
            break
        }
        'dbcloud;crdb;help;database;delete' {
            break
        }
        'dbcloud;crdb;help;sql-user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SQL users of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SQL user (the password is asked for twice, or read from stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a SQL user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a new password for a SQL user')
            break
        }
        'dbcloud;crdb;help;sql-user;list' {
            break
        }
        'dbcloud;crdb;help;sql-user;create' {
            break
        }
        'dbcloud;crdb;help;sql-user;delete' {
            break
        }
        'dbcloud;crdb;help;sql-user;set-password' {
            break
        }
        'dbcloud;crdb;help;allowlist' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowlist entries of a cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow an IPv4 range to connect (SQL by default)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the label or access of an entry')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an entry')
            break
        }
        'dbcloud;crdb;help;allowlist;list' {
            break
        }
        'dbcloud;crdb;help;allowlist;add' {
            break
        }
        'dbcloud;crdb;help;allowlist;update' {
            break
        }
        'dbcloud;crdb;help;allowlist;delete' {
            break
        }
        'dbcloud;crdb;help;backup' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups of a cluster')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The backup schedule and retention')
            break
        }
        'dbcloud;crdb;help;backup;list' {
            break
        }
        'dbcloud;crdb;help;backup;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            break
        }
        'dbcloud;crdb;help;backup;config;get' {
            break
        }
        'dbcloud;crdb;help;backup;config;update' {
            break
        }
        'dbcloud;crdb;help;restore' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the restores of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Restore a backup into a cluster')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a restore')
            break
        }
        'dbcloud;crdb;help;restore;list' {
            break
        }
        'dbcloud;crdb;help;restore;create' {
            break
        }
        'dbcloud;crdb;help;restore;get' {
            break
        }
        'dbcloud;crdb;help;help' {
            break
        }
        'dbcloud;cockroach;help' {
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'The organization the API key belongs to')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, create, inspect, scale, delete, connect')
            [CompletionResult]::new('regions', 'regions', [CompletionResultType]::ParameterValue, 'Regions where clusters can be created')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Major CockroachDB versions clusters can run')
            [CompletionResult]::new('database', 'database', [CompletionResultType]::ParameterValue, 'Databases of a cluster')
            [CompletionResult]::new('sql-user', 'sql-user', [CompletionResultType]::ParameterValue, 'SQL users of a cluster')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'IP allowlist of a cluster')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a cluster and their configuration')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores of a cluster from its backups')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a serverless or dedicated cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Scale, upgrade or change the spend limit of a cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster and all its data')
            [CompletionResult]::new('connection-string', 'connection-string', [CompletionResultType]::ParameterValue, 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the nodes of a cluster')
            break
        }
        'dbcloud;cockroach;help;cluster;list' {
            break
        }
        'dbcloud;cockroach;help;cluster;get' {
            break
        }
        'dbcloud;cockroach;help;cluster;create' {
            break
        }
        'dbcloud;cockroach;help;cluster;update' {
            break
        }
        'dbcloud;cockroach;help;cluster;delete' {
            break
        }
        'dbcloud;cockroach;help;cluster;connection-string' {
            break
        }
        'dbcloud;cockroach;help;cluster;nodes' {
            break
        }
        'dbcloud;cockroach;help;regions' {
            break
        }
        'dbcloud;cockroach;help;versions' {
            break
        }
        'dbcloud;cockroach;help;database' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the databases of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a database')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a database')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a database and its tables')
            break
        }
        'dbcloud;cockroach;help;database;list' {
            break
        }
        'dbcloud;cockroach;help;database;create' {
            break
        }
        'dbcloud;cockroach;help;database;rename' {
            break
        }
        'dbcloud;cockroach;help;database;delete' {
            break
        }
        'dbcloud;cockroach;help;sql-user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SQL users of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SQL user (the password is asked for twice, or read from stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a SQL user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a new password for a SQL user')
            break
        }
        'dbcloud;cockroach;help;sql-user;list' {
            break
        }
        'dbcloud;cockroach;help;sql-user;create' {
            break
        }
        'dbcloud;cockroach;help;sql-user;delete' {
            break
        }
        'dbcloud;cockroach;help;sql-user;set-password' {
            break
        }
        'dbcloud;cockroach;help;allowlist' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowlist entries of a cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow an IPv4 range to connect (SQL by default)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the label or access of an entry')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an entry')
            break
        }
        'dbcloud;cockroach;help;allowlist;list' {
            break
        }
        'dbcloud;cockroach;help;allowlist;add' {
            break
        }
        'dbcloud;cockroach;help;allowlist;update' {
            break
        }
        'dbcloud;cockroach;help;allowlist;delete' {
            break
        }
        'dbcloud;cockroach;help;backup' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups of a cluster')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The backup schedule and retention')
            break
        }
        'dbcloud;cockroach;help;backup;list' {
            break
        }
        'dbcloud;cockroach;help;backup;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            break
        }
        'dbcloud;cockroach;help;backup;config;get' {
            break
        }
        'dbcloud;cockroach;help;backup;config;update' {
            break
        }
        'dbcloud;cockroach;help;restore' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the restores of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Restore a backup into a cluster')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a restore')
            break
        }
        'dbcloud;cockroach;help;restore;list' {
            break
        }
        'dbcloud;cockroach;help;restore;create' {
            break
        }
        'dbcloud;cockroach;help;restore;get' {
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
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters: list, create, inspect, scale, delete, connect')
            [CompletionResult]::new('regions', 'regions', [CompletionResultType]::ParameterValue, 'Regions where clusters can be created')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'Major CockroachDB versions clusters can run')
            [CompletionResult]::new('database', 'database', [CompletionResultType]::ParameterValue, 'Databases of a cluster')
            [CompletionResult]::new('sql-user', 'sql-user', [CompletionResultType]::ParameterValue, 'SQL users of a cluster')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'IP allowlist of a cluster')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Backups of a cluster and their configuration')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restores of a cluster from its backups')
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a serverless or dedicated cluster')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Scale, upgrade or change the spend limit of a cluster')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a cluster and all its data')
            [CompletionResult]::new('connection-string', 'connection-string', [CompletionResultType]::ParameterValue, 'Print the connection string (alone, ready for psql or `cockroach sql`; the API''s object with -o json)')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'List the nodes of a cluster')
            break
        }
        'dbcloud;help;crdb;cluster;list' {
            break
        }
        'dbcloud;help;crdb;cluster;get' {
            break
        }
        'dbcloud;help;crdb;cluster;create' {
            break
        }
        'dbcloud;help;crdb;cluster;update' {
            break
        }
        'dbcloud;help;crdb;cluster;delete' {
            break
        }
        'dbcloud;help;crdb;cluster;connection-string' {
            break
        }
        'dbcloud;help;crdb;cluster;nodes' {
            break
        }
        'dbcloud;help;crdb;regions' {
            break
        }
        'dbcloud;help;crdb;versions' {
            break
        }
        'dbcloud;help;crdb;database' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the databases of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a database')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a database')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a database and its tables')
            break
        }
        'dbcloud;help;crdb;database;list' {
            break
        }
        'dbcloud;help;crdb;database;create' {
            break
        }
        'dbcloud;help;crdb;database;rename' {
            break
        }
        'dbcloud;help;crdb;database;delete' {
            break
        }
        'dbcloud;help;crdb;sql-user' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SQL users of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SQL user (the password is asked for twice, or read from stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a SQL user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a new password for a SQL user')
            break
        }
        'dbcloud;help;crdb;sql-user;list' {
            break
        }
        'dbcloud;help;crdb;sql-user;create' {
            break
        }
        'dbcloud;help;crdb;sql-user;delete' {
            break
        }
        'dbcloud;help;crdb;sql-user;set-password' {
            break
        }
        'dbcloud;help;crdb;allowlist' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the allowlist entries of a cluster')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow an IPv4 range to connect (SQL by default)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the label or access of an entry')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove an entry')
            break
        }
        'dbcloud;help;crdb;allowlist;list' {
            break
        }
        'dbcloud;help;crdb;allowlist;add' {
            break
        }
        'dbcloud;help;crdb;allowlist;update' {
            break
        }
        'dbcloud;help;crdb;allowlist;delete' {
            break
        }
        'dbcloud;help;crdb;backup' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups of a cluster')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The backup schedule and retention')
            break
        }
        'dbcloud;help;crdb;backup;list' {
            break
        }
        'dbcloud;help;crdb;backup;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show how often backups are taken and how long they are kept')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change how often backups are taken or how long they are kept')
            break
        }
        'dbcloud;help;crdb;backup;config;get' {
            break
        }
        'dbcloud;help;crdb;backup;config;update' {
            break
        }
        'dbcloud;help;crdb;restore' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the restores of a cluster')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Restore a backup into a cluster')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a restore')
            break
        }
        'dbcloud;help;crdb;restore;list' {
            break
        }
        'dbcloud;help;crdb;restore;create' {
            break
        }
        'dbcloud;help;crdb;restore;get' {
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
