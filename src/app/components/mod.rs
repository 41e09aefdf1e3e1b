//! Reusable pieces of pages.
pub mod data_gate;
pub mod figure_card;
pub mod layout;
pub mod search_box;
