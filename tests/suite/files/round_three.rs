//! Issue 22, "nothing lost, round three": one regression test per defect,
//! through the binary, each listed with its threat in `docs/SECURITY.md`.
//! Siblings: `recovery_identity.rs` (defects 3 and 4), `hostile.rs` (the
//! table of small hostile edits), `tui/terminal_safety.rs` (signals, a closed
//! terminal).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{BINARY, root, run};

const GBA: &str = "policies/gba-division.toml";
const MEASURES: &str = "policies/announced-measures.toml";

/// `levers ARGS` in a child process with `env`, killed if it has not ended
/// within `limit` (a hang is a failure, not a stuck test run). Returns the
/// exit code, standard error and the peak resident memory seen (`VmHWM`, KiB).
fn bounded(args: &[&str], env: &[(&str, &Path)], limit: Duration) -> (Option<i32>, String, u64) {
    let mut command = Command::new(BINARY);
    command
        .current_dir(root())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("levers starts");
    let status = format!("/proc/{}/status", child.id());
    let started = Instant::now();
    let mut peak = 0;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        // The high-water mark only grows; read it until the process ends.
        if let Some(hwm) = std::fs::read_to_string(&status).ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        }) {
            peak = peak.max(hwm);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("levers {args:?} still runs after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
    }
    (status.code(), stderr, peak)
}

// ---- defect 1: bounded work for any accepted input ----

/// A 1 MiB schedule with 80,000 years on one line (each out of range), and a
/// 1 MiB file of 90,000 unknown keys: `check` keeps the first 100 problems,
/// says how many more, and ends (it allocated past 4 GB, or took 213 s).
#[test]
fn a_megabyte_of_mistakes_is_checked_with_bounded_work() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let years: Vec<String> = (2025..82_025).map(|y| format!("{y} = 1.0")).collect();
    let schedule = format!(
        "format = 2\nname = \"x\"\n[measures.a]\nkind = \"rd_grants\"\namount = {{{}}}\n",
        years.join(", ")
    );
    let keys: Vec<String> = (0..90_000).map(|i| format!("k{i} = 1")).collect();
    let keys = keys.join("\n");
    let unknown = format!("format = 2\nname = \"x\"\n{keys}");
    for (name, text) in [("schedule.toml", schedule), ("keys.toml", unknown)] {
        let path = dir.path().join(name);
        std::fs::write(&path, text)?;
        let shown = path.display().to_string();
        // Generous: a debug build on a loaded machine; it took 213 s before.
        let (code, stderr, peak) = bounded(&["check", &shown], &[], Duration::from_mins(1));
        assert_eq!(code, Some(2), "{name}");
        let errors = stderr.lines().filter(|l| l.contains(": error: ")).count();
        assert_eq!(
            errors, 101,
            "{name}: 100 problems and the count of the rest"
        );
        assert!(
            stderr.contains("more problems (only the first 100 are shown"),
            "{stderr}"
        );
        assert!(peak < 512 * 1024, "{name}: peak {peak} KiB");
    }
    Ok(())
}

// ---- defect 2: a hard-linked output on a full disk ----

/// With a second hard link to the output and a file-size limit standing in
/// for a full disk, `-o` fails and both names keep the old content (they held
/// its first 4,096 bytes of the new output).
#[test]
fn a_hard_linked_output_survives_a_full_disk() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let out = dir.path().join("out.csv");
    let other = dir.path().join("other.csv");
    std::fs::write(&out, "old content\n")?;
    std::fs::hard_link(&out, &other)?;
    // `ulimit -f 4`: at most 4 blocks a file; SIGXFSZ ignored so writes fail
    // with EFBIG as on a full disk.
    let status = Command::new("sh")
        .current_dir(root())
        .args(["-c", "trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\""])
        .arg(BINARY)
        .args(["eval", GBA, "--format", "csv", "-o"])
        .arg(&out)
        .stderr(Stdio::null())
        .status()?;
    assert_eq!(status.code(), Some(2));
    for name in [&out, &other] {
        assert_eq!(
            std::fs::read_to_string(name)?,
            "old content\n",
            "{}",
            name.display()
        );
    }
    // With room, both names get the whole new output.
    let written = run(&[
        "eval",
        GBA,
        "--format",
        "csv",
        "-o",
        &out.display().to_string(),
    ]);
    assert_eq!(written.code, Some(0), "{}", written.stderr);
    let new = std::fs::read_to_string(&other)?;
    assert!(
        new.len() > 4096 && new.starts_with("file,name,year"),
        "{new}"
    );
    Ok(())
}

// ---- defects 5 and 13: the installed schema ----

/// A FIFO where the schema is installed: `schema --install` says so and
/// `new` finishes (both hung), writing a `#:schema` line that resolves.
#[test]
fn a_fifo_at_the_schema_s_place_hangs_nothing() -> std::io::Result<()> {
    let data = tempfile::tempdir()?;
    std::fs::create_dir_all(data.path().join("schema"))?;
    let fifo = data.path().join("schema/policy.schema.json");
    assert!(Command::new("mkfifo").arg(&fifo).status()?.success());
    let env = [("LEVERS_DATA_DIR", data.path())];
    let limit = Duration::from_secs(20);
    let (code, stderr, _) = bounded(&["schema", "--install"], &env, limit);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("FIFO"), "{stderr}");
    let package = data.path().join("new.toml");
    let shown = package.display().to_string();
    let (code, stderr, _) = bounded(&["new", &shown], &env, limit);
    assert_eq!(code, Some(0), "{stderr}");
    let text = std::fs::read_to_string(&package)?;
    assert!(text.starts_with("#:schema ./policy.schema.json"), "{text}");
    Ok(())
}

/// The data folder is a regular file: `schema --install` is the user's error
/// (exit 2, saying why), and `new` names no schema that does not exist.
#[test]
fn a_data_folder_that_is_a_file_is_a_clear_error_and_no_dangling_schema() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    std::fs::write(&data, "not a folder")?;
    let install = crate::support::levers()
        .env("LEVERS_DATA_DIR", &data)
        .args(["schema", "--install"])
        .output()?;
    let stderr = String::from_utf8_lossy(&install.stderr);
    assert_eq!(install.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot install the schema"), "{stderr}");
    let package = dir.path().join("p.toml");
    let new = crate::support::levers()
        .env("LEVERS_DATA_DIR", &data)
        .arg("new")
        .arg(&package)
        .output()?;
    assert_eq!(new.status.code(), Some(0));
    let text = std::fs::read_to_string(&package)?;
    assert!(!text.contains("file://"), "{text}");
    Ok(())
}

// ---- defect 7: outputs stream ----

/// Ten times the draws, about the same memory: `--draws-out` streams its rows
/// (the whole file was built in memory: 2.8 GB for 100,000 draws).
#[test]
fn memory_for_draws_out_stays_flat_as_draws_grow() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut peaks = Vec::new();
    for draws in [400, 4000] {
        let out = dir.path().join(format!("d{draws}.csv"));
        let args = [
            "eval",
            GBA,
            "--uncertainty",
            "--draws",
            &draws.to_string(),
            "--draws-out",
            &out.display().to_string(),
        ];
        let (code, stderr, peak) = bounded(&args, &[], Duration::from_mins(5));
        assert_eq!(code, Some(0), "{stderr}");
        let size = std::fs::metadata(&out)?.len();
        peaks.push((draws, peak, size));
    }
    let (_, small, _) = peaks[0];
    let (_, large, size) = peaks[1];
    // The larger file is about 100 MB; memory may grow by a few MB (the bands
    // keep a number per draw), never by the file.
    assert!(size > 50_000_000, "{peaks:?}");
    assert!(
        large < small + 20 * 1024,
        "peak memory grew with draws: {peaks:?}"
    );
    Ok(())
}

/// Ten times the files, about the same memory: `sweep --dir` streams its rows
/// block by block (it held every package and every row until the end). Each
/// package carries 68 KB of text, so holding 900 more of them would add
/// over 60 MB.
#[test]
fn memory_for_sweep_dir_stays_flat_as_files_grow_in_number() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    // Texts of 4,000 characters (a file's limit is 5,000): a description and,
    // on eight measures, a source and a note each.
    let long = "a long text ".repeat(4_000 / 12);
    let mut package = format!(
        "format = 2\nname = \"Long texts\"\ndescription = \"{long}\"\n\n[target]\nmanufacturing_share_pct = 5.0\nyear = 2032\n"
    );
    for i in 0..8 {
        package.push_str(&format!(
            "\n[measures.grant_{i}]\nkind = \"rd_grants\"\namount = 0.5\nstart = 2026\nsource = \"{long}\"\nnote = \"{long}\"\n"
        ));
    }
    assert!(package.len() > 48 * 1024);
    let mut peaks = Vec::new();
    for count in [100, 1000] {
        let folder = dir.path().join(format!("packages{count}"));
        std::fs::create_dir(&folder)?;
        for i in 0..count {
            std::fs::write(folder.join(format!("p{i:04}.toml")), &package)?;
        }
        let out = dir.path().join(format!("s{count}.csv"));
        let args = [
            "sweep",
            "--dir",
            &folder.display().to_string(),
            "-o",
            &out.display().to_string(),
        ];
        let (code, stderr, peak) = bounded(&args, &[], Duration::from_mins(5));
        assert_eq!(code, Some(0), "{stderr}");
        let written = std::fs::read_to_string(&out)?;
        assert_eq!(
            written.lines().count(),
            count + 1,
            "a header and a row each"
        );
        assert!(
            written.contains("p0000.toml") && written.contains(&format!("p{:04}.toml", count - 1))
        );
        peaks.push((count, peak));
    }
    let (_, small) = peaks[0];
    let (_, large) = peaks[1];
    // Only the sorted file names grow with the folder (under 100 KB here).
    assert!(
        large < small + 8 * 1024,
        "peak memory grew with the files: {peaks:?} (KiB)"
    );
    Ok(())
}

/// The worksheet's row limit is checked before any package is run.
#[test]
fn a_sweep_too_large_for_a_worksheet_is_refused_before_work() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let out = dir.path().join("s.xlsx").display().to_string();
    let args = [
        "sweep",
        MEASURES,
        "--vary",
        "zone_coinvestment.amount=0..20:0.00005",
        "--vary",
        "zone_coinvestment.start=2025..2029:1",
        "-o",
        &out,
    ];
    let (code, stderr, _) = bounded(&args, &[], Duration::from_secs(30));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("a worksheet holds at most"), "{stderr}");
    assert!(!Path::new(&out).exists());
    Ok(())
}

// ---- defect 12: every package a sweep emits is one `check` accepts ----

#[test]
fn a_sweep_whose_axes_cross_is_refused_naming_the_package() {
    let result = run(&[
        "sweep",
        MEASURES,
        "--vary",
        "zone_coinvestment.start=2025..2030:5",
        "--vary",
        "zone_coinvestment.end=2025..2030:5",
    ]);
    assert_eq!(result.code, Some(2), "{}", result.stdout);
    assert!(
        result.stdout.is_empty(),
        "no row of a bad grid: {}",
        result.stdout
    );
    assert!(
        result
            .stderr
            .contains("zone_coinvestment.start = 2030, zone_coinvestment.end = 2025"),
        "{}",
        result.stderr
    );
}

// ---- defect 13: sweep --dir and the unknown command ----

#[test]
fn sweep_dir_names_what_it_cannot_read_instead_of_skipping_it() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    std::fs::copy(GBA, dir.path().join("a.toml"))?;
    assert!(
        Command::new("mkfifo")
            .arg(dir.path().join("pipe.toml"))
            .status()?
            .success()
    );
    std::fs::create_dir(dir.path().join("folder.toml"))?;
    std::os::unix::fs::symlink("/nonexistent/x", dir.path().join("broken.toml"))?;
    let shown = dir.path().display().to_string();
    let (code, stderr, _) = bounded(&["sweep", "--dir", &shown], &[], Duration::from_secs(30));
    assert_eq!(code, Some(2), "{stderr}");
    for name in ["pipe.toml", "folder.toml", "broken.toml"] {
        assert!(stderr.contains(name), "{name}: {stderr}");
    }
    Ok(())
}

/// A folder of broken packages: the first 100 files' problems are listed,
/// the rest counted, and no row is written before them (standard output
/// stays empty).
#[test]
fn sweep_dir_lists_the_first_hundred_broken_files_and_counts_the_rest() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    for i in 0..105 {
        std::fs::write(
            dir.path().join(format!("p{i:03}.toml")),
            "format = 2\nname = \"x\"\n[measures.a]\nkind = \"no_such_kind\"\n",
        )?;
    }
    let result = run(&["sweep", "--dir", &dir.path().display().to_string()]);
    assert_eq!(result.code, Some(2), "{}", result.stderr);
    assert!(result.stdout.is_empty(), "{}", result.stdout);
    assert!(result.stderr.contains("p099.toml"), "{}", result.stderr);
    assert!(!result.stderr.contains("p100.toml"), "{}", result.stderr);
    assert!(
        result.stderr.contains("and 5 more files with problems"),
        "{}",
        result.stderr
    );
    Ok(())
}

#[test]
fn an_unknown_command_is_named() {
    let result = run(&["frobnicate", "x.toml"]);
    assert_eq!(result.code, Some(2));
    assert!(
        result.stderr.contains("unknown command `frobnicate`"),
        "{}",
        result.stderr
    );
}

// ---- defect 6: the workbench opens a package of thousands of measures at once ----

/// The workbench as the terminal opens it hands the attribution of a large
/// package to its worker: the first frame needs only the projection (it drew
/// nothing for 26 s with 800 measures). Asserted on state, not on time.
#[test]
fn a_workbench_on_thousands_of_measures_attributes_them_on_its_worker() {
    use levers_core::measure::{Amount, Measure, MeasureKind};
    let baseline = crate::support::baseline();
    let mut policy = levers_core::Policy::status_quo();
    policy.measures = (0..5_000)
        .map(|i| {
            Measure::new(
                format!("scheme_{i}"),
                MeasureKind::RdGrants,
                Amount::Constant(0.001),
                2025 + (i % 4),
            )
        })
        .collect();
    let mut app = levers::tui::App::in_background(baseline, policy, None);
    assert!(
        app.attribution().contributors.is_empty(),
        "a placeholder, not the answer"
    );
    assert!(app.attribution_updating(), "the answer is on the worker");
    let frame = crate::support::app::render(&mut app, 120, 40);
    assert!(
        crate::support::app::screen_text(frame.backend().buffer()).contains("scheme_0"),
        "the first frame shows the package"
    );
    app.settle();
    assert!(!app.attribution_updating());
    assert_eq!(
        app.attribution().contributors.len(),
        1,
        "by kind past 4,096 measures"
    );
}

// ---- defect 5: a FIFO in place of the open package ----

/// The package's file is replaced by a FIFO while the workbench has it open;
/// `s` asks (the file is not what was read), and `y` is refused with a
/// message: nothing blocks (the stamp read the FIFO and froze the workbench).
#[test]
fn saving_over_a_package_replaced_by_a_fifo_blocks_nothing() -> std::io::Result<()> {
    use crate::support::app::{app_with, ch, press};
    use levers::tui::app::Mode;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("p.toml");
    std::fs::copy("policies/blueprint-2032.toml", &path)?;
    let baseline = crate::support::baseline();
    let policy = crate::support::load("policies/blueprint-2032.toml", &baseline);
    let mut app = app_with(policy, Some(path.clone()));
    app.stamp = levers_files::fsio::stamp(&path);
    std::fs::remove_file(&path)?;
    assert!(Command::new("mkfifo").arg(&path).status()?.success());
    // On a thread, so that a hang fails the test instead of stopping the run.
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        press(&mut app, &[ch('0'), ch('s')]);
        let asked = matches!(app.mode, Mode::ConfirmSave { .. });
        press(&mut app, &[ch('y')]);
        let told = match &app.mode {
            Mode::Message { text, .. } => text.clone(),
            _ => app.note().map(|n| n.text.clone()).unwrap_or_default(),
        };
        let _ = done.send((asked, app.is_dirty(), told));
    });
    let (asked, dirty, told) = finished
        .recv_timeout(Duration::from_secs(10))
        .expect("the save answered within 10 s");
    assert!(asked, "a file that is not what was read: asked first");
    assert!(dirty, "the edits kept");
    assert!(told.contains("FIFO"), "refused, saying why: {told}");
    Ok(())
}
