//! The `uniffi-bindgen` command, built from this workspace so the generator is always the
//! exact uniffi version the library was built with (a mismatch breaks the checksums at load).
//! Library mode: `uniffi-bindgen generate <libimr_ffi.so> --language kotlin --out-dir DIR`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
