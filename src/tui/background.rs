//! Work kept off the keystroke path: the exact attribution of a package with
//! many players (2^n projections) and the goal seek (1–2 s) run on worker
//! threads while the workbench keeps drawing and answering keys.
//!
//! The run loop switches this on ([`super::App::work_in_background`]); without
//! it (tests, scripts) the same work runs inline, so both give the same
//! numbers. Attribution jobs go to one long-lived worker that always takes the
//! newest job waiting and skips the older ones (a held key queues many); each
//! job carries a generation number, and only the answer for the package in
//! force is kept. A seek runs on its own thread with a stop flag it reads
//! before each candidate it evaluates; cancelling (or a newer seek) sets the
//! flag, so the search stops within one candidate, and drops the receiving
//! end, so no answer ever lands.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::{self, JoinHandle};

use levers_core::analysis::robust_seek::RobustSeek;
use levers_core::analysis::seek::SeekRequest;
use levers_core::analysis::seek::Stopped;
use levers_core::analysis::{Attribution, AttributionPlayers, attribute_with};
use levers_core::{Baseline, Policy};

use super::discover::DiscoverView;

/// Most Shapley players attributed inline on a keystroke: 2^6 = 64
/// projections to the target year take about 0.15 ms. Beyond that the
/// attribution goes to the worker.
pub const INLINE_PLAYERS: usize = 6;

/// One attribution to compute: the package, how its measures play, and the
/// generation it answers.
struct AttributionJob {
    generation: u64,
    policy: Policy,
    players: AttributionPlayers,
}

/// The worker threads and the answers on their way back.
pub struct Background {
    jobs: Sender<AttributionJob>,
    answers: Receiver<(u64, Attribution)>,
    /// The generation of the newest job sent, and whether it is still out.
    newest: u64,
    attribution_out: bool,
    seek: Option<SeekInFlight>,
    /// The worker of the last seek cancelled or replaced, while it winds down.
    cancelled: Option<JoinHandle<Result<(), Stopped>>>,
    /// The scenario discovery on its way, if any.
    discover: Option<Receiver<DiscoverView>>,
    baseline: Baseline,
}

/// A seek on its worker thread.
struct SeekInFlight {
    answer: Receiver<RobustSeek>,
    /// Set to ask the worker to stop; it then answers nothing.
    stop: Arc<AtomicBool>,
    /// Ends `Err(Stopped)` when the flag stopped the search.
    worker: JoinHandle<Result<(), Stopped>>,
}

impl Background {
    /// Starts the attribution worker for packages on `baseline`.
    pub fn start(baseline: &Baseline) -> Background {
        let (jobs, job_queue) = mpsc::channel::<AttributionJob>();
        let (answer, answers) = mpsc::channel();
        let worker_baseline = baseline.clone();
        thread::spawn(move || {
            while let Ok(mut job) = job_queue.recv() {
                // Only the newest package matters: skip what a held key queued.
                while let Ok(newer) = job_queue.try_recv() {
                    job = newer;
                }
                let attribution = attribute_with(&worker_baseline, &job.policy, job.players);
                if answer.send((job.generation, attribution)).is_err() {
                    break;
                }
            }
        });
        Background {
            jobs,
            answers,
            newest: 0,
            attribution_out: false,
            seek: None,
            cancelled: None,
            discover: None,
            baseline: baseline.clone(),
        }
    }

    /// Sends `policy` to the attribution worker; the answer replaces any
    /// answer for an older package.
    pub fn attribute(&mut self, policy: &Policy, players: AttributionPlayers) {
        self.newest += 1;
        self.attribution_out = self
            .jobs
            .send(AttributionJob {
                generation: self.newest,
                policy: policy.clone(),
                players,
            })
            .is_ok();
    }

    /// Forgets the attribution in flight (the package went back to one
    /// attributed inline).
    pub fn drop_attribution(&mut self) {
        self.newest += 1;
        self.attribution_out = false;
    }

    /// Whether an attribution is on its way.
    pub fn attribution_out(&self) -> bool {
        self.attribution_out
    }

    /// The attribution of the newest package, once it has landed.
    pub fn attribution_landed(&mut self) -> Option<Attribution> {
        let mut landed = None;
        while let Ok((generation, attribution)) = self.answers.try_recv() {
            if generation == self.newest && self.attribution_out {
                landed = Some(attribution);
            }
        }
        if landed.is_some() {
            self.attribution_out = false;
        }
        landed
    }

    /// Waits for the attribution on its way (tests and benches).
    pub fn wait_for_attribution(&mut self) -> Option<Attribution> {
        while self.attribution_out {
            let (generation, attribution) = self.answers.recv().ok()?;
            if generation == self.newest {
                self.attribution_out = false;
                return Some(attribution);
            }
        }
        None
    }

    /// Starts the goal seek on its own thread; one in flight is stopped.
    pub fn seek(&mut self, request: SeekRequest) {
        self.cancel_seek();
        let (answer, receiver) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let baseline = self.baseline.clone();
        let worker = thread::spawn(move || {
            let should_stop = || flag.load(Ordering::Relaxed);
            let robust =
                super::analysis::run_seek_unless_stopped(&baseline, &request, &should_stop)?;
            // Cancelled after the last candidate: no receiver, the answer is dropped.
            let _ = answer.send(robust);
            Ok(())
        });
        self.seek = Some(SeekInFlight {
            answer: receiver,
            stop,
            worker,
        });
    }

    /// Whether a seek is running.
    pub fn seeking(&self) -> bool {
        self.seek.is_some()
    }

    /// Stops the seek in flight: its worker stops before its next candidate
    /// and nothing it found is awaited.
    pub fn cancel_seek(&mut self) {
        if let Some(seek) = self.seek.take() {
            seek.stop.store(true, Ordering::Relaxed);
            self.cancelled = Some(seek.worker);
        }
    }

    /// The stop flag of the seek in flight (tests).
    pub fn seek_stop_flag(&self) -> Option<Arc<AtomicBool>> {
        self.seek.as_ref().map(|seek| Arc::clone(&seek.stop))
    }

    /// Waits for the worker of the last seek cancelled (tests): `Some(true)`
    /// when the flag stopped its search, `Some(false)` when it had finished
    /// first, `None` when no seek was cancelled.
    pub fn wait_for_cancelled_seek(&mut self) -> Option<bool> {
        let worker = self.cancelled.take()?;
        Some(matches!(worker.join(), Ok(Err(Stopped))))
    }

    /// Waits for the seek in flight (tests and benches): `None` when none
    /// runs, `Some(None)` when its thread died without answering.
    pub fn wait_for_seek(&mut self) -> Option<Option<RobustSeek>> {
        let seek = self.seek.take()?;
        Some(seek.answer.recv().ok())
    }

    /// What the seek found, once it has finished. A seek whose thread died
    /// without answering ends with `Some(None)`.
    pub fn seek_landed(&mut self) -> Option<Option<RobustSeek>> {
        let seek = self.seek.as_ref()?;
        let landed = match seek.answer.try_recv() {
            Ok(robust) => Some(robust),
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        self.seek = None;
        Some(landed)
    }
}

impl Background {
    /// Starts the scenario discovery of `policy` on its own thread; the
    /// answer of one still running is dropped when it lands.
    pub fn discover(&mut self, policy: &Policy) {
        let (answer, receiver) = mpsc::channel();
        let baseline = self.baseline.clone();
        let policy = policy.clone();
        thread::spawn(move || {
            // The view was closed meanwhile: no receiver, nothing to do.
            let _ = answer.send(DiscoverView::compute(&baseline, &policy));
        });
        self.discover = Some(receiver);
    }

    /// Forgets the discovery on its way.
    pub fn drop_discover(&mut self) {
        self.discover = None;
    }

    /// Whether a discovery is on its way.
    pub fn discovering(&self) -> bool {
        self.discover.is_some()
    }

    /// The discovery, once it has landed.
    pub fn discover_landed(&mut self) -> Option<DiscoverView> {
        let landed = self.discover.as_ref()?.try_recv();
        // Landed, or its thread died: either way nothing is on its way.
        if !matches!(landed, Err(TryRecvError::Empty)) {
            self.discover = None;
        }
        landed.ok()
    }

    /// Waits for the discovery on its way (tests and benches).
    pub fn wait_for_discover(&mut self) -> Option<DiscoverView> {
        self.discover.take()?.recv().ok()
    }
}

impl Drop for Background {
    /// The workbench is closing: a seek in flight need not run on.
    fn drop(&mut self) {
        self.cancel_seek();
    }
}
