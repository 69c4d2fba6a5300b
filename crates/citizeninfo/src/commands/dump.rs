//! `dump`: the current state written as a manifest that `diff` reports as no change.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufWriter;
use std::path::PathBuf;

use super::Context;
use super::manifests::selectors;
use crate::commands::args::Filters;
use crate::commands::points;
use crate::exit::{self, Failure};
use crate::output::closed_ok;
use crate::output::sheet::AtomicFile;
use citizeninfo_api::rules::MAX_PAGE_SIZE;
use citizeninfo_manifest::write as manifest;

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str =
    "citizeninfo dump --department 1401 -O dopa.yaml\ncitizeninfo dump -l province=นนทบุรี";

/// The arguments of `dump`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// Filters, as `points list` takes them.
    #[command(flatten)]
    pub filters: Filters,
    /// Only points matching KEY=VALUE; repeat to narrow.
    #[arg(short = 'l', long = "select", value_name = "KEY=VALUE")]
    pub select: Vec<String>,
    /// Write to this file (through a temporary file, renamed when complete); with
    /// --split-by, the folder to write one file a unit into (created if missing).
    #[arg(short = 'O', long = "output-file", value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Write one file per ministry, department or agency into the folder -O names,
    /// each named by the unit's id (1401.yaml): the layout a team keeps under
    /// version control, each team owning its files.
    #[arg(long, value_enum, value_name = "UNIT", requires = "file")]
    pub split_by: Option<SplitBy>,
}

/// The unit `dump --split-by` writes a file for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SplitBy {
    /// One file per ministry.
    Ministry,
    /// One file per department.
    Department,
    /// One file per agency.
    Agency,
}

/// Runs `dump`: the current state, page by page, as `ServicePoints` documents of
/// 1,000 points each, in one file (or standard output) or one file a unit; one
/// page in memory at a time.
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let client = ctx.client()?;
    let filters = selectors(&a.select, a.filters.clone())?;
    if let (Some(_), Some(path)) = (a.split_by, &a.file) {
        if path.exists() && !path.is_dir() {
            return Err(Failure::usage(
                format!(
                    "-O {} is a file: --split-by writes a folder",
                    path.display()
                ),
                "give a folder, for example -O manifests",
            )
            .into());
        }
        std::fs::create_dir_all(path)
            .map_err(|e| Failure::invalid(format!("-O {}: {e}", path.display()), ""))?;
    }
    let mut q = points::resolve(client, &filters).await?;
    q.limit = Some(MAX_PAGE_SIZE);
    type ToFile = manifest::Writer<BufWriter<AtomicFile>>;
    let open = |path: &std::path::Path| -> std::io::Result<ToFile> {
        Ok(manifest::Writer::new(BufWriter::new(AtomicFile::new(
            path,
        )?)))
    };
    let mut stdout = None;
    let mut file: Option<ToFile> = None;
    let mut units: BTreeMap<String, ToFile> = BTreeMap::new();
    let mut file_names = BTreeSet::new();
    match (&a.file, a.split_by) {
        (Some(path), None) => file = Some(open(path)?),
        (None, _) => stdout = Some(manifest::Writer::new(BufWriter::new(ctx.printer.results()))),
        (Some(_), Some(_)) => {}
    }
    let mut count = 0usize;
    let bar = ctx.printer.progress(None, "reading points");
    let mut pages = client.points_detail_pages(&q);
    while let Some(page) = pages.next_page().await? {
        for p in &page {
            if let Some(w) = &mut stdout {
                if let Err(e) = w.point(p) {
                    // A reader that stopped reading (`| head`) is no failure.
                    bar.finish_and_clear();
                    return closed_ok(Err(e)).map(|()| exit::OK);
                }
            } else if let Some(w) = &mut file {
                w.point(p)?;
            } else if let (Some(by), Some(dir)) = (a.split_by, &a.file) {
                let s = &p.summary;
                let unit = match by {
                    SplitBy::Ministry => &s.ministry_id,
                    SplitBy::Department => &s.department_id,
                    SplitBy::Agency => &s.agency_id,
                };
                let w = match units.entry(unit.clone()) {
                    Entry::Occupied(o) => o.into_mut(),
                    Entry::Vacant(v) => {
                        v.insert(open(&dir.join(unit_file(unit, &mut file_names)))?)
                    }
                };
                w.point(p)?;
            }
        }
        count += page.len();
        bar.set_position(count as u64);
    }
    bar.finish_and_clear();
    let commit = |w: ToFile| -> anyhow::Result<()> {
        let buffered = w.finish()?;
        buffered
            .into_inner()
            .map_err(|e| e.into_error())?
            .commit()?;
        Ok(())
    };
    if let Some(w) = stdout {
        return closed_ok(w.finish().map(drop)).map(|()| exit::OK);
    }
    if let (Some(w), Some(path)) = (file, &a.file) {
        commit(w)?;
        ctx.printer
            .note(&format!("wrote {count} points to {}", path.display()));
    }
    if let (Some(_), Some(dir)) = (a.split_by, &a.file) {
        let files = units.len();
        for w in units.into_values() {
            commit(w)?;
        }
        ctx.printer.note(&format!(
            "wrote {count} points in {files} file{} to {}",
            if files == 1 { "" } else { "s" },
            dir.display()
        ));
    }
    Ok(exit::OK)
}

/// The file of a unit in a split dump: its id, kept to the characters a file name
/// may hold anywhere; when that name (or one differing only in case, as file
/// systems that ignore case see it) is `taken` by another unit, a number is added,
/// so two units never share a file.
fn unit_file(id: &str, taken: &mut BTreeSet<String>) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = if safe.is_empty() { "_" } else { &safe };
    let mut name = format!("{stem}.yaml");
    let mut n = 1;
    while !taken.insert(name.to_lowercase()) {
        n += 1;
        name = format!("{stem}-{n}.yaml");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file names a split dump gives these unit ids, in the order met.
    fn file_names(ids: &[&str]) -> Vec<String> {
        let mut taken = BTreeSet::new();
        ids.iter().map(|id| unit_file(id, &mut taken)).collect()
    }

    #[test]
    fn two_units_never_share_a_file() {
        let ids = ["14/01", "14_01", "14:01", "AB", "ab", "14_01-2", ""];
        let names = file_names(&ids);
        let mut folded: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        folded.sort();
        folded.dedup();
        assert_eq!(folded.len(), ids.len(), "one file each: {names:?}");
        assert_eq!(
            names[0], "14_01.yaml",
            "the first unit met keeps the plain name"
        );
        assert!(names.iter().all(|n| n.ends_with(".yaml")), "{names:?}");
    }
}
