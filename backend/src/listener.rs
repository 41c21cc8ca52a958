//! The server's listener: TCP with `TCP_NODELAY`, and JSON even for the few answers that
//! hyper writes itself.
//!
//! A request line or header block that HTTP/1 cannot take (an address of 64 KiB or more, a
//! header block over hyper's buffer, bytes that are not HTTP) never reaches the router:
//! hyper answers it with a bare status (400, 414 or 431) and no body, then closes the
//! connection. The API promises JSON with a code for every failure, so the connection's
//! writer recognises exactly those answers (a status line of one of the three, then
//! `content-length: 0` and nothing else, which no handler of ours sends for them) and writes
//! the same status with the error body instead.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// A TCP listener whose connections answer protocol errors in JSON.
pub struct JsonListener(pub TcpListener);

impl axum::serve::Listener for JsonListener {
    type Io = JsonErrors<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        // axum's own accept loop, which waits out transient accept errors.
        let (stream, addr) = axum::serve::Listener::accept(&mut self.0).await;
        // Small JSON responses must not wait for the Nagle timer on keep-alive connections.
        let _ = stream.set_nodelay(true);
        (JsonErrors::new(stream), addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.0.local_addr()
    }
}

/// The peer of a connection, as the connection information handlers may extract
/// (`ConnectInfo<PeerAddr>`; axum provides one only for its own listener types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeerAddr(pub SocketAddr);

impl axum::extract::connect_info::Connected<axum::serve::IncomingStream<'_, JsonListener>>
    for PeerAddr
{
    fn connect_info(stream: axum::serve::IncomingStream<'_, JsonListener>) -> Self {
        PeerAddr(*stream.remote_addr())
    }
}

/// A connection whose writes of hyper's bare error answers are replaced by JSON ones.
pub struct JsonErrors<S> {
    inner: S,
    /// A replacement still to be written, and how much of it is written.
    pending: Option<(Vec<u8>, usize)>,
}

impl<S> JsonErrors<S> {
    /// Wraps a connection.
    pub fn new(inner: S) -> Self {
        JsonErrors {
            inner,
            pending: None,
        }
    }
}

/// The code and message of the JSON body for a status hyper answers by itself.
fn protocol_error(status: u16) -> Option<(&'static str, &'static str)> {
    match status {
        400 => Some(("invalid_parameter", "the request is not valid HTTP")),
        414 => Some((
            "invalid_parameter",
            "the address is longer than the server reads",
        )),
        431 => Some((
            "payload_too_large",
            "the request's headers are larger than the server reads",
        )),
        _ => None,
    }
}

/// The JSON answer that replaces `head`, if `head` is one of hyper's bare error answers.
fn replacement(head: &[u8]) -> Option<Vec<u8>> {
    // hyper's answer is a status line and a few headers: short, and complete in one write
    // (the writer below is not vectored, so hyper hands it over in one buffer).
    if head.len() > 512 || !head.ends_with(b"\r\n\r\n") {
        return None;
    }
    let text = std::str::from_utf8(head).ok()?;
    let status_line = text.lines().next()?;
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next()?;
    let status: u16 = parts.next()?.parse().ok()?;
    let reason = parts.next().unwrap_or("");
    if !version.starts_with("HTTP/1.") {
        return None;
    }
    let (code, message) = protocol_error(status)?;
    let empty = text
        .lines()
        .any(|line| line.eq_ignore_ascii_case("content-length: 0"));
    if !empty {
        return None;
    }
    let body = format!(r#"{{"code":"{code}","message":"{message}"}}"#);
    Some(
        format!(
            "{version} {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

impl<S: AsyncWrite + Unpin> JsonErrors<S> {
    /// Writes what is pending of a replacement; ready once all of it is written.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while let Some((bytes, written)) = &mut self.pending {
            if *written == bytes.len() {
                self.pending = None;
                break;
            }
            match Pin::new(&mut self.inner).poll_write(cx, &bytes[*written..]) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => *written += n,
                Poll::Ready(Err(err)) => return Poll::Ready(Err(err)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for JsonErrors<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for JsonErrors<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if self.pending.is_some() {
            match self.drain(cx) {
                Poll::Ready(Ok(())) => {}
                Poll::Ready(Err(err)) => return Poll::Ready(Err(err)),
                Poll::Pending => return Poll::Pending,
            }
        }
        if let Some(json) = replacement(buf) {
            self.pending = Some((json, 0));
            // The original is taken as written; the replacement goes now or on flush.
            return match self.drain(cx) {
                Poll::Ready(Err(err)) => Poll::Ready(Err(err)),
                Poll::Ready(Ok(())) | Poll::Pending => Poll::Ready(Ok(buf.len())),
            };
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.drain(cx) {
            Poll::Ready(Ok(())) => Pin::new(&mut self.inner).poll_flush(cx),
            other => other,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.drain(cx) {
            Poll::Ready(Ok(())) => Pin::new(&mut self.inner).poll_shutdown(cx),
            other => other,
        }
    }

    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_bare_error_answers_are_replaced() {
        let bare = b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\ndate: Fri, 04 Dec 2026 10:00:00 GMT\r\n\r\n";
        let json = String::from_utf8(replacement(bare).unwrap()).unwrap();
        assert!(json.starts_with("HTTP/1.1 414 URI Too Long\r\n"), "{json}");
        assert!(json.contains("content-type: application/json"), "{json}");
        assert!(json.ends_with(r#"{"code":"invalid_parameter","message":"the address is longer than the server reads"}"#));
        assert!(replacement(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n").is_some());
        // Our own answers carry a body; other statuses are never touched.
        assert!(replacement(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 57\r\n\r\n").is_none());
        assert!(replacement(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n").is_none());
        assert!(replacement(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").is_none());
        assert!(replacement(b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\n\r\n{}").is_none());
    }
}
