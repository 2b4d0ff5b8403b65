//! The integration tests, as modules of one test binary: one link instead of one per file.

mod clickhouse;
mod clickhouse_fields;
mod clickhouse_org;
mod clickhouse_scaling;
mod clickstack;
mod clickstack_verbs;
mod cockroach;
mod cockroach_cluster_extras;
mod cockroach_org;
mod cockroach_scim;
mod common;
mod core;
mod emulator;
mod generated;
mod output;
