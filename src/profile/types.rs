//! The profile format, version 1 (`schema: gapwise/profile/v1`).
//!
//! One file describes one country at one date. Sections are always present
//! in the parsed value (empty when the file omits them) so that rules can
//! walk into them; the facts inside are optional, and absent means unknown.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::capacity::Capacity;
use super::date::PartialDate;
use super::fact::Fact;

/// The schema tag every v1 profile carries.
pub const SCHEMA_V1: &str = "gapwise/profile/v1";

/// One country at one date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "gapwise country profile, v1")]
pub struct Profile {
    /// Always `gapwise/profile/v1`.
    pub schema: String,
    pub country: Country,
    pub snapshot: Snapshot,
    #[serde(default)]
    pub budapest: Budapest,
    #[serde(default)]
    pub strategies: Strategies,
    /// Specialised bodies: CERT/CSIRT, police units, prosecutors, courts.
    #[serde(default)]
    pub institutions: Vec<Institution>,
    /// The Art. 35 point of contact available 24 hours a day, 7 days a week.
    #[serde(default)]
    pub contact_point: ContactPoint,
    #[serde(default)]
    pub central_authorities: CentralAuthorities,
    /// Legislation keyed by Convention article (`"2"`, `"16"`) or paragraph
    /// (`"19(2)"`, `"18(1)(b)"`). Articles 23-34 record the domestic basis of
    /// international co-operation (mutual assistance law, treaties).
    #[serde(default)]
    pub legislation: BTreeMap<String, Legislation>,
    /// Art. 15 conditions and safeguards.
    #[serde(default)]
    pub safeguards: Safeguards,
    /// National cybersecurity and cybercrime capacity beyond the Convention:
    /// coordination, incident response, critical infrastructure, awareness,
    /// training, related law and co-operation (ITU GCI, Oxford CMM).
    #[serde(default, skip_serializing_if = "Capacity::is_empty")]
    pub capacity: Capacity,
    #[serde(default)]
    pub jurisprudence: Vec<Case>,
    /// Laws the sources name, whether or not they map them to articles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub laws: Vec<Law>,
    /// Statements of the sources that no field holds yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub name: String,
    /// ISO 3166-1 alpha-2 code, upper case (`MX`).
    pub iso2: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Organisations the country belongs to (`OAS`, `Council of Europe`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<String>,
    /// A federal State, whose constituent units may hold criminal law powers (Art. 41).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub federal: Option<Fact<bool>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// The date the profile describes (the page's "last updated" date).
    pub as_of: PartialDate,
    /// Language of the source text, as a BCP 47 tag (`en`, `fr`, `ca`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// A document facts are taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id that facts cite in their `source`.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

/// Normalised treaty status of a State.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TreatyStatus {
    /// Ratified or acceded, and in force.
    Party,
    /// Signed, not ratified.
    Signatory,
    /// Invited to accede, not yet acceded.
    Invited,
    /// None of these.
    None,
    /// The source does not say.
    Unknown,
}

/// The Convention on Cybercrime (ETS 185).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budapest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Fact<TreatyStatus>>,
    /// The status exactly as the source writes it (`Observer`, `Partie`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_text: Option<String>,
    /// Holds an observer seat in the Cybercrime Convention Committee (T-CY).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observer: Option<Fact<bool>>,
    #[serde(default)]
    pub events: TreatyEvents,
    /// Articles under a declaration (Art. 40) or designation (Art. 24, 27, 35).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declarations: Option<Fact<Vec<ArticleRef>>>,
    /// Articles under a reservation (Art. 42).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservations: Option<Fact<Vec<ArticleRef>>>,
    #[serde(default)]
    pub protocols: Protocols,
}

/// Dated steps of a State towards a treaty.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TreatyEvents {
    /// Decision of the Committee of Ministers inviting the State to accede (Art. 37(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited: Option<Fact<PartialDate>>,
    /// When the invitation lapses; five years after it when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation_expires: Option<Fact<PartialDate>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<Fact<PartialDate>>,
    /// Deposit of the instrument of ratification (Art. 36).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratified: Option<Fact<PartialDate>>,
    /// Deposit of the instrument of accession (Art. 37).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceded: Option<Fact<PartialDate>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_into_force: Option<Fact<PartialDate>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Protocols {
    /// First Additional Protocol, racism and xenophobia (ETS 189).
    #[serde(default)]
    pub first: Protocol,
    /// Second Additional Protocol, electronic evidence (CETS 224).
    #[serde(default)]
    pub second: Protocol,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Fact<TreatyStatus>>,
    #[serde(default)]
    pub events: TreatyEvents,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StrategyStatus {
    Adopted,
    Draft,
    InPreparation,
    /// The source states there is none.
    None,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Strategies {
    /// The national cybersecurity strategy.
    #[serde(default)]
    pub cybersecurity: Strategy,
    /// The cybercrime strategy or policy, stand-alone or a chapter of a broader strategy.
    #[serde(default)]
    pub cybercrime: Strategy,
    /// A cyber-defence or national-security cyber strategy or policy.
    #[serde(default, skip_serializing_if = "Strategy::is_empty")]
    pub defence: Strategy,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    /// `adopted`, `draft`, `in_preparation`, or `none` when the source states there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Fact<StrategyStatus>>,
    /// Its title, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Fact<String>>,
    /// When it was adopted (or drafted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<Fact<PartialDate>>,
    /// The broader strategy it is a chapter of, when it is not stand-alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_of: Option<Fact<String>>,
    /// An action plan implements it, with tasks and responsible bodies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_plan: Option<Fact<bool>>,
    /// A budget is allocated to its implementation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Fact<bool>>,
    /// It is reviewed and revised on a set cycle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Fact<bool>>,
}

impl Strategy {
    /// Whether the profile states nothing of it.
    pub fn is_empty(&self) -> bool {
        *self == Strategy::default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionKind {
    /// Computer emergency or security incident response team.
    Cert,
    /// Police unit specialised in cybercrime.
    PoliceUnit,
    /// Specialised prosecution service.
    Prosecution,
    Court,
    Intelligence,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub kind: InstitutionKind,
    pub name: String,
    /// The body it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// What it does, in the source's words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Whether it acts for the whole country (a national CERT, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national: Option<bool>,
    /// Whom it serves: `national`, `government`, `sectoral` (one sector: finance,
    /// energy, health) or `other` (academic, regional, private).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<InstitutionScope>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// Whom an institution serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionScope {
    /// The whole country.
    National,
    /// The government and public administration.
    Government,
    /// One sector (finance, energy, health, telecommunications).
    Sectoral,
    /// Academic, regional, private or other constituencies.
    Other,
}

/// Art. 35: the 24/7 network point of contact.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactPoint {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designated: Option<Fact<bool>>,
    /// The body that serves as the point of contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Fact<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_24_7: Option<Fact<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub technical_advice: Option<Fact<bool>>,
    /// Can preserve data under Art. 29 and 30.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_preservation: Option<Fact<bool>>,
    /// Collects evidence, gives legal information, locates suspects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_collection: Option<Fact<bool>>,
    /// Communicates with other points of contact expeditiously.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expedited_communication: Option<Fact<bool>>,
    /// Co-ordinates with the mutual-assistance and extradition authorities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordination: Option<Fact<bool>>,
    /// Staff are trained and equipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trained_staff: Option<Fact<bool>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CentralAuthorities {
    /// Art. 24(7): authority for extradition and provisional arrest.
    #[serde(default)]
    pub extradition: Authority,
    /// Art. 27(2): central authority for mutual assistance.
    #[serde(default)]
    pub mutual_assistance: Authority,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// A body is designated for the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designated: Option<Fact<bool>>,
    /// The body, as the source names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Fact<String>>,
}

impl Authority {
    /// Whether the profile states nothing of it.
    pub fn is_empty(&self) -> bool {
        *self == Authority::default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegislationStatus {
    InPlace,
    Partial,
    NotInPlace,
}

/// How domestic law implements one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Legislation {
    pub status: LegislationStatus,
    /// The law (`Federal Penal Code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<String>,
    /// The provision within it (`Art. 211 bis 1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<String>,
    /// Id of the entry of `laws` that holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// Since when the provision is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PartialDate>,
    /// Sub-provisions the law does not cover, when it is `partial` (`"9(2)(b)"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<ArticleRef>,
    /// The highest penalty, as the source states it (`up to 5 years' imprisonment`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalty: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// Art. 15 conditions and safeguards, one fact each.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Safeguards {
    /// Human rights protected under domestic law and the instruments joined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_rights: Option<Fact<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proportionality: Option<Fact<bool>>,
    /// Judicial or other independent supervision of the powers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judicial_supervision: Option<Fact<bool>>,
    /// Grounds justifying application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grounds: Option<Fact<bool>>,
    /// Limits on the scope and duration of the powers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_and_duration: Option<Fact<bool>>,
    /// Consideration of the interests of third parties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_parties: Option<Fact<bool>>,
    /// Human-rights treaties the State has joined (`ICCPR`, `ECHR`, `ACHR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_rights_instruments: Option<Fact<Vec<String>>>,
    /// Safeguards power by power, keyed by article (`"16"` to `"21"`): Art.
    /// 15(2) applies "as appropriate in view of the nature of the power".
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_power: BTreeMap<String, PowerSafeguards>,
}

/// The Art. 15(2) safeguards of one procedural power.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PowerSafeguards {
    /// Judicial or other independent supervision (a judge's order, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervision: Option<Fact<bool>>,
    /// Grounds justifying application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grounds: Option<Fact<bool>>,
    /// Limits on scope and duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_and_duration: Option<Fact<bool>>,
}

/// Where a law stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LawStatus {
    InForce,
    /// Before parliament.
    Bill,
    /// Drafted, not yet before parliament.
    Draft,
    Repealed,
}

/// A law the sources name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Law {
    /// Short id that `legislation` entries cite in their `law`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub title: String,
    /// The name it is known by (`Cybercrime Act`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Its number (`Law No. 1273`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Adopted, promulgated or tabled, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LawStatus>,
    /// The Convention articles it implements, when the source says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub implements: Vec<ArticleRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// Which Art. 15 safeguard a court decision supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SafeguardKind {
    HumanRights,
    Proportionality,
    JudicialSupervision,
    Grounds,
    ScopeAndDuration,
    ThirdParties,
}

/// A court decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Short id that facts cite in their `evidence`.
    pub id: String,
    pub court: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holding: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The safeguards the decision is evidence of.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supports: Vec<SafeguardKind>,
    /// The procedural powers it concerns, as Convention articles (`19`, `21`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub powers: Vec<ArticleRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A statement of a source that no field holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    /// The page section it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A reference to an article of the Convention: `35`, `"6(3)"`, `"27(9)(e)"`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[schemars(with = "ArticleRefSchema")]
pub struct ArticleRef(pub String);

#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ArticleRefSchema {
    Number(u32),
    Text(String),
}

impl<'de> Deserialize<'de> for ArticleRef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ArticleRef;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an article number such as `35` or `\"6(3)\"`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ArticleRef, E> {
                Ok(ArticleRef(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ArticleRef, E> {
                Ok(ArticleRef(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<ArticleRef, E> {
                Ok(ArticleRef(v.to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl std::fmt::Display for ArticleRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
