//! Fuzz target: untrusted bytes → load → validate → project → report → write →
//! read again. Any panic, non-finite output or round-trip difference is a bug.
#![no_main]

use std::sync::OnceLock;

use levers_files::policy_file::{parse_policy, write_policy};
use levers_report::{Evaluated, json, table};
use levers_core::{Baseline, project};
use libfuzzer_sys::fuzz_target;

fn baseline() -> &'static Baseline {
    static BASELINE: OnceLock<Baseline> = OnceLock::new();
    BASELINE.get_or_init(|| levers_files::baseline_file::embedded().expect("embedded baseline"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let baseline = baseline();
    match parse_policy("fuzz.toml", text, baseline) {
        Err(diagnostics) => {
            let message = diagnostics.to_string();
            assert!(message.contains("fuzz.toml"));
        }
        Ok(policy) => {
            let projection = project(baseline, &policy);
            for year in &projection.years {
                assert!(year.manufacturing_share_pct.is_finite());
                assert!(year.manufacturing_jobs.is_finite() && year.manufacturing_jobs >= 0.0);
                assert!(year.fiscal_cost_hkd_bn.is_finite());
            }
            let evaluated = Evaluated { file: "fuzz.toml".into(), policy: &policy, projection: &projection };
            let _ = table::package(&evaluated, false);
            let _ = serde_json::to_string(&json::package(&evaluated, None));
            let written = write_policy(&policy, baseline);
            let again = parse_policy("written.toml", &written, baseline).expect("written package reads back");
            assert_eq!(again, policy, "round trip changed the package");
        }
    }
});
