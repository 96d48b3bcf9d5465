//! What a name given on the command line addresses in a package: one grammar
//! for `sweep --vary`, `seek --bound` and `seek --fix`.
//!
//! - `GROUP.FIELD`, a format-1 lever dial: `rd.grants_hkd_bn_per_year`;
//! - `GROUP`, a whole lever group: `zone`;
//! - `NAME`, a whole format-2 measure: `nias`;
//! - `NAME.FIELD`, one field of a measure: `nias.amount`, `.start`, `.end`,
//!   `.ramp_years`, `.matching_ratio`;
//! - `assumptions.PARAM`, a baseline parameter: `assumptions.nev.growth`.
//!
//! Each caller takes the forms it can use and says which for the rest. A
//! misspelt name is refused with the closest one (did you mean …?).

use crate::analysis::sweep::MeasureField;
use crate::lever::{LeverField, LeverGroup};
use crate::params::ParamId;
use crate::policy::Policy;
use crate::suggest::suggest;

/// What a name stands for in one package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    /// `GROUP.FIELD`: one of the nine dials (a view over the first measure of its kind).
    Dial(LeverField),
    /// `GROUP`: a whole lever group (the measures of its kinds).
    Group(LeverGroup),
    /// `NAME`: the whole measure at this index of `Policy::measures`.
    Measure(usize),
    /// `NAME.FIELD`: one field of a measure.
    MeasureField {
        /// Position of the measure in `Policy::measures`.
        index: usize,
        /// Which of its fields.
        field: MeasureField,
    },
    /// `assumptions.PARAM`: a baseline parameter.
    Assumption(ParamId),
}

/// Why a name addresses nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// No dial, group or measure has this name.
    Unknown {
        /// The name as given (trimmed).
        address: String,
        /// The closest name the package has, if this reads as a typo of it.
        suggestion: Option<String>,
        /// The package's measure names, in file order.
        measures: Vec<String>,
    },
    /// `MEASURE.KEY` where `KEY` is none of a measure's fields.
    UnknownMeasureField {
        /// The measure's name.
        measure: String,
        /// The key after it.
        key: String,
        /// The closest field key, if `key` reads as a typo of it.
        suggestion: Option<String>,
    },
    /// `assumptions.NAME` where no parameter is called `NAME`.
    UnknownAssumption {
        /// The name after `assumptions.`.
        name: String,
        /// The closest parameter name, if `name` reads as a typo of it.
        suggestion: Option<String>,
    },
}

/// Finds `text` in `policy` (see the module's grammar).
pub fn resolve(policy: &Policy, text: &str) -> Result<Address, AddressError> {
    let text = text.trim();
    let measure_index = |name: &str| policy.measures.iter().position(|m| m.name == name);
    if let Some(name) = text.strip_prefix("assumptions.") {
        return ParamId::from_name(name)
            .map(Address::Assumption)
            .ok_or_else(|| AddressError::UnknownAssumption {
                name: name.to_string(),
                suggestion: suggest(name, ParamId::all().map(ParamId::name)),
            });
    }
    if let Some(field) = LeverField::from_path(text) {
        return Ok(Address::Dial(field));
    }
    // A measure the user named `rd` or `zone` is what they mean by it: the
    // package's own names come before the lever groups'.
    if let Some(index) = measure_index(text) {
        return Ok(Address::Measure(index));
    }
    if let Some(group) = LeverGroup::from_key(text) {
        return Ok(Address::Group(group));
    }
    if let Some((name, key)) = text.rsplit_once('.')
        && let Some(index) = measure_index(name)
    {
        return MeasureField::from_key(key)
            .map(|field| Address::MeasureField { index, field })
            .ok_or_else(|| AddressError::UnknownMeasureField {
                measure: name.to_string(),
                key: key.to_string(),
                suggestion: suggest(key, MeasureField::ALL.map(MeasureField::key)),
            });
    }
    Err(AddressError::Unknown {
        address: text.to_string(),
        suggestion: closest(policy, text),
        measures: policy.measures.iter().map(|m| m.name.clone()).collect(),
    })
}

/// The known name closest to a misspelt `text`. Fields of measures come
/// first, as the first of equally close names wins: `zone_coinvest.amount`
/// is as close to `zone_coinvestment` as to `zone_coinvestment.amount`.
fn closest(policy: &Policy, text: &str) -> Option<String> {
    let fields = policy
        .measures
        .iter()
        .flat_map(|m| MeasureField::ALL.map(|f| format!("{}.{}", m.name, f.key())));
    let measures = policy.measures.iter().map(|m| m.name.clone());
    let dials = LeverField::ALL.iter().map(|f| f.path());
    let groups = LeverGroup::ALL.iter().map(|g| g.key().to_string());
    suggest(text, fields.chain(measures).chain(dials).chain(groups))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::{Amount, Measure, MeasureKind};

    fn with_measures() -> Policy {
        let mut policy = Policy::status_quo();
        policy.measures = vec![
            Measure::new("nias", MeasureKind::RdGrants, Amount::Constant(2.0), 2026),
            Measure::new(
                "zone_coinvestment",
                MeasureKind::Coinvestment,
                Amount::Constant(5.0),
                2027,
            ),
        ];
        policy
    }

    fn refused(policy: &Policy, text: &str) -> AddressError {
        resolve(policy, text).expect_err(text)
    }

    #[test]
    fn every_form_of_the_grammar_resolves() {
        let policy = with_measures();
        let nev_growth = ParamId::from_name("nev.growth").expect("nev.growth is a parameter");
        let cases = [
            (
                "rd.grants_hkd_bn_per_year",
                Address::Dial(LeverField::GrantsHkdBnPerYear),
            ),
            ("zone", Address::Group(LeverGroup::Zone)),
            ("zone_coinvestment", Address::Measure(1)),
            (
                "nias.amount",
                Address::MeasureField {
                    index: 0,
                    field: MeasureField::Amount,
                },
            ),
            (
                " zone_coinvestment.ramp_years ",
                Address::MeasureField {
                    index: 1,
                    field: MeasureField::RampYears,
                },
            ),
            ("assumptions.nev.growth", Address::Assumption(nev_growth)),
        ];
        for (text, expected) in cases {
            assert_eq!(resolve(&policy, text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn a_measure_named_like_a_lever_group_is_the_measure() {
        let mut policy = with_measures();
        policy.measures[0].name = "rd".to_string();
        assert_eq!(resolve(&policy, "rd"), Ok(Address::Measure(0)));
        assert_eq!(
            resolve(&policy, "rd.amount"),
            Ok(Address::MeasureField {
                index: 0,
                field: MeasureField::Amount,
            })
        );
        assert_eq!(
            resolve(&policy, "rd.grants_hkd_bn_per_year"),
            Ok(Address::Dial(LeverField::GrantsHkdBnPerYear))
        );
        assert_eq!(
            resolve(&policy, "zone"),
            Ok(Address::Group(LeverGroup::Zone))
        );
    }

    #[test]
    fn a_misspelt_measure_name_suggests_the_measure_and_lists_them_all() {
        let error = refused(&with_measures(), "zone_coinvest.amount");
        assert_eq!(
            error,
            AddressError::Unknown {
                address: "zone_coinvest.amount".into(),
                suggestion: Some("zone_coinvestment.amount".into()),
                measures: vec!["nias".into(), "zone_coinvestment".into()],
            }
        );
        let bare = refused(&with_measures(), "nais");
        assert!(
            matches!(&bare, AddressError::Unknown { suggestion: Some(s), .. } if s == "nias"),
            "{bare:?}"
        );
    }

    #[test]
    fn misspelt_groups_and_dials_suggest_the_real_ones() {
        let policy = Policy::status_quo();
        let group = refused(&policy, "zoen");
        assert!(
            matches!(&group, AddressError::Unknown { suggestion: Some(s), .. } if s == "zone"),
            "{group:?}"
        );
        let dial = refused(&policy, "rd.grants_hkd_bn_per_yer");
        assert_eq!(
            dial,
            AddressError::Unknown {
                address: "rd.grants_hkd_bn_per_yer".into(),
                suggestion: Some("rd.grants_hkd_bn_per_year".into()),
                measures: vec![],
            }
        );
    }

    #[test]
    fn a_name_close_to_nothing_gets_no_suggestion() {
        let error = refused(&Policy::status_quo(), "moon");
        assert!(
            matches!(
                &error,
                AddressError::Unknown {
                    suggestion: None,
                    ..
                }
            ),
            "{error:?}"
        );
    }

    #[test]
    fn a_misspelt_field_of_a_measure_suggests_the_field() {
        let error = refused(&with_measures(), "nias.amout");
        assert_eq!(
            error,
            AddressError::UnknownMeasureField {
                measure: "nias".into(),
                key: "amout".into(),
                suggestion: Some("amount".into()),
            }
        );
    }

    #[test]
    fn a_misspelt_assumption_suggests_the_parameter() {
        let error = refused(&Policy::status_quo(), "assumptions.nev.growt");
        assert_eq!(
            error,
            AddressError::UnknownAssumption {
                name: "nev.growt".into(),
                suggestion: Some("nev.growth".into()),
            }
        );
    }
}
