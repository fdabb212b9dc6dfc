//! Evaluation: profile x pack -> results, scores and maturity.

pub mod results;

pub use results::*;
