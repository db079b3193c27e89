//! wasm bindings (placeholder)
