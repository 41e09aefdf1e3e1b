//! One stable sort for the whole app.
//!
//! Every `slice::sort_by` call with its own closure compiles its own copy of
//! the standard library's sort (driftsort and its quicksort, about 460 bytes
//! of wasm per copy). The app had 174 such copies: 81 KB, 6 % of the wasm
//! (measured with twiggy, see ARCHITECTURE.md). Sorting goes through here
//! instead: the standard sort is compiled once, over positions, and each
//! caller supplies only its comparison. The result is the same as
//! `sort_by`: stable (equal items keep their order), O(n log n).
//!
//! Native-only code (the pre-renderer, the CLI) may keep using `sort_by`:
//! its size costs the reader nothing.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = positions(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| slots[i].take()));
}

/// Sorts `v` by a key, keeping equal items in their order (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order, keeping equal items in their order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The positions `0..len` in sorted order: the one place the standard sort is
/// compiled for the app.
#[inline(never)]
fn positions(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs sorted by the first number only: ties must keep their order.
        let mut seed = 7u32;
        let mut v: Vec<(u8, u32)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 24) as u8 % 13, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|a| a.0);
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, expected);
        sort_by_key(&mut v, |p| std::cmp::Reverse(p.1));
        assert_eq!(v.first().map(|p| p.1), Some(499));
        let mut words = vec!["palu", "donggala", "sigi", "banggai"];
        sort(&mut words);
        assert_eq!(words, ["banggai", "donggala", "palu", "sigi"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
