//! Reusable pieces of pages.
pub mod bar_chart;
pub mod data_gate;
pub mod figure_bits;
pub mod figure_card;
pub mod glossary_link;
pub mod history_chart;
pub mod layout;
pub mod needs_app;
pub mod page_meta;
pub mod page_tools;
pub mod program_item;
pub mod region_context;
pub mod search_box;
pub mod select_field;
pub mod share_tools;
pub mod table_scroll;
pub mod url_notice;
