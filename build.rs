//! Release-only link settings for a smaller binary (issue 13). Tests (the dev profile) link as before.
//!
//! - A position-dependent executable needs no dynamic relocations for its own pointers: the 0.6 MB
//!   `.rela.dyn` of the PIE build goes (the spec rules table and clap's tables are full of pointers). Shared
//!   libraries are still placed at random; the executable's own image is not.
//! - `link/release.ld` discards the unwind tables (`.eh_frame` and its index: 1.5 MB, an eighth of the
//!   binary). The release profile aborts on panic, so nothing unwinds; a panic still prints its message, and
//!   a `RUST_BACKTRACE` backtrace shows no frames. Stable Cargo has no per-profile way to pass
//!   `-C force-unwind-tables=no` (and the test build, which unwinds, must keep them), hence the linker.
//!   `INSERT AFTER` keeps the linker's default script around the one rule (GNU ld and LLD both read it).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=link/release.ld");
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let linux_gnu = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if release && linux_gnu {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        // Cargo's CARGO_CFG_PANIC names the target's default, not the profile's, so this follows
        // `panic = "abort"` in Cargo.toml's release profile by convention: change both together.
        let script = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap())
            .join("link/release.ld");
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
    }
}
