//! The integration tests, as modules of one test binary: one link instead of one per file.

mod clickhouse;
mod clickhouse_account;
mod clickhouse_fields;
mod clickhouse_org;
mod clickhouse_scaling;
mod clickhouse_udf;
mod cockroach;
mod cockroach_access;
mod cockroach_cluster_extras;
mod cockroach_current;
mod cockroach_data;
mod cockroach_exports;
mod cockroach_networking;
mod cockroach_org;
mod cockroach_scim;
mod common;
mod core;
mod declare;
mod declare_more;
mod emulator;
mod generated;
mod output;
mod postgres;
