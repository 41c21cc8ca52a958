//! Server configuration: command-line flags, each with an environment variable.

use clap::Parser;
use std::net::SocketAddr;
use std::path::PathBuf;

/// The IMI server: the JSON API under /api and the built SPA, on one port.
#[derive(Debug, Clone, Parser)]
#[command(name = "imi-server", version, about, long_about = None)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "IMI_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Database URL: `sqlite://path/to/file.sqlite3` (created if absent) or
    /// `postgres://user:password@host:port/database`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/imi.sqlite3"
    )]
    pub database_url: String,

    /// Load the demo data set (authorities of the source document's cases and their users)
    /// when the database holds no authority yet.
    #[arg(long, env = "IMI_DEMO")]
    pub demo: bool,

    /// With `--demo` on an empty database: how many months of past requests among the demo
    /// authorities to make, so that the statistics have something to show (0 for none).
    #[arg(long, env = "IMI_DEMO_HISTORY_MONTHS", default_value_t = 24)]
    pub demo_history_months: u32,

    /// Folder of the question catalogue (`catalogue.toml` and `text/<language>.toml`), loaded
    /// into the database at start-up.
    #[arg(long, env = "IMI_CATALOGUE_DIR", default_value = "catalogue")]
    pub catalogue_dir: PathBuf,

    /// The retention policy of personal data (months to block and delete, per legislative
    /// area), checked against the law at start-up.
    #[arg(
        long,
        env = "IMI_RETENTION_POLICY",
        default_value = "policy/retention.toml"
    )]
    pub retention_policy: PathBuf,

    /// Folder of the alert kinds (`kinds.toml` and `text/<language>.toml`), checked at
    /// start-up.
    #[arg(long, env = "IMI_ALERTS_DIR", default_value = "alerts")]
    pub alerts_dir: PathBuf,

    /// Folder of the taxonomy of competences (`concepts.toml` and `labels/<language>.toml`).
    #[arg(long, env = "IMI_TAXONOMY_DIR", default_value = "taxonomy")]
    pub taxonomy_dir: PathBuf,

    /// Folder of the built SPA (Trunk's output).
    #[arg(long, env = "IMI_STATIC_DIR", default_value = "frontend/dist")]
    pub static_dir: PathBuf,

    /// Whether the session cookie is marked `Secure` (sent only over HTTPS): `true` or
    /// `false`. By default it is whenever `--public-url` is an `https://` address, which is
    /// every deployment but a local one.
    #[arg(long, env = "IMI_COOKIE_SECURE")]
    pub cookie_secure: Option<bool>,

    /// How long a session lasts after log-in, in hours.
    #[arg(long, env = "IMI_SESSION_HOURS", default_value_t = 12)]
    pub session_hours: u32,

    /// Largest request body the JSON API accepts, in bytes.
    #[arg(long, env = "IMI_MAX_BODY_BYTES", default_value_t = 1024 * 1024)]
    pub max_body_bytes: usize,

    /// Base URL of a LibreTranslate-compatible server for machine translation of free text.
    /// Without it, the SPA offers no translate button.
    #[arg(long, env = "IMI_TRANSLATOR_URL")]
    pub translator_url: Option<String>,

    /// API key for the translation server, if it needs one. Prefer the environment variable:
    /// command lines are visible to other users of the machine.
    #[arg(long, env = "IMI_TRANSLATOR_API_KEY", hide_env_values = true)]
    pub translator_api_key: Option<String>,

    /// Folder where attached documents are stored, unless an S3 bucket is configured.
    #[arg(long, env = "IMI_ATTACHMENTS_DIR", default_value = "data/attachments")]
    pub attachments_dir: PathBuf,

    /// Store attached documents in this bucket of an S3-compatible object store instead of
    /// on disk: what several instances behind a load balancer need. Credentials come from
    /// the usual `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.
    #[arg(long, env = "IMI_S3_BUCKET")]
    pub s3_bucket: Option<String>,

    /// The S3 endpoint, for stores other than Amazon's (MinIO, Ceph, Garage...).
    #[arg(long, env = "IMI_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,

    /// The S3 access key; by default the environment's `AWS_ACCESS_KEY_ID`.
    #[arg(long, env = "AWS_ACCESS_KEY_ID", hide_env_values = true)]
    pub s3_access_key_id: Option<String>,

    /// The S3 secret key; by default the environment's `AWS_SECRET_ACCESS_KEY`.
    #[arg(long, env = "AWS_SECRET_ACCESS_KEY", hide_env_values = true)]
    pub s3_secret_access_key: Option<String>,

    /// The S3 region.
    #[arg(long, env = "IMI_S3_REGION", default_value = "us-east-1")]
    pub s3_region: String,

    /// Largest attachment accepted, in bytes (20 MiB by default).
    #[arg(long, env = "IMI_MAX_ATTACHMENT_BYTES", default_value_t = 20 * 1024 * 1024)]
    pub max_attachment_bytes: usize,

    /// Folder of the interface translations (`<language>/main.ftl`); e-mails are written
    /// from them in each recipient's language.
    #[arg(long, env = "IMI_LOCALES_DIR", default_value = "locales")]
    pub locales_dir: PathBuf,

    /// The address users reach the system at, for links in e-mails.
    #[arg(long, env = "IMI_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
    pub public_url: String,

    /// SMTP server for e-mail notifications, as a URL: `smtp://host:25`,
    /// `smtps://user:password@host:465` or `smtp://user:password@host:587?tls=required`.
    /// Without it, e-mails are kept in the outbox table; the log names their recipients and
    /// subjects, never their bodies (an invitation's holds a one-time link).
    #[arg(long, env = "IMI_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// How long an instance holds an e-mail it is sending before another instance may send
    /// it, in seconds: longer than the SMTP server takes to accept a message. An instance
    /// that dies while sending leaves its e-mail to the others once this has passed.
    #[arg(long, env = "IMI_OUTBOX_CLAIM_SECONDS", default_value_t = 60)]
    pub outbox_claim_seconds: u32,

    /// The sender address of e-mail notifications.
    #[arg(
        long,
        env = "IMI_MAIL_FROM",
        default_value = "IMI <no-reply@imi.example>"
    )]
    pub mail_from: String,

    /// Load balancers or reverse proxies in front of this server, as addresses or networks
    /// separated by commas (`10.0.0.5,10.1.0.0/16`). Only from these is `X-Forwarded-For`
    /// believed, to tell which client a log-in attempt comes from; the throttle counts
    /// attempts per client.
    #[arg(long, env = "IMI_TRUSTED_PROXIES", value_delimiter = ',', value_parser = parse_cidr)]
    pub trusted_proxies: Vec<crate::client_addr::Cidr>,

    /// Most database connections this instance opens.
    #[arg(long, env = "IMI_DB_MAX_CONNECTIONS", default_value_t = 16)]
    pub db_max_connections: u32,

    /// A task to run on the database instead of serving (`imi-server audit verify`).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What `imi-server` does besides serving.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum Command {
    /// The audit log's hash chain.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Applies the retention policy now: records blocked personal data, erases what is due,
    /// deletes untouched drafts, and prints the run's report as JSON. Another instance
    /// running it makes this one do nothing.
    Retention {
        /// Says what would be done, and changes nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Backs up the database and the documents into a new folder while the server serves:
    /// SQLite with `VACUUM INTO`, PostgreSQL with `pg_dump`; prints the backup's manifest.
    Backup {
        /// The folder to write: new, or empty.
        to: std::path::PathBuf,
    },
    /// Restores a backup into an empty database and an empty document store, then checks
    /// the audit log's chain and every document's bytes; prints what it restored.
    Restore {
        /// The backup's folder.
        from: std::path::PathBuf,
    },
}

/// The audit log's commands.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum AuditCommand {
    /// Recomputes the chain from the first line and names the first broken link; exits
    /// with status 1 when one is broken.
    Verify,
    /// Writes lines of the log to standard output as JSON lines, with the chain's hashes.
    Export {
        /// Only the lines about this request.
        #[arg(long)]
        request: Option<i32>,
        /// Only the lines of this day (UTC) or later, `YYYY-MM-DD`.
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Only the lines of this day (UTC) or earlier, `YYYY-MM-DD`.
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
    },
}

fn parse_cidr(text: &str) -> Result<crate::client_addr::Cidr, String> {
    crate::client_addr::Cidr::parse(text)
        .ok_or_else(|| format!("not an IP address or network: {text}"))
}

impl Config {
    /// Whether the session cookie is `Secure`: as set, else whether users reach the system
    /// over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.cookie_secure.unwrap_or_else(|| {
            self.public_url
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("https://")
        })
    }

    /// A configuration for the given database with every other setting at its default, as
    /// tests and tools use it.
    pub fn for_database(database_url: impl Into<String>) -> Self {
        let mut config = Config::parse_from(["imi-server"]);
        config.database_url = database_url.into();
        // Tests and embedders start with the demo's present only: the history takes seconds
        // to make, and their figures are their own.
        config.demo_history_months = 0;
        config
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_commands_parse_after_the_options() {
        let config = Config::try_parse_from([
            "imi-server",
            "--database-url",
            "sqlite://x",
            "audit",
            "export",
            "--request",
            "7",
            "--from",
            "2026-01-01",
        ])
        .unwrap();
        let Some(Command::Audit(AuditCommand::Export { request, from, to })) = config.command
        else {
            panic!("{:?}", config.command);
        };
        assert_eq!((request, to), (Some(7), None));
        assert_eq!(from.map(|d| d.to_string()).as_deref(), Some("2026-01-01"));
        assert!(matches!(
            Config::try_parse_from(["imi-server", "audit", "verify"])
                .unwrap()
                .command,
            Some(Command::Audit(AuditCommand::Verify))
        ));
        assert!(
            Config::try_parse_from(["imi-server", "audit", "export", "--from", "soon"]).is_err()
        );
        assert!(Config::parse_from(["imi-server"]).command.is_none());
        assert!(matches!(
            Config::try_parse_from(["imi-server", "retention", "--dry-run"])
                .unwrap()
                .command,
            Some(Command::Retention { dry_run: true })
        ));
        assert!(matches!(
            Config::try_parse_from(["imi-server", "retention"])
                .unwrap()
                .command,
            Some(Command::Retention { dry_run: false })
        ));
    }

    #[test]
    fn cookies_are_secure_by_default_behind_https() {
        let mut config = Config::for_database("sqlite://x");
        assert!(!config.secure_cookies(), "the local default is plain HTTP");
        config.public_url = "https://imi.example.gov".into();
        assert!(config.secure_cookies());
        config.cookie_secure = Some(false);
        assert!(!config.secure_cookies(), "an explicit choice wins");
        config.public_url = "http://10.0.0.5:8080".into();
        config.cookie_secure = Some(true);
        assert!(config.secure_cookies());
    }
}
