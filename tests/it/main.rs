//! The integration tests, as modules of one test binary: one link instead of one per file.

mod clickhouse;
mod cockroach;
mod cockroach_access;
mod cockroach_cluster_extras;
mod cockroach_current;
mod cockroach_data;
mod cockroach_exports;
mod cockroach_networking;
mod cockroach_org;
mod common;
mod core;
mod emulator;
mod generated;
