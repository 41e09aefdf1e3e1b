//! (strings for the programs views; filled in by that work)

#[allow(unused_imports)]
use super::{Lang, Tr};
