//! Shared test harness: the real binary in a temporary home and config, with no credentials leaking in from
//! the machine that runs the tests.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;

pub const CH_KEY_ID: &str = "test-key-id";
pub const CH_KEY_SECRET: &str = "test-key-secret-0123456789";
pub const CRDB_API_KEY: &str = "CCDB1_test-api-key-abcdefghij";
pub const ORG_ID: &str = "6f0c8a1e-3f5e-4a8e-9a31-0c2b1d2e3f40";

/// Variables a developer's shell may hold that would change what the binary does.
const SCRUBBED: &[&str] = &[
    "CLICKHOUSE_CLOUD_API_KEY",
    "CLICKHOUSE_CLOUD_API_SECRET",
    "CLICKHOUSE_ORG_ID",
    "CLICKHOUSE_API_URL",
    "COCKROACH_API_KEY",
    "COCKROACH_SERVER",
    "DBCLOUD_PROFILE",
    "DBCLOUD_OUTPUT",
    "DBCLOUD_NO_INPUT",
    "DBCLOUD_DEBUG",
    "DBCLOUD_TIMEOUT",
    "DBCLOUD_CONFIG",
    "DBCLOUD_EMULATOR_STATE",
    "NO_COLOR",
];

pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("config").join("config.toml")
    }

    /// The binary with a private home, config and data directory, and no credentials.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as a plain std command, for tests that drive the process's pipes themselves.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dbcloud"));
        for name in SCRUBBED {
            cmd.env_remove(name);
        }
        let home = self.dir.path();
        cmd.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("xdg-config"))
            .env("XDG_DATA_HOME", home.join("xdg-data"))
            .env("DBCLOUD_CONFIG", self.config_path())
            .env("DBCLOUD_POLL_INTERVAL", "100ms")
            // Help text wraps at the terminal width; tests have no terminal, so fix it.
            .env("COLUMNS", "100")
            .env("CI", "true");
        cmd
    }

    /// With ClickHouse credentials and API URL in the environment.
    pub fn clickhouse(&self, url: &str) -> Command {
        let mut cmd = self.cmd();
        cmd.env("CLICKHOUSE_API_URL", url)
            .env("CLICKHOUSE_CLOUD_API_KEY", CH_KEY_ID)
            .env("CLICKHOUSE_CLOUD_API_SECRET", CH_KEY_SECRET)
            .env("CLICKHOUSE_ORG_ID", ORG_ID);
        cmd
    }

    /// With CockroachDB credentials and API URL in the environment.
    pub fn cockroach(&self, url: &str) -> Command {
        let mut cmd = self.cmd();
        cmd.env("COCKROACH_SERVER", url)
            .env("COCKROACH_API_KEY", CRDB_API_KEY);
        cmd
    }

    pub fn write_config(&self, text: &str) {
        let path = self.config_path();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
    }
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A running emulator (fast transitions, no rate limits) plus a private home, for end-to-end tests.
pub struct Emu {
    pub env: TestEnv,
    pub server: dbcloud_emulator::BackgroundEmulator,
}

impl Emu {
    pub fn start() -> Emu {
        Emu::with(dbcloud_emulator::Config {
            transition: std::time::Duration::from_millis(300),
            rate_limits: false,
            quiet: true,
            ..dbcloud_emulator::Config::default()
        })
    }

    /// An emulator with this configuration. Every test emulator checks its own answers against the current
    /// spec (a mismatch is a 500 that fails the test) and refuses fields the spec does not define, so every
    /// command a test runs is also a contract check of the requests dbcloud sends and the answers it reads.
    pub fn with(mut config: dbcloud_emulator::Config) -> Emu {
        config.check_answers = true;
        Emu {
            env: TestEnv::new(),
            server: dbcloud_emulator::spawn(config).expect("the emulator starts"),
        }
    }

    /// Asserts that every request dbcloud sent, and every answer the emulator gave, so far matched the current
    /// spec: the contract test every integration test is.
    pub fn assert_contract(&self) {
        let violations = self.server.contract_violations();
        assert!(
            violations.is_empty(),
            "the emulator answered outside the spec:\n{}",
            violations.join("\n")
        );
    }

    /// The binary pointed at the emulator for both providers, with its credentials in the environment.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as a plain std command (for a pty, or a test that drives the pipes itself).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = self.env.std_cmd();
        cmd.env("CLICKHOUSE_API_URL", self.server.url())
            .env(
                "CLICKHOUSE_CLOUD_API_KEY",
                dbcloud_emulator::DEFAULT_CLICKHOUSE_KEY_ID,
            )
            .env(
                "CLICKHOUSE_CLOUD_API_SECRET",
                dbcloud_emulator::DEFAULT_CLICKHOUSE_KEY_SECRET,
            )
            .env("COCKROACH_SERVER", self.server.url())
            .env(
                "COCKROACH_API_KEY",
                dbcloud_emulator::DEFAULT_COCKROACH_API_KEY,
            );
        cmd
    }

    /// Runs dbcloud with these arguments.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        self.cmd().args(args).output().expect("dbcloud runs")
    }

    /// Runs dbcloud with these arguments and `stdin`.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> std::process::Output {
        self.cmd()
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("dbcloud runs")
    }

    /// Runs with `--json`, asserts success, and parses stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self
            .cmd()
            .args(args)
            .arg("--json")
            .output()
            .expect("dbcloud runs");
        assert!(
            out.status.success(),
            "dbcloud {args:?} failed ({:?}): {}",
            out.status.code(),
            stderr_of(&out)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "dbcloud {args:?}: stdout is not JSON ({e}): {}",
                stdout_of(&out)
            )
        })
    }

    /// The requests the emulator saw whose path starts with `prefix` (method, path).
    pub fn requests(&self, prefix: &str) -> Vec<dbcloud_emulator::LoggedRequest> {
        self.server
            .requests()
            .into_iter()
            .filter(|r| r.path.starts_with(prefix))
            .collect()
    }
}

/// Every test's emulator checks, when the test ends, that all requests and answers matched the current spec,
/// even in a test that expected a failure (a 400 or 500 from the checks would otherwise pass as "an error").
impl Drop for Emu {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            self.assert_contract();
        }
    }
}

/// Asserts an exit code, showing stderr when it differs.
pub fn assert_code(out: &std::process::Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "expected exit {code}; stdout: {}\nstderr: {}",
        stdout_of(out),
        stderr_of(out)
    );
}

/// Runs a prepared dbcloud command in a pseudo-terminal (util-linux `script`), `cols` columns wide (`None`: a
/// pty that reports no size, 0×0), and returns what it printed (line ends as `\n`).
pub fn in_pty(cmd: &std::process::Command, cols: Option<u16>) -> String {
    let std = cmd.get_program();
    let quote = |s: &std::ffi::OsStr| format!("'{}'", s.to_string_lossy().replace('\'', "'\\''"));
    let mut line = quote(std);
    for a in cmd.get_args() {
        line.push(' ');
        line.push_str(&quote(a));
    }
    let size = match cols {
        Some(c) => format!("stty cols {c} rows 40; "),
        None => "stty cols 0 rows 0; ".to_string(),
    };
    let mut script = std::process::Command::new("script");
    script
        .args(["-qec", &format!("{size}exec {line}"), "/dev/null"])
        .env_remove("COLUMNS")
        .stdin(std::process::Stdio::null());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => script.env(k, v),
            None => script.env_remove(k),
        };
    }
    script.env_remove("COLUMNS");
    let out = script.output().expect("script runs");
    strip_ansi(&String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"))
}

/// Text without its ANSI colour sequences (`ESC [ ... m`).
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
