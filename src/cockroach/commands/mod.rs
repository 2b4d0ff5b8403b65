pub mod allowlist;
pub mod backup;
pub mod cluster;
mod common;
pub mod database;
pub mod org;
pub mod regions;
pub mod restore;
pub mod sql_user;
pub mod versions;
// Organization-level resources.
pub mod api_key;
pub mod audit_log;
pub mod folder;
pub mod invoice;
pub mod jwt_issuer;
pub mod role;
pub mod service_account;
pub mod user;

// Cluster-scoped extras: private endpoints, egress rules, exports, CMEK, maintenance.
pub mod cmek;
pub mod egress_rule;
pub mod log_export;
pub mod maintenance_window;
pub mod metric_export;
pub mod private_endpoint;
pub mod version_deferral;

// SCIM 2.0 users and groups.
pub mod scim;

// The current API beyond the seed: replication, blackout windows, client CA certificates, disruption
// drills, egress private endpoints, trusted owners, AWS endpoint connections, the egress traffic policy.
mod aws_connection;
pub mod blackout_window;
pub mod client_ca_cert;
pub mod disruption;
pub mod egress_endpoint;
mod egress_policy;
pub mod replication;
mod trusted_owner;
