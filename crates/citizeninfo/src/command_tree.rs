//! The command tree and the committed completion scripts: every change to the
//! command line shows in review, and the scripts in `completions/` stay current.

fn help_of(cmd: &mut clap::Command, path: &str, out: &mut String) {
    out.push_str(&format!("==== {path}\n{}\n", cmd.render_long_help()));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        if let Some(sub) = cmd.find_subcommand_mut(&name) {
            help_of(sub, &format!("{path} {name}"), out);
        }
    }
}

#[test]
fn command_tree() {
    let mut cmd = crate::help::command().term_width(100);
    cmd.build();
    let mut out = String::new();
    help_of(&mut cmd, "citizeninfo", &mut out);
    insta::assert_snapshot!("command_tree", out);
}

#[test]
fn completion_scripts_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../completions");
    for (shell, file) in [
        (clap_complete::Shell::Bash, "citizeninfo.bash"),
        (clap_complete::Shell::Zsh, "_citizeninfo"),
        (clap_complete::Shell::Fish, "citizeninfo.fish"),
        (clap_complete::Shell::PowerShell, "_citizeninfo.ps1"),
    ] {
        let mut script = Vec::new();
        clap_complete::generate(
            shell,
            &mut crate::help::command(),
            "citizeninfo",
            &mut script,
        );
        let path = dir.join(file);
        if std::env::var_os("UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&path, &script).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == script,
            "completions/{file} is out of date: run `UPDATE_COMPLETIONS=1 cargo test -p citizeninfo command_tree` and commit it"
        );
    }
}

/// Asserts that a generated file committed at the repository's root is current;
/// `UPDATE_COMPLETIONS=1` writes it anew.
fn committed_is_current(file: &str, generated: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(file);
    if std::env::var_os("UPDATE_COMPLETIONS").is_some() {
        std::fs::write(&path, generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{file} is out of date: run `UPDATE_COMPLETIONS=1 cargo test -p citizeninfo command_tree` and commit it"
    );
}

#[test]
fn manifest_schema_is_current() {
    committed_is_current(
        "manifest.schema.json",
        &citizeninfo_manifest::write::json_schema(),
    );
}

#[test]
fn report_schema_is_current() {
    committed_is_current("report.schema.json", &crate::engine::report_schema());
}

#[test]
fn man_pages_are_current() {
    let pages = crate::commands::man::pages(crate::help::command()).unwrap();
    let names: Vec<&str> = pages.iter().map(|p| p.name.as_str()).collect();
    for wanted in [
        "citizeninfo.1",
        "citizeninfo-points.1",
        "citizeninfo-points-list.1",
        "citizeninfo-manuals-bind.1",
        "citizeninfo-man.1",
    ] {
        assert!(names.contains(&wanted), "no {wanted} among {names:?}");
    }
    assert!(
        !names.iter().any(|n| n.contains("-help")),
        "a page for the help subcommand: {names:?}"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../man");
    if std::env::var_os("UPDATE_COMPLETIONS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        // A page whose command is gone goes too.
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".1") && !names.contains(&name.as_str()) {
                std::fs::remove_file(entry.path()).unwrap();
            }
        }
    }
    for page in &pages {
        let text = String::from_utf8(page.text.clone()).unwrap();
        // No date (the empty third field), so the pages change only with the commands.
        let stem = page.name.trim_end_matches(".1");
        assert_eq!(
            text.lines().nth(2).unwrap_or_default(),
            format!(
                ".TH {stem} 1  \"citizeninfo {}\" CITIZENinfo",
                env!("CARGO_PKG_VERSION")
            ),
            "{}: the title line",
            page.name
        );
        committed_is_current(&format!("man/{}", page.name), &text);
    }
    let mut committed: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".1"))
                .collect()
        })
        .unwrap_or_default();
    committed.sort();
    let mut generated: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    generated.sort();
    assert_eq!(
        committed, generated,
        "man/ holds pages of commands that are gone, or misses some: run `UPDATE_COMPLETIONS=1 cargo test -p citizeninfo command_tree` and commit it"
    );
}
