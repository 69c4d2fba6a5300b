//! `points edit`: sends only what changed, under `If-Match`; or opens the record in
//! `$EDITOR` as `kubectl edit` does.

use std::path::PathBuf;

use std::io::Read as _;
use std::path::Path;

use super::super::Context;
use super::super::change::{self, Carry};

use crate::commands::args::{DryRun, FieldArgs};
use crate::engine::planner::{Options, Planner};
use crate::engine::{Desired, PhotoUpload};
use crate::exit::Failure;
use citizeninfo_api::ServicePoint;
use citizeninfo_api::fields::Edit;
use citizeninfo_api::rules::{MAX_PHOTO_BYTES, sniff_image};
use citizeninfo_manifest::document::{self, Location};
use citizeninfo_manifest::stated::{self, Purpose, Written};

/// Examples, one invocation a line (shown under "Examples" in `--help`).
pub const EXAMPLES: &str = "citizeninfo points edit 1401010000001\n\
         citizeninfo points edit 1401010000001 --telephone \"0 2221 2141\" --dry-run\n\
         citizeninfo points edit 1401010000001 --add-photo front.jpg";

/// The arguments of `points edit`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXAMPLES)]
pub struct Args {
    /// The 13-digit code.
    pub code: String,
    /// Fields to change.
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Upload a photo (JPEG, PNG, GIF or WebP).
    #[arg(long, value_name = "FILE")]
    pub add_photo: Vec<PathBuf>,
    /// Remove a photo by its id.
    #[arg(long, value_name = "ID")]
    pub remove_photo: Vec<u64>,
    /// Take the values from a point document (an edit kept after a refusal or a
    /// conflict) instead of the editor.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["add_photo", "remove_photo"])]
    pub from: Option<PathBuf>,
    #[command(flatten)]
    pub dry: DryRun,
}

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
pub async fn run(ctx: &Context, a: Args) -> anyhow::Result<u8> {
    let code = super::code(&a.code)?;
    let photos = a
        .add_photo
        .iter()
        .map(|p| read_photo(p))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if a.from.is_some() && a.fields.any() {
        return Err(Failure::usage(
            "--from takes the values from a file, so field flags cannot be given with it",
            "put the values in the file, or leave --from out",
        )
        .into());
    }
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
    let mut in_editor = false;
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
    } else if let Some(path) = &a.from {
        from_file(path, &point, a.fields.force)?
    } else if photos.is_empty() && a.remove_photo.is_empty() {
        match edit_in_editor(&point, a.fields.force)? {
            Some((edit, _)) => {
                in_editor = true;
                edit
            }
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
    // What the person changed, to keep should a colleague's edit come first.
    let changed = planned
        .plan
        .points
        .first()
        .filter(|_| in_editor)
        .map(changes_document)
        .transpose()?;
    let mut carry = Carry::direct(a.dry.dry_run, false, 1);
    carry.show_plan = true;
    let result = change::carry(ctx, planned.plan, carry).await;
    match (result, changed) {
        (Err(e), Some(text))
            if e.downcast_ref::<Failure>()
                .is_some_and(|f| f.code == crate::exit::CONFLICT) =>
        {
            Err(keep_conflicted(e, &wanted[0].code.to_string(), &text))
        }
        (result, _) => result,
    }
}

/// The changes a plan makes to a point, as a point document: what `--from` takes
/// up again, touching nothing else.
fn changes_document(p: &crate::engine::PlannedPoint) -> anyhow::Result<String> {
    let mut values: Vec<(&'static citizeninfo_api::fields::Field, String)> = p
        .changes
        .iter()
        .filter_map(|c| {
            citizeninfo_api::fields::field(&c.field).map(|f| (f, c.new.clone().unwrap_or_default()))
        })
        .collect();
    if let (Some(s), Some(f)) = (&p.status, citizeninfo_api::fields::field("status")) {
        values.push((f, s.to.as_str().to_owned()));
    }
    Ok(serde_saphyr::to_string(&document::mapping(values))?)
}

/// A conflict after an edit in the editor: the person's changes are kept in a
/// file, with the command that applies them to the record as it now is.
fn keep_conflicted(e: anyhow::Error, code: &str, changes: &str) -> anyhow::Error {
    let kept = std::env::temp_dir().join(format!("citizeninfo-edit-{code}.conflict.yaml"));
    let text = format!(
        "# Your changes to {code}, kept because someone changed it while you edited.\n\
         # `citizeninfo points edit {code} --from {}` applies them to the record as it is now.\n{changes}",
        kept.display()
    );
    let Some(f) = e.downcast_ref::<Failure>() else {
        return e;
    };
    match crate::output::write_file(&kept, text.as_bytes()) {
        Ok(()) => Failure::new(
            f.code,
            f.message.clone(),
            format!(
                "your changes are kept in {}; run `citizeninfo points show {code}` to see what changed, then `citizeninfo points edit {code} --from {}`",
                kept.display(),
                kept.display()
            ),
        )
        .into(),
        Err(_) => e,
    }
}

/// The most a point document given with `--from` may hold.
const MAX_FORM_BYTES: u64 = 1024 * 1024;

/// A point document from a file (a kept edit): checked by every rule, each
/// problem at its line.
fn from_file(path: &Path, point: &ServicePoint, force: bool) -> anyhow::Result<Edit> {
    let shown = path.display();
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FORM_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| Failure::invalid(format!("could not read {shown}: {e}"), ""))?;
    if text.len() as u64 > MAX_FORM_BYTES {
        return Err(Failure::invalid(
            format!("{shown} is larger than a point document may be (1 MiB)"),
            "",
        )
        .into());
    }
    checked(&text, point, force).map_err(|problems| {
        let messages: Vec<String> = problems
            .iter()
            .map(|(line, m)| format!("{shown}:{line}: {m}"))
            .collect();
        Failure::invalid(
            format!("the record in {shown} was refused: {}", messages.join("; ")),
            "fix it and run the same command again",
        )
        .into()
    })
}

/// The editor's choice: `$VISUAL`, else `$EDITOR`, else the system's own (`vi`;
/// Notepad on Windows).
fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .unwrap_or_else(|| crate::platform::System::THIS.default_editor().to_owned())
}

/// Opens `path` in the editor and waits for it.
fn open_editor(path: &Path) -> anyhow::Result<()> {
    let editor = editor_command();
    let mut words = editor.split_whitespace();
    let program = words
        .next()
        .unwrap_or(crate::platform::System::THIS.default_editor());
    let status = std::process::Command::new(program)
        .args(words)
        .arg(path)
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
    Ok(())
}

/// The comment lines a form starts with; the record's own lines follow.
fn header(code: &str, problems: &[(u64, String)]) -> String {
    let mut text = String::new();
    if !problems.is_empty() {
        text.push_str(
            "# The edit was refused; fix what is named below and save again.\n\
             # Save it unchanged to give up (your edit is then kept in a file).\n",
        );
        for (line, message) in problems {
            text.push_str(&format!("#   line {line}: {message}\n"));
        }
    }
    text.push_str(&format!(
        "# Edit service point {code} and save. Lines starting with '#' are ignored.\n\
         # Hours read like: mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\n\
         # Save the file unchanged, or empty it, to cancel.\n"
    ));
    text
}

/// Opens the record in `$VISUAL` or `$EDITOR` as a point document, as `kubectl
/// edit` does: an edit that breaks a rule is opened again with every problem
/// named at the top, until it is right, saved unchanged (given up: kept in a file)
/// or emptied. The wanted values and the text they came from, or none when
/// nothing was changed.
fn edit_in_editor(point: &ServicePoint, force: bool) -> anyhow::Result<Option<(Edit, String)>> {
    let code = point.summary.code.to_string();
    let form = document::write(point)?;
    let file = tempfile::Builder::new()
        .prefix("citizeninfo-edit-")
        .suffix(".yaml")
        .tempfile()?;
    let mut body = form.clone();
    let mut problems: Vec<(u64, String)> = Vec::new();
    loop {
        let opened = format!("{}{body}", header(&code, &problems));
        std::fs::write(file.path(), &opened)?;
        open_editor(file.path())?;
        let edited = std::fs::read_to_string(file.path())?;
        let blank = edited
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if blank || (edited == opened && problems.is_empty()) {
            return Ok(None);
        }
        if edited == opened {
            let messages: Vec<String> = problems
                .iter()
                .map(|(line, m)| format!("line {line}: {m}"))
                .collect();
            return Err(refused(&code, file.path(), &messages.join("; ")).into());
        }
        match checked(&edited, point, force) {
            Ok(edit) => return Ok(Some((edit, edited))),
            Err(found) => {
                // The header goes; the person's lines stay, numbered as they will
                // be under the new header.
                let skipped = edited
                    .lines()
                    .take_while(|l| l.trim_start().starts_with('#'))
                    .count();
                body = edited
                    .split_inclusive('\n')
                    .skip(skipped)
                    .collect::<String>();
                let before = header(&code, &found).lines().count() as u64;
                problems = found
                    .into_iter()
                    .map(|(line, m)| {
                        (
                            line.saturating_sub(skipped as u64).saturating_add(before),
                            m,
                        )
                    })
                    .collect();
            }
        }
    }
}

/// An edit given up on or refused: kept next to the form, with the command that
/// takes it up again.
fn refused(code: &str, form: &Path, problem: &str) -> Failure {
    let kept = form.with_extension("rejected.yaml");
    let _ = std::fs::copy(form, &kept);
    Failure::invalid(
        format!("the edited record was refused: {problem}"),
        format!(
            "your edit is kept in {}; fix it and run `citizeninfo points edit {code} --from {}`",
            kept.display(),
            kept.display()
        ),
    )
}

/// An edited form checked by every rule: the wanted values, or every problem
/// with its line.
fn checked(text: &str, point: &ServicePoint, force: bool) -> Result<Edit, Vec<(u64, String)>> {
    let values = document::read(text).map_err(|problems| {
        problems
            .iter()
            .map(|p| (p.at.line(), p.message.clone()))
            .collect::<Vec<_>>()
    })?;
    let mut problems: Vec<(u64, String)> = values
        .iter()
        .filter(|(f, _, _)| !f.is_editable())
        .map(|(f, _, l)| {
            (
                l.line(),
                format!("{}: not edited here; the form holds what may change", f.key),
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
            .map(|p| (p.at.line(), p.describe(Written::Keys))),
    );
    if problems.is_empty() {
        Ok(statement.edit)
    } else {
        Err(problems)
    }
}
