//! What differs between Windows and the other systems: the settings folder, and the
//! editor and pager a person gets who named none. Each choice is a plain function of
//! the [`System`], so both are tested on any machine; [`System::THIS`] is the system
//! the program was built for, the one `cfg(windows)` here.
//!
//! Credentials need no choice here: elsewhere they are kept private by their mode
//! (0600 in a 0700 folder, and a file others may read is refused); on Windows, by
//! being in the user's own profile folder, which only its owner and the
//! administrators may open, so no mode is set or checked there (`config.rs`).

use std::ffi::OsString;
use std::path::PathBuf;

/// A kind of system, as far as the tool's choices differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// Windows.
    #[cfg_attr(
        not(windows),
        allow(
            dead_code,
            reason = "this system only on Windows; its choices are tested on every system"
        )
    )]
    Windows,
    /// Linux, macOS and the other Unix systems.
    Unix,
}

impl System {
    /// The system this program was built for.
    #[cfg(windows)]
    pub const THIS: System = System::Windows;
    /// The system this program was built for.
    #[cfg(not(windows))]
    pub const THIS: System = System::Unix;

    /// The folder of the tool's settings and saved sign-ins, given the environment
    /// (`var`) and the system's folder for settings (`config_dir`, as `dirs` finds
    /// it): on Windows `%APPDATA%\citizeninfo` (the roaming profile, which follows an
    /// officer from desk to desk), elsewhere `citizeninfo` in the system's folder
    /// (`$XDG_CONFIG_HOME` or `~/.config` on Linux, `~/Library/Application Support`
    /// on macOS). None when the system names no such folder.
    pub fn settings_folder(
        self,
        var: impl Fn(&str) -> Option<OsString>,
        config_dir: Option<PathBuf>,
    ) -> Option<PathBuf> {
        let base = match self {
            System::Windows => var("APPDATA")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or(config_dir),
            System::Unix => config_dir,
        };
        base.map(|d| d.join("citizeninfo"))
    }

    /// The editor when neither `VISUAL` nor `EDITOR` names one: Notepad on Windows,
    /// `vi` elsewhere.
    pub fn default_editor(self) -> &'static str {
        match self {
            System::Windows => "notepad",
            System::Unix => "vi",
        }
    }

    /// The pager when `PAGER` names none: `less -R` elsewhere; none on Windows, which
    /// has no `less`, so a long plan is simply printed.
    pub fn default_pager(self) -> Option<&'static str> {
        match self {
            System::Windows => None,
            System::Unix => Some("less -R"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::System;
    use std::ffi::OsString;
    use std::path::PathBuf;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn windows_keeps_settings_in_the_roaming_profile() {
        let roaming = r"C:\Users\somchai\AppData\Roaming";
        assert_eq!(
            System::Windows.settings_folder(env(&[("APPDATA", roaming)]), None),
            Some(PathBuf::from(roaming).join("citizeninfo"))
        );
        // No APPDATA (a service account, say): the folder the system names.
        let known = PathBuf::from(r"C:\Users\somchai\AppData\Roaming");
        assert_eq!(
            System::Windows.settings_folder(env(&[("APPDATA", "")]), Some(known.clone())),
            Some(known.join("citizeninfo"))
        );
        assert_eq!(System::Windows.settings_folder(env(&[]), None), None);
    }

    #[test]
    fn elsewhere_settings_are_in_the_systems_folder_whatever_appdata_says() {
        let config = PathBuf::from("/home/somchai/.config");
        assert_eq!(
            System::Unix.settings_folder(env(&[("APPDATA", "/tmp/x")]), Some(config.clone())),
            Some(config.join("citizeninfo"))
        );
        assert_eq!(System::Unix.settings_folder(env(&[]), None), None);
    }

    #[test]
    fn a_person_who_names_no_editor_or_pager_gets_the_systems_own() {
        assert_eq!(System::Windows.default_editor(), "notepad");
        assert_eq!(System::Unix.default_editor(), "vi");
        assert_eq!(System::Windows.default_pager(), None);
        assert_eq!(System::Unix.default_pager(), Some("less -R"));
    }
}
