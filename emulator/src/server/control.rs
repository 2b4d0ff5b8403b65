//! The control API (`/_emulator/...`): faults, the request log, reset, state and configuration.

use super::*;

/// The control API: no authentication, no faults, not logged.
pub(super) fn control(app: &AppState, method: &str, path: &str, body: &[u8]) -> Answer {
    let shared = &app.shared;
    let path = path.trim_end_matches('/');
    let known = [
        "/_emulator",
        "/_emulator/health",
        "/_emulator/faults",
        "/_emulator/requests",
        "/_emulator/reset",
        "/_emulator/state",
        "/_emulator/config",
    ];
    match (method, path) {
        ("GET", "/_emulator") | ("GET", "/_emulator/health") => {
            Answer::json(200, json!({"ok": true, "routes": known[2..]}))
        }
        ("GET", "/_emulator/faults") => Answer::json(200, json!(*lock(&shared.faults))),
        ("PUT", "/_emulator/faults") | ("POST", "/_emulator/faults") => {
            let faults: Faults = if body.iter().all(u8::is_ascii_whitespace) {
                Faults::default()
            } else {
                match serde_json::from_slice(body) {
                    Ok(f) => f,
                    Err(e) => {
                        return Answer::json(400, json!({"error": format!("invalid faults: {e}")}));
                    }
                }
            };
            if let Err(e) = check_faults(&faults) {
                return Answer::json(400, json!({"error": e}));
            }
            *lock(&shared.faults) = faults.clone();
            Answer::json(200, json!(faults))
        }
        ("DELETE", "/_emulator/faults") => {
            *lock(&shared.faults) = Faults::default();
            Answer::json(200, json!(Faults::default()))
        }
        ("GET", "/_emulator/requests") => {
            Answer::json(200, json!(lock(&shared.log).iter().collect::<Vec<_>>()))
        }
        ("DELETE", "/_emulator/requests") => {
            let mut log = lock(&shared.log);
            let n = log.len();
            log.clear();
            Answer::json(200, json!({"cleared": n}))
        }
        ("POST", "/_emulator/reset") => match shared.reset() {
            Ok(()) => Answer::json(200, json!({"reset": true})),
            Err(e) => Answer::json(500, json!({"error": e.message})),
        },
        ("GET", "/_emulator/state") => Answer::json(200, shared.state_view()),
        ("GET", "/_emulator/config") => Answer::json(200, shared.config_view(app.addr)),
        (_, p) if known.contains(&p) => Answer::json(
            405,
            json!({"error": format!("{method} is not allowed on {p}")}),
        ),
        _ => Answer::json(
            404,
            json!({"error": format!("no control route {path}; routes: {}", known[2..].join(", "))}),
        ),
    }
}

pub(crate) fn check_faults(f: &Faults) -> Result<(), String> {
    for (name, rate) in [
        ("fail_rate", f.fail_rate),
        ("reset_rate", f.reset_rate),
        ("truncate_rate", f.truncate_rate),
        ("html_rate", f.html_rate),
        ("lost_answer_rate", f.lost_answer_rate),
        ("gateway_timeout_rate", f.gateway_timeout_rate),
    ] {
        if !(0.0..=1.0).contains(&rate) {
            return Err(format!("{name} must be between 0 and 1, not {rate}"));
        }
    }
    if let Some(s) = f.fail_statuses.iter().find(|s| !(400..=599).contains(*s)) {
        return Err(format!(
            "fail_statuses must be HTTP error statuses (400-599), not {s}"
        ));
    }
    Ok(())
}
