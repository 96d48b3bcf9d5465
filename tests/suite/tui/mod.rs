//! The workbench: the real `App` driven with key events, rendered into a
//! `TestBackend`, and end to end in a real terminal (tmux).

mod analysis;
mod app;
mod background;
mod burst;
mod chinese;
mod chinese_popups;
mod dial_editors;
mod discover;
mod editors;
mod fiscal;
mod fits;
mod inputs;
mod measures;
mod pins;
mod props;
mod recovery;
mod rooms;
mod saves;
mod snapshots;
mod terminal_safety;
mod theme;
mod tmux;
