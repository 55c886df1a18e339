//! Amazon SNS HTTP/S subscriptions: RSA PKCS#1 v1.5 over the message's own members (each
//! present one of Message, MessageId, Subject, SubscribeURL, Timestamp, Token, TopicArn and
//! Type as `name\nvalue\n`), SHA-1 for `SignatureVersion` 1 and SHA-256 for 2; the signature
//! is the message's `Signature` member (Base64), the key the certificate at `SigningCertURL`
//! (aws/aws-js-sns-message-validator).
use crate::engine::language::Language;
use crate::engine::presets::types::*;
use crate::engine::pubkey::signature::SigText;
use crate::engine::pubkey::{EcdsaForm, PkAlg};
use crate::engine::Algorithm;

pub const PRESET: Preset = Preset {
    id: "sns",
    name: "Amazon SNS (HTTP/S subscription)",
    scheme: Scheme::PublicKey(PkSpec {
        // SNS signs with SHA-1 unless the topic is set to SignatureVersion 2.
        alg: PkAlg::RsaPkcs1(Algorithm::Sha1),
        key: KeyForm::PemOrJwk,
        signature: SigText::Base64,
        ecdsa: EcdsaForm::Der,
        alg_member: Some(AlgMember {
            member: "SignatureVersion",
            values: &[("1", PkAlg::RsaPkcs1(Algorithm::Sha1)), ("2", PkAlg::RsaPkcs1(Algorithm::Sha256))],
        }),
    }),
    secret_label: "Public key",
    body_label: Some("Raw body (the SNS message)"),
    message: &[Part::JsonLines(&[
        "Message",
        "MessageId",
        "Subject",
        "SubscribeURL",
        "Timestamp",
        "Token",
        "TopicArn",
        "Type",
    ])],
    signature_label: "Signature (empty: the message's own)",
    sources: &[("signature", Source::Json(&["Signature"]))],
    detect: &["x-amz-sns-message-type", "x-amz-sns-topic-arn", "x-amz-sns-message-id"],
    category: Category::DeveloperTools,
    ..BASE
};

/// What users get wrong with this provider, shown under the preset (the worker sends them).
pub const NOTES: &[&str] = &[
    "The public key is the certificate at the message's SigningCertURL (a PEM, -----BEGIN CERTIFICATE-----). Fetch it only from an https://sns.<region>.amazonaws.com/ URL, and cache it.",
    "SignatureVersion 1 is SHA1withRSA, 2 is SHA256withRSA: read it from each message rather than hard-coding one.",
    "The signed text is built from the message's members (Message, MessageId, Subject if present, SubscribeURL, Timestamp, Token, TopicArn, Type), not the raw body: a Subject that is null is left out.",
    "SNS posts with Content-Type: text/plain, so JSON body parsers skip it: read the raw body and parse it yourself.",
    "Messages delivered through Lambda spell SigningCertUrl and UnsubscribeUrl; the signed members are the same.",
    "A SubscriptionConfirmation is answered by visiting its SubscribeURL (after verifying it), not by a response body.",
];

/// The provider's own words when verification fails (shown with the notes, sent by the worker).
pub const ERROR_TEXT: &str = "The message signature is invalid.";

/// A request that verifies, to load as an example.
pub const EXAMPLE: Example = Example {
    secret: "-----BEGIN CERTIFICATE-----\nMIIB8DCCAaICAQEwBQYDK2VwMCYxJDAiBgNVBAMMG3Nucy51cy13ZXN0LTIuYW1h\nem9uYXdzLmNvbTAgFw0yNjExMjQwODMwMDBaGA8yMTI2MTAzMTA4MzAwMFowJjEk\nMCIGA1UEAwwbc25zLnVzLXdlc3QtMi5hbWF6b25hd3MuY29tMIIBIjANBgkqhkiG\n9w0BAQEFAAOCAQ8AMIIBCgKCAQEAofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd/wW\nJcyQoTbji9k0l8W26mPddxHmfHQp+Vaw+4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL+yR\nT+SFd2lZS+pCgNMsD1W/YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb/7OMg0LOL+\nbSf63kpaSHSXndS5z5rexMdbBYUsLA9e+KXBdQOS+UTo7WTBEMa2R2CapHg665xs\nmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6/I5IhlJH7aGhyxXFvUK+DWNmoudF8NA\nco9/h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQIDAQABMAUGAytl\ncANBAGrakAvyUZho0qJ7CuL4v7z8yJlxkuCpvCehcJUoXT8XdRgdzjDj4A2leFnU\nsggTm8uRV/P7ZtQiYBfFbZQZtA0=\n-----END CERTIFICATE-----\n",
    body: "{\n  \"Type\": \"Notification\",\n  \"MessageId\": \"22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\",\n  \"TopicArn\": \"arn:aws:sns:us-west-2:123456789012:MyTopic\",\n  \"Subject\": \"My First Message\",\n  \"Message\": \"Hello world!\",\n  \"Timestamp\": \"2012-05-02T00:54:06.655Z\",\n  \"SignatureVersion\": \"2\",\n  \"Signature\": \"jPPApUmuAvxh5UTrQwBizTp+yY4XayQFPod7zyfnePveOAPcIUcqk/sHafeo9GTiDfFp0n2t6kVQcGqlUr7oQLZ8YISRRSFKU87rNroA2z+Vg0uBAqDIqPAwp4zxVs8szHmEHNKKAarlXJTQOiZIimrwrv4Fw1Hk7ix1HLHfOipw8szCeE1xDFQ22+OD8dQPZQFJU2xBprPySkSBBoelPWLjNjSfFoj4q/WmN18FvlTR/BCNFzUIj8JN21ujukpuHQ2hG3G2u26gekZuRCCnCiL7nyVx3/iQ24LxHmUycF3e9gkTqJghTWt5H+BjRut5zTGNKoI3S7LgYolfByGcog==\",\n  \"SigningCertURL\": \"https://sns.us-west-2.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem\",\n  \"UnsubscribeURL\": \"https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:MyTopic:c9135db0-26c4-47ec-8998-413945fb5a96\"\n}",
    signature: "",
    fields: &[],
    source: "Derived: the message of AWS's SNS documentation example, signed with the RFC 7515 A.2 RSA key (SignatureVersion 2), in a certificate made for it; checked with OpenSSL and AWS's sns-validator",
    derived: true,
    // The message says SignatureVersion 2 (SHA-256), but carries its SHA-1 (version 1) signature.
    mistake: Some(&[("body", "{\n  \"Type\": \"Notification\",\n  \"MessageId\": \"22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\",\n  \"TopicArn\": \"arn:aws:sns:us-west-2:123456789012:MyTopic\",\n  \"Subject\": \"My First Message\",\n  \"Message\": \"Hello world!\",\n  \"Timestamp\": \"2012-05-02T00:54:06.655Z\",\n  \"SignatureVersion\": \"2\",\n  \"Signature\": \"TZRrVAZTgqcrUimtRLIb7tlZiD5LNjSe/Bw+Ul6PLISIcjVF6sKFGimIsYVyIkEOO7E8JAT716pbSZmWZrxq5pcPvwmmBTWidVztRD1wNYtd+yhvELScitGbZeetrj9QlOffIMUcI+tCOzCqYoX1tn4xO2ins+loO8C2nlT3jweHG1i8h7MLdXU8QZDFkMZ06mj0cLKW3rpLxkLuIxYakSDx+0dKnCRohBitBjVwYhNd2G5G4ocii9KPNqHOrcdTo+TpIZSXItF9oyuCq5R/tlSziVhZUdC4E9+oUwOs2DGxe63jyPHx6Y45eaiUchqFXeLh0W9DYlEGRnjThqKaFg==\",\n  \"SigningCertURL\": \"https://sns.us-west-2.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem\",\n  \"UnsubscribeURL\": \"https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:123456789012:MyTopic:c9135db0-26c4-47ec-8998-413945fb5a96\"\n}")]),
};

pub const PROGRAMS: [(Language, &str); 7] = super::programs_in!("sns");
