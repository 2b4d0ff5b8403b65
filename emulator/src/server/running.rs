//! Running the server: in the caller's runtime (`start`, an [`Emulator`]) or on a thread of its own
//! (`spawn`, a [`BackgroundEmulator`], for tests and the embedded `--emulator`), and what both offer.

use super::*;

// ---------------------------------------------------------------------------------------------
// Running it
// ---------------------------------------------------------------------------------------------

#[derive(Clone)]
struct Handle {
    shared: Arc<Shared>,
    addr: SocketAddr,
}

impl Handle {
    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
    fn requests(&self) -> Vec<LoggedRequest> {
        lock(&self.shared.log).iter().cloned().collect()
    }
    fn clear_requests(&self) {
        lock(&self.shared.log).clear();
    }
    fn set_faults(&self, f: Faults) {
        *lock(&self.shared.faults) = f;
    }
    fn reset(&self) {
        if let Err(e) = self.shared.reset()
            && !self.shared.config.quiet
        {
            eprintln!("dbcloud emulator: {}", e.message);
        }
    }
}

/// An emulator running inside the caller's tokio runtime; it stops when dropped.
pub struct Emulator {
    handle: Handle,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

/// Starts an emulator on `addr` (port 0 picks a free port) inside the current tokio runtime.
pub async fn start(addr: SocketAddr, config: Config) -> std::io::Result<Emulator> {
    start_with(addr, config, false).await
}

pub(crate) async fn start_with(
    addr: SocketAddr,
    config: Config,
    print_requests: bool,
) -> std::io::Result<Emulator> {
    if let Err(e) = check_faults(&config.faults) {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, e));
    }
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let quiet = config.quiet;
    let shared = Arc::new(Shared::new(config, addr, print_requests && !quiet)?);
    let app = axum::Router::new().fallback(handle).with_state(AppState {
        shared: shared.clone(),
        addr,
    });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let listener = KillableListener { inner: listener };
    let task = tokio::spawn(async move {
        let server = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<ConnInfo>(),
        )
        .with_graceful_shutdown(async move {
            let _ = stopped.await;
        });
        if let Err(e) = server.await
            && !quiet
        {
            eprintln!("dbcloud emulator: server error: {e}");
        }
    });
    Ok(Emulator {
        handle: Handle { shared, addr },
        stop: Some(stop),
        task: Some(task),
    })
}

macro_rules! accessors {
    ($t:ty) => {
        impl $t {
            /// The address the emulator listens on.
            pub fn addr(&self) -> SocketAddr {
                self.handle.addr
            }
            /// `http://127.0.0.1:PORT`: the base URL of both APIs.
            pub fn url(&self) -> String {
                self.handle.url()
            }
            /// The ClickHouse organization of the seeded state.
            pub fn clickhouse_org_id(&self) -> String {
                self.handle.shared.clickhouse_org_id()
            }
            /// The CockroachDB organization of the seeded state.
            pub fn cockroach_org_id(&self) -> String {
                lock(&self.handle.shared.state).meta_str("cockroach_org_id")
            }
            /// The API requests received so far (oldest first).
            pub fn requests(&self) -> Vec<LoggedRequest> {
                self.handle.requests()
            }
            pub fn clear_requests(&self) {
                self.handle.clear_requests()
            }
            /// The whole state as JSON (as `GET /_emulator/state` shows it).
            pub fn state(&self) -> Value {
                self.handle.shared.state_view()
            }
            /// Replaces the injected faults.
            pub fn set_faults(&self, f: Faults) {
                self.handle.set_faults(f)
            }
            /// Puts the state back to the seed.
            pub fn reset(&self) {
                self.handle.reset()
            }
            /// The requests and answers that did not match the spec so far (with `Config::check_answers`),
            /// whatever the client made of the 400 or 500 they became: a test that expects a failure still
            /// sees them here.
            pub fn contract_violations(&self) -> Vec<String> {
                lock(&self.handle.shared.violations).clone()
            }
            /// The same, forgotten once read.
            pub fn take_contract_violations(&self) -> Vec<String> {
                std::mem::take(&mut *lock(&self.handle.shared.violations))
            }
        }
    };
}

accessors!(Emulator);
accessors!(BackgroundEmulator);

impl Emulator {
    /// Stops accepting requests and waits for the ones in flight.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// An emulator on its own thread with its own runtime (for synchronous tests); stops when dropped.
pub struct BackgroundEmulator {
    handle: Handle,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Runs an emulator on 127.0.0.1 (a free port) on a thread of its own.
pub fn spawn(config: Config) -> std::io::Result<BackgroundEmulator> {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<std::io::Result<Handle>>();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("dbcloud-emulator".into())
        .spawn(move || {
            let rt = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            rt.block_on(async move {
                match start(SocketAddr::from(([127, 0, 0, 1], 0)), config).await {
                    Ok(emu) => {
                        let _ = ready_tx.send(Ok(emu.handle.clone()));
                        let _ = stopped.await;
                        emu.shutdown().await;
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                    }
                }
            });
        })?;
    let handle = ready_rx
        .recv()
        .map_err(|_| std::io::Error::other("the emulator thread ended before starting"))??;
    Ok(BackgroundEmulator {
        handle,
        stop: Some(stop),
        thread: Some(thread),
    })
}

impl Drop for BackgroundEmulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
