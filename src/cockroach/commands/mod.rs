pub mod cluster;
pub mod org;
