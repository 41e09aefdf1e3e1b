//! A region's page at `/wilayah/<Kemendagri code>`: what it is, every figure
//! published for it (and for the BPJS branch serving it), its policy
//! milestones, and for a province its kabupaten/kota.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::history_chart::histories_view;
use crate::app::components::page_meta::page_meta;
use crate::app::components::page_tools::{Embed, PageTools};
use crate::core::share::EmbedKind;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::app::components::data_gate::with_data;
use crate::app::components::figure_card::{FigureCard, SourceLine};
use crate::app::components::glossary_link::{milestone_slug, GlossaryTerm};
use crate::app::components::search_box::SearchBox;
use crate::app::data::use_data;
use crate::app::i18n::{self, use_lang, Lang};
use crate::app::links;
use crate::core::dataset::{Figure, Milestone, Region, RegionKind};
use crate::core::format;
use crate::core::index::DataIndex;

#[component]
pub fn RegionPage() -> impl IntoView {
    let lang = use_lang();
    let data = use_data();
    let params = use_params_map();
    move || {
        let lang = lang.get();
        let code = params.read().get("code").unwrap_or_default();
        with_data(data, lang, move |d| match d.index.region(&code).cloned() {
            Some(region) => region_view(region, d.index.clone(), lang),
            None => unknown_region(&code, lang),
        })
    }
}

fn unknown_region(code: &str, lang: Lang) -> AnyView {
    let title = i18n::NOT_FOUND_TITLE.get(lang);
    view! {
        {page_meta(title, i18n::DESC_NOT_FOUND.get(lang).to_string(), &format!("/wilayah/{code}"), lang)}
        <h1>{title}</h1>
        <p>{i18n::unknown_region(lang, code)}</p>
        <SearchBox id_prefix="nf-search"/>
    }
    .into_any()
}

fn figure_list(figures: Vec<Figure>, ix: Arc<DataIndex>, lang: Lang) -> impl IntoView {
    ix.grouped_by_indicator(&figures)
        .into_iter()
        .map(|(_, fs)| {
            let ix = ix.clone();
            view! {
                <div class="figure-group">
                    {fs.into_iter().map(|f| view! { <FigureCard figure=f index=ix.clone() lang=lang/> }).collect_view()}
                </div>
            }
        })
        .collect_view()
}

fn region_view(region: Region, ix: Arc<DataIndex>, lang: Lang) -> AnyView {
    let own: Vec<Figure> = ix.figures_for(&region.code).cloned().collect();
    let branches: Vec<(Region, Vec<Figure>)> = ix
        .branches_covering(&region.code)
        .map(|b| (b.clone(), ix.figures_for(&b.code).cloned().collect()))
        .filter(|(_, fs): &(Region, Vec<Figure>)| !fs.is_empty())
        .collect();
    let members: Vec<Region> = region.members.iter().filter_map(|m| ix.region(m).cloned()).collect();
    let milestones: Vec<Milestone> = ix.milestones_for(&region.code).into_iter().cloned().collect();
    let parts: Vec<(Region, usize)> = ix
        .parts_of(&region)
        .into_iter()
        .map(|c| (c.clone(), ix.figures_for(&c.code).count()))
        .collect();
    let summary = crate::core::compare::region_summary(&ix, &region.code, lang);
    let embed = Embed {
        path: format!("/sematkan/wilayah/{}", region.code),
        kind: EmbedKind::Region,
        what: region.name.clone(),
    };

    view! {
        {page_meta(region.name.clone(), summary.clone(), &format!("/wilayah/{}", region.code), lang)}
        {region_header(&region, &ix, lang)}
        <PageTools lang=lang summary=summary embed=Signal::stored(Some(embed))/>

        <section aria-labelledby="figures-heading" class="figures">
            <h2 id="figures-heading">{i18n::FIGURES_HEADING.get(lang)}</h2>
            {if own.is_empty() {
                view! { <p class="no-figures">{i18n::NO_FIGURES.get(lang)}</p> }.into_any()
            } else {
                figure_list(own, ix.clone(), lang).into_any()
            }}
        </section>

        {histories_view(&ix, crate::core::history::histories(&ix, &region.code), lang)}

        {branches.into_iter().map(|(b, fs)| view! {
            <section class="figures branch-figures">
                <h2>{i18n::BRANCH_FIGURES_HEADING.get(lang)}: <A href=links::region(&b.code, lang)>{b.name.clone()}</A></h2>
                <p class="hint">{i18n::BRANCH_FIGURES_NOTE.get(lang)}</p>
                {figure_list(fs, ix.clone(), lang)}
            </section>
        }).collect_view()}

        {(!members.is_empty()).then(|| view! {
            <section aria-labelledby="members-heading">
                <h2 id="members-heading">{i18n::MEMBERS_HEADING.get(lang)}</h2>
                <ul class="region-grid">
                    {members.into_iter().map(|m| view! { <li><A href=links::region(&m.code, lang)>{m.name}</A></li> }).collect_view()}
                </ul>
            </section>
        })}

        {(!milestones.is_empty()).then(|| milestones_section(milestones, &ix, lang))}
        {(!parts.is_empty()).then(|| parts_section(parts, lang))}
    }
    .into_any()
}

/// What the region is and where, its codes and other names, and the way on to compare it.
fn region_header(region: &Region, ix: &DataIndex, lang: Lang) -> AnyView {
    let province = match region.kind {
        RegionKind::Provinsi | RegionKind::Nasional => None,
        _ => ix.province_of(region).cloned(),
    };
    view! {
        <header class="region-header">
            <p class="region-kind">
                {i18n::kind_name(lang, region.kind)}
                {province.map(|p| view! {
                    " " {i18n::IN_PROVINCE.get(lang)} " "
                    <A href=links::region(&p.code, lang)>{p.name}</A>
                })}
            </p>
            <h1>{region.name.clone()}</h1>
            <p class="region-codes">
                {(region.kind != RegionKind::Cabang && region.kind != RegionKind::Nasional).then(|| view! {
                    {i18n::CODE_LABEL.get(lang)} " " <span class="code">{region.code.clone()}</span>
                })}
                {region.bps_code.clone().map(|b| view! { " · " {i18n::BPS_CODE_LABEL.get(lang)} " " <span class="code">{b}</span> })}
            </p>
            {(!region.aliases.is_empty()).then(|| view! {
                <p class="aliases">{i18n::ALSO_KNOWN_AS.get(lang)} ": " {region.aliases.join(", ")}</p>
            })}
            {matches!(region.kind, RegionKind::Provinsi | RegionKind::Kabupaten | RegionKind::Kota).then(|| view! {
                <p class="region-actions no-print">
                    <A href=links::href(&format!("/bandingkan?w={}", region.code), lang) attr:class="button secondary">
                        {i18n::COMPARE_WITH.get(lang)}
                    </A>
                    {crate::app::pages::map::region_map_link(region, lang)}
                </p>
            })}
        </header>
    }
    .into_any()
}

/// The region's policy steps (agreements, regulations), dated, each with its source.
fn milestones_section(milestones: Vec<Milestone>, ix: &DataIndex, lang: Lang) -> AnyView {
    let items = milestones
        .into_iter()
        .map(|m| {
            let kind = match milestone_slug(m.kind) {
                Some(slug) => view! { <GlossaryTerm term=slug text=i18n::milestone_kind(lang, m.kind)/> }.into_any(),
                None => i18n::milestone_kind(lang, m.kind).into_any(),
            };
            view! {
                <li>
                    <p class="timeline-date">{format::date(&m.date, lang)} " · " {kind}</p>
                    <p>{m.note.get(lang).to_string()}</p>
                    <SourceLine source=ix.source(&m.source).cloned() lang=lang/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="milestones-heading">
            <h2 id="milestones-heading">{i18n::MILESTONES_HEADING.get(lang)}</h2>
            <ol class="timeline">{items}</ol>
        </section>
    }
    .into_any()
}

/// The regions one level down, each with how many figures it has.
fn parts_section(parts: Vec<(Region, usize)>, lang: Lang) -> AnyView {
    view! {
        <section aria-labelledby="children-heading">
            <h2 id="children-heading">{i18n::CHILDREN_HEADING.get(lang)}</h2>
            <ul class="region-grid children">
                {parts.into_iter().map(|(c, n)| view! {
                    <li>
                        <A href=links::region(&c.code, lang)>{c.name}</A>
                        " " <span class="count" class:none=n == 0>{i18n::figure_count(lang, n)}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
