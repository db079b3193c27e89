//! A fast seeded hasher for the crate's per-analysis hash maps (words, stem ids).
//!
//! The standard library's SipHash is built to resist flooding by crafted keys, and costs about
//! as much as the rest of a word lookup. This hasher folds eight bytes at a time with one
//! 64×64→128-bit multiply (the "folded multiply" of wyhash and foldhash). Its seed comes from
//! [`std::collections::hash_map::RandomState`], so keys that collide cannot be chosen in
//! advance by someone crafting a paste.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

/// A hash map keyed through [`Seeded`].
pub(crate) type FastMap<K, V> = HashMap<K, V, Seeded>;

/// A new, empty [`FastMap`] with a fresh seed.
pub(crate) fn fast_map<K, V>() -> FastMap<K, V> {
    HashMap::with_hasher(Seeded::new())
}

/// The multiplier of the fold: the 64-bit golden ratio, odd.
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// Folded-multiply mixing of `n` into the hash `h`.
pub(crate) fn mix(h: u64, n: u64) -> u64 {
    let m = u128::from(h ^ n) * u128::from(MULTIPLIER);
    (m as u64) ^ ((m >> 64) as u64)
}

/// A fresh random hash key.
pub(crate) fn random_key() -> u64 {
    RandomState::new().hash_one(0u32)
}

/// The hasher state: one 64-bit word.
pub(crate) struct Fold(u64);

impl Fold {
    /// Mixes one 64-bit word into the state.
    fn mix(&mut self, n: u64) {
        self.0 = mix(self.0, n);
    }
}

impl Hasher for Fold {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length keeps "a" and "a\0" apart.
            self.mix(u64::from_le_bytes(word) ^ (rest.len() as u64) << 59);
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.mix(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.mix(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.mix(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`Fold`] hashers from one random seed.
#[derive(Clone)]
pub(crate) struct Seeded(u64);

impl Seeded {
    /// A fresh random seed.
    pub(crate) fn new() -> Self {
        Seeded(random_key())
    }
}

impl BuildHasher for Seeded {
    type Hasher = Fold;

    fn build_hasher(&self) -> Fold {
        Fold(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_alike_and_near_keys_apart() {
        let s = Seeded::new();
        assert_eq!(s.hash_one("trade"), s.hash_one(String::from("trade")));
        let near = [
            "a",
            "a\0",
            "ab",
            "ba",
            "trade",
            "trades",
            "12345678",
            "123456789",
        ];
        for (i, a) in near.iter().enumerate() {
            for b in &near[i + 1..] {
                assert_ne!(s.hash_one(a), s.hash_one(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn map_finds_by_borrowed_key() {
        let mut m: FastMap<String, u32> = fast_map();
        m.insert("trade".into(), 1);
        assert_eq!(m.get("trade"), Some(&1));
        assert_eq!(m.get("trades"), None);
    }
}
