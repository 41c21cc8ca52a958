//! A fake SMTP server for the tests that send e-mail: it accepts every message and keeps its
//! data, or, when asked, reads the first message's data without ever answering, so that the
//! instance sending it waits in the middle of it (`tests/outbox_claims.rs`).

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// What the server saw.
#[derive(Debug, Default)]
pub struct SmtpLog {
    /// Whether the first message's data started arriving, never to be answered.
    pub stalled: bool,
    /// The messages accepted, as their raw data (headers, a blank line, the body).
    pub accepted: Vec<String>,
}

/// Starts the server on a free port of the loopback: its port and its log. With
/// `stall_first`, the first message is never accepted.
pub async fn fake_smtp(stall_first: bool) -> (u16, Arc<Mutex<SmtpLog>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let port = listener.local_addr().expect("its address").port();
    let log = Arc::new(Mutex::new(SmtpLog {
        // Without stalling, as if the first had stalled already.
        stalled: !stall_first,
        accepted: Vec::new(),
    }));
    let shared = log.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(session(socket, shared.clone()));
        }
    });
    (port, log)
}

/// One client's connection: one or more messages.
async fn session(socket: tokio::net::TcpStream, log: Arc<Mutex<SmtpLog>>) {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    let _ = write.write_all(b"220 fake ESMTP\r\n").await;
    let mut data: Option<String> = None;
    let mut stalling = false;
    while let Ok(Some(line)) = lines.next_line().await {
        if let Some(body) = data.as_mut() {
            if line == "." {
                if stalling {
                    continue;
                }
                log.lock()
                    .expect("not poisoned")
                    .accepted
                    .push(std::mem::take(body));
                data = None;
                let _ = write.write_all(b"250 queued\r\n").await;
            } else {
                body.push_str(&line);
                body.push('\n');
            }
            continue;
        }
        let verb = line.split_whitespace().next().unwrap_or("").to_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 fake\r\n",
            "DATA" => {
                data = Some(String::new());
                let mut log = log.lock().expect("not poisoned");
                if !log.stalled {
                    log.stalled = true;
                    stalling = true;
                }
                b"354 go on\r\n"
            }
            "QUIT" => {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            }
            _ => b"250 ok\r\n",
        };
        let _ = write.write_all(reply).await;
    }
}
