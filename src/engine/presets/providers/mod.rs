//! Every provider preset, one file each. Order is the order of the Provider list.

pub mod adyen;
pub mod adyen_hpp;
pub mod aftership;
pub mod airtable;
pub mod alchemy;
pub mod asana;
pub mod auth0;
pub mod autodesk;
pub mod bitbucket;
pub mod bolt;
pub mod box_webhooks;
pub mod brex;
pub mod buildkite;
pub mod calcom;
pub mod calendly;
pub mod castle;
pub mod chargify;
pub mod checkout;
pub mod circleci;
pub mod clearbit;
pub mod clerk;
pub mod coinbase;
pub mod conformity;
pub mod contentful;
pub mod discord;
pub mod docusign;
pub mod dropbox;
pub mod frameio;
pub mod github;
pub mod gitlab;
pub mod gitlab_signing;
pub mod go1;
pub mod heroku;
pub mod hookdeck;
pub mod hostedhooks;
pub mod hubspot;
pub mod hubspot_legacy;
pub mod hygraph;
pub mod intercom;
pub mod jira;
pub mod jwt;
pub mod jwt_public_key;
pub mod launchdarkly;
pub mod lemonsqueezy;
pub mod linear;
pub mod mailgun;
pub mod mandrill;
pub mod meta;
pub mod modern_treasury;
pub mod mongodb;
pub mod mux;
pub mod notion;
pub mod okta;
pub mod onfido;
pub mod openai;
pub mod orb;
pub mod paddle;
pub mod pagerduty;
pub mod persona;
pub mod pinwheel;
pub mod plaid;
pub mod plivo;
pub mod plivo_v3;
pub mod postmark;
pub mod pusher_channel;
pub mod pusher_user;
pub mod pusher_webhook;
pub mod razorpay;
pub mod replicate;
pub mod resend;
pub mod sanity;
pub mod segment;
pub mod sendgrid;
pub mod sentry;
pub mod shopify;
pub mod shopify_oauth;
pub mod slack;
pub mod sns;
pub mod sonatype;
pub mod square;
pub mod standard_webhooks;
pub mod standard_webhooks_v1a;
pub mod stripe;
pub mod teams;
pub mod telnyx;
pub mod terraform;
pub mod tiktok;
pub mod trello;
pub mod twilio;
pub mod twitch;
pub mod twitter;
pub mod typeform;
pub mod vercel;
pub mod webex;
pub mod webflow;
pub mod woocommerce;
pub mod workos;
pub mod worldline;
pub mod xero;
pub mod zendesk;
pub mod zoom_sdk;
pub mod zoom_url_validation;
pub mod zoom_webhook;

use super::types::{Example, Preset, ProviderEvidence};

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
pub const OWN_PROGRAMS: &[(&str, &[(super::code::Language, &str)])] = &[
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
pub fn own_programs(p: &Preset) -> &'static [(super::code::Language, &'static str)] {
    OWN_PROGRAMS.iter().find(|(id, _)| *id == p.id).map_or(&[], |(_, programs)| programs)
}

/// All presets, the seed providers first.
pub const ALL: &[Preset] = &[
    pusher_channel::PRESET,
    pusher_user::PRESET,
    pusher_webhook::PRESET,
    zoom_sdk::PRESET,
    zoom_webhook::PRESET,
    zoom_url_validation::PRESET,
    meta::PRESET,
    github::PRESET,
    stripe::PRESET,
    slack::PRESET,
    shopify::PRESET,
    shopify_oauth::PRESET,
    twilio::PRESET,
    standard_webhooks::PRESET,
    paddle::PRESET,
    square::PRESET,
    hubspot::PRESET,
    hubspot_legacy::PRESET,
    linear::PRESET,
    typeform::PRESET,
    intercom::PRESET,
    mailgun::PRESET,
    trello::PRESET,
    adyen::PRESET,
    adyen_hpp::PRESET,
    razorpay::PRESET,
    calendly::PRESET,
    mux::PRESET,
    dropbox::PRESET,
    coinbase::PRESET,
    contentful::PRESET,
    vercel::PRESET,
    sentry::PRESET,
    jira::PRESET,
    jwt::PRESET,
    discord::PRESET,
    sendgrid::PRESET,
    sns::PRESET,
    standard_webhooks_v1a::PRESET,
    telnyx::PRESET,
    plaid::PRESET,
    jwt_public_key::PRESET,
    bitbucket::PRESET,
    box_webhooks::PRESET,
    docusign::PRESET,
    xero::PRESET,
    zendesk::PRESET,
    sanity::PRESET,
    woocommerce::PRESET,
    webflow::PRESET,
    twitter::PRESET,
    tiktok::PRESET,
    circleci::PRESET,
    heroku::PRESET,
    buildkite::PRESET,
    frameio::PRESET,
    modern_treasury::PRESET,
    launchdarkly::PRESET,
    workos::PRESET,
    persona::PRESET,
    checkout::PRESET,
    lemonsqueezy::PRESET,
    hookdeck::PRESET,
    calcom::PRESET,
    notion::PRESET,
    asana::PRESET,
    airtable::PRESET,
    segment::PRESET,
    onfido::PRESET,
    bolt::PRESET,
    twitch::PRESET,
    mandrill::PRESET,
    teams::PRESET,
    clerk::PRESET,
    resend::PRESET,
    openai::PRESET,
    replicate::PRESET,
    gitlab_signing::PRESET,
    pagerduty::PRESET,
    aftership::PRESET,
    alchemy::PRESET,
    castle::PRESET,
    chargify::PRESET,
    clearbit::PRESET,
    pinwheel::PRESET,
    sonatype::PRESET,
    terraform::PRESET,
    webex::PRESET,
    autodesk::PRESET,
    brex::PRESET,
    mongodb::PRESET,
    worldline::PRESET,
    conformity::PRESET,
    go1::PRESET,
    orb::PRESET,
    hostedhooks::PRESET,
    gitlab::PRESET,
    okta::PRESET,
    auth0::PRESET,
    postmark::PRESET,
    hygraph::PRESET,
    plivo::PRESET,
    plivo_v3::PRESET,
];

/// Each preset's notes (what users get wrong with it) and the provider's error text, by id:
/// read by the worker, which sends them with the preset's program, and the tests, so the
/// page's own code does not carry them.
pub const NOTES: &[(&str, &[&str], &str)] = &[
    (pusher_channel::PRESET.id, pusher_channel::NOTES, pusher_channel::ERROR_TEXT),
    (pusher_user::PRESET.id, pusher_user::NOTES, pusher_user::ERROR_TEXT),
    (pusher_webhook::PRESET.id, pusher_webhook::NOTES, pusher_webhook::ERROR_TEXT),
    (zoom_sdk::PRESET.id, zoom_sdk::NOTES, zoom_sdk::ERROR_TEXT),
    (zoom_webhook::PRESET.id, zoom_webhook::NOTES, zoom_webhook::ERROR_TEXT),
    (zoom_url_validation::PRESET.id, zoom_url_validation::NOTES, zoom_url_validation::ERROR_TEXT),
    (meta::PRESET.id, meta::NOTES, meta::ERROR_TEXT),
    (github::PRESET.id, github::NOTES, github::ERROR_TEXT),
    (stripe::PRESET.id, stripe::NOTES, stripe::ERROR_TEXT),
    (slack::PRESET.id, slack::NOTES, slack::ERROR_TEXT),
    (shopify::PRESET.id, shopify::NOTES, shopify::ERROR_TEXT),
    (shopify_oauth::PRESET.id, shopify_oauth::NOTES, shopify_oauth::ERROR_TEXT),
    (twilio::PRESET.id, twilio::NOTES, twilio::ERROR_TEXT),
    (standard_webhooks::PRESET.id, standard_webhooks::NOTES, standard_webhooks::ERROR_TEXT),
    (paddle::PRESET.id, paddle::NOTES, paddle::ERROR_TEXT),
    (square::PRESET.id, square::NOTES, square::ERROR_TEXT),
    (hubspot::PRESET.id, hubspot::NOTES, hubspot::ERROR_TEXT),
    (hubspot_legacy::PRESET.id, hubspot_legacy::NOTES, hubspot_legacy::ERROR_TEXT),
    (linear::PRESET.id, linear::NOTES, linear::ERROR_TEXT),
    (typeform::PRESET.id, typeform::NOTES, typeform::ERROR_TEXT),
    (intercom::PRESET.id, intercom::NOTES, intercom::ERROR_TEXT),
    (mailgun::PRESET.id, mailgun::NOTES, mailgun::ERROR_TEXT),
    (trello::PRESET.id, trello::NOTES, trello::ERROR_TEXT),
    (adyen::PRESET.id, adyen::NOTES, adyen::ERROR_TEXT),
    (adyen_hpp::PRESET.id, adyen_hpp::NOTES, adyen_hpp::ERROR_TEXT),
    (razorpay::PRESET.id, razorpay::NOTES, razorpay::ERROR_TEXT),
    (calendly::PRESET.id, calendly::NOTES, calendly::ERROR_TEXT),
    (mux::PRESET.id, mux::NOTES, mux::ERROR_TEXT),
    (dropbox::PRESET.id, dropbox::NOTES, dropbox::ERROR_TEXT),
    (coinbase::PRESET.id, coinbase::NOTES, coinbase::ERROR_TEXT),
    (contentful::PRESET.id, contentful::NOTES, contentful::ERROR_TEXT),
    (vercel::PRESET.id, vercel::NOTES, vercel::ERROR_TEXT),
    (sentry::PRESET.id, sentry::NOTES, sentry::ERROR_TEXT),
    (jira::PRESET.id, jira::NOTES, jira::ERROR_TEXT),
    (jwt::PRESET.id, jwt::NOTES, jwt::ERROR_TEXT),
    (discord::PRESET.id, discord::NOTES, discord::ERROR_TEXT),
    (sendgrid::PRESET.id, sendgrid::NOTES, sendgrid::ERROR_TEXT),
    (sns::PRESET.id, sns::NOTES, sns::ERROR_TEXT),
    (standard_webhooks_v1a::PRESET.id, standard_webhooks_v1a::NOTES, standard_webhooks_v1a::ERROR_TEXT),
    (telnyx::PRESET.id, telnyx::NOTES, telnyx::ERROR_TEXT),
    (plaid::PRESET.id, plaid::NOTES, plaid::ERROR_TEXT),
    (jwt_public_key::PRESET.id, jwt_public_key::NOTES, jwt_public_key::ERROR_TEXT),
    (bitbucket::PRESET.id, bitbucket::NOTES, bitbucket::ERROR_TEXT),
    (box_webhooks::PRESET.id, box_webhooks::NOTES, box_webhooks::ERROR_TEXT),
    (docusign::PRESET.id, docusign::NOTES, docusign::ERROR_TEXT),
    (xero::PRESET.id, xero::NOTES, xero::ERROR_TEXT),
    (zendesk::PRESET.id, zendesk::NOTES, zendesk::ERROR_TEXT),
    (sanity::PRESET.id, sanity::NOTES, sanity::ERROR_TEXT),
    (woocommerce::PRESET.id, woocommerce::NOTES, woocommerce::ERROR_TEXT),
    (webflow::PRESET.id, webflow::NOTES, webflow::ERROR_TEXT),
    (twitter::PRESET.id, twitter::NOTES, twitter::ERROR_TEXT),
    (tiktok::PRESET.id, tiktok::NOTES, tiktok::ERROR_TEXT),
    (circleci::PRESET.id, circleci::NOTES, circleci::ERROR_TEXT),
    (heroku::PRESET.id, heroku::NOTES, heroku::ERROR_TEXT),
    (buildkite::PRESET.id, buildkite::NOTES, buildkite::ERROR_TEXT),
    (frameio::PRESET.id, frameio::NOTES, frameio::ERROR_TEXT),
    (modern_treasury::PRESET.id, modern_treasury::NOTES, modern_treasury::ERROR_TEXT),
    (launchdarkly::PRESET.id, launchdarkly::NOTES, launchdarkly::ERROR_TEXT),
    (workos::PRESET.id, workos::NOTES, workos::ERROR_TEXT),
    (persona::PRESET.id, persona::NOTES, persona::ERROR_TEXT),
    (checkout::PRESET.id, checkout::NOTES, checkout::ERROR_TEXT),
    (lemonsqueezy::PRESET.id, lemonsqueezy::NOTES, lemonsqueezy::ERROR_TEXT),
    (hookdeck::PRESET.id, hookdeck::NOTES, hookdeck::ERROR_TEXT),
    (calcom::PRESET.id, calcom::NOTES, calcom::ERROR_TEXT),
    (notion::PRESET.id, notion::NOTES, notion::ERROR_TEXT),
    (asana::PRESET.id, asana::NOTES, asana::ERROR_TEXT),
    (airtable::PRESET.id, airtable::NOTES, airtable::ERROR_TEXT),
    (segment::PRESET.id, segment::NOTES, segment::ERROR_TEXT),
    (onfido::PRESET.id, onfido::NOTES, onfido::ERROR_TEXT),
    (bolt::PRESET.id, bolt::NOTES, bolt::ERROR_TEXT),
    (twitch::PRESET.id, twitch::NOTES, twitch::ERROR_TEXT),
    (mandrill::PRESET.id, mandrill::NOTES, mandrill::ERROR_TEXT),
    (teams::PRESET.id, teams::NOTES, teams::ERROR_TEXT),
    (clerk::PRESET.id, clerk::NOTES, clerk::ERROR_TEXT),
    (resend::PRESET.id, resend::NOTES, resend::ERROR_TEXT),
    (openai::PRESET.id, openai::NOTES, openai::ERROR_TEXT),
    (replicate::PRESET.id, replicate::NOTES, replicate::ERROR_TEXT),
    (gitlab_signing::PRESET.id, gitlab_signing::NOTES, gitlab_signing::ERROR_TEXT),
    (pagerduty::PRESET.id, pagerduty::NOTES, pagerduty::ERROR_TEXT),
    (aftership::PRESET.id, aftership::NOTES, aftership::ERROR_TEXT),
    (alchemy::PRESET.id, alchemy::NOTES, alchemy::ERROR_TEXT),
    (castle::PRESET.id, castle::NOTES, castle::ERROR_TEXT),
    (chargify::PRESET.id, chargify::NOTES, chargify::ERROR_TEXT),
    (clearbit::PRESET.id, clearbit::NOTES, clearbit::ERROR_TEXT),
    (pinwheel::PRESET.id, pinwheel::NOTES, pinwheel::ERROR_TEXT),
    (sonatype::PRESET.id, sonatype::NOTES, sonatype::ERROR_TEXT),
    (terraform::PRESET.id, terraform::NOTES, terraform::ERROR_TEXT),
    (webex::PRESET.id, webex::NOTES, webex::ERROR_TEXT),
    (autodesk::PRESET.id, autodesk::NOTES, autodesk::ERROR_TEXT),
    (brex::PRESET.id, brex::NOTES, brex::ERROR_TEXT),
    (mongodb::PRESET.id, mongodb::NOTES, mongodb::ERROR_TEXT),
    (worldline::PRESET.id, worldline::NOTES, worldline::ERROR_TEXT),
    (conformity::PRESET.id, conformity::NOTES, conformity::ERROR_TEXT),
    (go1::PRESET.id, go1::NOTES, go1::ERROR_TEXT),
    (orb::PRESET.id, orb::NOTES, orb::ERROR_TEXT),
    (hostedhooks::PRESET.id, hostedhooks::NOTES, hostedhooks::ERROR_TEXT),
    (gitlab::PRESET.id, gitlab::NOTES, gitlab::ERROR_TEXT),
    (okta::PRESET.id, okta::NOTES, okta::ERROR_TEXT),
    (auth0::PRESET.id, auth0::NOTES, auth0::ERROR_TEXT),
    (postmark::PRESET.id, postmark::NOTES, postmark::ERROR_TEXT),
    (hygraph::PRESET.id, hygraph::NOTES, hygraph::ERROR_TEXT),
    (plivo::PRESET.id, plivo::NOTES, plivo::ERROR_TEXT),
    (plivo_v3::PRESET.id, plivo_v3::NOTES, plivo_v3::ERROR_TEXT),
];

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

/// Each preset's example, by id: read by the worker (which sends it to the page on request)
/// and the tests, so the page's own code does not carry them.
pub const EXAMPLES: &[(&str, &Example)] = &[
    (pagerduty::PRESET.id, &pagerduty::EXAMPLE),
    (aftership::PRESET.id, &aftership::EXAMPLE),
    (alchemy::PRESET.id, &alchemy::EXAMPLE),
    (castle::PRESET.id, &castle::EXAMPLE),
    (chargify::PRESET.id, &chargify::EXAMPLE),
    (clearbit::PRESET.id, &clearbit::EXAMPLE),
    (pinwheel::PRESET.id, &pinwheel::EXAMPLE),
    (sonatype::PRESET.id, &sonatype::EXAMPLE),
    (terraform::PRESET.id, &terraform::EXAMPLE),
    (webex::PRESET.id, &webex::EXAMPLE),
    (autodesk::PRESET.id, &autodesk::EXAMPLE),
    (brex::PRESET.id, &brex::EXAMPLE),
    (mongodb::PRESET.id, &mongodb::EXAMPLE),
    (worldline::PRESET.id, &worldline::EXAMPLE),
    (conformity::PRESET.id, &conformity::EXAMPLE),
    (go1::PRESET.id, &go1::EXAMPLE),
    (orb::PRESET.id, &orb::EXAMPLE),
    (hostedhooks::PRESET.id, &hostedhooks::EXAMPLE),
    (gitlab::PRESET.id, &gitlab::EXAMPLE),
    (okta::PRESET.id, &okta::EXAMPLE),
    (auth0::PRESET.id, &auth0::EXAMPLE),
    (postmark::PRESET.id, &postmark::EXAMPLE),
    (hygraph::PRESET.id, &hygraph::EXAMPLE),
    (plivo::PRESET.id, &plivo::EXAMPLE),
    (plivo_v3::PRESET.id, &plivo_v3::EXAMPLE),
    (jwt::PRESET.id, &jwt::EXAMPLE),
    (zoom_sdk::PRESET.id, &zoom_sdk::EXAMPLE),
    (telnyx::PRESET.id, &telnyx::EXAMPLE),
    (plaid::PRESET.id, &plaid::EXAMPLE),
    (jwt_public_key::PRESET.id, &jwt_public_key::EXAMPLE),
    (adyen::PRESET.id, &adyen::EXAMPLE),
    (adyen_hpp::PRESET.id, &adyen_hpp::EXAMPLE),
    (airtable::PRESET.id, &airtable::EXAMPLE),
    (asana::PRESET.id, &asana::EXAMPLE),
    (bitbucket::PRESET.id, &bitbucket::EXAMPLE),
    (bolt::PRESET.id, &bolt::EXAMPLE),
    (box_webhooks::PRESET.id, &box_webhooks::EXAMPLE),
    (buildkite::PRESET.id, &buildkite::EXAMPLE),
    (calcom::PRESET.id, &calcom::EXAMPLE),
    (calendly::PRESET.id, &calendly::EXAMPLE),
    (checkout::PRESET.id, &checkout::EXAMPLE),
    (circleci::PRESET.id, &circleci::EXAMPLE),
    (clerk::PRESET.id, &clerk::EXAMPLE),
    (coinbase::PRESET.id, &coinbase::EXAMPLE),
    (contentful::PRESET.id, &contentful::EXAMPLE),
    (discord::PRESET.id, &discord::EXAMPLE),
    (docusign::PRESET.id, &docusign::EXAMPLE),
    (dropbox::PRESET.id, &dropbox::EXAMPLE),
    (frameio::PRESET.id, &frameio::EXAMPLE),
    (github::PRESET.id, &github::EXAMPLE),
    (gitlab_signing::PRESET.id, &gitlab_signing::EXAMPLE),
    (heroku::PRESET.id, &heroku::EXAMPLE),
    (hookdeck::PRESET.id, &hookdeck::EXAMPLE),
    (hubspot::PRESET.id, &hubspot::EXAMPLE),
    (hubspot_legacy::PRESET.id, &hubspot_legacy::EXAMPLE),
    (intercom::PRESET.id, &intercom::EXAMPLE),
    (jira::PRESET.id, &jira::EXAMPLE),
    (launchdarkly::PRESET.id, &launchdarkly::EXAMPLE),
    (lemonsqueezy::PRESET.id, &lemonsqueezy::EXAMPLE),
    (linear::PRESET.id, &linear::EXAMPLE),
    (mailgun::PRESET.id, &mailgun::EXAMPLE),
    (mandrill::PRESET.id, &mandrill::EXAMPLE),
    (meta::PRESET.id, &meta::EXAMPLE),
    (modern_treasury::PRESET.id, &modern_treasury::EXAMPLE),
    (mux::PRESET.id, &mux::EXAMPLE),
    (notion::PRESET.id, &notion::EXAMPLE),
    (onfido::PRESET.id, &onfido::EXAMPLE),
    (openai::PRESET.id, &openai::EXAMPLE),
    (paddle::PRESET.id, &paddle::EXAMPLE),
    (persona::PRESET.id, &persona::EXAMPLE),
    (pusher_channel::PRESET.id, &pusher_channel::EXAMPLE),
    (pusher_user::PRESET.id, &pusher_user::EXAMPLE),
    (pusher_webhook::PRESET.id, &pusher_webhook::EXAMPLE),
    (razorpay::PRESET.id, &razorpay::EXAMPLE),
    (replicate::PRESET.id, &replicate::EXAMPLE),
    (resend::PRESET.id, &resend::EXAMPLE),
    (sanity::PRESET.id, &sanity::EXAMPLE),
    (segment::PRESET.id, &segment::EXAMPLE),
    (sendgrid::PRESET.id, &sendgrid::EXAMPLE),
    (sns::PRESET.id, &sns::EXAMPLE),
    (sentry::PRESET.id, &sentry::EXAMPLE),
    (shopify::PRESET.id, &shopify::EXAMPLE),
    (shopify_oauth::PRESET.id, &shopify_oauth::EXAMPLE),
    (slack::PRESET.id, &slack::EXAMPLE),
    (square::PRESET.id, &square::EXAMPLE),
    (standard_webhooks::PRESET.id, &standard_webhooks::EXAMPLE),
    (standard_webhooks_v1a::PRESET.id, &standard_webhooks_v1a::EXAMPLE),
    (stripe::PRESET.id, &stripe::EXAMPLE),
    (teams::PRESET.id, &teams::EXAMPLE),
    (tiktok::PRESET.id, &tiktok::EXAMPLE),
    (trello::PRESET.id, &trello::EXAMPLE),
    (twilio::PRESET.id, &twilio::EXAMPLE),
    (twitch::PRESET.id, &twitch::EXAMPLE),
    (twitter::PRESET.id, &twitter::EXAMPLE),
    (typeform::PRESET.id, &typeform::EXAMPLE),
    (vercel::PRESET.id, &vercel::EXAMPLE),
    (webflow::PRESET.id, &webflow::EXAMPLE),
    (woocommerce::PRESET.id, &woocommerce::EXAMPLE),
    (workos::PRESET.id, &workos::EXAMPLE),
    (xero::PRESET.id, &xero::EXAMPLE),
    (zendesk::PRESET.id, &zendesk::EXAMPLE),
    (zoom_url_validation::PRESET.id, &zoom_url_validation::EXAMPLE),
    (zoom_webhook::PRESET.id, &zoom_webhook::EXAMPLE),
];

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
