//! Every provider preset, one file each, registered once in [`registry!`]'s list (its order
//! is the order of the Provider list).

use super::types::{Example, Preset, ProviderEvidence};

/// The registry: one list of the provider modules, in the order of the Provider list (the
/// seed providers first). Each module declares `PRESET`, `NOTES`, `ERROR_TEXT` and `EXAMPLE`;
/// adding a provider is its file plus its name here.
macro_rules! registry {
    ($($m:ident),* $(,)?) => {
        $(pub mod $m;)*

        /// All presets, the seed providers first.
        pub const ALL: &[Preset] = &[$($m::PRESET),*];

        /// Each preset's notes (what users get wrong with it) and the provider's error text, by
        /// id: read by the worker, which sends them with the preset's program, and the tests, so
        /// the page's own code does not carry them.
        pub const NOTES: &[(&str, &[&str], &str)] = &[$(($m::PRESET.id, $m::NOTES, $m::ERROR_TEXT)),*];

        /// Each preset's example, by id: read by the worker (which sends it to the page on
        /// request) and the tests, so the page's own code does not carry them.
        pub const EXAMPLES: &[(&str, &Example)] = &[$(($m::PRESET.id, &$m::EXAMPLE)),*];
    };
}

registry! {
    pusher_channel,
    pusher_user,
    pusher_webhook,
    zoom_sdk,
    zoom_webhook,
    zoom_url_validation,
    meta,
    github,
    stripe,
    slack,
    shopify,
    shopify_oauth,
    twilio,
    standard_webhooks,
    paddle,
    square,
    hubspot,
    hubspot_legacy,
    linear,
    typeform,
    intercom,
    mailgun,
    trello,
    adyen,
    adyen_hpp,
    razorpay,
    calendly,
    mux,
    dropbox,
    coinbase,
    contentful,
    vercel,
    sentry,
    jira,
    jwt,
    discord,
    sendgrid,
    sns,
    standard_webhooks_v1a,
    telnyx,
    plaid,
    jwt_public_key,
    bitbucket,
    box_webhooks,
    docusign,
    xero,
    zendesk,
    sanity,
    woocommerce,
    webflow,
    twitter,
    tiktok,
    circleci,
    heroku,
    buildkite,
    frameio,
    modern_treasury,
    launchdarkly,
    workos,
    persona,
    checkout,
    lemonsqueezy,
    hookdeck,
    calcom,
    notion,
    asana,
    airtable,
    segment,
    onfido,
    bolt,
    twitch,
    mandrill,
    teams,
    clerk,
    resend,
    openai,
    replicate,
    gitlab_signing,
    pagerduty,
    aftership,
    alchemy,
    castle,
    chargify,
    clearbit,
    pinwheel,
    sonatype,
    terraform,
    webex,
    autodesk,
    brex,
    mongodb,
    worldline,
    conformity,
    go1,
    orb,
    hostedhooks,
    gitlab,
    okta,
    auth0,
    postmark,
    hygraph,
    plivo,
    plivo_v3,
}

/// The seven programs of a provider's own, from `programs/<dir>/` (one file per language,
/// named as the page tells the user to save it).
macro_rules! programs_in {
    ($dir:literal) => {
        [
            (Language::Node, include_str!(concat!("programs/", $dir, "/server.js"))),
            (Language::Python, include_str!(concat!("programs/", $dir, "/app.py"))),
            (Language::Ruby, include_str!(concat!("programs/", $dir, "/app.rb"))),
            (Language::Php, include_str!(concat!("programs/", $dir, "/webhook.php"))),
            (Language::Go, include_str!(concat!("programs/", $dir, "/main.go"))),
            (Language::Rust, include_str!(concat!("programs/", $dir, "/main.rs"))),
            (Language::Java, include_str!(concat!("programs/", $dir, "/Verify.java"))),
        ]
    };
}
pub(crate) use programs_in;

/// Programs of the providers' own, for schemes the shared emitters do not write (Zoom's SDK
/// signature endpoints, Adyen's HPP result URL, HubSpot v1/v2, Hygraph, Amazon SNS, and the shared-token
/// and basic-auth checks, whose files several presets share): (preset id, programs by
/// language). Files under `programs/`; only the code generator (in the worker) refers to
/// this list.
pub const OWN_PROGRAMS: &[(&str, &[(crate::engine::language::Language, &str)])] = &[
    (jwt::PRESET.id, &jwt::PROGRAMS),
    (zoom_sdk::PRESET.id, &zoom_sdk::PROGRAMS),
    (adyen_hpp::PRESET.id, &adyen_hpp::PROGRAMS),
    (hubspot_legacy::PRESET.id, &hubspot_legacy::PROGRAMS),
    (gitlab::PRESET.id, &gitlab::PROGRAMS),
    (okta::PRESET.id, &okta::PROGRAMS),
    (auth0::PRESET.id, &auth0::PROGRAMS),
    (postmark::PRESET.id, &postmark::PROGRAMS),
    (hygraph::PRESET.id, &hygraph::PROGRAMS),
    (sns::PRESET.id, &sns::PROGRAMS),
    (contentful::PRESET.id, &contentful::PROGRAMS),
    (plivo_v3::PRESET.id, &plivo_v3::PROGRAMS),
];

/// The hooks of the [`super::Scheme::Worker`] presets, by preset id. Only the worker refers to
/// this list, so their code stays out of the page's own wasm.
pub const WORKER_SCHEMES: &[(&str, super::types::WorkerHooks)] =
    &[(contentful::PRESET.id, contentful::HOOKS), (plivo_v3::PRESET.id, plivo_v3::HOOKS)];

/// The worker's hooks of a [`super::Scheme::Worker`] preset.
pub fn worker_hooks(p: &Preset) -> Option<super::types::WorkerHooks> {
    if !matches!(p.scheme, super::Scheme::Worker) {
        return None;
    }
    WORKER_SCHEMES.iter().find(|(id, _)| *id == p.id).map(|(_, h)| *h)
}

/// The programs of the preset's own, if it has some.
pub fn own_programs(p: &Preset) -> &'static [(crate::engine::language::Language, &'static str)] {
    OWN_PROGRAMS.iter().find(|(id, _)| *id == p.id).map_or(&[], |(_, programs)| programs)
}

/// The notes of the preset `id`, and last the provider's error text when it has one (none for
/// an unknown id).
pub fn notes(id: &str) -> Vec<String> {
    let Some((_, notes, error)) = NOTES.iter().find(|(p, _, _)| *p == id) else { return Vec::new() };
    let mut all: Vec<String> = notes.iter().map(|n| n.to_string()).collect();
    if !error.is_empty() {
        all.push(format!("When the check fails, the provider's (or its SDK's) error reads: “{error}”."));
    }
    all
}

/// A field commonly named "Timestamp".
pub const fn timestamp_field(header: Option<&'static str>) -> super::types::FieldSpec {
    super::types::FieldSpec { id: "timestamp", label: "Timestamp", header, placeholder: "1700000000" }
}

/// The example of the preset with this id, if it has one.
pub fn example(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|(i, _)| *i == id).map(|(_, e)| *e)
}

/// Each provider's SDK error texts, request clues and credential shapes, by preset id: read by
/// the worker (which checks the evidence a user holds against them) and the tests.
pub const EVIDENCE: &[ProviderEvidence] = &[
    ProviderEvidence {
        id: pusher_channel::PRESET.id,
        errors: pusher_channel::ERRORS,
        clues: &[],
        shapes: &[],
    },
    ProviderEvidence { id: meta::PRESET.id, errors: &[], clues: &[], shapes: meta::SHAPES },
    ProviderEvidence { id: github::PRESET.id, errors: github::ERRORS, clues: &[], shapes: github::SHAPES },
    ProviderEvidence {
        id: stripe::PRESET.id,
        errors: stripe::ERRORS,
        clues: stripe::CLUES,
        shapes: stripe::SHAPES,
    },
    ProviderEvidence { id: slack::PRESET.id, errors: slack::ERRORS, clues: &[], shapes: slack::SHAPES },
    ProviderEvidence {
        id: shopify::PRESET.id,
        errors: shopify::ERRORS,
        clues: shopify::CLUES,
        shapes: shopify::SHAPES,
    },
    ProviderEvidence { id: twilio::PRESET.id, errors: twilio::ERRORS, clues: &[], shapes: &[] },
    ProviderEvidence {
        id: standard_webhooks::PRESET.id,
        errors: standard_webhooks::ERRORS,
        clues: &[],
        shapes: standard_webhooks::SHAPES,
    },
    ProviderEvidence { id: paddle::PRESET.id, errors: paddle::ERRORS, clues: &[], shapes: &[] },
    ProviderEvidence { id: mailgun::PRESET.id, errors: &[], clues: &[], shapes: mailgun::SHAPES },
    ProviderEvidence { id: razorpay::PRESET.id, errors: razorpay::ERRORS, clues: &[], shapes: &[] },
    ProviderEvidence { id: coinbase::PRESET.id, errors: coinbase::ERRORS, clues: &[], shapes: &[] },
    ProviderEvidence { id: discord::PRESET.id, errors: discord::ERRORS, clues: discord::CLUES, shapes: &[] },
    ProviderEvidence { id: workos::PRESET.id, errors: workos::ERRORS, clues: &[], shapes: &[] },
    ProviderEvidence { id: xero::PRESET.id, errors: &[], clues: xero::CLUES, shapes: &[] },
    ProviderEvidence { id: zoom_webhook::PRESET.id, errors: &[], clues: zoom_webhook::CLUES, shapes: &[] },
];
