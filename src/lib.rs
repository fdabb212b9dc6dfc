#![forbid(unsafe_code)]
#![doc = include_str!("../README.md")]

pub mod diag;
pub mod engine;
pub mod input;
pub mod profile;
pub mod report;
pub mod rules;
