//! The Diagnosis section: on a mismatch, the page's worker searches for the mistake, so typing
//! stays responsive and the search code (key readings, message transforms, JSON styles,
//! decompression) stays out of the page's wasm; a newer input cancels the older search. Text
//! and file diagnosis take the same path: one worker, one request type, jobs numbered so that
//! only the newest one's replies are shown.

use crate::engine::diagnosis::{Difference, Report};
use crate::engine::evidence::Evidence;
use crate::engine::Subject;
use crate::web::link::WorkerLink;
use crate::web::protocol::{Reply, Request};
use crate::web::scheduler::now;
use crate::web::worker::FILE_DIAGNOSIS_LIMIT;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

/// Where the entered message and the signed bytes first differ.
pub fn difference_view(d: &Difference) -> Html {
    html! {
        <div class="diff" role="region" aria-label="Byte-level difference">
            <div>{ format!("First difference at byte {}:", d.offset) }</div>
            <div>{ "your message: " }<span class="mono">{ d.yours.clone() }</span></div>
            <div>{ "signed bytes: " }<span class="mono">{ d.signed.clone() }</span></div>
        </div>
    }
}

#[derive(Clone, PartialEq)]
enum Progress {
    Idle,
    Searching {
        tried: usize,
    },
    /// The outcome and the time it took in ms.
    Done(Rc<Report>, f64),
    /// The file is larger than the worker diagnoses (its size in bytes).
    FileTooLarge(f64),
    /// The worker could not run the job.
    Failed(String),
}

#[derive(Properties, PartialEq)]
pub struct DiagnosisProps {
    /// The calculator's inputs or a preset's values.
    pub subject: Subject,
    /// A message file hashed instead of the text.
    #[prop_or_default]
    pub file: Option<File>,
    /// A mismatch is diagnosed; a Match is explained.
    pub mismatch: bool,
    pub matched: bool,
    /// What the user holds besides the inputs (searched and checked whatever the verdict).
    pub evidence: Evidence,
}

/// A text this large starts the worker before any mismatch.
const LARGE: usize = 256 * 1024;

type Listener = Rc<RefCell<Option<Box<dyn Fn(Reply)>>>>;

/// Shows the worker's replies to job `id` (older jobs' replies are ignored).
fn listen(listener: &Listener, id: u32, started: f64, progress: UseStateHandle<Progress>) {
    *listener.borrow_mut() = Some(Box::new(move |reply: Reply| match reply {
        Reply::SearchProgress { id: job, tried } if job == id => progress.set(Progress::Searching { tried }),
        Reply::Diagnosed { id: job, report } if job == id => {
            progress.set(Progress::Done(Rc::new(report), now() - started))
        }
        Reply::Nothing { id: job } if job == id => progress.set(Progress::Idle),
        Reply::Error { id: job, message } if job.is_none_or(|j| j == id) => {
            progress.set(Progress::Failed(message))
        }
        _ => {}
    }));
}

#[function_component(DiagnosisView)]
pub fn diagnosis_view(props: &DiagnosisProps) -> Html {
    let progress = use_state(|| Progress::Idle);
    // One worker runs the searches; a newer job makes it drop the older.
    let link: Rc<RefCell<Option<WorkerLink>>> = use_mut_ref(|| None);
    let listener: Listener = use_mut_ref(|| None);
    let jobs = use_mut_ref(|| 0u32);
    // The text (message or body) the worker was last sent.
    let sent_text: Rc<RefCell<Option<Rc<str>>>> = use_mut_ref(|| None);
    {
        let progress = progress.clone();
        use_effect_with(
            (
                props.subject.clone(),
                props.file.clone(),
                props.mismatch,
                props.matched,
                props.evidence.clone(),
            ),
            move |(subject, file, mismatch, matched, evidence)| {
                let wanted = *mismatch || *matched || !evidence.is_empty();
                let id = {
                    let mut n = jobs.borrow_mut();
                    *n = n.wrapping_add(1);
                    *n
                };
                let prepared = now();
                let large = file.is_some() || subject.text().len() > LARGE;
                if link.borrow().is_none() && (large || wanted) {
                    // Started with the first mismatch, or the first large text or file so that
                    // it is ready by the time the key and the expected signature are entered.
                    let listener = listener.clone();
                    *link.borrow_mut() = WorkerLink::start(move |reply| {
                        if let Some(l) = listener.borrow().as_ref() {
                            l(reply)
                        }
                    });
                }
                let too_large = file.as_ref().map(|f| f.size()).filter(|s| *s > FILE_DIAGNOSIS_LIMIT);
                let in_worker = wanted && too_large.is_none() && link.borrow().is_some();
                if let Some(link) = link.borrow().as_ref() {
                    if in_worker {
                        listen(&listener, id, prepared, progress.clone());
                        let file = file.clone().map(web_sys::Blob::from);
                        // The worker keeps the text it was last sent: a large message is not
                        // copied again while the other fields are typed into.
                        let known = link.is_ready()
                            && sent_text.borrow().as_ref().is_some_and(|t| Rc::ptr_eq(t, subject.text()));
                        link.post(&Request::Diagnose {
                            id,
                            subject: subject.clone(),
                            file,
                            text_known: known,
                            evidence: evidence.clone(),
                        });
                        *sent_text.borrow_mut() = Some(subject.text().clone());
                        progress.set(Progress::Searching { tried: 0 });
                    } else {
                        // Stops the worker's older job, if any (before the worker is ready, this
                        // replaces a waiting job, whose text then never arrives).
                        link.post(&Request::Cancel { id });
                        if !link.is_ready() {
                            *sent_text.borrow_mut() = None;
                        }
                    }
                }
                if !in_worker {
                    match (wanted, too_large, file) {
                        (false, _, _) => progress.set(Progress::Idle),
                        (true, Some(size), _) => progress.set(Progress::FileTooLarge(size)),
                        (true, None, _) => {
                            progress.set(Progress::Failed("Web Workers are not available".into()))
                        }
                    }
                }
            },
        );
    }
    let body = match &*progress {
        // Always an element (hidden when idle): Yew mis-places siblings inserted before a
        // component that renders nothing.
        Progress::Idle => return html! { <section class="panel diagnosis" hidden=true></section> },
        Progress::Searching { tried } => html! {
            <p id="diagnosis-text" class="info">{ format!("Searching for the mistake… {tried} candidate signatures tried so far.") }</p>
        },
        Progress::FileTooLarge(size) => html! {
            <p id="diagnosis-text" class="not-found">{ format!(
                "The diagnosis runs on files up to {:.0} MiB (JSON re-serialization up to 8 MiB); this file is {:.1} MiB. Paste the body as text to diagnose it, or check the key and the algorithm.",
                FILE_DIAGNOSIS_LIMIT / 1_048_576.0,
                size / 1_048_576.0
            ) }</p>
        },
        Progress::Failed(message) => html! {
            <p id="diagnosis-text" class="not-found">{ format!("The diagnosis stopped: {message}.") }</p>
        },
        Progress::Done(report, _) if report.text.is_empty() && report.evidence.is_empty() => {
            return html! { <section class="panel diagnosis" hidden=true></section> }
        }
        Progress::Done(report, ms) => html! {
            <>
                if !report.text.is_empty() {
                    <p id="diagnosis-text" class={if report.found { "found" } else { "not-found" }}>{ report.text.clone() }</p>
                }
                { for report.difference.as_ref().map(difference_view) }
                <ul id="evidence" class="notes" aria-label="What the evidence tells" hidden={report.evidence.is_empty()}>
                    { for report.evidence.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                </ul>
                if report.tried > 0 {
                    <p class="info" id="diagnosis-time">{ format!(
                        "Search took {ms:.0} ms in a background worker ({} candidate signatures).",
                        report.tried
                    ) }</p>
                }
            </>
        },
    };
    html! {
        <section class="panel diagnosis" aria-live="polite">
            <h2>{ "Diagnosis" }</h2>
            { body }
        </section>
    }
}
