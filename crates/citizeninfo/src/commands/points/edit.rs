//! `points edit`: sends only what changed, under `If-Match`; or opens the record in
//! `$EDITOR` as `kubectl edit` does.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::super::Context;
use super::super::change::{self, Carry};
use crate::cli::{EditArgs, FieldArgs};
use crate::engine::planner::{Options, Planner};
use crate::engine::{Desired, PhotoUpload};
use crate::exit::Failure;
use citizeninfo_api::hours;
use citizeninfo_api::rules::sniff_image;
use citizeninfo_api::{PointPatch, ServicePoint};

fn has_field_flags(f: &FieldArgs) -> bool {
    f.name_th.is_some()
        || f.name_en.is_some()
        || f.full_name.is_some()
        || f.address.is_some()
        || f.province.is_some()
        || f.lat.is_some()
        || f.lng.is_some()
        || f.hours.is_some()
        || f.email.is_some()
        || f.telephone.is_some()
        || f.parent.is_some()
}

/// A photo read from disk and checked before any request.
fn read_photo(path: &Path) -> anyhow::Result<PhotoUpload> {
    let bytes = std::fs::read(path).map_err(|e| {
        Failure::invalid(
            format!("--add-photo {}: {e}", path.display()),
            "give the path of a JPEG, PNG, GIF or WebP file",
        )
    })?;
    if sniff_image(&bytes).is_none() {
        return Err(Failure::invalid(
            format!(
                "--add-photo {} is not an image: a photo must be JPEG, PNG, GIF or WebP",
                path.display()
            ),
            "",
        )
        .into());
    }
    if bytes.len() > citizeninfo_api::rules::MAX_PHOTO_BYTES {
        return Err(Failure::invalid(
            format!(
                "--add-photo {} is {:.1} MiB; a photo may be at most 5 MiB",
                path.display(),
                bytes.len() as f64 / 1048576.0
            ),
            "make the picture smaller",
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
    let from_flags = if has_field_flags(&a.fields) {
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
            super::check_thailand(lat, lng, a.fields.force)?;
        }
        patch
    } else if photos.is_empty() && a.remove_photo.is_empty() {
        match edit_in_editor(&point, a.fields.force)? {
            Some(patch) => patch,
            None => {
                ctx.printer
                    .note("no changes: the record was left as it was");
                return Ok(crate::exit::OK);
            }
        }
    } else {
        PointPatch::default()
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
    desired.patch = wanted;
    desired.add_photos = photos;
    desired.remove_photos = a.remove_photo.clone();
    let planned = planner.plan(&[desired], Options::default()).await?;
    let mut carry = Carry::direct(a.dry_run, false, 1);
    carry.show_plan = true;
    change::carry(ctx, planned.plan, carry).await
}

/// The editable fields as `$EDITOR` shows them.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Editable {
    name_th: String,
    name_en: String,
    full_name: String,
    address_th: String,
    province: String,
    lat: f64,
    lng: f64,
    /// Readable opening hours.
    hours: String,
    email: Option<String>,
    telephone: Option<String>,
    parent_code: Option<String>,
}

/// Opens the record in `$VISUAL` or `$EDITOR`; the wanted values, or none when
/// nothing was changed.
fn edit_in_editor(point: &ServicePoint, force: bool) -> anyhow::Result<Option<PointPatch>> {
    let s = &point.summary;
    let before = Editable {
        name_th: s.name_th.clone(),
        name_en: s.name_en.clone(),
        full_name: point.full_name.clone(),
        address_th: point.address_th.clone(),
        province: s.province.clone(),
        lat: point.lat,
        lng: point.lng,
        hours: hours::format(&point.hours),
        email: point.email.clone(),
        telephone: point.telephone.clone(),
        parent_code: s.parent_code.as_ref().map(|c| c.to_string()),
    };
    let text = format!(
        "# Edit service point {} and save. Lines starting with '#' are ignored.\n\
         # Hours read like: mon-fri 08:30-12:00,13:00-16:30; sat 09:00-12:00\n\
         # Save the file unchanged, or empty it, to cancel.\n{}",
        s.code,
        serde_saphyr::to_string(&before)?
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
    let after: Editable = serde_saphyr::from_str(&edited).map_err(|e| keep(e.to_string()))?;
    let flags = FieldArgs {
        name_th: Some(after.name_th),
        name_en: Some(after.name_en),
        full_name: Some(after.full_name),
        address: Some(after.address_th),
        province: Some(after.province),
        lat: Some(after.lat),
        lng: Some(after.lng),
        hours: Some(after.hours),
        email: Some(after.email.unwrap_or_default()),
        telephone: Some(after.telephone.unwrap_or_default()),
        parent: Some(after.parent_code.unwrap_or_default()),
        force,
    };
    super::patch_from_flags(&flags, None)
        .map(Some)
        .map_err(|e| keep(format!("{e:#}")).into())
}
