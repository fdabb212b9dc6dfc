//! The `capacity:` section of a profile: national cybersecurity and
//! cybercrime capacity beyond the Convention's obligations, as the ITU Global
//! Cybersecurity Index and the Oxford Cybersecurity Capacity Maturity Model
//! for Nations look at it.
//!
//! Every fact is optional and three-valued: a stated yes, a stated no, or
//! absent (unknown). Facts that name bodies (`lead_agency`, `interpol`) say
//! whether one is designated and which.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::fact::Fact;
use super::types::{Authority, TreatyStatus};

/// National capacity: coordination, incident response, critical
/// infrastructure, culture, skills, related law and co-operation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    /// The agency responsible for co-ordinating cybersecurity nationally.
    #[serde(default, skip_serializing_if = "Authority::is_empty")]
    pub lead_agency: Authority,
    /// Government or sector CSIRTs exist besides the national one; use it
    /// when `institutions` lists none (a `cert` with `scope: government` or
    /// `sectoral` says it already).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sectoral_csirts: Option<Fact<bool>>,
    /// Incidents are identified, categorised and recorded nationally (an
    /// incident registry or taxonomy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_registry: Option<Fact<bool>>,
    /// Critical infrastructure: identified, and held to cybersecurity requirements.
    #[serde(default, skip_serializing_if = "CriticalInfrastructure::is_empty")]
    pub critical_infrastructure: CriticalInfrastructure,
    /// The public can report cybercrime to the authorities (an online form,
    /// a hotline, a reporting platform).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_channel: Option<Fact<bool>>,
    /// National awareness campaigns or programmes on cybersecurity and cybercrime.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awareness: Option<Fact<bool>>,
    /// Cybersecurity education programmes (university degrees, curricula).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<Fact<bool>>,
    /// Training on cybercrime and electronic evidence, by profession.
    #[serde(default, skip_serializing_if = "Training::is_empty")]
    pub training: Training,
    /// Law enforcement has a unit specialised in cybercrime; use it when
    /// `institutions` lists none (a `police_unit` says it already).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub police_unit: Option<Fact<bool>>,
    /// Law enforcement can examine digital evidence (a forensic laboratory or team).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forensics: Option<Fact<bool>>,
    /// Specialised cybercrime prosecutors or courts exist; use it when
    /// `institutions` lists none (a `prosecution` or `court` says it already).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specialised_prosecution: Option<Fact<bool>>,
    /// Data protection law and the Council of Europe data protection conventions.
    #[serde(default, skip_serializing_if = "DataProtection::is_empty")]
    pub data_protection: DataProtection,
    /// A framework protecting children online (law, policy or programme beyond
    /// the Art. 9 offences).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_online_protection: Option<Fact<bool>>,
    /// Law enforcement and service providers co-operate under agreed
    /// procedures (memoranda, guidelines, contact points).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_cooperation: Option<Fact<bool>>,
    /// A body serves as the contact with Interpol for cybercrime.
    #[serde(default, skip_serializing_if = "Authority::is_empty")]
    pub interpol: Authority,
    /// A body co-operates directly with foreign law enforcement or justice
    /// ministries (police-to-police channels, liaison officers).
    #[serde(default, skip_serializing_if = "Authority::is_empty")]
    pub foreign_law_enforcement: Authority,
    /// Bilateral or multilateral agreements on cybersecurity or cybercrime.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreements: Option<Fact<bool>>,
    /// Public-private partnerships on cybersecurity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnerships: Option<Fact<bool>>,
    /// Security standards (ISO/IEC 27001 or national ones) are adopted and
    /// applied, in government and in procurement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standards: Option<Fact<bool>>,
    /// A responsible (co-ordinated) vulnerability disclosure policy is in place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure_policy: Option<Fact<bool>>,
}

/// Critical infrastructure protection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriticalInfrastructure {
    /// Critical infrastructure sectors or operators are identified (a list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identified: Option<Fact<bool>>,
    /// Law or regulation sets cybersecurity requirements for them (risk
    /// management, incident notification).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regulated: Option<Fact<bool>>,
}

/// Training on cybercrime and electronic evidence.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// Police officers are trained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub police: Option<Fact<bool>>,
    /// Prosecutors are trained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prosecutors: Option<Fact<bool>>,
    /// Judges are trained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judges: Option<Fact<bool>>,
}

/// Data protection.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtection {
    /// A data protection law is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<Fact<bool>>,
    /// The State's standing towards Convention 108 (ETS 108).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convention_108: Option<Fact<TreatyStatus>>,
    /// The State's standing towards the amending protocol, Convention 108+ (CETS 223).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convention_108_plus: Option<Fact<TreatyStatus>>,
}

impl Capacity {
    /// Whether the profile states nothing of it.
    pub fn is_empty(&self) -> bool {
        *self == Capacity::default()
    }
}

impl CriticalInfrastructure {
    /// Whether the profile states nothing of it.
    pub fn is_empty(&self) -> bool {
        *self == CriticalInfrastructure::default()
    }
}

impl Training {
    /// Whether the profile states nothing of it.
    pub fn is_empty(&self) -> bool {
        *self == Training::default()
    }
}

impl DataProtection {
    /// Whether the profile states nothing of it.
    pub fn is_empty(&self) -> bool {
        *self == DataProtection::default()
    }
}
