//! The integration tests, as modules of one test binary: one link instead of one per file.

mod all_operations;
mod auth_and_limits;
mod basics;
mod clickhouse_behaviour;
mod clickhouse_org;
mod clickhouse_roles;
mod clickhouse_service_config;
mod clickpipes;
mod clickstack;
mod cockroach_behaviour;
mod cockroach_current;
mod cockroach_dr;
mod cockroach_links;
mod common;
mod failed_transitions;
mod faults_and_control;
mod persistence_and_binary;
mod postgres_behaviour;
mod scim;
