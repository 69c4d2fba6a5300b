//! The command line as people read it: clap's definition (`cli`) with, on every
//! command, examples of real invocations and a line naming the global options,
//! which `-h` leaves out and `--help` explains. Parsing, help, completions and the
//! committed command tree all come from [`command`].

use clap::CommandFactory;

use crate::cli::Cli;

/// Examples by command path, shown under "Examples" in `--help` and `-h`.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "citizeninfo",
        "citizeninfo login\n\
         citizeninfo points list --department กรมการปกครอง --status shown\n\
         citizeninfo dump --department 1401 -O dopa.yaml && citizeninfo diff -f dopa.yaml",
    ),
    (
        "login",
        "citizeninfo login\n\
         printenv CITIZENINFO_PASSWORD | citizeninfo login -u somchai --password-stdin\n\
         printf '%s\\n%s\\n' \"$PW\" \"$CODE\" | citizeninfo login -u newcomer --password-stdin --authorize-code-stdin\n\
         citizeninfo login --openid",
    ),
    (
        "logout",
        "citizeninfo logout\ncitizeninfo --profile staging logout",
    ),
    (
        "auth status",
        "citizeninfo auth status\ncitizeninfo auth status -o json",
    ),
    (
        "points list",
        "citizeninfo points list --province นนทบุรี --level service_point\n\
         citizeninfo points list --query \"ศูนย์บริการ\" --all -o csv > points.csv\n\
         citizeninfo points list --department 1401 --columns code,name_th,status",
    ),
    (
        "points show",
        "citizeninfo points show 1401010000001\n\
         citizeninfo points show 1401010000001 --section services\n\
         citizeninfo points show 1401010000001 -o json",
    ),
    (
        "points edit",
        "citizeninfo points edit 1401010000001\n\
         citizeninfo points edit 1401010000001 --telephone \"0 2221 2141\" --dry-run\n\
         citizeninfo points edit 1401010000001 --add-photo front.jpg",
    ),
    (
        "points add",
        "citizeninfo points add --from new-point.yaml\n\
         citizeninfo points add --from new-point.yaml --name-th \"จุดบริการเคลื่อนที่ 2\" --dry-run",
    ),
    (
        "points hide",
        "citizeninfo points hide 1401010000001 1401010000002\n\
         citizeninfo points list --query \"ปิดปรับปรุง\" -o csv --columns code | tail -n +2 | citizeninfo points hide -",
    ),
    (
        "points unhide",
        "citizeninfo points unhide 1401010000001\ncitizeninfo points unhide - < codes.txt",
    ),
    (
        "manuals list",
        "citizeninfo manuals list 1401010000001\ncitizeninfo manuals list 1401010000001 -o json",
    ),
    (
        "manuals search",
        "citizeninfo manuals search 1401010000001 --query \"บัตรประชาชน\"\n\
         citizeninfo manuals search 1401010000001 --department 1402 --all",
    ),
    ("manuals show", "citizeninfo manuals show P00001"),
    (
        "manuals bind",
        "citizeninfo manuals bind 1401010000001 P00001 P00002\n\
         citizeninfo manuals bind --points-from codes.txt P00001 --dry-run",
    ),
    (
        "manuals unbind",
        "citizeninfo manuals unbind 1401010000001 P00002\n\
         citizeninfo manuals unbind --points-from codes.txt P00002",
    ),
    (
        "export csv",
        "citizeninfo export csv --department 1401 -O dopa.csv\n\
         citizeninfo export csv --province นนทบุรี --columns name_en,hours,telephone -O nonthaburi.csv",
    ),
    (
        "export xlsx",
        "citizeninfo export xlsx --department 1401 -O dopa.xlsx\n\
         citizeninfo export xlsx --bindings -O bindings.xlsx",
    ),
    (
        "import csv",
        "citizeninfo import csv dopa.csv\n\
         citizeninfo import csv dopa.csv --apply\n\
         citizeninfo import csv dopa.csv --to-manifest dopa.yaml",
    ),
    (
        "import xlsx",
        "citizeninfo import xlsx dopa.xlsx\ncitizeninfo import xlsx dopa.xlsx --apply --skip-forbidden",
    ),
    (
        "validate",
        "citizeninfo validate -f manifests/\ncitizeninfo validate -f dopa.yaml -f dla.yaml",
    ),
    (
        "diff",
        "citizeninfo diff -f manifests/\n\
         citizeninfo diff -f manifests/ --exit-code\n\
         citizeninfo diff -f manifests/ --out plan.json && citizeninfo apply plan.json",
    ),
    (
        "apply",
        "citizeninfo apply -f manifests/\n\
         citizeninfo apply -f manifests/ --yes --concurrency 16\n\
         citizeninfo apply plan.json --yes",
    ),
    (
        "dump",
        "citizeninfo dump --department 1401 -O dopa.yaml\ncitizeninfo dump -l province=นนทบุรี",
    ),
    (
        "schema",
        "citizeninfo schema > manifest.schema.json\ncitizeninfo schema report",
    ),
    (
        "completions",
        "citizeninfo completions bash > ~/.local/share/bash-completion/completions/citizeninfo\n\
         citizeninfo completions powershell >> $PROFILE",
    ),
    (
        "man",
        "citizeninfo man -O ~/.local/share/man/man1 && man citizeninfo-points-list",
    ),
];

/// The line every command's `-h` ends with.
const GLOBALS: &str = "Global options: --profile, --url, --timeout, --ca-cert, --insecure-http, \
     --config-dir, -o/--output, --lang, -v, -q, --color, --progress (--help explains them)";

/// The command line: clap's definition with examples and the global options' line
/// on every command.
pub fn command() -> clap::Command {
    decorate(Cli::command(), "")
}

fn decorate(cmd: clap::Command, parent: &str) -> clap::Command {
    // The top is "citizeninfo"; below it, paths leave it out ("points list").
    let path = if parent.is_empty() || parent == "citizeninfo" {
        cmd.get_name().to_owned()
    } else {
        format!("{parent} {}", cmd.get_name())
    };
    let mut after = String::new();
    if let Some((_, examples)) = EXAMPLES.iter().find(|(p, _)| *p == path) {
        after.push_str("Examples:\n");
        for line in examples.lines() {
            after.push_str("  ");
            after.push_str(line);
            after.push('\n');
        }
        after.push('\n');
    }
    let short = format!("{after}{GLOBALS}");
    let cmd = cmd
        .after_help(short)
        .after_long_help(after.trim_end().to_owned());
    let children: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    children.into_iter().fold(cmd, |cmd, name| {
        let path = path.clone();
        cmd.mut_subcommand(name, move |sub| decorate(sub, &path))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command people run has examples; every example names a command.
    #[test]
    fn every_command_has_examples_and_every_example_a_command() {
        fn leaves(cmd: &clap::Command, parent: &str, out: &mut Vec<String>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let path = if parent.is_empty() {
                    sub.get_name().to_owned()
                } else {
                    format!("{parent} {}", sub.get_name())
                };
                if sub.has_subcommands() {
                    leaves(sub, &path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut paths = Vec::new();
        leaves(&Cli::command(), "", &mut paths);
        paths.push("citizeninfo".to_owned());
        let missing: Vec<&String> = paths
            .iter()
            .filter(|p| !EXAMPLES.iter().any(|(e, _)| e == p))
            .collect();
        assert!(missing.is_empty(), "no examples for {missing:?}");
        let unknown: Vec<&str> = EXAMPLES
            .iter()
            .map(|(p, _)| *p)
            .filter(|p| !paths.iter().any(|q| q == p))
            .collect();
        assert!(unknown.is_empty(), "examples of no command: {unknown:?}");
    }
}
