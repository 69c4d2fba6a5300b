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
    committed_is_current("manifest.schema.json", &crate::manifest::json_schema());
}

#[test]
fn report_schema_is_current() {
    committed_is_current("report.schema.json", &crate::engine::report_schema());
}
