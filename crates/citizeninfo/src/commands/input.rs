//! Lists of codes and ids from arguments, stdin (`-`) or a file, each value
//! remembering where it came from so an error can name the place.

use std::io::BufRead;
use std::path::Path;
use std::str::FromStr;

use crate::exit::Failure;

/// A value and the place it was read from.
pub struct Sourced {
    /// E.g. `argument 2`, `stdin line 4`, `codes.txt:7`.
    pub place: String,
    /// The text, trimmed.
    pub value: String,
}

fn wanted(line: &str) -> Option<String> {
    let line = line.trim();
    (!line.is_empty() && !line.starts_with('#')).then(|| line.to_owned())
}

/// The arguments, with `-` standing for the lines of stdin (blank lines and `#`
/// comments skipped). `offset` numbers the arguments as the user typed them.
pub fn arguments(args: &[String], offset: usize) -> anyhow::Result<Vec<Sourced>> {
    let mut out = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if a == "-" {
            for (n, line) in std::io::stdin().lock().lines().enumerate() {
                if let Some(value) = wanted(&line?) {
                    out.push(Sourced {
                        place: format!("stdin line {}", n + 1),
                        value,
                    });
                }
            }
        } else {
            out.push(Sourced {
                place: format!("argument {}", i + offset),
                value: a.trim().to_owned(),
            });
        }
    }
    Ok(out)
}

/// The lines of a file (blank lines and `#` comments skipped).
pub fn file(path: &Path) -> anyhow::Result<Vec<Sourced>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::invalid(format!("could not read {}: {e}", path.display()), ""))?;
    Ok(text
        .lines()
        .enumerate()
        .filter_map(|(n, line)| {
            wanted(line).map(|value| Sourced {
                place: format!("{}:{}", path.display(), n + 1),
                value,
            })
        })
        .collect())
}

/// Parses every value, naming the place of the first bad one; repeats are dropped.
pub fn parse_all<T>(items: Vec<Sourced>, what: &str) -> anyhow::Result<Vec<T>>
where
    T: FromStr<Err = String> + PartialEq,
{
    let mut out = Vec::new();
    for item in items {
        let parsed: T = item.value.parse().map_err(|e: String| {
            Failure::invalid(
                format!("{}: the {what} {e}", item.place),
                "nothing was changed; fix it and run again",
            )
        })?;
        if !out.contains(&parsed) {
            out.push(parsed);
        }
    }
    if out.is_empty() {
        return Err(Failure::usage(
            format!("no {what} was given"),
            "pass them as arguments, or `-` and one a line on stdin",
        )
        .into());
    }
    Ok(out)
}
