//! Release-only link settings for a smaller binary (issue 13). A position-dependent executable needs no
//! dynamic relocations for its own pointers: the 0.6 MB `.rela.dyn` of the PIE build goes (the spec rules
//! table and clap's tables are full of pointers). Shared libraries are still placed at random; the
//! executable's own image is not. Tests (the dev profile) link as before.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    let linux_gnu = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if release && linux_gnu {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
