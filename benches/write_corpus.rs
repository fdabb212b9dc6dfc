//! Writes the generated corpus to a folder, for timing the command line:
//! `cargo bench -p gapwise-bench --bench write_corpus -- /tmp/corpus-1000 1000`
//! (a relative folder is taken from `benches/`, where benchmarks run).
//! Under a plain `cargo bench` (no folder given) it writes nothing.

#[path = "corpus/mod.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let [dir, count] = args.as_slice() else {
        eprintln!("usage: cargo bench -p gapwise-bench --bench write_corpus -- DIR COUNT");
        return Ok(());
    };
    let count: usize = count
        .parse()
        .map_err(|e| std::io::Error::other(format!("COUNT `{count}`: {e}")))?;
    let dir = std::path::Path::new(dir);
    std::fs::create_dir_all(dir)?;
    for i in 0..count {
        let (name, text) = corpus::profile(i);
        std::fs::write(dir.join(name), text)?;
    }
    eprintln!("wrote {count} profiles to {}", dir.display());
    Ok(())
}
