//! A fast seeded hash for the crate's per-analysis tables (words, stem ids), and the compact
//! tables built on it: [`Index`] of places in a list, [`Interner`] of strings and [`Table`]
//! of keys to values.
//!
//! The standard library's SipHash is built to resist flooding by crafted keys, and costs about
//! as much as the rest of a word lookup. This hash folds eight bytes at a time with one
//! 64×64→128-bit multiply (the "folded multiply" of wyhash and foldhash). Its seed comes from
//! [`std::collections::hash_map::RandomState`], so keys that collide cannot be chosen in
//! advance by someone crafting a paste. One open-addressing design serves every table: the
//! standard `HashMap` would add its own code for each key type to the wasm.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;

/// The multiplier of the fold: the 64-bit golden ratio, odd.
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// Folded-multiply mixing of `n` into the hash `h`. (wasm has no 64×64→128-bit multiply, so
/// there it is a call into compiler-rt; a single 64-bit multiply instead was measured no
/// faster in Chromium, and it let keys that differ only in their high bits collide whatever
/// the seed, which a crafted paste could use to make the tables quadratic.)
pub(crate) fn mix(h: u64, n: u64) -> u64 {
    let m = u128::from(h ^ n) * u128::from(MULTIPLIER);
    (m as u64) ^ ((m >> 64) as u64)
}

/// A fresh random hash key.
fn random_key() -> u64 {
    RandomState::new().hash_one(0u32)
}

/// The empty slot of an [`Index`].
const EMPTY: u32 = u32::MAX;

/// A hash table of places (indices) in a list its owner keeps, which compares and hashes the
/// entries: open addressing with linear probing, 4 bytes a slot, at most three quarters of the
/// slots used. A `HashMap` would store every key a second time.
pub(crate) struct Index {
    /// Places, [`EMPTY`] in an empty slot; a power of two long.
    slots: Vec<u32>,
    /// How many places are stored.
    len: usize,
    /// The key of the hashes (random, so crafted input cannot aim at collisions; mixed by
    /// [`mix`], far cheaper than SipHash).
    pub(crate) key: u64,
}

impl Index {
    /// An empty table.
    pub(crate) fn new() -> Self {
        Index {
            slots: Vec::new(),
            len: 0,
            key: random_key(),
        }
    }

    /// An empty table with room for `n` places before it grows.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let size = (4 * n).div_ceil(3).next_power_of_two().max(16);
        Index {
            slots: vec![EMPTY; size],
            ..Index::new()
        }
    }

    /// The place of the entry with hash `hash` for which `is` holds; when there is none, the
    /// length of the list, which the caller then extends with the new entry. `hash_of` hashes
    /// the entry at a place (to grow the table).
    pub(crate) fn place(
        &mut self,
        hash: u64,
        is: impl Fn(usize) -> bool,
        hash_of: impl Fn(usize) -> u64,
    ) -> usize {
        if 4 * (self.len + 1) > 3 * self.slots.len() {
            self.rehash((2 * self.slots.len()).max(16), hash_of);
        }
        match self.probe(hash, is) {
            Ok(place) => place,
            Err(slot) => {
                self.slots[slot] = self.len as u32;
                self.len += 1;
                self.len - 1
            }
        }
    }

    /// Forgets every place and stores the list's first `len` again (after the caller dropped
    /// some entries from it and moved the rest up). `hash_of` hashes the entry at a place.
    pub(crate) fn refill(&mut self, len: usize, hash_of: impl Fn(usize) -> u64) {
        self.len = len;
        self.rehash(self.slots.len(), hash_of);
    }

    /// Stores every place again in `size` slots.
    fn rehash(&mut self, size: usize, hash_of: impl Fn(usize) -> u64) {
        // The old slots go before the new ones come: the places are hashed from the list.
        self.slots = Vec::new();
        self.slots = vec![EMPTY; size];
        for place in 0..self.len {
            let slot = self.free_slot(hash_of(place));
            self.slots[slot] = place as u32;
        }
    }

    /// The place of the entry with hash `hash` for which `is` holds, if any.
    pub(crate) fn find(&self, hash: u64, is: impl Fn(usize) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        self.probe(hash, is).ok()
    }

    /// Where the search for `hash` ends (the table has slots): the place of the entry for
    /// which `is` holds, or else the empty slot where it would go.
    fn probe(&self, hash: u64, is: impl Fn(usize) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                EMPTY => return Err(slot),
                place if is(place as usize) => return Ok(place as usize),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The first empty slot for `hash`.
    fn free_slot(&self, hash: u64) -> usize {
        match self.probe(hash, |_| false) {
            Ok(slot) | Err(slot) => slot,
        }
    }
}

/// The hash of a string under `key`, eight bytes at a time.
pub(crate) fn hash_str(key: u64, s: &str) -> u64 {
    let mut chunks = s.as_bytes().chunks_exact(8);
    let mut h = mix(key, s.len() as u64);
    for chunk in &mut chunks {
        h = mix(h, le_u64(chunk));
    }
    match chunks.remainder() {
        [] => h,
        rest => mix(h, tail(rest)),
    }
}

/// Eight bytes (a chunk of a string) as one little-endian number.
pub(crate) fn le_u64(chunk: &[u8]) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(chunk);
    u64::from_le_bytes(word)
}

/// The last 1–7 bytes of a string as one number: two 4-byte reads, overlapping below 8 bytes,
/// or three single bytes below 4 (a copy of a variable length would call `memcpy` for every
/// word). Different bytes of one length give different numbers; lengths can share a number
/// ("a" and "aaa"), which is why [`hash_str`] mixes the length in first.
pub(crate) fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    let u32_at = |i: usize| {
        let mut word = [0; 4];
        word.copy_from_slice(&rest[i..i + 4]);
        u64::from(u32::from_le_bytes(word))
    };
    if n >= 4 {
        // Two reads that overlap when n < 8.
        u32_at(0) | u32_at(n - 4) << 32
    } else {
        u64::from(rest[0]) << 16 | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1])
    }
}

/// Distinct strings laid end to end, numbered in the order they are first added: one
/// allocation for all their bytes, and 12 bytes of bookkeeping each.
pub(crate) struct Interner {
    /// The strings.
    strings: Strings,
    /// Places in `strings`.
    ids: Index,
}

/// The strings of an [`Interner`], by place.
struct Strings {
    /// The strings, end to end.
    text: String,
    /// Each string: where it ends in `text` (it starts where the one before ends), and its
    /// hash. Kept, the hash spares rehashing the strings when the table grows and comparing
    /// the bytes of most strings a search passes; 32 bits of it place a string among up to
    /// 2³² slots.
    ends: Vec<(u32, u32)>,
}

impl Strings {
    /// Where the string at `place` is in `text`.
    fn range(&self, place: usize) -> std::ops::Range<usize> {
        let start = match place {
            0 => 0,
            _ => self.ends[place - 1].0,
        };
        start as usize..self.ends[place].0 as usize
    }

    /// Whether the string at `place` is `s`, whose hash is `hash`.
    fn is(&self, place: usize, s: &str, hash: u32) -> bool {
        // Bytes, not a `str` slice, whose character boundaries would be checked again.
        self.ends[place].1 == hash
            && self.text.as_bytes().get(self.range(place)) == Some(s.as_bytes())
    }

    /// The hash of the string at `place`.
    fn hash_at(&self, place: usize) -> u64 {
        u64::from(self.ends[place].1)
    }
}

impl Interner {
    /// No strings.
    pub(crate) fn new() -> Self {
        Interner {
            strings: Strings {
                text: String::new(),
                ends: Vec::new(),
            },
            ids: Index::new(),
        }
    }

    /// No strings, with room for `n` of them, `bytes` long in all, before any table grows.
    pub(crate) fn with_capacity(n: usize, bytes: usize) -> Self {
        Interner {
            strings: Strings {
                text: String::with_capacity(bytes),
                ends: Vec::with_capacity(n),
            },
            ids: Index::with_capacity(n),
        }
    }

    /// The hash of `s`, as [`Strings`] keeps it.
    fn hash(&self, s: &str) -> u32 {
        hash_str(self.ids.key, s) as u32
    }

    /// The id of `s`, numbered when new.
    pub(crate) fn id(&mut self, s: &str) -> u32 {
        let hash = self.hash(s);
        let strings = &mut self.strings;
        let place = self.ids.place(
            u64::from(hash),
            |p| strings.is(p, s, hash),
            |p| strings.hash_at(p),
        );
        if place == strings.ends.len() {
            strings.text.push_str(s);
            // Texts past 4 GiB (beyond any paste) would saturate the offsets, not wrap them.
            let end = u32::try_from(strings.text.len()).unwrap_or(u32::MAX);
            strings.ends.push((end, hash));
        }
        place as u32
    }

    /// The id of `s`, if it was added.
    pub(crate) fn find(&self, s: &str) -> Option<u32> {
        let hash = self.hash(s);
        self.ids
            .find(u64::from(hash), |p| self.strings.is(p, s, hash))
            .map(|p| p as u32)
    }

    /// The string numbered `id` ("" for an unknown id).
    pub(crate) fn get(&self, id: u32) -> &str {
        let id = id as usize;
        if id >= self.len() {
            return "";
        }
        self.strings.text.get(self.strings.range(id)).unwrap_or("")
    }

    /// How many strings.
    pub(crate) fn len(&self) -> usize {
        self.strings.ends.len()
    }
}

/// A key of a [`Table`].
pub(crate) trait TableKey: Copy + Eq {
    /// The hash of the key under the table's random `seed`.
    fn hash(self, seed: u64) -> u64;
}

impl TableKey for u32 {
    fn hash(self, seed: u64) -> u64 {
        mix(seed, u64::from(self))
    }
}

impl TableKey for usize {
    fn hash(self, seed: u64) -> u64 {
        mix(seed, self as u64)
    }
}

impl TableKey for (u32, u32) {
    fn hash(self, seed: u64) -> u64 {
        mix(seed, u64::from(self.0) << 32 | u64::from(self.1))
    }
}

impl TableKey for [u32; 3] {
    fn hash(self, seed: u64) -> u64 {
        mix((self[0], self[1]).hash(seed), u64::from(self[2]))
    }
}

impl TableKey for &str {
    fn hash(self, seed: u64) -> u64 {
        hash_str(seed, self)
    }
}

/// A hash map from keys to values, kept in the order the keys were first added: iterating it
/// does not depend on the hash key.
pub(crate) struct Table<K, V> {
    /// The entries, in order of first addition.
    entries: Vec<(K, V)>,
    /// Places in `entries`.
    places: Index,
}

impl<K: TableKey, V: Default> Table<K, V> {
    /// An empty table.
    pub(crate) fn new() -> Self {
        Table {
            entries: Vec::new(),
            places: Index::new(),
        }
    }

    /// The value of `k`, added as the default value when new.
    pub(crate) fn get_or_insert_default(&mut self, k: K) -> &mut V {
        let key = self.places.key;
        let entries = &self.entries;
        let place = self.places.place(
            k.hash(key),
            |p| entries[p].0 == k,
            |p| entries[p].0.hash(key),
        );
        if place == self.entries.len() {
            self.entries.push((k, V::default()));
        }
        &mut self.entries[place].1
    }

    /// The value of `k`, if it was added.
    pub(crate) fn get(&self, k: K) -> Option<&V> {
        Some(&self.entries[self.place_of(k)?].1)
    }

    /// The value of `k` to change, if it was added.
    pub(crate) fn get_mut(&mut self, k: K) -> Option<&mut V> {
        let place = self.place_of(k)?;
        Some(&mut self.entries[place].1)
    }

    /// Where `k` is in the entries, if it was added.
    fn place_of(&self, k: K) -> Option<usize> {
        let entries = &self.entries;
        self.places
            .find(k.hash(self.places.key), |p| entries[p].0 == k)
    }

    /// The entries, in order of first addition.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &(K, V)> {
        self.entries.iter()
    }

    /// The entries, in order of first addition.
    pub(crate) fn into_entries(self) -> Vec<(K, V)> {
        self.entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_alike_and_near_keys_apart() {
        let key = random_key();
        assert_eq!(
            hash_str(key, "trade"),
            hash_str(key, &String::from("trade"))
        );
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
                assert_ne!(hash_str(key, a), hash_str(key, b), "{a:?} {b:?}");
            }
        }
    }

    /// Words of one length that differ only in the high bytes of their 8-byte chunks (the
    /// shape a weak multiply hash maps to one slot, whatever its seed) still spread over the
    /// table.
    #[test]
    fn crafted_keys_do_not_cluster() {
        let mut interner = Interner::new();
        for i in 0..40_000u32 {
            let letter = |k: u32| char::from(b'a' + (i / 26u32.pow(k) % 26) as u8);
            let word = format!(
                "ministr{}xxxxx{}{}{}",
                letter(0),
                letter(1),
                letter(2),
                letter(3)
            );
            assert_eq!(interner.id(&word), i);
        }
        let slots = &interner.ids.slots;
        let (mut run, mut longest) = (0, 0);
        for slot in slots.iter().chain(slots) {
            run = if *slot == EMPTY { 0 } else { run + 1 };
            longest = longest.max(run);
        }
        assert!(longest < 200, "a run of {longest} full slots");
    }

    #[test]
    fn table_keeps_values_in_order_of_first_addition() {
        let mut t: Table<&str, u32> = Table::new();
        for (i, w) in ["trade", "talks", "trade", "resume", "talks", "trade"]
            .iter()
            .enumerate()
        {
            *t.get_or_insert_default(w) += i as u32;
        }
        assert_eq!(t.get("trade"), Some(&7)); // 0 + 2 + 5
        assert_eq!(t.get("trades"), None);
        assert!(t.get("resume").is_some());
        *t.get_mut("resume").unwrap() = 9;
        let order: Vec<(&str, u32)> = t.iter().copied().collect();
        assert_eq!(order, [("trade", 7), ("talks", 5), ("resume", 9)]);
    }

    #[test]
    fn interner_finds_only_what_was_added() {
        let mut interner = Interner::new();
        assert_eq!(interner.find("trade"), None);
        assert_eq!(interner.id("trade"), 0);
        assert_eq!(interner.id("talks"), 1);
        assert_eq!(interner.find("talks"), Some(1));
        assert_eq!(interner.find("talk"), None);
    }

    #[test]
    fn many_keys_survive_growth() {
        let mut t: Table<(u32, u32), usize> = Table::new();
        for i in 0..10_000u32 {
            *t.get_or_insert_default((i % 97, i)) += 1;
        }
        assert!((0..10_000u32).all(|i| t.get((i % 97, i)) == Some(&1)));
        assert_eq!(t.get((1, 0)), None);
    }
}
