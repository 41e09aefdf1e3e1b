//! Reusable pieces of pages.
pub mod bar_chart;
pub mod data_gate;
pub mod figure_card;
pub mod layout;
pub mod search_box;
pub mod share_tools;
