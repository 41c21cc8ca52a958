//! A network link that a test can cut: a TCP relay on loopback between a browser and the app.
//!
//! ChromeDriver's network emulation takes only the page off the network; the page's service
//! worker is a target of its own and still reaches the server. Cutting this link takes the
//! server away from both, as a tablet's lost signal does: new connections are refused and
//! open ones are dropped.

use std::net::SocketAddr;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// The relay; dropping it closes it.
pub struct Link {
    addr: SocketAddr,
    up: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Link {
    /// A link to the server at `target`, up.
    pub async fn to(target: SocketAddr) -> Link {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let addr = listener.local_addr().expect("the link's address");
        let (up, watching) = watch::channel(true);
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let mut watching = watching.clone();
                if !*watching.borrow() {
                    // Down: the connection is closed as soon as it is made.
                    continue;
                }
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(target).await else {
                        return;
                    };
                    let (mut client, mut server) = (client, server);
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = watching.wait_for(|up| !*up) => {}
                    }
                });
            }
        });
        Link { addr, up, task }
    }

    /// The absolute URL of `path` through the link.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Cuts the link (every open connection too) or restores it.
    pub fn set_up(&self, up: bool) {
        self.up.send_replace(up);
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.task.abort();
    }
}
