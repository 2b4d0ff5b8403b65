//! `dbcloud emulator serve|reset` and the embedded emulator behind the global `--emulator` flag.

use clap::Subcommand;

use crate::config::EmulatorTarget;
use crate::error::{Error, Result};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve both APIs on one local port until Ctrl-C
    #[command(after_help = "\
Examples:
  dbcloud emulator serve --addr 127.0.0.1:8787
  dbcloud emulator serve --state emu.json --transition-ms 500 --rate-limits off

It prints the environment lines that point dbcloud (and other tools) at it.")]
    Serve(Box<dbcloud_emulator::ServeArgs>),
    /// Forget the state of the embedded emulator used by --emulator
    #[command(after_help = "Example:\n  dbcloud emulator reset")]
    Reset,
}

pub async fn run(args: Args, quiet: bool) -> Result<()> {
    match args.command {
        Command::Serve(mut serve) => {
            serve.quiet = quiet;
            dbcloud_emulator::serve(*serve)
                .await
                .map_err(|e| Error::io("the emulator stopped", e))
        }
        Command::Reset => {
            let path = state_file()?;
            match std::fs::remove_file(&path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(Error::io(format!("cannot remove {}", path.display()), e)),
            }
        }
    }
}

/// The embedded emulator's state lives in the user's data directory, so `--emulator` commands see what the
/// previous ones created.
fn state_file() -> Result<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("DBCLOUD_EMULATOR_STATE") {
        return Ok(path.into());
    }
    directories::ProjectDirs::from("", "", "dbcloud")
        .map(|d| d.data_dir().join("emulator-state.json"))
        .ok_or_else(|| {
            Error::Failed("cannot find a data directory for the emulator's state".into())
        })
}

/// The embedded emulator and the lock that makes concurrent `--emulator` commands take turns.
pub struct Embedded {
    _emulator: dbcloud_emulator::Emulator,
    _lock: std::fs::File,
}

/// Starts an emulator inside this process on a free loopback port; it lives as long as the returned handle.
/// Each process holds the state in memory and writes it back after every change, so two processes at once
/// would lose each other's changes: a lock next to the state file makes them take turns instead. `quiet` (`-q`)
/// keeps the wait silent.
pub async fn embedded(quiet: bool) -> Result<(Embedded, EmulatorTarget)> {
    let path = state_file()?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
    }
    let lock_path = path.with_extension("lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| Error::io(format!("cannot open {}", lock_path.display()), e))?;
    if lock.try_lock().is_err() {
        if !quiet {
            crate::output::notice("Waiting for another `dbcloud --emulator` command to finish...");
        }
        lock.lock()
            .map_err(|e| Error::io(format!("cannot lock {}", lock_path.display()), e))?;
    }
    // A new state starts with a few databases, so a newcomer's first `list` shows what dbcloud looks like.
    let config = dbcloud_emulator::Config {
        state_file: Some(path),
        seed_services: 2,
        seed_clusters: 2,
        quiet: true,
        ..dbcloud_emulator::Config::default()
    };
    let target = EmulatorTarget {
        url: String::new(),
        clickhouse_key_id: config.clickhouse_key_id.clone(),
        clickhouse_key_secret: config.clickhouse_key_secret.clone(),
        cockroach_api_key: config.cockroach_api_key.clone(),
    };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let emulator = dbcloud_emulator::start(addr, config)
        .await
        .map_err(|e| Error::io("cannot start the embedded emulator", e))?;
    let target = EmulatorTarget {
        url: emulator.url(),
        ..target
    };
    Ok((
        Embedded {
            _emulator: emulator,
            _lock: lock,
        },
        target,
    ))
}
