//! One file per page.
pub mod checker;
pub mod compare;
pub mod embed;
pub mod glossary;
pub mod home;
pub mod map;
pub mod not_found;
pub mod offline;
pub mod problems;
pub mod program;
pub mod programs;
pub mod ranking;
pub mod region;
pub mod regional_role;
pub mod regions;
