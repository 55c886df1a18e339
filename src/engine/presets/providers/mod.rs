//! Every provider preset, one file each. Order is the order of the Provider list.

pub mod github;
pub mod stripe;
pub mod slack;
pub mod pusher_channel;
pub mod pusher_user;
pub mod pusher_webhook;
pub mod zoom_webhook;
pub mod zoom_url_validation;
pub mod zoom_sdk;
pub mod meta;
pub mod shopify;
pub mod shopify_oauth;
pub mod twilio;
pub mod standard_webhooks;
pub mod paddle;
pub mod square;
pub mod hubspot;
pub mod linear;
pub mod typeform;
pub mod intercom;
pub mod mailgun;
pub mod trello;
pub mod adyen;
pub mod razorpay;
pub mod calendly;
pub mod mux;
pub mod dropbox;
pub mod coinbase;
pub mod vercel;
pub mod sentry;
pub mod jira;
pub mod jwt;

use super::types::Preset;

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
    linear::PRESET,
    typeform::PRESET,
    intercom::PRESET,
    mailgun::PRESET,
    trello::PRESET,
    adyen::PRESET,
    razorpay::PRESET,
    calendly::PRESET,
    mux::PRESET,
    dropbox::PRESET,
    coinbase::PRESET,
    vercel::PRESET,
    sentry::PRESET,
    jira::PRESET,
    jwt::PRESET,
];
