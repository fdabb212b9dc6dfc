// Rebuild when bundled packs or templates change, including added files:
// they are embedded in the binary.
fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=reports");
}
