//! `points edit`: sends only what changed, under `If-Match`; or opens the record in
//! `$EDITOR` as `kubectl edit` does.

use std::io::Read as _;
use std::path::Path;

use super::super::Context;
use super::super::change::{self, Carry};
use crate::cli::EditArgs;
use crate::document::{self, Location};
use crate::engine::planner::{Options, Planner};
use crate::engine::{Desired, PhotoUpload};
use crate::exit::Failure;
use crate::stated::{self, Purpose, Written};
use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::Edit;
use citizeninfo_api::rules::{MAX_PHOTO_BYTES, sniff_image};

/// A size for people: MiB with one decimal, and the exact bytes.
fn size_text(bytes: u64) -> String {
    format!("{:.1} MiB ({bytes} bytes)", bytes as f64 / 1048576.0)
}

/// A photo read from disk and checked before any request. Its size is checked by
/// the file's metadata before anything is read, and it is read through a reader
/// that stops one byte past [`MAX_PHOTO_BYTES`], so a file whose metadata is
/// wrong, or a device such as `/dev/zero`, is refused as fast and in as little
/// memory as a file that says it is too big.
fn read_photo(path: &Path) -> anyhow::Result<PhotoUpload> {
    let flag = format!("--add-photo {}", path.display());
    let cap = MAX_PHOTO_BYTES as u64;
    let unreadable = |e: std::io::Error| {
        Failure::invalid(
            format!("{flag}: {e}"),
            "give the path of a JPEG, PNG, GIF or WebP file",
        )
    };
    let too_big = |size: String| {
        Failure::invalid(
            format!(
                "{flag} is {size}; a photo may be at most {}",
                size_text(cap)
            ),
            "make the picture smaller",
        )
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let declared = file.metadata().map_err(unreadable)?.len();
    if declared > cap {
        return Err(too_big(size_text(declared)).into());
    }
    let mut bytes = Vec::new();
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > cap {
        return Err(too_big(format!("more than {}", size_text(cap))).into());
    }
    if sniff_image(&bytes).is_none() {
        return Err(Failure::invalid(
            format!("{flag} is not an image: a photo must be JPEG, PNG, GIF or WebP"),
            "",
        )
        .into());
    }
    let name = path
        .file_name()
        .map_or_else(|| "photo".to_owned(), |n| n.to_string_lossy().into_owned());
    Ok(PhotoUpload {
        name,
        size: bytes.len(),
        bytes,
    })
}

/// Runs `points edit`.
pub async fn run(ctx: &Context, a: EditArgs) -> anyhow::Result<u8> {
    let code = super::code(&a.code)?;
    let photos = a
        .add_photo
        .iter()
        .map(|p| read_photo(p))
        .collect::<anyhow::Result<Vec<_>>>()?;
    // Every flag is checked before anything is read or sent.
    let from_flags = if a.fields.any() {
        Some(super::patch_from_flags(&a.fields, None)?)
    } else {
        None
    };
    let mut planner = Planner::new(ctx.client()?);
    planner.read(std::slice::from_ref(&code)).await?;
    let Some(point) = planner.current(&code).cloned() else {
        return Err(Failure::new(
            crate::exit::NOT_FOUND,
            format!("no service point has the code {code}"),
            "check the code; `citizeninfo points list --query TEXT` finds points by name",
        )
        .into());
    };
    let wanted = if let Some(patch) = from_flags {
        if patch.lat.is_some() != patch.lng.is_some() {
            let lat = patch.lat.unwrap_or(point.lat);
            let lng = patch.lng.unwrap_or(point.lng);
            super::check_thailand(lat, lng, a.fields.force, Written::Flags)?;
        }
        Edit {
            patch,
            status: None,
        }
    } else if photos.is_empty() && a.remove_photo.is_empty() {
        match edit_in_editor(&point, a.fields.force)? {
            Some(edit) => edit,
            None => {
                ctx.printer
                    .note("no changes: the record was left as it was");
                return Ok(crate::exit::OK);
            }
        }
    } else {
        Edit::default()
    };
    for id in &a.remove_photo {
        if !point.photos.iter().any(|p| p.id == *id) {
            return Err(Failure::new(
                crate::exit::NOT_FOUND,
                format!("{code} has no photo {id}"),
                format!("`citizeninfo points show {code} --section info` lists its photos"),
            )
            .into());
        }
    }
    let mut desired = Desired::new(code);
    desired.patch = wanted.patch;
    desired.status = wanted.status;
    desired.add_photos = photos;
    desired.remove_photos = a.remove_photo.clone();
    let wanted = [desired];
    let planned = planner.plan(&wanted, Options::default()).await?;
    change::refuse_problems(&planned, &wanted)?;
    let mut carry = Carry::direct(a.dry_run, false, 1);
    carry.show_plan = true;
    change::carry(ctx, planned.plan, carry).await
}

/// Opens the record in `$VISUAL` or `$EDITOR` as a point document; the wanted
/// values, or none when nothing was changed.
fn edit_in_editor(point: &ServicePoint, force: bool) -> anyhow::Result<Option<Edit>> {
    let s = &point.summary;
    let text = format!(
        "# Edit service point {} and save. Lines starting with '#' are ignored.\n\
         # Hours read like: mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\n\
         # Save the file unchanged, or empty it, to cancel.\n{}",
        s.code,
        document::write(point)?
    );
    let file = tempfile::Builder::new()
        .prefix("citizeninfo-edit-")
        .suffix(".yaml")
        .tempfile()?;
    std::fs::write(file.path(), &text)?;
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_owned());
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(words)
        .arg(file.path())
        .status()
        .map_err(|e| {
            Failure::usage(
                format!("could not start the editor {editor:?}: {e}"),
                "set EDITOR to your editor, e.g. EDITOR=nano",
            )
        })?;
    if !status.success() {
        return Err(Failure::new(
            crate::exit::FAILURE,
            format!("the editor {editor:?} exited with {status}; nothing was changed"),
            "",
        )
        .into());
    }
    let edited = std::fs::read_to_string(file.path())?;
    if edited == text
        || edited
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok(None);
    }
    // Whatever is refused, the edit is kept for the person to fix.
    let keep = |problem: String| {
        let kept = file.path().with_extension("rejected.yaml");
        let _ = std::fs::copy(file.path(), &kept);
        Failure::invalid(
            format!("the edited record was refused: {problem}"),
            format!(
                "your edit is kept in {}; fix it and run again, or pass the values as flags",
                kept.display()
            ),
        )
    };
    let at = |l: &Location| format!("line {}", l.line());
    let values = document::read(&edited).map_err(|problems| {
        let text: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {}", at(&p.at), p.message))
            .collect();
        keep(text.join("; "))
    })?;
    let mut problems: Vec<String> = values
        .iter()
        .filter(|(f, _, _)| !f.is_editable())
        .map(|(f, _, l)| {
            format!(
                "{}: {}: not edited here; the form holds what may change",
                at(l),
                f.key
            )
        })
        .collect();
    let values: Vec<_> = values
        .into_iter()
        .filter(|(f, _, _)| f.is_editable())
        .collect();
    let whole = Location::UNKNOWN;
    let (statement, found) = stated::check(
        &values,
        Purpose::Edit,
        force,
        Written::Keys,
        &whole,
        Some((point.lat, point.lng)),
    );
    problems.extend(
        found
            .iter()
            .map(|p| format!("{}: {}", at(&p.at), p.describe(Written::Keys))),
    );
    if !problems.is_empty() {
        return Err(keep(problems.join("; ")).into());
    }
    let edit = statement.edit;
    Ok(Some(edit))
}
