#![forbid(unsafe_code)]
#![doc = include_str!("../README.md")]

pub mod batch;
pub mod cli;
pub mod diag;
pub mod engine;
pub mod i18n;
pub mod import;
pub mod input;
pub mod profile;
pub mod report;
pub mod rules;
pub mod yaml_guard;
