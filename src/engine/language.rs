//! The languages the verification programs are written in: a leaf of the engine, named by
//! the providers that carry programs of their own and by the program generator.

/// A language a verification program is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Node,
    Python,
    Ruby,
    Php,
    Go,
    Rust,
    Java,
}

impl Language {
    pub const ALL: [Language; 7] = [
        Language::Node,
        Language::Python,
        Language::Ruby,
        Language::Php,
        Language::Go,
        Language::Rust,
        Language::Java,
    ];

    /// The name shown in the Language select.
    pub fn label(self) -> &'static str {
        match self {
            Language::Node => "Node (Express)",
            Language::Python => "Python (Flask)",
            Language::Ruby => "Ruby (Sinatra)",
            Language::Php => "PHP",
            Language::Go => "Go (net/http)",
            Language::Rust => "Rust (axum)",
            Language::Java => "Java (JDK only)",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Language::Node => "node",
            Language::Python => "python",
            Language::Ruby => "ruby",
            Language::Php => "php",
            Language::Go => "go",
            Language::Rust => "rust",
            Language::Java => "java",
        }
    }

    pub fn from_id(id: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The file the program is saved as, and how it is run.
    pub fn file_name(self) -> &'static str {
        match self {
            Language::Node => "server.js",
            Language::Python => "app.py",
            Language::Ruby => "app.rb",
            Language::Php => "webhook.php",
            Language::Go => "main.go",
            Language::Rust => "src/main.rs",
            Language::Java => "Verify.java",
        }
    }

    /// How a program for a public-key scheme (`public_key`) or an HMAC one is run.
    pub fn run_hint_for(self, public_key: bool) -> String {
        match public_key {
            false => self.run_hint().to_string(),
            true => self
                .run_hint()
                .replace("WEBHOOK_SECRET", "WEBHOOK_PUBLIC_KEY")
                .replace("pip install flask", "pip install flask cryptography"),
        }
    }

    pub fn run_hint(self) -> &'static str {
        match self {
            Language::Node => "npm install express && WEBHOOK_SECRET=… node server.js",
            Language::Python => "pip install flask && WEBHOOK_SECRET=… python3 app.py",
            Language::Ruby => "gem install sinatra webrick && WEBHOOK_SECRET=… ruby app.rb",
            Language::Php => "WEBHOOK_SECRET=… php -S 127.0.0.1:3000 webhook.php",
            Language::Go => "WEBHOOK_SECRET=… go run main.go",
            Language::Rust => {
                "cargo new verify, add the dependencies above, WEBHOOK_SECRET=… cargo run --release"
            }
            Language::Java => "WEBHOOK_SECRET=… java Verify.java",
        }
    }
}
