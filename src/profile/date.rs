//! Partial calendar dates: a year, a year and month, or a full day.
//!
//! Country pages often give only `2018` or `December 2018`; a profile keeps
//! that precision instead of inventing a day. Dates are written `YYYY`,
//! `YYYY-MM` or `YYYY-MM-DD` and compare by their earliest possible day.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a text is not a partial date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date: write `YYYY`, `YYYY-MM` or `YYYY-MM-DD`")]
    Syntax(String),
    #[error("`{0}` is not a real day: {1}")]
    Impossible(String, String),
}

impl PartialDate {
    pub fn year(year: i16) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn ymd(year: i16, month: u8, day: u8) -> Result<Self, DateError> {
        let text = format!("{year:04}-{month:02}-{day:02}");
        text.parse()
    }

    /// Earliest day this date may denote (`2018` -> 2018-01-01).
    pub fn earliest(&self) -> jiff::civil::Date {
        jiff::civil::date(self.year, self.month.unwrap_or(1) as i8, self.day.unwrap_or(1) as i8)
    }

    /// Latest day this date may denote (`2018-02` -> 2018-02-28).
    pub fn latest(&self) -> jiff::civil::Date {
        match (self.month, self.day) {
            (Some(m), Some(d)) => jiff::civil::date(self.year, m as i8, d as i8),
            (Some(m), None) => jiff::civil::date(self.year, m as i8, 1).last_of_month(),
            _ => jiff::civil::date(self.year, 12, 31),
        }
    }

    /// Whether the day is known.
    pub fn is_exact(&self) -> bool {
        self.day.is_some()
    }

    pub fn from_civil(date: jiff::civil::Date) -> Self {
        PartialDate {
            year: date.year(),
            month: Some(date.month() as u8),
            day: Some(date.day() as u8),
        }
    }

    /// `Some(Less)` when `self` certainly precedes `other`, `Some(Greater)`
    /// when it certainly follows, `Some(Equal)` when both are the same exact
    /// day, and `None` when their precision leaves the order open.
    pub fn certain_cmp(&self, other: &PartialDate) -> Option<Ordering> {
        if self.latest() < other.earliest() {
            Some(Ordering::Less)
        } else if self.earliest() > other.latest() {
            Some(Ordering::Greater)
        } else if self.is_exact() && other.is_exact() {
            Some(Ordering::Equal)
        } else {
            None
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let syntax = || DateError::Syntax(text.to_string());
        let parts: Vec<&str> = text.trim().split('-').collect();
        let widths = [4, 2, 2];
        if parts.is_empty() || parts.len() > 3 {
            return Err(syntax());
        }
        for (part, width) in parts.iter().zip(widths) {
            if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(syntax());
            }
        }
        let year: i16 = parts[0].parse().map_err(|_| syntax())?;
        let month: Option<u8> = parts.get(1).map(|m| m.parse()).transpose().map_err(|_| syntax())?;
        let day: Option<u8> = parts.get(2).map(|d| d.parse()).transpose().map_err(|_| syntax())?;
        if year < 1000 {
            return Err(DateError::Impossible(
                text.to_string(),
                "years before 1000 are not supported".into(),
            ));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Impossible(
                    text.to_string(),
                    format!("there is no month {m}"),
                ));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            if jiff::civil::Date::new(year, m as i8, d as i8).is_err() {
                return Err(DateError::Impossible(
                    text.to_string(),
                    format!("month {m} of {year} has no day {d}"),
                ));
            }
        }
        Ok(PartialDate { year, month, day })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<PartialDate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<PartialDate, E> {
                self.visit_str(&v.to_string())
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.",
            "type": ["string", "integer"],
            "format": "partial-date",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!("2018".parse::<PartialDate>().map(|d| d.to_string()), Ok("2018".into()));
        assert_eq!(
            "2018-12".parse::<PartialDate>().map(|d| d.to_string()),
            Ok("2018-12".into())
        );
        assert_eq!(
            "2018-12-01".parse::<PartialDate>().map(|d| d.to_string()),
            Ok("2018-12-01".into())
        );
    }

    #[test]
    fn rejects_impossible_days() {
        assert!(matches!(
            "2015-02-30".parse::<PartialDate>(),
            Err(DateError::Impossible(..))
        ));
        assert!(matches!(
            "2015-13".parse::<PartialDate>(),
            Err(DateError::Impossible(..))
        ));
        assert!(matches!(
            "15/02/2015".parse::<PartialDate>(),
            Err(DateError::Syntax(..))
        ));
        assert!("2016-02-29".parse::<PartialDate>().is_ok());
    }

    #[test]
    fn order_is_certain_only_when_precision_allows() {
        let d = |s: &str| s.parse::<PartialDate>().expect("test input is valid");
        assert_eq!(d("2014").certain_cmp(&d("2015-01-01")), Some(Ordering::Less));
        assert_eq!(d("2014").certain_cmp(&d("2014-06-01")), None);
        assert_eq!(d("2014-06-01").certain_cmp(&d("2014-06-01")), Some(Ordering::Equal));
        assert_eq!(d("2014-07").certain_cmp(&d("2014-06-30")), Some(Ordering::Greater));
    }
}
