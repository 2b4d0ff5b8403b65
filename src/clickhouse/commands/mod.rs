pub mod org;
pub mod service;
