//! A save interrupted at any moment (the process killed with SIGKILL, repeatedly)
//! leaves the file either as it was or as it was to be — whole, never mixed or
//! truncated.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

const CHILD: &str = "LEVERS_SAVE_LOOP_FILE";

fn contents(version: u8) -> String {
    let line = format!("# version {version} {}\n", "x".repeat(100));
    format!("format = 1\nname = \"v{version}\"\n{}", line.repeat(4_000))
}

/// The full name of [`save_loop_child`] in this test binary, for `--exact`.
fn child_test_name() -> String {
    let module = module_path!().split_once("::").map_or("", |(_, path)| path);
    format!("{module}::save_loop_child")
}

/// The child: saves versions A and B alternately, forever, until killed.
#[test]
fn save_loop_child() {
    let Ok(path) = std::env::var(CHILD) else {
        return;
    };
    let path = Path::new(&path);
    for round in 0u64.. {
        let version = if round % 2 == 0 { b'B' } else { b'A' };
        if levers_files::fsio::save_atomic(path, &contents(version)).is_err() {
            return;
        }
    }
}

#[test]
fn killing_a_save_never_leaves_a_damaged_file() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("package.toml");
    std::fs::write(&path, contents(b'A'))?;
    let (a, b) = (contents(b'A'), contents(b'B'));
    let exe = std::env::current_exe()?;
    let mut killed_mid_save = 0;
    for round in 0..40u64 {
        std::fs::write(&path, &a)?;
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                &child_test_name(),
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env(CHILD, &path)
            .spawn()?;
        // Wait for the child's first completed save (version B), then kill it at
        // a varying moment of its following saves.
        let mut waited = 0;
        while std::fs::read_to_string(&path)? != b && waited < 10_000 {
            std::thread::sleep(Duration::from_millis(1));
            waited += 1;
        }
        std::thread::sleep(Duration::from_micros(300 + (round * 737) % 5_000));
        child.kill()?;
        child.wait()?;
        let now = std::fs::read_to_string(&path)?;
        assert!(
            now == a || now == b,
            "round {round}: damaged file of {} bytes",
            now.len()
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())?
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".levers-save-"))
            .collect();
        if !leftovers.is_empty() {
            killed_mid_save += 1;
        }
        for entry in leftovers {
            std::fs::remove_file(entry.path())?;
        }
    }
    assert!(
        killed_mid_save > 0,
        "no kill landed in the middle of a save: the test proved nothing"
    );
    eprintln!("{killed_mid_save} of 40 kills landed mid-save; the file was whole every time");
    Ok(())
}
