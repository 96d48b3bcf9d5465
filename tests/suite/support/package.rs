//! A package builder for tests, in the manner of ripgrep's `tests/util.rs`: start
//! from an example file's text, set a field, write it into a temporary folder and
//! run a command of the binary on it.
//!
//! It works on the file's TEXT (through `toml_edit`, which keeps every other
//! line as it was), never on the in-memory `Policy`, so a test says what a user
//! would type and does not depend on how the core represents a package.

use std::path::{Path, PathBuf};

use super::{Run, run};

/// A TOML file to be written into its own temporary folder.
pub struct Package {
    dir: tempfile::TempDir,
    name: String,
    text: String,
}

/// The Blueprint 2032 example, the package most tests start from.
pub const BLUEPRINT: &str = "policies/blueprint-2032.toml";

/// The announced measures example (format 2).
pub const MEASURES: &str = "policies/announced-measures.toml";

impl Package {
    /// The example (or fixture) at `path`, relative to the package root.
    pub fn example(path: &str) -> Self {
        let text = std::fs::read_to_string(super::root().join(path))
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let name = Path::new(path).file_name().map_or_else(
            || "package.toml".into(),
            |n| n.to_string_lossy().into_owned(),
        );
        Self::text(&name, &text)
    }

    /// The Blueprint 2032 package as a format-1 file (the example's values,
    /// as it was before the examples became format 2), named as the example,
    /// so tests set its dials by their format-1 keys
    /// (`levers.land.rent_subsidy_pct`); it projects as the example does.
    pub fn blueprint() -> Self {
        let path = "tests/fixtures/valid/format-1-blueprint.toml";
        let text = std::fs::read_to_string(super::root().join(path))
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        Self::text("blueprint-2032.toml", &text)
    }

    /// The announced measures example.
    pub fn measures() -> Self {
        Self::example(MEASURES)
    }

    /// A file named `name` holding `text` as it is.
    pub fn text(name: &str, text: &str) -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("a temporary folder: {e}"));
        Self {
            dir,
            name: name.to_string(),
            text: text.to_string(),
        }
    }

    /// The same text under another file name (a file name can be hostile too).
    pub fn named(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    /// Sets the field at the dotted path `key` (`budget.cap_hkd_bn_per_year`)
    /// to `value`, creating the tables on the way; the other lines stay as
    /// they were (a comment after the value goes with it).
    pub fn set(mut self, key: &str, value: impl Into<toml_edit::Value>) -> Self {
        let mut document: toml_edit::DocumentMut = self
            .text
            .parse()
            .unwrap_or_else(|e| panic!("{} is not TOML to edit: {e}", self.name));
        let path: Vec<&str> = key.split('.').collect();
        let Some((last, tables)) = path.split_last() else {
            panic!("an empty key");
        };
        let mut item = document.as_item_mut();
        for table in tables {
            item = &mut item[*table];
        }
        item[*last] = toml_edit::value(value);
        self.text = document.to_string();
        self
    }

    /// Sets the field at `key` to `toml`, a value written in TOML (`"2035"`,
    /// `1e308`, `{ a = 1 }`), for values whose spelling matters.
    pub fn set_toml(self, key: &str, toml: &str) -> Self {
        let value: toml_edit::Value = toml
            .parse()
            .unwrap_or_else(|e| panic!("{toml} is not a TOML value: {e}"));
        self.set(key, value)
    }

    /// Replaces the first `from` by `to`, as text: for edits that are not a
    /// value (a renamed table, a key set twice). `from` must be there.
    pub fn replace(mut self, from: &str, to: &str) -> Self {
        assert!(
            self.text.contains(from),
            "{} has no {from:?} to replace",
            self.name
        );
        self.text = self.text.replacen(from, to, 1);
        self
    }

    /// Adds `text` at the end of the file.
    pub fn append(mut self, text: &str) -> Self {
        self.text.push_str(text);
        self
    }

    /// Adds `text` at the start of the file.
    pub fn prepend(mut self, text: &str) -> Self {
        self.text.insert_str(0, text);
        self
    }

    /// The file's text as it will be written.
    pub fn contents(&self) -> &str {
        &self.text
    }

    /// The 1-based number of the first line holding `needle`.
    pub fn line_of(&self, needle: &str) -> usize {
        self.text
            .lines()
            .position(|line| line.contains(needle))
            .unwrap_or_else(|| panic!("{} has no line with {needle:?}", self.name))
            + 1
    }

    /// A path in the package's folder, for an output or a second file.
    pub fn beside(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes the file (again) and returns its path.
    pub fn path(&self) -> String {
        let path = self.dir.path().join(&self.name);
        std::fs::write(&path, &self.text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        path.display().to_string()
    }

    /// Writes the file and runs `levers ARGS`, where the argument `{package}`
    /// (or any argument containing it) is filled with the file's path and
    /// `{dir}` with its folder.
    pub fn run(&self, args: &[&str]) -> Run {
        let path = self.path();
        let dir = self.dir.path().display().to_string();
        let args: Vec<String> = args
            .iter()
            .map(|arg| arg.replace("{package}", &path).replace("{dir}", &dir))
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&args)
    }

    /// `levers check` on the file.
    pub fn check(&self) -> Run {
        self.run(&["check", "{package}"])
    }

    /// `levers eval` on the file, as a table.
    pub fn eval(&self) -> Run {
        self.run(&["eval", "{package}"])
    }
}

impl Run {
    /// Fails, showing what was printed, unless the run exited with `code`.
    pub fn exits(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "exit {:?}\nstdout:\n{}\nstderr:\n{}",
            self.code,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Fails unless the error output holds every text of `texts`.
    pub fn says(&self, texts: &[&str]) -> &Self {
        for text in texts {
            assert!(
                self.stderr.contains(text),
                "no {text:?} in stderr:\n{}",
                self.stderr
            );
        }
        self
    }

    /// Fails if the error output holds any text of `texts`.
    pub fn never_says(&self, texts: &[&str]) -> &Self {
        for text in texts {
            assert!(
                !self.stderr.contains(text),
                "{text:?} in stderr:\n{}",
                self.stderr
            );
        }
        self
    }

    /// The standard output as JSON; the run must have succeeded.
    pub fn json(&self) -> serde_json::Value {
        self.exits(0);
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
}

/// The standard output of `levers ARGS` run with `RAYON_NUM_THREADS=threads`,
/// which must succeed: for tests that the bytes do not depend on the threads.
/// The CLI's Monte Carlo bands of `policy` (`draws`, `seed`) computed on a
/// pool of `threads` threads; `None` threads: rayon's default pool.
pub fn bands_on_threads(
    baseline: &levers_core::Baseline,
    policy: &levers_core::Policy,
    (draws, seed): (usize, u64),
    threads: Option<usize>,
) -> levers_core::analysis::Uncertainty {
    let bands = || {
        let lang = levers_report::i18n::Lang::En;
        levers::cli::eval::monte_carlo_parallel(lang, baseline, policy, draws, seed)
    };
    let Some(threads) = threads else {
        return bands();
    };
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
        .install(bands)
}

pub fn stdout_on_threads(args: &[&str], threads: usize) -> Vec<u8> {
    super::output_of(
        super::levers()
            .env("RAYON_NUM_THREADS", threads.to_string())
            .args(args),
    )
}
