//! The server and the load balancer as processes of their own, for the tests and figures
//! that kill an instance, put two behind HAProxy or read an instance's memory.

use std::path::Path;
use std::process::{Child, Command};
use std::time::Duration;

/// A server process on a free loopback port, killed when dropped.
pub struct ServerProcess {
    /// Its base URL.
    pub url: String,
    /// Its `host:port`, as a balancer names it.
    pub address: String,
    child: Child,
}

impl ServerProcess {
    /// Starts `binary` (a build of the server) over `database_url` with the demo data, the
    /// SPA in `static_dir` and `extra` arguments; see [`ServerProcess::ready`].
    pub fn spawn(
        binary: &Path,
        database_url: &str,
        static_dir: &Path,
        extra: &[&std::ffi::OsStr],
    ) -> anyhow::Result<ServerProcess> {
        let address = format!("127.0.0.1:{}", free_port()?);
        let child = crate::server_command(binary, &address, database_url, static_dir)
            .args(extra)
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|err| anyhow::anyhow!("starting {}: {err}", binary.display()))?;
        Ok(ServerProcess {
            url: format!("http://{address}"),
            address,
            child,
        })
    }

    /// Whether it answers `/api/health` with 200 within `within`.
    pub async fn ready(&self, within: Duration) -> bool {
        crate::answers_health(&self.url, within).await
    }

    /// `SIGKILL`: no shutdown, nothing flushed.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// The resident memory of the process, in KiB (Linux).
    pub fn rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
    }

    /// The processor time the process has used since it started, in seconds (Linux).
    pub fn cpu_seconds(&self) -> Option<f64> {
        cpu_seconds_of(self.child.id())
    }
}

/// The processor time (user and system) process `pid` has used, in seconds, from
/// `/proc/PID/stat` (Linux).
pub fn cpu_seconds_of(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command's name, in parentheses, may hold spaces: the fields are counted after it.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are the 14th and 15th fields, the 12th and 13th after the name.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // Linux reports them in clock ticks of 1/100 s (USER_HZ) on every architecture it runs.
    Some(ticks as f64 / 100.0)
}

/// The processor time used by every process named `name` now running (PostgreSQL's
/// backends, say), in seconds (Linux). Processes that ended meanwhile are not counted, so it
/// is meant for a difference over a run during which the processes stay.
pub fn cpu_seconds_named(name: &str) -> f64 {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0.0;
    };
    entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|comm| comm.trim_end() == name)
        })
        .filter_map(cpu_seconds_of)
        .sum()
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// HAProxy running `deploy/haproxy.cfg` (the configuration operators get) in the
/// foreground, stopped when dropped.
pub struct Balancer {
    /// Its base URL.
    pub url: String,
    child: Child,
}

impl Drop for Balancer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Balancer {
    /// The processor time the balancer has used since it started, in seconds (Linux).
    pub fn cpu_seconds(&self) -> Option<f64> {
        cpu_seconds_of(self.child.id())
    }

    /// Starts it in front of `instances` (`host:port` each) and waits until it passes a
    /// request through.
    pub async fn start(instances: [&str; 2]) -> anyhow::Result<Balancer> {
        let port = free_port()?;
        let config = crate::workspace_root().join("deploy/haproxy.cfg");
        let child = Command::new("haproxy")
            .arg("-db")
            .arg("-f")
            .arg(&config)
            .env("IMI_LISTEN", format!("127.0.0.1:{port}"))
            .env("IMI_INSTANCE_1", instances[0])
            .env("IMI_INSTANCE_2", instances[1])
            .stdout(std::process::Stdio::null())
            .spawn()
            .map_err(|err| {
                anyhow::anyhow!("haproxy (apt install haproxy; scripts/setup.sh test does): {err}")
            })?;
        let balancer = Balancer {
            url: format!("http://127.0.0.1:{port}"),
            child,
        };
        anyhow::ensure!(
            crate::answers_health(&balancer.url, Duration::from_secs(10)).await,
            "haproxy did not pass /api/health through"
        );
        Ok(balancer)
    }
}

/// A port nobody listens on now.
pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// A client with a cookie store, like a browser, logged in at the server or balancer `base`
/// as `email` with the demo password.
pub async fn log_in(base: &str, email: &str) -> anyhow::Result<reqwest::Client> {
    let client = reqwest::Client::builder().cookie_store(true).build()?;
    let response = client
        .post(format!("{base}/api/auth/login"))
        .json(&serde_json::json!({ "email": email, "password": crate::DEMO_PASSWORD }))
        .send()
        .await?;
    anyhow::ensure!(
        response.status().is_success(),
        "log-in of {email} at {base}: {}",
        response.status()
    );
    Ok(client)
}
