//! A list that grows in chunks, for the per-analysis tables that grow with a long text's
//! vocabulary (the keyphrase surface words, links, groups and forms).

/// Items per chunk (48 KB of keyphrase links, 128–160 KB of the larger items).
const CHUNK: usize = 4096;

/// A list in chunks of [`CHUNK`] items. Only the last chunk grows (as a `Vec` does, up to
/// `CHUNK` items); full chunks never move. So a long article never holds two copies of a whole
/// table while it grows, and the spare room is at most one chunk's.
pub(crate) struct Chunks<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Chunks<T> {
    /// An empty list.
    pub(crate) fn new() -> Self {
        Chunks {
            chunks: Vec::new(),
            len: 0,
        }
    }

    /// The item at `place`.
    pub(crate) fn get(&self, place: usize) -> Option<&T> {
        self.chunks.get(place / CHUNK)?.get(place % CHUNK)
    }

    /// The item at `place`, to change it.
    pub(crate) fn get_mut(&mut self, place: usize) -> Option<&mut T> {
        self.chunks.get_mut(place / CHUNK)?.get_mut(place % CHUNK)
    }

    /// Appends an item.
    pub(crate) fn push(&mut self, item: T) {
        // Each chunk grows as a `Vec` does (a short text needs no full chunk), to exactly
        // `CHUNK`, a power of two.
        if self.len % CHUNK == 0 {
            self.chunks.push(Vec::new());
        }
        if let Some(chunk) = self.chunks.last_mut() {
            chunk.push(item);
        }
        self.len += 1;
    }

    /// Keeps the items for which `keep` holds, in order, and frees the chunks left empty.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&T) -> bool)
    where
        T: Copy,
    {
        let mut kept = 0;
        for place in 0..self.len {
            let Some(&item) = self.get(place) else { break };
            if keep(&item) {
                if let Some(slot) = self.get_mut(kept) {
                    *slot = item;
                }
                kept += 1;
            }
        }
        self.len = kept;
        self.chunks.truncate(kept.div_ceil(CHUNK));
        if let Some(last) = self.chunks.last_mut() {
            last.truncate(kept - (kept - 1) / CHUNK * CHUNK);
        }
    }

    /// How many items.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The chunks, in order: for loops that run over every item many times.
    pub(crate) fn slices(&self) -> impl Iterator<Item = &[T]> {
        self.chunks.iter().map(Vec::as_slice)
    }

    /// Every item, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }
}

impl<T> std::ops::Index<usize> for Chunks<T> {
    type Output = T;

    /// The item at `place`, which must be below [`Chunks::len`].
    fn index(&self, place: usize) -> &T {
        &self.chunks[place / CHUNK][place % CHUNK]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Retaining keeps the items in order across chunks, frees the chunks left empty, and
    /// the list grows on from there.
    #[test]
    fn retain_keeps_order_and_grows_on() {
        let mut list = Chunks::new();
        for i in 0..3 * CHUNK + 5 {
            list.push(i);
        }
        list.retain(|i| i % 3 == 0);
        assert_eq!(list.len(), CHUNK + 2);
        assert_eq!(list.chunks.len(), 2);
        assert!(list.iter().copied().eq((0..3 * CHUNK + 5).step_by(3)));
        list.push(7);
        assert_eq!(list[CHUNK + 2], 7);
        assert_eq!(list.iter().count(), CHUNK + 3);
        list.retain(|_| false);
        assert_eq!((list.len(), list.chunks.len()), (0, 0));
        list.push(1);
        assert_eq!(list.get(0), Some(&1));
    }
}
