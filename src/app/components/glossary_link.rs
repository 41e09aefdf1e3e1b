//! Links from words to their glossary entry (`/glosarium#<slug>`).
//!
//! - [`GlossaryTerm`]: one known term, e.g. `<GlossaryTerm term="pekerja rentan"/>`
//!   (looked up by slug, term, long name or alias; plain text if unknown).
//! - [`GlossaryText`]: a sentence in which every glossary term is linked at
//!   its first use, e.g. a figure's note.
//! - [`linked_text`]: the same for many texts on one page, sharing the set of
//!   terms already linked so each term is linked once per page.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::i18n::{use_lang, Lang};
use crate::app::links;
use crate::core::programs::{glossary_lookup, glossary_parts, GlossaryEntry, TextPart};

/// `/glosarium#pu`, or `/glosarium?lang=en#pu`.
pub fn glossary_href(slug: &str, lang: Lang) -> String {
    format!("{}#{slug}", links::href("/glosarium", lang))
}

fn term_link(text: String, entry: &'static GlossaryEntry, lang: Lang) -> AnyView {
    let title = match entry.long_name {
        Some(long) => format!("{long}: {}", entry.definition.get(lang)),
        None => entry.definition.get(lang).to_string(),
    };
    view! {
        <A href=glossary_href(entry.slug, lang) attr:class="glossary-term" attr:title=title>{text}</A>
    }
    .into_any()
}

/// Renders `text` with each glossary term linked, skipping terms already in
/// `linked` (and adding the ones it links).
pub fn linked_text(text: &str, lang: Lang, linked: &mut HashSet<&'static str>) -> AnyView {
    glossary_parts(text, linked)
        .into_iter()
        .map(|part| match part {
            TextPart::Plain(s) => s.to_string().into_any(),
            TextPart::Term(s, entry) => term_link(s.to_string(), entry, lang),
        })
        .collect_view()
        .into_any()
}

/// One term linked to its glossary entry. `text` overrides what is shown
/// (default: the term as given). Unknown terms are shown as plain text.
#[component]
pub fn GlossaryTerm(#[prop(into)] term: String, #[prop(optional, into)] text: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let entry = glossary_lookup(&term);
    let shown = text.unwrap_or(term);
    move || match entry {
        Some(e) => term_link(shown.clone(), e, lang.get()),
        None => shown.clone().into_any(),
    }
}

/// A sentence with every glossary term in it linked once.
#[component]
pub fn GlossaryText(#[prop(into)] text: String) -> impl IntoView {
    let lang = use_lang();
    move || linked_text(&text, lang.get(), &mut HashSet::new())
}

/// The glossary entry for a dataset segment, for region pages:
/// `segment_slug(f.segment).map(|s| view! { <GlossaryTerm term=s text=name/> })`.
pub fn segment_slug(s: crate::core::dataset::Segment) -> Option<&'static str> {
    use crate::core::dataset::Segment::*;
    match s {
        Pu => Some("pu"),
        Bpu => Some("bpu"),
        Jakon => Some("jakon"),
        Pmi => Some("pmi"),
        NonAsn => Some("non-asn"),
        VillageApparatus => Some("perangkat-desa"),
        Rentan => Some("pekerja-rentan"),
        All | Other => None,
    }
}

/// The glossary entry for a funding source ("APBD", "APBDes").
pub fn funding_slug(f: crate::core::dataset::Funding) -> Option<&'static str> {
    use crate::core::dataset::Funding::*;
    match f {
        ApbdKab | ApbdProv => Some("apbd"),
        Apbdes => Some("apbdes"),
        _ => None,
    }
}

/// The glossary entry for a milestone kind ("MoU", "PKS").
pub fn milestone_slug(k: crate::core::dataset::MilestoneKind) -> Option<&'static str> {
    use crate::core::dataset::MilestoneKind::*;
    match k {
        Mou => Some("mou"),
        Pks => Some("pks"),
        _ => None,
    }
}
