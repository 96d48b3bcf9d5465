//! Whether the workbench's terminal is still there, asked without crossterm.
//!
//! When the terminal goes (its window closed, the tmux session killed, the ssh
//! link dropped) its input stays readable forever and every read returns
//! nothing. crossterm 0.29's event reader then loops inside `event::poll`
//! without returning (crossterm-rs/crossterm#793, fix proposed in #1067), so the
//! run loop would never run again: no recovery copy, no exit, a core spinning.
//! So the run loop asks here first, and only hands a live terminal to crossterm;
//! [`watchdog`] ends the process should the terminal go in the instant between.

use std::io::IsTerminal;
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, poll};

/// The error that ends the run loop when the terminal has gone.
pub fn gone_error() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::UnexpectedEof,
        "the terminal has gone (closed or hung up)",
    )
}

/// Whether the terminal has gone. The workbench starts only on a terminal
/// (standard input and output both); a hung-up terminal answers every terminal
/// request with an error, so it no longer counts as one.
pub fn gone() -> bool {
    !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal()
}

/// Waits up to `timeout` for input on the terminal. `Err` when the terminal has
/// hung up, failed or gone; `Ok` on input or when the time is up.
pub fn wait_for_input(timeout: Duration) -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let timeout = rustix::event::Timespec::try_from(timeout).ok();
    match poll(&mut fds, timeout.as_ref()) {
        Ok(_) => {}
        // A signal (a resize, SIGTERM): the run loop looks at it next.
        Err(rustix::io::Errno::INTR) => return Ok(()),
        Err(error) => return Err(error.into()),
    }
    let revents = fds[0].revents();
    if revents.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) || gone() {
        return Err(gone_error());
    }
    Ok(())
}

/// Ends the process (exit status 129, as for SIGHUP) when the terminal has
/// been gone for half a second and the run loop has not noticed: it is then
/// stuck inside crossterm. Half a second, so that with the time to notice the
/// workbench ends within the second the README promises. The recovery copy on
/// disk is then at most a second old (it is written at most
/// [`super::recovery::DEBOUNCE`] apart while edits come).
pub fn watchdog() {
    std::thread::spawn(|| {
        let mut gone_since = 0;
        loop {
            std::thread::sleep(Duration::from_millis(100));
            gone_since = if gone() { gone_since + 1 } else { 0 };
            if gone_since >= 5 {
                std::process::exit(129);
            }
        }
    });
}
