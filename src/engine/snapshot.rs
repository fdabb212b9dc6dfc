//! Snapshots as `progress` and `compare` read them: a profile to assess
//! against each pack of the run, or the assessments of one profile taken
//! from a results file (`gapwise assess --format json`), which are used as
//! they are, without evaluating again.

use crate::profile::{PartialDate, Profile};
use crate::rules::Pack;

use super::results::{Assessment, CountryRef, Results};
use super::{assess, Options, ProfileInput};

/// One snapshot of a country.
#[derive(Debug, Clone)]
pub enum Snapshot {
    /// A profile, assessed when a pack asks for it.
    Profile(Box<ProfileInput>),
    /// The assessments of one profile, read from a results file.
    Assessed {
        /// The results file.
        file: String,
        /// The profile the assessments were made of (as the file names it).
        profile: String,
        /// The date the assessments speak of.
        as_of: PartialDate,
        assessments: Vec<Assessment>,
    },
}

/// Why a results file cannot stand for snapshots.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SnapshotError {
    #[error("`{file}` holds no assessment")]
    Empty { file: String },
    #[error("`{file}`: the assessment of `{profile}` is dated `{date}`, which is not a date")]
    BadDate {
        file: String,
        profile: String,
        date: String,
    },
    #[error("`{file}` has no assessment of `{profile}` with pack `{pack}`; assess it with `gapwise assess --pack {pack} --format json`, or leave the pack out with `--pack`")]
    MissingPack {
        file: String,
        profile: String,
        pack: String,
    },
    #[error("`{file}` assesses `{profile}` with pack `{pack}` version {found}, and this run uses version {wanted}: assess it again with the pack of this run")]
    OtherVersion {
        file: String,
        profile: String,
        pack: String,
        found: String,
        wanted: String,
    },
    #[error("`{file}` is a results file: `{what}` needs profiles, which can be assessed as of any date")]
    NeedsProfile { file: String, what: String },
}

/// The snapshots of a results file: one per profile and date, in the
/// file's order, each with every pack it was assessed against.
pub fn from_results(file: &str, results: Results) -> Result<Vec<Snapshot>, SnapshotError> {
    if results.assessments.is_empty() {
        return Err(SnapshotError::Empty { file: file.to_string() });
    }
    let mut out: Vec<Snapshot> = Vec::new();
    for a in results.assessments {
        let date = a.as_of.parse::<PartialDate>().map_err(|_| SnapshotError::BadDate {
            file: file.to_string(),
            profile: a.profile.clone(),
            date: a.as_of.clone(),
        })?;
        let same = out.iter_mut().find_map(|s| match s {
            Snapshot::Assessed {
                profile,
                as_of,
                assessments,
                ..
            } if *profile == a.profile && *as_of == date => Some(assessments),
            _ => None,
        });
        match same {
            Some(assessments) => assessments.push(a),
            None => out.push(Snapshot::Assessed {
                file: file.to_string(),
                profile: a.profile.clone(),
                as_of: date,
                assessments: vec![a],
            }),
        }
    }
    Ok(out)
}

impl Snapshot {
    /// The file it was read from: the profile, or the results file.
    pub fn file(&self) -> &str {
        match self {
            Snapshot::Profile(input) => &input.file,
            Snapshot::Assessed { file, .. } => file,
        }
    }

    /// How reports name it: the profile file, or `results.json (mexico.yaml)`.
    pub fn name(&self) -> String {
        match self {
            Snapshot::Profile(input) => input.file.clone(),
            Snapshot::Assessed { file, profile, .. } => format!("{file} ({profile})"),
        }
    }

    pub fn country(&self) -> CountryRef {
        match self {
            Snapshot::Profile(input) => CountryRef {
                name: input.profile.country.name.clone(),
                iso2: input.profile.country.iso2.clone(),
            },
            Snapshot::Assessed { assessments, .. } => assessments[0].country.clone(),
        }
    }

    /// The country's code, upper case, for grouping.
    pub fn iso2(&self) -> String {
        self.country().iso2.to_uppercase()
    }

    /// The date it speaks of: the profile's snapshot date, or the date of the assessments.
    pub fn date(&self) -> PartialDate {
        match self {
            Snapshot::Profile(input) => input.profile.snapshot.as_of,
            Snapshot::Assessed { as_of, .. } => *as_of,
        }
    }

    /// The profile, when there is one (results files do not carry it).
    pub fn profile(&self) -> Option<&Profile> {
        match self {
            Snapshot::Profile(input) => Some(&input.profile),
            Snapshot::Assessed { .. } => None,
        }
    }

    /// The profile's region; results files do not carry it.
    pub fn region(&self) -> Option<String> {
        self.profile().and_then(|p| p.country.region.clone())
    }

    /// The assessment against `pack`: evaluated for a profile, found in the
    /// results file otherwise (with the same pack version).
    pub fn assessment(&self, pack: &Pack, options: &Options) -> Result<Assessment, SnapshotError> {
        match self {
            Snapshot::Profile(input) => Ok(assess(pack, input, options)),
            Snapshot::Assessed {
                file,
                profile,
                assessments,
                ..
            } => {
                let found = assessments.iter().find(|a| a.pack.id == pack.meta.id).ok_or_else(|| {
                    SnapshotError::MissingPack {
                        file: file.clone(),
                        profile: profile.clone(),
                        pack: pack.meta.id.clone(),
                    }
                })?;
                let wanted = super::pack_ref(pack).version;
                if found.pack.version != wanted {
                    return Err(SnapshotError::OtherVersion {
                        file: file.clone(),
                        profile: profile.clone(),
                        pack: pack.meta.id.clone(),
                        found: found.pack.version.clone(),
                        wanted,
                    });
                }
                Ok(found.clone())
            }
        }
    }
}
