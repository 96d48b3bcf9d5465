//! `--shard K/N` of `sweep` and `eval --uncertainty`: shards run alone, give
//! the same output every time, and concatenated in order are byte for byte the
//! unsharded output (the CSV header comes with shard 1 only).

use crate::support::{json, levers, output_of, run};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";
const STATUS_QUO: &str = "policies/status-quo.toml";

fn bytes(args: &[&str]) -> Vec<u8> {
    output_of(levers().args(args))
}

/// The unsharded output, and the three shards' outputs concatenated.
fn whole_and_three_shards(args: &[&str]) -> (Vec<u8>, Vec<u8>) {
    let whole = bytes(args);
    let mut joined = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let part = bytes(&[args, &["--shard", &shard]].concat());
        assert!(!part.is_empty(), "shard {shard} of {args:?} is empty");
        // Run alone again: a shard gives the same bytes every time.
        assert_eq!(part, bytes(&[args, &["--shard", &shard]].concat()));
        joined.extend(part);
    }
    (whole, joined)
}

#[test]
fn three_sweep_shards_concatenate_to_the_whole_sweep() {
    let grid = [
        "sweep",
        BLUEPRINT,
        "--vary",
        "rd.grants_hkd_bn_per_year=0..10:1",
        "--vary",
        "land.rent_subsidy_pct=0..40:10",
    ];
    for format in ["csv", "ndjson"] {
        let (whole, joined) = whole_and_three_shards(&[&grid[..], &["--format", format]].concat());
        assert_eq!(
            String::from_utf8_lossy(&whole).lines().count(),
            55 + usize::from(format == "csv")
        );
        assert!(
            joined == whole,
            "{format}: the shards differ from the whole"
        );
    }
    let (whole, joined) = whole_and_three_shards(&["sweep", "--dir", "policies"]);
    assert!(joined == whole, "--dir: the shards differ from the whole");
    // For Excel: one byte order mark, at the start of shard 1.
    let (marked, joined) = whole_and_three_shards(&["sweep", "--dir", "policies", "--excel"]);
    assert!(
        joined == marked,
        "--excel: the shards differ from the whole"
    );
    assert_eq!(marked.strip_prefix("\u{feff}".as_bytes()), Some(&whole[..]));
}

#[test]
fn three_monte_carlo_shards_concatenate_to_every_draw_of_the_run() {
    let base = [
        "eval",
        BLUEPRINT,
        STATUS_QUO,
        "--uncertainty",
        "--draws",
        "40",
        "--seed",
        "7",
    ];
    for format in ["csv", "ndjson"] {
        let args = [&base[..], &["--format", format]].concat();
        let whole = bytes(&[&args[..], &["--each-draw"]].concat());
        let mut joined = Vec::new();
        for k in 1..=3 {
            let shard = format!("{k}/3");
            joined.extend(bytes(&[&args[..], &["--shard", &shard]].concat()));
        }
        assert!(
            joined == whole,
            "{format}: the shards differ from --each-draw"
        );
        let text = String::from_utf8_lossy(&whole);
        let headers = text.lines().filter(|l| l.starts_with("file,")).count();
        assert_eq!(headers, usize::from(format == "csv"));
    }
}

/// The median of sorted values, as the core takes percentiles (linear
/// interpolation between the closest ranks).
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let rank = 0.5 * (values.len() - 1) as f64;
    let (low, high) = (rank.floor() as usize, rank.ceil() as usize);
    values[low] + (values[high] - values[low]) * (rank - low as f64)
}

#[test]
fn each_draw_rows_are_the_draws_behind_the_bands() {
    let base = [
        "eval",
        BLUEPRINT,
        "--uncertainty",
        "--draws",
        "31",
        "--seed",
        "3",
    ];
    let bands = json(&[&base[..], &["--format", "json"]].concat());
    let lines = bytes(&[&base[..], &["--format", "ndjson", "--each-draw"]].concat());
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&lines)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    // One line per draw and projected year, the years the bands cover.
    let years = bands["years"].as_array().map_or(0, Vec::len);
    assert_eq!(rows.len(), 31 * years);
    let in_2032: Vec<&serde_json::Value> = rows.iter().filter(|r| r["year"] == 2032).collect();
    assert_eq!(in_2032.len(), 31, "one 2032 row per draw");
    let shares: Vec<f64> = in_2032
        .iter()
        .filter_map(|r| r["manufacturing_share_pct"].as_f64())
        .collect();
    let band_index = bands["years"]
        .as_array()
        .and_then(|years| years.iter().position(|y| y == 2032))
        .expect("2032 has a band");
    let band = bands["manufacturing_share_pct"]["p50"][band_index]
        .as_f64()
        .unwrap_or(f64::NAN);
    assert!((median(shares) - band).abs() < 1e-12, "{band}");
    let met = in_2032.iter().filter(|r| r["target_met"] == true).count() as f64 / 31.0;
    assert_eq!(bands["probability_met"].as_f64(), Some(met));
}

#[test]
fn draws_out_each_draw_and_ndjson_share_one_row_type() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("draws.csv");
    let out_text = out.display().to_string();
    let base = [
        "eval",
        BLUEPRINT,
        STATUS_QUO,
        "--uncertainty",
        "--draws",
        "7",
        "--seed",
        "5",
    ];
    // --draws-out writes beside the bands exactly what --each-draw prints.
    bytes(&[&base[..], &["--draws-out", &out_text]].concat());
    let file = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
    let printed = bytes(&[&base[..], &["--format", "csv", "--each-draw"]].concat());
    assert!(file == printed, "--draws-out differs from --each-draw");
    // NDJSON lines are the CSV rows: same keys in the same order, same values.
    let text = String::from_utf8_lossy(&printed);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header[..9],
        [
            "file",
            "draw",
            "seed",
            "year",
            "manufacturing_share_pct",
            "manufacturing_jobs",
            "fiscal_cost_hkd_bn",
            "effective_sectors",
            "target_met"
        ]
    );
    assert!(
        header.iter().any(|h| h == "nev.growth"),
        "drawn assumptions"
    );
    let records: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let lines = bytes(&[&base[..], &["--format", "ndjson", "--each-draw"]].concat());
    let objects: Vec<serde_json::Map<String, serde_json::Value>> = String::from_utf8_lossy(&lines)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(objects.len(), records.len());
    for (object, record) in objects.iter().zip(&records) {
        let keys: Vec<&String> = object.keys().collect();
        assert_eq!(keys, header.iter().collect::<Vec<_>>());
        for (value, cell) in object.values().zip(record.iter()) {
            let shown = match value {
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            let same = shown == cell
                || shown.parse::<f64>().ok() == cell.parse::<f64>().ok() && !cell.is_empty();
            assert!(same, "{shown} vs {cell}");
        }
    }
    // Both packages, each with its seed on every row.
    assert!(records.iter().any(|r| &r[0] == STATUS_QUO));
    assert!(records.iter().all(|r| &r[2] == "5"));
}

#[test]
fn bad_shards_are_usage_errors() {
    for (args, expected) in [
        (&["sweep", "--dir", "policies", "--shard", "4/3"][..], "K/N"),
        (&["sweep", "--dir", "policies", "--shard", "0/3"], "K/N"),
        (&["sweep", "--dir", "policies", "--shard", "two"], "K/N"),
        (&["eval", BLUEPRINT, "--shard", "1/2"], "--uncertainty"),
        (
            &[
                "eval",
                BLUEPRINT,
                "--uncertainty",
                "--shard",
                "1/2",
                "--format",
                "json",
            ],
            "csv or ndjson",
        ),
        (
            &[
                "sweep", "--dir", "policies", "--shard", "1/2", "-o", "x.xlsx",
            ],
            "concatenate",
        ),
    ] {
        let result = run(args);
        assert_eq!(result.code, Some(2), "{args:?}");
        assert!(
            result.stderr.contains(expected),
            "{args:?}: {}",
            result.stderr
        );
        assert!(result.stdout.is_empty(), "{args:?}");
    }
}
