//! The server's command-line flags (shared by `dbcloud-emulator` and `dbcloud emulator serve`) and
//! `serve`, which runs the emulator until Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::{
    Config, DEFAULT_ADDR, DEFAULT_CLICKHOUSE_KEY_ID, DEFAULT_CLICKHOUSE_KEY_SECRET,
    DEFAULT_COCKROACH_API_KEY, DEFAULT_TRANSITION_MS, Faults,
};

/// The emulator server's flags. `dbcloud emulator serve` flattens them into its own command.
#[derive(clap::Args, Clone, Debug)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port
    #[arg(long, value_name = "HOST:PORT", default_value = DEFAULT_ADDR)]
    pub addr: SocketAddr,

    /// Keep the state in this JSON file: loaded at start (seeded when missing), written atomically after every change
    #[arg(long = "state", value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// How long each state transition takes (provisioning, stopping, a locked cluster, a restore...)
    #[arg(long, value_name = "MS", default_value_t = DEFAULT_TRANSITION_MS)]
    pub transition_ms: u64,

    /// Enforce the real rate limits (ClickHouse 10 requests per 10 s, CockroachDB 10 per s, per key)
    #[arg(long, value_name = "on|off", default_value = "on", value_parser = parse_on_off, action = clap::ArgAction::Set)]
    pub rate_limits: bool,

    /// Running ClickHouse services to seed a new state with (seed-service-0001, ...)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed_services: usize,

    /// CREATED CockroachDB clusters to seed a new state with (seed-cluster-0001, ...)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed_clusters: usize,

    /// Fault: delay every API answer by this long
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,

    /// Fault: answer this share of API requests (0 to 1) with an error status from --fail-status
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = parse_rate)]
    pub fail_rate: f64,

    /// Fault: the statuses --fail-rate picks from (429 and 503 carry Retry-After: 1)
    #[arg(
        long,
        value_name = "S,S",
        value_delimiter = ',',
        default_value = "500,503"
    )]
    pub fail_status: Vec<u16>,

    /// Fault: close the connection without an answer for this share of API requests
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = parse_rate)]
    pub reset_rate: f64,

    /// Fault: answer 200 with a truncated JSON body for this share of API requests
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = parse_rate)]
    pub truncate_rate: f64,

    /// Fault: answer 200 or 502 with an HTML page (like a proxy) for this share of API requests
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = parse_rate)]
    pub html_rate: f64,

    /// Fault: act on this share of API requests, then close the connection without an answer (the answer is lost)
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = parse_rate)]
    pub lost_answer_rate: f64,

    /// Fault: act on this share of API requests, then answer 504 from a proxy (the work was done)
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = parse_rate)]
    pub gateway_timeout_rate: f64,

    /// Fault: the next N state transitions end in their failed state (a service `failed`, a cluster CREATION_FAILED, an update *_FAILED, a restore FAILED, an export ENABLE_FAILED...)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub failed_transitions: u64,

    /// ClickHouse API key ID to accept (HTTP Basic user)
    #[arg(long, value_name = "ID", default_value = DEFAULT_CLICKHOUSE_KEY_ID)]
    pub clickhouse_key_id: String,

    /// ClickHouse API key secret to accept (HTTP Basic password)
    #[arg(long, value_name = "SECRET", default_value = DEFAULT_CLICKHOUSE_KEY_SECRET)]
    pub clickhouse_key_secret: String,

    /// CockroachDB API key to accept (Authorization: Bearer)
    #[arg(long, value_name = "KEY", default_value = DEFAULT_COCKROACH_API_KEY)]
    pub cockroach_api_key: String,

    /// Print one line per API request on stderr
    #[arg(long)]
    pub log_requests: bool,

    /// Accept request body fields the spec does not define (by default each is a 400 naming the field)
    #[arg(long)]
    pub lenient: bool,

    /// Check every answer against the spec's answer schema (a mismatch is a 500 naming it); for testing the emulator
    #[arg(long)]
    pub check_answers: bool,

    /// Print the `export` lines for --addr and exit without serving: `eval "$(... --print-env)"` in a CI step,
    /// then start the server in the background (needs a fixed port)
    #[arg(long)]
    pub print_env: bool,

    /// Print nothing at all (set by the embedding command, e.g. from its own --quiet)
    #[arg(skip)]
    pub quiet: bool,
}

fn parse_on_off(s: &str) -> Result<bool, String> {
    match s.to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Ok(true),
        "off" | "false" | "no" | "0" => Ok(false),
        _ => Err(format!("expected on or off, not {s:?}")),
    }
}

fn parse_rate(s: &str) -> Result<f64, String> {
    let f: f64 = s
        .parse()
        .map_err(|_| format!("expected a number between 0 and 1, not {s:?}"))?;
    if (0.0..=1.0).contains(&f) {
        Ok(f)
    } else {
        Err(format!("expected a number between 0 and 1, not {s}"))
    }
}

impl ServeArgs {
    /// The emulator configuration these flags describe.
    pub fn config(&self) -> Config {
        Config {
            transition: Duration::from_millis(self.transition_ms),
            rate_limits: self.rate_limits,
            clickhouse_key_id: self.clickhouse_key_id.clone(),
            clickhouse_key_secret: self.clickhouse_key_secret.clone(),
            cockroach_api_key: self.cockroach_api_key.clone(),
            state_file: self.state.clone(),
            seed_services: self.seed_services,
            seed_clusters: self.seed_clusters,
            faults: Faults {
                latency_ms: self.latency_ms,
                fail_rate: self.fail_rate,
                fail_statuses: self.fail_status.clone(),
                reset_rate: self.reset_rate,
                truncate_rate: self.truncate_rate,
                html_rate: self.html_rate,
                lost_answer_rate: self.lost_answer_rate,
                gateway_timeout_rate: self.gateway_timeout_rate,
                only_path_prefix: None,
                only_method: None,
                count: None,
                failed_transitions: self.failed_transitions,
            },
            quiet: self.quiet,
            lenient: self.lenient,
            check_answers: self.check_answers,
        }
    }
}

/// The lines `serve` prints on stdout once it listens: where it is, and the environment that points
/// dbcloud at it. The variables are dbcloud's; other clients read their own (the comment line says so), and
/// `eval "$(dbcloud emulator serve ...)"`-style use still works because it is a shell comment.
pub fn banner(url: &str, config: &Config, clickhouse_org_id: &str) -> String {
    format!(
        "# dbcloud emulator listening on {url}\n\
         # the variables dbcloud reads; other clients have their own (the official ClickHouse CLI takes --url {url})\n\
         export CLICKHOUSE_API_URL={url}\n\
         export CLICKHOUSE_CLOUD_API_KEY={}\n\
         export CLICKHOUSE_CLOUD_API_SECRET={}\n\
         export CLICKHOUSE_ORG_ID={clickhouse_org_id}\n\
         export COCKROACH_SERVER={url}\n\
         export COCKROACH_API_KEY={}\n",
        config.clickhouse_key_id, config.clickhouse_key_secret, config.cockroach_api_key
    )
}

/// Runs the emulator until Ctrl-C (or SIGTERM), printing the banner first. Every line of the banner is a
/// shell comment or an `export`, so it can be `eval`ed; `--print-env` prints it for `--addr` and exits.
pub async fn serve(args: ServeArgs) -> std::io::Result<()> {
    let config = args.config();
    if args.print_env {
        if args.addr.port() == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "--print-env needs a fixed port in --addr (port 0 is only known once the server listens)",
            ));
        }
        let url = format!("http://{}", args.addr);
        let org = crate::server::fresh_state(&config).meta_str("clickhouse_org_id");
        let text = banner(&url, &config, &org).replacen(
            "# dbcloud emulator listening on",
            "# dbcloud emulator (once started with the same --addr) at",
            1,
        );
        print!("{text}");
        return Ok(());
    }
    let emu = crate::server::start_with(args.addr, config.clone(), args.log_requests).await?;
    if !config.quiet {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        write!(
            out,
            "{}",
            banner(&emu.url(), &config, &emu.clickhouse_org_id())
        )?;
        out.flush()?;
        eprintln!(
            "# transitions take {} ms; rate limits {}; state {}; control API at {}/_emulator/ (faults, requests, reset, state, config); Ctrl-C stops",
            config.transition.as_millis(),
            if config.rate_limits { "on" } else { "off" },
            config
                .state_file
                .as_ref()
                .map(|p| format!("in {}", p.display()))
                .unwrap_or_else(|| "in memory".into()),
            emu.url()
        );
        if config.faults.failed_transitions > 0 {
            eprintln!(
                "# fault: the next {} state transitions end in their failed state",
                config.faults.failed_transitions
            );
        }
    }
    shutdown_signal().await;
    if !config.quiet {
        eprintln!("# dbcloud emulator stopping");
    }
    emu.shutdown().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cmd {
        #[command(flatten)]
        serve: ServeArgs,
    }

    #[test]
    fn flags_map_to_the_config() {
        let cmd = Cmd::parse_from([
            "x",
            "--addr",
            "127.0.0.1:0",
            "--transition-ms",
            "200",
            "--rate-limits",
            "off",
            "--fail-rate",
            "0.5",
            "--fail-status",
            "429,503",
            "--seed-clusters",
            "3",
            "--failed-transitions",
            "2",
            "--lost-answer-rate",
            "0.1",
            "--gateway-timeout-rate",
            "0.25",
        ]);
        let c = cmd.serve.config();
        assert_eq!(c.transition, Duration::from_millis(200));
        assert!(!c.rate_limits);
        assert_eq!(c.faults.fail_statuses, vec![429, 503]);
        assert_eq!(c.faults.fail_rate, 0.5);
        assert_eq!(c.seed_clusters, 3);
        assert_eq!(c.faults.failed_transitions, 2);
        assert_eq!(c.faults.lost_answer_rate, 0.1);
        assert_eq!(c.faults.gateway_timeout_rate, 0.25);
        assert!(Cmd::try_parse_from(["x", "--lost-answer-rate", "1.5"]).is_err());
        assert_eq!(
            c.faults.count, None,
            "the HTTP faults' count is not set by it"
        );
        assert_eq!(c.clickhouse_key_id, DEFAULT_CLICKHOUSE_KEY_ID);
        assert!(Cmd::try_parse_from(["x", "--fail-rate", "2"]).is_err());
        assert!(Cmd::try_parse_from(["x", "--rate-limits", "maybe"]).is_err());
        let d = Cmd::parse_from(["x"]).serve.config();
        assert!(d.rate_limits);
        assert_eq!(d.faults.failed_transitions, 0);
        assert_eq!(d.transition, Duration::from_millis(DEFAULT_TRANSITION_MS));
    }
}
