//! The app's two languages. Indonesian is the default; English is second.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// Reads the `lang` URL parameter; anything but "en" means Indonesian.
    pub fn from_param(p: Option<&str>) -> Lang {
        match p.map(|s| s.trim().to_ascii_lowercase()) {
            Some(s) if s == "en" => Lang::En,
            _ => Lang::Id,
        }
    }

    /// BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Picks the string for this language: the building block of the translation layer.
    pub fn pick<'a>(self, id: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

/// A static UI text in both languages. Every user-facing string in the app is
/// one of these (or a function of `Lang`), so a missing translation is a
/// compile error, not a blank on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub id: &'static str,
    pub en: &'static str,
}

impl Tr {
    pub const fn new(id: &'static str, en: &'static str) -> Tr {
        Tr { id, en }
    }

    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}
