//! `/cek`: "what do I pay, what can I get". One question per screen (the
//! GOV.UK question-page pattern); every answer lives in the URL
//! (`/cek?jenis=pu&upah=5000000&risiko=2&usaha=besar&bulan=2026-11`), so Back
//! works and a result can be shared or reopened. `ubah=<key>` asks one
//! question again. Which question comes next, whether an answer is good and
//! what the result is are decided by the core ([`CheckerUrl::step`],
//! [`CheckerAnswers::set`]); this page only renders and navigates.
//!
//! The month computed for is the reader's current month (their clock) until
//! an answer is given; from then on it is in the URL, so a shared result
//! stays the same whatever day it is opened.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::app::components::page_tools::PageTools;
use crate::app::components::table_scroll::TableScroll;

use crate::app::components::page_meta::page_meta;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;

use super::programs::program_item::{in_force_line, rule_line, sources_line, unverified_badge, unverified_key};
use crate::app::browser;
use crate::app::clock::this_month;
use crate::app::components::needs_app::needs_app;
use crate::app::i18n::{programs as t, use_lang, Lang, Tr};
use crate::app::links;
use crate::core::benefits::{
    format_percent_bp, format_rupiah, selectable_months, BandPiece, Benefit, CheckResult, CheckerAnswers, CheckerUrl,
    CompanySize, ContributionLine, Notice, Package, Payer, Question, Rate, RiskClass, Split, Step, CHANGE_KEY,
};
use crate::core::format;
use crate::core::month::Month;
use crate::core::programs::{MemberGroup, Program};
use crate::core::rules::{BpuSector, Confidence, PmiContract};

const HEADING_ID: &str = "cek-heading";
const ERRORS_ID: &str = "cek-errors";

#[component]
pub fn CheckerPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    // After each answer (a new URL), move focus to the new question or the
    // result, as a page load would put the reader at the top.
    Effect::new(move |prev: Option<()>| {
        query.track();
        if prev.is_some() {
            request_animation_frame(|| {
                if !browser::focus(ERRORS_ID) {
                    browser::focus(HEADING_ID);
                }
            });
        }
    });
    move || {
        let lang = lang.get();
        let params = query.get();
        checker_view(&params, lang)
    }
}

fn url_of(params: &ParamsMap) -> CheckerUrl {
    let pairs: Vec<(&str, String)> = Question::ALL
        .iter()
        .map(|q| q.key())
        .chain([CHANGE_KEY])
        .filter_map(|k| params.get(k).map(|v| (k, v)))
        .collect();
    CheckerUrl::from_query(&pairs)
}

/// `/cek?…` for these answers (plus extra pairs), keeping the language. The
/// month is always written, so the link keeps its result.
fn checker_href(a: &CheckerAnswers, extra: &[(&str, &str)], lang: Lang) -> String {
    let mut a = *a;
    if a.kind.is_some() {
        a.month = Some(a.month_or(this_month()));
    }
    let mut pairs: Vec<String> = a.to_query().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    pairs.extend(extra.iter().map(|(k, v)| format!("{k}={v}")));
    if pairs.is_empty() {
        links::href("/cek", lang)
    } else {
        links::href(&format!("/cek?{}", pairs.join("&")), lang)
    }
}

fn checker_view(params: &ParamsMap, lang: Lang) -> AnyView {
    let url = url_of(params);
    let today = this_month();
    match url.step(today) {
        Step::Ask { question, error } => question_view(question, error.map(|e| e.message(lang)), &url, params, lang),
        Step::Done(result) => {
            let mut answers = url.answers;
            answers.month = Some(result.month);
            result_view(&answers, &result.with_today(today), url.answers.month.is_none(), lang)
        }
    }
}

// ---------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------

struct Choice {
    value: String,
    label: String,
    hint: Option<String>,
}

fn choices(q: Question, lang: Lang) -> Vec<Choice> {
    let choice = |value: String, label: String, hint: Option<String>| Choice { value, label, hint };
    match q {
        Question::Kind => MemberGroup::ALL
            .iter()
            .map(|s| {
                choice(
                    s.slug().into(),
                    s.name().get(lang).into(),
                    Some(t::kind_hint(lang, *s).into()),
                )
            })
            .collect(),
        Question::RiskClass => RiskClass::ALL
            .iter()
            .map(|r| {
                let hint = t::risk_hint(lang, &format_percent_bp(r.jkk_rate_bp(), lang));
                choice(r.number().to_string(), r.label().get(lang).into(), Some(hint))
            })
            .collect(),
        Question::CompanySize => CompanySize::ALL
            .iter()
            .map(|s| {
                let hint = match s {
                    CompanySize::MicroSmall => t::SIZE_SMALL_HINT,
                    CompanySize::MediumLarge => t::SIZE_LARGE_HINT,
                };
                choice(s.key().into(), s.label().get(lang).into(), Some(hint.get(lang).into()))
            })
            .collect(),
        Question::Sector => BpuSector::ALL
            .iter()
            .map(|s| {
                choice(
                    s.key().into(),
                    s.label().get(lang).into(),
                    Some(t::sector_hint(lang, *s).into()),
                )
            })
            .collect(),
        Question::PmiContract => PmiContract::ALL
            .iter()
            .map(|c| choice(c.months().to_string(), t::pmi_months(lang, c.months()), None))
            .collect(),
        Question::Month => selectable_months()
            .map(|m| choice(m.key(), m.label(lang), None))
            .collect(),
        Question::Wage | Question::ContractValue => Vec::new(),
    }
}

/// The question as asked, and its hint.
fn wording(q: Question, kind: Option<MemberGroup>) -> (Tr, Tr) {
    match q {
        Question::Kind => (t::Q_KIND, t::Q_KIND_HINT),
        Question::Wage if kind == Some(MemberGroup::Bpu) => (t::Q_WAGE_BPU, t::Q_WAGE_BPU_HINT),
        Question::Wage => (t::Q_WAGE_PU, t::Q_WAGE_PU_HINT),
        Question::RiskClass => (t::Q_RISK, t::Q_RISK_HINT),
        Question::CompanySize => (t::Q_SIZE, t::Q_SIZE_HINT),
        Question::ContractValue => (t::Q_CONTRACT, t::Q_CONTRACT_HINT),
        Question::Sector => (t::Q_SECTOR, t::Q_SECTOR_HINT),
        Question::PmiContract => (t::Q_PMI, t::Q_PMI_HINT),
        Question::Month => (t::Q_MONTH, t::Q_MONTH_HINT),
    }
}

/// The current answer of a choice question, as its URL value.
fn current_choice(q: Question, a: &CheckerAnswers) -> Option<String> {
    match q {
        Question::Kind => a.kind.map(|k| k.slug().to_string()),
        Question::RiskClass => a.risk.map(|r| r.number().to_string()),
        Question::CompanySize => a.size.map(|s| s.key().to_string()),
        Question::Sector => a.sector.map(|s| s.key().to_string()),
        Question::PmiContract => a.pmi_contract.map(|c| c.months().to_string()),
        Question::Month => Some(a.month_or(this_month()).key()),
        Question::Wage | Question::ContractValue => None,
    }
}

fn question_view(q: Question, url_err: Option<String>, url: &CheckerUrl, params: &ParamsMap, lang: Lang) -> AnyView {
    let answers = url.answers;
    let questions = answers.questions(this_month());
    let position = questions.iter().position(|x| *x == q);
    let caption = position.map(|p| t::question_of(lang, p + 1, answers.kind.map(|_| questions.len())));
    let first = q == Question::Kind;
    let asked = Asked::new(q, answers.kind, url_err, lang);
    let error = asked.error;
    let selected = RwSignal::new(current_choice(q, &answers));
    let input_ref: NodeRef<leptos::html::Input> = NodeRef::new();
    let options = choices(q, lang);
    let is_radio = q.is_choice() && q != Question::Month;
    // The field the error summary's link leads to: the first radio button, else the field itself.
    let field_id = if is_radio {
        format!(
            "{}-{}",
            q.key(),
            options.first().map(|c| c.value.as_str()).unwrap_or("")
        )
    } else {
        q.key().to_string()
    };
    let field = if is_radio {
        radio_field(&asked, caption.clone(), first, options, selected)
    } else if q == Question::Month {
        month_field(&asked, selected, options)
    } else {
        amount_field(&asked, caption.clone(), typed_amount(q, url), input_ref)
    };
    let back = position.filter(|p| *p > 0).map(|p| {
        let prev = questions[p - 1];
        checker_href(&answers, &[(CHANGE_KEY, prev.key())], lang)
    });
    let any_answer = !answers.to_query().is_empty();
    let here = format!("{}/cek{}", links::router_base(), params.to_query_string());
    let on_submit = submit_answer(q, answers, selected, input_ref, error, lang);
    let question = asked.question;
    let title = move || {
        let base = format!("{question} · {}", t::CHECKER_TITLE.get(lang));
        if error.with(Option::is_some) {
            format!("{}: {base}", t::ERROR_PREFIX.get(lang))
        } else {
            base
        }
    };

    view! {
        {page_meta(title, t::DESC_CHECKER.get(lang).to_string(), "/cek", lang)}
        <div class="checker">
            {back.map(|href| view! { <A href=href attr:class="back-link">{t::BACK.get(lang)}</A> })}
            {error_summary(error, format!("{here}#{field_id}"), field_id, lang)}
            {first.then(|| view! {
                <h1 id=HEADING_ID tabindex="-1">{t::CHECKER_TITLE.get(lang)}</h1>
                <p class="lead">{t::CHECKER_INTRO.get(lang)}</p>
                <p class="notice">{t::NOT_AN_APPLICATION.get(lang)}</p>
            })}
            <form class="question" novalidate=true on:submit=on_submit>
                {field}
                <button type="submit" class="button continue">{t::CONTINUE.get(lang)}</button>
            </form>
            {needs_app(t::CHECKER_NEEDS_APP, Some((links::href("/program", lang), t::CHECKER_ALTERNATIVE)), lang)}
            {(!first).then(|| view! { <p class="hint">{t::NOT_AN_APPLICATION.get(lang)}</p> })}
            {any_answer.then(|| view! {
                <p><A href=links::href("/cek", lang) attr:class="start-again">{t::START_AGAIN.get(lang)}</A></p>
            })}
        </div>
    }
    .into_any()
}

/// What was typed for an amount question: the URL's text as given (even when
/// it was refused), else the answer.
fn typed_amount(q: Question, url: &CheckerUrl) -> String {
    url.raw(q)
        .map(str::to_string)
        .or_else(|| match q {
            Question::Wage => url.answers.wage.map(|w| w.to_string()),
            Question::ContractValue => url.answers.contract.map(|c| c.to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

/// Checks the answer with the core: a good one moves on to the next URL, a
/// bad one shows its message and takes focus to the error summary.
fn submit_answer(
    q: Question,
    answers: CheckerAnswers,
    selected: RwSignal<Option<String>>,
    input_ref: NodeRef<leptos::html::Input>,
    error: RwSignal<Option<String>>,
    lang: Lang,
) -> impl Fn(SubmitEvent) + 'static {
    let navigate = use_navigate();
    move |ev: SubmitEvent| {
        ev.prevent_default();
        let raw = if q.is_choice() {
            selected.get_untracked().unwrap_or_default()
        } else {
            input_ref.get_untracked().map(|i| i.value()).unwrap_or_default()
        };
        let mut next = answers;
        match next.set(q, &raw) {
            Err(e) => {
                error.set(Some(e.message(lang)));
                browser::focus_soon(ERRORS_ID);
            }
            Ok(()) => navigate(&checker_href(&next, &[], lang), links::nav_options(true)),
        }
    }
}

/// The GOV.UK error summary at the top of the page: the message, linked to the field.
fn error_summary(
    error: RwSignal<Option<String>>,
    href: String,
    field_id: String,
    lang: Lang,
) -> impl Fn() -> Option<AnyView> {
    move || {
        error.get().map(|msg| {
            let field_id = field_id.clone();
            view! {
                <div class="error-summary" id=ERRORS_ID role="alert" tabindex="-1" aria-labelledby="cek-errors-title">
                    <h2 id="cek-errors-title">{t::ERROR_SUMMARY.get(lang)}</h2>
                    <ul>
                        <li>
                            <A href=href.clone() on:click=move |ev: leptos::ev::MouseEvent| {
                                ev.prevent_default();
                                browser::focus(&field_id);
                            }>{msg}</A>
                        </li>
                    </ul>
                </div>
            }
            .into_any()
        })
    }
}

/// What every form of a question shares: its key, wording, hint and error.
#[derive(Clone)]
struct Asked {
    key: &'static str,
    question: &'static str,
    hint: &'static str,
    hint_id: String,
    error_id: String,
    error: RwSignal<Option<String>>,
    lang: Lang,
}

impl Asked {
    fn new(q: Question, kind: Option<MemberGroup>, error: Option<String>, lang: Lang) -> Asked {
        let key = q.key();
        let (question, hint) = wording(q, kind);
        Asked {
            key,
            question: question.get(lang),
            hint: hint.get(lang),
            hint_id: format!("{key}-hint"),
            error_id: format!("{key}-error"),
            error: RwSignal::new(error),
            lang,
        }
    }

    fn has_error(&self) -> impl Fn() -> bool + Send + Sync + Copy + 'static {
        let error = self.error;
        move || error.with(Option::is_some)
    }

    /// The field's `aria-describedby`: the hint, and the error when there is one.
    fn described(&self) -> impl Fn() -> String + Send + Sync + Clone + 'static {
        let (hint_id, error_id, has_error) = (self.hint_id.clone(), self.error_id.clone(), self.has_error());
        move || {
            if has_error() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    }

    /// The hint, then the error message (when there is one) above the field.
    fn hint_and_error(&self) -> impl IntoView {
        let (error, error_id, lang) = (self.error, self.error_id.clone(), self.lang);
        let message = move || {
            error.get().map(|msg| {
                view! {
                    <p id=error_id.clone() class="error-message">
                        <span class="visually-hidden">{t::ERROR_PREFIX.get(lang)} ": "</span>
                        {msg}
                    </p>
                }
            })
        };
        view! {
            <p id=self.hint_id.clone() class="hint">{self.hint}</p>
            {message}
        }
    }
}

/// A choice among a few: radio buttons in a fieldset whose legend is the question.
fn radio_field(
    asked: &Asked,
    caption: Option<String>,
    first: bool,
    options: Vec<Choice>,
    selected: RwSignal<Option<String>>,
) -> AnyView {
    let key = asked.key;
    let question = asked.question;
    // The question is the page's h1, except on the first screen, whose h1 is
    // the checker's name above the introduction.
    let heading = if first {
        view! { <h2 class="question-heading">{question}</h2> }.into_any()
    } else {
        view! { <h1 id=HEADING_ID class="question-heading" tabindex="-1">{question}</h1> }.into_any()
    };
    let radios = options
        .into_iter()
        .map(|c| {
            let id = format!("{key}-{}", c.value);
            let item_hint = format!("{id}-hint");
            let value = c.value.clone();
            let checked = selected.get_untracked().as_deref() == Some(c.value.as_str());
            let described = c.hint.is_some().then(|| item_hint.clone());
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=id.clone()
                        name=key
                        value=c.value.clone()
                        prop:checked=checked
                        aria-describedby=described
                        on:change=move |_| selected.set(Some(value.clone()))
                    />
                    <label for=id>{c.label}</label>
                    {c.hint.map(|h| view! { <p id=item_hint class="radio-hint">{h}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="form-group" class:has-error=asked.has_error() aria-describedby=asked.described()>
            <legend class="question-legend">
                {caption.map(|c| view! { <span class="caption">{c}</span> })}
                {heading}
            </legend>
            {asked.hint_and_error()}
            <div class="radios">{radios}</div>
        </fieldset>
    }
    .into_any()
}

/// The month to compute for: a list of months under the question.
fn month_field(asked: &Asked, selected: RwSignal<Option<String>>, options: Vec<Choice>) -> AnyView {
    view! {
        <div class="form-group" class:has-error=asked.has_error()>
            <h1 id=HEADING_ID class="question-heading" tabindex="-1">
                <label for=asked.key>{asked.question}</label>
            </h1>
            {asked.hint_and_error()}
            {month_select(asked.key, selected, asked.described(), options)}
        </div>
    }
    .into_any()
}

/// An amount in rupiah: a text field for digits (`inputmode="numeric"`).
fn amount_field(
    asked: &Asked,
    caption: Option<String>,
    typed: String,
    input_ref: NodeRef<leptos::html::Input>,
) -> AnyView {
    let key = asked.key;
    let has_error = asked.has_error();
    view! {
        <div class="form-group" class:has-error=has_error>
            {caption.map(|c| view! { <span class="caption">{c}</span> })}
            <h1 id=HEADING_ID class="question-heading" tabindex="-1">
                <label for=key>{asked.question}</label>
            </h1>
            {asked.hint_and_error()}
            <div class="input-prefix">
                <span class="prefix" aria-hidden="true">"Rp"</span>
                <input
                    node_ref=input_ref
                    id=key
                    name=key
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    class="amount-input"
                    value=typed
                    aria-describedby=asked.described()
                    aria-invalid=move || has_error().then_some("true")
                />
            </div>
        </div>
    }
    .into_any()
}

/// A `<select>` of the months the checker computes for, bound to `selected`.
fn month_select(
    id: &'static str,
    selected: RwSignal<Option<String>>,
    described: impl Fn() -> String + Send + Sync + 'static,
    options: Vec<Choice>,
) -> AnyView {
    let current = selected.get_untracked();
    view! {
        <select
            id=id
            name=id
            class="month-select"
            aria-describedby=described
            on:change=move |ev| selected.set(Some(event_target_value(&ev)))
        >
            {options.into_iter().map(|c| {
                let is_current = current.as_deref() == Some(c.value.as_str());
                view! { <option value=c.value selected=is_current>{c.label}</option> }
            }).collect_view()}
        </select>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------

fn rp(x: i64, lang: Lang) -> String {
    format::rupiah_full(x as f64, lang)
}

fn answer_text(q: Question, a: &CheckerAnswers, lang: Lang) -> String {
    match q {
        Question::Kind => a.kind.map(|k| k.name().get(lang).to_string()),
        Question::Wage => a.wage.map(|w| rp(w, lang)),
        Question::RiskClass => a.risk.map(|r| r.label().get(lang).to_string()),
        Question::CompanySize => a.size.map(|s| s.label().get(lang).to_string()),
        Question::ContractValue => a.contract.map(|c| rp(c, lang)),
        Question::Sector => a.sector.map(|s| s.label().get(lang).to_string()),
        Question::PmiContract => a.pmi_contract.map(|c| t::pmi_months(lang, c.months())),
        Question::Month => a.month.map(|m| m.label(lang)),
    }
    .unwrap_or_default()
}

/// Which money columns the contributions table needs.
struct Columns {
    employer: Option<Tr>,
    worker: Option<Tr>,
    total: bool,
}

impl Columns {
    /// How many money columns there are.
    fn count(&self) -> usize {
        self.employer.is_some() as usize + self.worker.is_some() as usize + self.total as usize
    }
}

fn columns(r: &CheckResult) -> Columns {
    let has = |f: &dyn Fn(Payer) -> bool| r.lines.iter().any(|l| f(l.payer));
    let employer = has(&|p| matches!(p, Payer::Employer | Payer::Shared | Payer::Contractor));
    let worker = has(&|p| matches!(p, Payer::Worker | Payer::Shared));
    let unassigned = r.lines.iter().any(|l| l.amount.is_some_and(|s| s.unassigned != 0));
    Columns {
        employer: employer.then_some(if r.kind == MemberGroup::Jakon {
            t::COL_CONTRACTOR
        } else {
            t::COL_EMPLOYER
        }),
        worker: worker.then_some(if employer { t::COL_WORKER } else { t::COL_YOU }),
        total: (employer && worker) || unassigned || (!employer && !worker),
    }
}

/// An amount in a money column: "Rp27.000", with the "Rp" in its own span
/// so a phone can drop it (the column heading then says "(Rp)").
fn money(x: i64, lang: Lang) -> AnyView {
    let s = rp(x, lang);
    match s.split_once("Rp") {
        Some((sign, digits)) => {
            view! { {sign.to_string()} <span class="rp">"Rp"</span> {digits.to_string()} }.into_any()
        }
        None => s.into_any(),
    }
}

fn money_cells(split: Option<Split>, cols: &Columns, missing: &str, lang: Lang) -> AnyView {
    let n = cols.count();
    match split {
        Some(s) => view! {
            {cols.employer.map(|_| view! { <td class="num">{money(s.employer, lang)}</td> })}
            {cols.worker.map(|_| view! { <td class="num">{money(s.worker, lang)}</td> })}
            {cols.total.then(|| view! { <td class="num total">{money(s.total(), lang)}</td> })}
        }
        .into_any(),
        None => view! { <td class="num missing" colspan=n.to_string()>{missing.to_string()}</td> }.into_any(),
    }
}

fn line_rows(i: usize, l: &ContributionLine, cols: &Columns, lang: Lang) -> AnyView {
    let row_id = format!("line-{i}");
    let span = 1 + cols.count();
    let missing = match l.rate {
        Rate::Choice(_) => t::NOT_COMPUTED_RANGE.get(lang),
        _ => t::NOT_COMPUTED.get(lang),
    };
    let payer = (!matches!(
        l.payer,
        Payer::Employer | Payer::Worker | Payer::Shared | Payer::Contractor
    ))
    .then(|| format!("{}: {}", t::PAID_BY.get(lang), l.payer.label().get(lang)));
    let discount = l.discount.map(|d| {
        view! {
            <p class="cite discount">
                <span class="cite-label">{t::DISCOUNT.get(lang)} ": "</span>
                {t::discount_text(lang, 100 - d.percent_paid, &format_rupiah(d.full, lang))}
                ". " {d.rule.regulation} ", " {d.in_force.label(lang)} "."
            </p>
        }
    });
    let codes = l.programs.iter().map(|p| p.code()).collect::<Vec<_>>().join(" + ");
    let slugs = l.programs.iter().map(|p| p.slug()).collect::<Vec<_>>().join("-");
    let label = l.label.get(lang);
    let badges = move || {
        view! {
            {(!l.required).then(|| view! { " " <span class="badge optional">{t::OPTIONAL.get(lang)}</span> })}
            {l.uncertain.then(|| view! { " " {unverified_badge(lang)} })}
        }
    };
    // On a phone the row header shows only the programme code, so the money
    // columns fit; the full label then heads the detail row below.
    view! {
        <tr class="line-row" data-programs=slugs>
            <th scope="row" id=row_id.clone()>
                <span class="label-full">
                    <span class="line-label">{label}</span>
                    {badges()}
                </span>
                <span class="label-short">{codes}</span>
            </th>
            {money_cells(l.amount, cols, missing, lang)}
        </tr>
        <tr class="line-detail">
            <td colspan=span.to_string() headers=row_id>
                <p class="detail-label"><span class="line-label">{label}</span> {badges()}</p>
                <p class="cite">{t::RATE.get(lang)} ": " {l.rate.label(lang)}</p>
                {payer.map(|p| view! { <p class="cite">{p}</p> })}
                {discount}
                {l.note.map(|n| view! { <p class="line-note">{n.get(lang)}</p> })}
                {doubt_line(l.uncertain, l.confidence, l.caveat, lang)}
                {rule_line(&l.rule, lang)}
                {in_force_line(&l.in_force, lang)}
                {sources_line(l.sources, lang)}
            </td>
        </tr>
    }
    .into_any()
}

/// Why a figure is not verified (the confidence of its rule) and what the
/// sources leave in doubt: shown only under a flagged line or benefit.
fn doubt_line(uncertain: bool, confidence: Confidence, caveat: Option<Tr>, lang: Lang) -> Option<AnyView> {
    let reason = confidence.reason().filter(|_| uncertain);
    (reason.is_some() || caveat.is_some()).then(|| {
        view! {
            <p class="line-note doubt">
                {reason.map(|r| r.get(lang))}
                {(reason.is_some() && caveat.is_some()).then_some(" ")}
                {caveat.map(|c| c.get(lang))}
            </p>
        }
        .into_any()
    })
}

fn program_tag(p: Program) -> AnyView {
    view! { <span class="program-tag">{p.code()}</span> }.into_any()
}

/// "Hitung untuk bulan [November 2026] [Hitung]": recomputes the same
/// answers for another month (a new URL, so the result stays shareable).
fn month_form(a: &CheckerAnswers, month: Month, lang: Lang) -> AnyView {
    let a = *a;
    let navigate = use_navigate();
    let selected = RwSignal::new(Some(month.key()));
    let options = choices(Question::Month, lang);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut next = a;
        if next
            .set(Question::Month, &selected.get_untracked().unwrap_or_default())
            .is_ok()
        {
            navigate(&checker_href(&next, &[], lang), links::nav_options(false));
        }
    };
    view! {
        <form class="month-form" on:submit=on_submit>
            <label for="bulan">{t::MONTH_LABEL.get(lang)}</label>
            {month_select("bulan", selected, || "rules-month".to_string(), options)}
            <button type="submit" class="button secondary">{t::MONTH_SUBMIT.get(lang)}</button>
        </form>
    }
    .into_any()
}

fn notice_item(n: &Notice, lang: Lang) -> AnyView {
    view! {
        <li>
            <p>{n.text(lang)}</p>
            {n.rule().map(|r| rule_line(&r, lang))}
        </li>
    }
    .into_any()
}

fn breakdown_table(pieces: &[BandPiece], lang: Lang) -> AnyView {
    let rows = pieces
        .iter()
        .map(|p| {
            let range = t::band_range(lang, &format_rupiah(p.from, lang), &format_rupiah(p.to, lang));
            view! {
                <tr>
                    <th scope="row">{range}</th>
                    <td class="num">{format_percent_bp(p.jkk_bp, lang)} ": " {money(p.jkk, lang)}</td>
                    <td class="num">{format_percent_bp(p.jkm_bp, lang)} ": " {money(p.jkm, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">{t::BREAKDOWN_HEADING.get(lang)}</h2>
            <TableScroll labelledby="breakdown-heading">
                <table class="result-table breakdown">
                    <thead>
                        <tr>
                            <th scope="col">{t::COL_BAND.get(lang)}</th>
                            <th scope="col" class="num">"JKK"</th>
                            <th scope="col" class="num">"JKM"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
        </section>
    }
    .into_any()
}

fn result_view(a: &CheckerAnswers, r: &CheckResult, month_from_clock: bool, lang: Lang) -> AnyView {
    let title = t::RESULT_TITLE.get(lang);
    let month_label = r.month.label(lang);
    let warnings: Vec<&Notice> = r.notices.iter().filter(|n| n.is_warning()).collect();
    let upcoming: Vec<&Notice> = r.notices.iter().filter(|n| n.is_upcoming()).collect();
    let other_notices: Vec<&Notice> = r
        .notices
        .iter()
        .filter(|n| !n.is_warning() && !n.is_upcoming())
        .collect();
    let notices = |list: Vec<&Notice>| list.into_iter().map(|n| notice_item(n, lang)).collect_view();
    let notes = r.notes.iter().map(|n| view! { <li>{n.get(lang)}</li> }).collect_view();

    view! {
        {page_meta(format!("{title} · {}", t::CHECKER_TITLE.get(lang)), t::DESC_CHECKER.get(lang).to_string(), "/cek", lang)}
        <div class="checker result">
            <p class="caption">{t::CHECKER_TITLE.get(lang)}</p>
            <h1 id=HEADING_ID tabindex="-1">{title}</h1>
            <p class="rules-month" id="rules-month">
                <strong>{t::rules_of_month(lang, &month_label)}</strong>
                {month_from_clock.then(|| view! { " " <span class="hint">{t::MONTH_FROM_CLOCK.get(lang)}</span> })}
            </p>
            <PageTools lang=lang summary=format!("{} · {} ({})", t::CHECKER_TITLE.get(lang), title, month_label)/>
            {month_form(a, r.month, lang)}
            <p class="notice">{t::NOT_AN_APPLICATION.get(lang)}</p>
            {(!warnings.is_empty()).then(|| view! {
                <section class="warning-box" aria-labelledby="month-notes-heading">
                    <h2 id="month-notes-heading">{t::FOR_THIS_MONTH.get(lang)}</h2>
                    <ul class="notices">{notices(warnings)}</ul>
                </section>
            })}
            {answers_section(a, lang)}
            {r.any_uncertain().then(|| unverified_key(lang))}
            {contributions_section(r, lang)}
            {(!r.breakdown.is_empty()).then(|| breakdown_table(&r.breakdown, lang))}
            {(!upcoming.is_empty()).then(|| {
                let heading = t::CHANGES_SOON.get(lang);
                list_section("changes-heading", heading, "notices upcoming", notices(upcoming))
            })}
            {benefits_section(r, lang)}
            {(!r.excluded.is_empty()).then(|| excluded_section(r, lang))}
            {(!r.notes.is_empty() || !other_notices.is_empty()).then(|| {
                let items = view! { {notices(other_notices)} {notes} };
                list_section("notes-heading", t::NOTES_HEADING.get(lang), "notes", items)
            })}
            {program_links(r, lang)}
            <p class="result-actions">
                <A href=links::href("/cek", lang) attr:class="button secondary start-again">{t::START_AGAIN.get(lang)}</A>
            </p>
            <p class="hint not-advice">{t::NOT_ADVICE.get(lang)}</p>
        </div>
    }
    .into_any()
}

/// A section of the result that is a heading and a list.
fn list_section(
    heading_id: &'static str,
    heading: &'static str,
    list_class: &'static str,
    items: impl IntoView,
) -> AnyView {
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            <ul class=list_class>{items}</ul>
        </section>
    }
    .into_any()
}

/// "Jawaban Anda": each answer with a link to change it.
fn answers_section(a: &CheckerAnswers, lang: Lang) -> AnyView {
    let rows = a
        .questions(this_month())
        .into_iter()
        .map(|q| {
            let label = match a.kind {
                Some(k) => q.label_for(k).get(lang),
                None => q.label().get(lang),
            };
            view! {
                <div class="summary-row">
                    <dt>{label}</dt>
                    <dd>{answer_text(q, a, lang)}</dd>
                    <dd class="summary-action">
                        <A href=checker_href(a, &[(CHANGE_KEY, q.key())], lang) attr:data-change=q.key()>
                            {t::CHANGE.get(lang)}
                            <span class="visually-hidden">" " {label}</span>
                        </A>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="answers-heading">
            <h2 id="answers-heading">{t::YOUR_ANSWERS.get(lang)}</h2>
            <dl class="summary-list">{rows}</dl>
            <p class="hint">{t::SHARE_NOTE.get(lang)}</p>
        </section>
    }
    .into_any()
}

/// The contributions: a row per line with its detail, the packages' totals below.
fn contributions_section(r: &CheckResult, lang: Lang) -> AnyView {
    let cols = columns(r);
    // Two or more money columns: on a phone, codes instead of labels.
    let compact = cols.count() >= 2;
    let unit = move || compact.then(|| view! { <span class="rp-unit">" (Rp)"</span> });
    let header_cells = view! {
        <th scope="col" class="col-program"><span>{t::COL_PROGRAM.get(lang)}</span></th>
        {cols.employer.map(|c| view! { <th scope="col" class="num">{c.get(lang)} {unit()}</th> })}
        {cols.worker.map(|c| view! { <th scope="col" class="num">{c.get(lang)} {unit()}</th> })}
        {cols.total.then(|| view! { <th scope="col" class="num">{t::COL_TOTAL.get(lang)} {unit()}</th> })}
    };
    let lines = r
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| line_rows(i, l, &cols, lang))
        .collect_view();
    let totals = r.packages.iter().map(|p| package_rows(p, &cols, lang)).collect_view();
    view! {
        <section aria-labelledby="contrib-heading">
            <h2 id="contrib-heading">{t::contributions_heading(lang, &r.period.label(lang))}</h2>
            <TableScroll labelledby="contrib-heading">
                <table class="result-table contributions" class:compact=compact>
                    <thead><tr>{header_cells}</tr></thead>
                    <tbody>{lines}</tbody>
                    <tfoot>{totals}</tfoot>
                </table>
            </TableScroll>
        </section>
    }
    .into_any()
}

/// A package's total: its name on a row of its own (a phone's), then the amounts.
fn package_rows(p: &Package, cols: &Columns, lang: Lang) -> AnyView {
    let s = Split {
        employer: p.totals.employer,
        worker: p.totals.worker,
        unassigned: p.totals.unassigned,
    };
    let name = p.name.get(lang);
    let marks = move || {
        view! {
            {p.totals.uncertain.then(|| view! { " " {unverified_badge(lang)} })}
            {(!p.totals.complete).then(|| view! { <span class="package-note">{t::INCOMPLETE_TOTAL.get(lang)}</span> })}
        }
    };
    view! {
        <tr class="package-name-row">
            <td colspan=(1 + cols.count()).to_string()>{name} {marks()}</td>
        </tr>
        <tr class="package-row">
            <th scope="row">
                <span class="label-full">{t::TOTALS_HEADING.get(lang)} ": " {name} {marks()}</span>
                <span class="label-short">{t::TOTALS_HEADING.get(lang)}</span>
            </th>
            {money_cells(Some(s), cols, "", lang)}
        </tr>
    }
    .into_any()
}

/// The benefits, each with its detail (note, doubts, rule, sources).
fn benefits_section(r: &CheckResult, lang: Lang) -> AnyView {
    let rows = r
        .benefits
        .iter()
        .enumerate()
        .map(|(i, b)| benefit_rows(i, b, lang))
        .collect_view();
    view! {
        <section aria-labelledby="benefits-heading">
            <h2 id="benefits-heading">{t::BENEFITS_HEADING.get(lang)}</h2>
            {r.benefits_note.map(|n| view! { <p>{n.get(lang)}</p> })}
            {(!r.benefits.is_empty()).then(|| view! {
                <TableScroll labelledby="benefits-heading">
                    <table class="result-table benefits">
                        <thead>
                            <tr>
                                <th scope="col">{t::COL_BENEFIT.get(lang)}</th>
                                <th scope="col" class="num">{t::COL_AMOUNT.get(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </TableScroll>
            })}
        </section>
    }
    .into_any()
}

fn benefit_rows(i: usize, b: &Benefit, lang: Lang) -> AnyView {
    let row_id = format!("benefit-{i}");
    view! {
        <tr class="benefit-row">
            <th scope="row" id=row_id.clone()>
                {program_tag(b.program)} " " <span class="line-label">{b.what.get(lang)}</span>
                {b.uncertain.then(|| view! { " " {unverified_badge(lang)} })}
            </th>
            <td class="num">{b.amount.label(lang)}</td>
        </tr>
        <tr class="line-detail">
            <td colspan="2" headers=row_id>
                {b.note.map(|n| view! { <p class="line-note">{n.get(lang)}</p> })}
                {doubt_line(b.uncertain, b.confidence, b.caveat, lang)}
                {rule_line(&b.rule, lang)}
                {in_force_line(&b.in_force, lang)}
                {sources_line(b.sources, lang)}
            </td>
        </tr>
    }
    .into_any()
}

/// The programmes this kind of worker does not join, each with the reason and rule.
fn excluded_section(r: &CheckResult, lang: Lang) -> AnyView {
    let items = r
        .excluded
        .iter()
        .copied()
        .map(|e| {
            view! {
                <li>
                    <p>
                        <A href=links::href(&format!("/program/{}", e.program.slug()), lang) attr:class="excluded-program">
                            {e.program.code()} " (" {e.program.name().get(lang)} ")"
                        </A>
                        ": " {e.reason.get(lang)}
                    </p>
                    {rule_line(&e.rule, lang)}
                </li>
            }
        })
        .collect_view();
    list_section("excluded-heading", t::EXCLUDED_HEADING.get(lang), "excluded", items)
}

/// "Baca tentang programnya": a link to each programme's page.
fn program_links(r: &CheckResult, lang: Lang) -> AnyView {
    let items = r
        .programs()
        .into_iter()
        .map(|p| {
            view! {
                <li><A href=links::href(&format!("/program/{}", p.slug()), lang)>{p.code()} ": " {p.name().get(lang)}</A></li>
            }
        })
        .collect_view();
    list_section(
        "read-heading",
        t::RESULT_PROGRAM_LINKS.get(lang),
        "program-links",
        items,
    )
}
