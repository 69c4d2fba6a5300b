//! The command line as people read it: clap's definition (`cli`) with, on every
//! command, examples of real invocations and a line naming the global options,
//! which `-h` leaves out and `--help` explains. Each command declares its examples
//! beside its arguments (`EXAMPLES`, one invocation a line, given to clap as
//! `#[command(after_long_help = EXAMPLES)]`); here they are set under "Examples".
//! Parsing, help, completions and the committed command tree all come from
//! [`command`].

use clap::CommandFactory;

use crate::cli::Cli;

/// The line every command's `-h` ends with.
const GLOBALS: &str = "Global options: --profile, --url, --timeout, --ca-cert, --insecure-http, \
     --config-dir, -o/--output, --lang, -v, -q, --color, --progress (--help explains them)";

/// The command line: clap's definition with examples and the global options' line
/// on every command.
pub fn command() -> clap::Command {
    decorate(Cli::command())
}

/// A command's examples as it declares them, one invocation a line.
fn examples(cmd: &clap::Command) -> Option<String> {
    cmd.get_after_long_help()
        .map(|e| e.to_string())
        .filter(|e| !e.trim().is_empty())
}

fn decorate(cmd: clap::Command) -> clap::Command {
    let mut after = String::new();
    if let Some(examples) = examples(&cmd) {
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
    children
        .into_iter()
        .fold(cmd, |cmd, name| cmd.mut_subcommand(name, decorate))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command people run, and the tool itself, has examples, and each
    /// example runs the command it is given for.
    #[test]
    fn every_command_has_examples_of_itself() {
        fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<(String, Option<String>)>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let path = format!("{path} {}", sub.get_name());
                if sub.has_subcommands() {
                    leaves(sub, &path, out);
                } else {
                    out.push((path, examples(sub)));
                }
            }
        }
        let top = Cli::command();
        let mut found = vec![("citizeninfo".to_owned(), examples(&top))];
        leaves(&top, "citizeninfo", &mut found);
        for (path, examples) in found {
            let Some(examples) = examples else {
                panic!("no examples for {path}");
            };
            for line in examples.lines() {
                // The words of a command run, global options before the verb left out.
                let runs = |l: &str| {
                    let mut words = Vec::new();
                    let mut it = l.split_whitespace();
                    while let Some(w) = it.next() {
                        match w {
                            "--profile" | "--url" => {
                                it.next();
                            }
                            w => words.push(w),
                        }
                    }
                    words.starts_with(&path.split(' ').collect::<Vec<_>>())
                };
                assert!(
                    runs(line) || line.split("| ").skip(1).any(runs),
                    "an example of {path} runs something else: {line}"
                );
            }
        }
    }
}
