#![forbid(unsafe_code)]
#![doc = include_str!("../README.md")]

pub mod diag;
pub mod input;
pub mod profile;
pub mod engine;
pub mod import;
