//! The address a request comes from, for the log-in throttle.
//!
//! Directly, it is the socket's peer. Behind a load balancer every request comes from the
//! balancer, which would make one client of everybody; so when the peer is one of the
//! configured trusted proxies, the client is the right-most address of `X-Forwarded-For`
//! that is not itself a trusted proxy (the left part of that header is whatever the client
//! wrote, and cannot be believed).
//!
//! IPv6 clients are counted by their /64 network: one subscriber usually has a whole /64, and
//! counting single addresses would let them change address at every attempt.

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::fmt;
use std::net::{IpAddr, Ipv6Addr};

use crate::error::AppError;
use crate::state::AppState;

/// An address or network written as `ADDRESS` or `ADDRESS/PREFIX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Parses `192.0.2.10`, `10.0.0.0/8`, `2001:db8::/32`.
    pub fn parse(text: &str) -> Option<Cidr> {
        let (address, prefix) = match text.trim().split_once('/') {
            Some((address, prefix)) => (address, Some(prefix.parse::<u8>().ok()?)),
            None => (text.trim(), None),
        };
        let network: IpAddr = address.parse().ok()?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        (prefix <= max).then_some(Cidr { network, prefix })
    }

    /// Whether `ip` is in this network.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.network, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// Parses the `--trusted-proxies` list: addresses or networks separated by commas.
pub fn parse_trusted(list: &str) -> Result<Vec<Cidr>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| Cidr::parse(item).ok_or_else(|| format!("not an address or network: {item}")))
        .collect()
}

/// Who a request comes from, as the throttle counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientNet(IpAddr);

impl ClientNet {
    /// The counting unit of an address: itself for IPv4, its /64 for IPv6 (IPv4-mapped IPv6
    /// addresses count as IPv4).
    pub fn from_ip(ip: IpAddr) -> ClientNet {
        match ip {
            IpAddr::V4(_) => ClientNet(ip),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => ClientNet(IpAddr::V4(v4)),
                None => {
                    let network = u128::from(v6) & (u128::MAX << 64);
                    ClientNet(IpAddr::V6(Ipv6Addr::from(network)))
                }
            },
        }
    }

    /// The client of a request from `peer` with `forwarded_for` (the `X-Forwarded-For`
    /// header's values), given the trusted proxies.
    pub fn resolve(peer: IpAddr, forwarded_for: &[&str], trusted: &[Cidr]) -> ClientNet {
        let is_trusted = |ip: IpAddr| trusted.iter().any(|cidr| cidr.contains(ip));
        if !is_trusted(peer) {
            return ClientNet::from_ip(peer);
        }
        let hops: Vec<IpAddr> = forwarded_for
            .iter()
            .flat_map(|value| value.split(','))
            .filter_map(|hop| hop.trim().parse().ok())
            .collect();
        let client = hops
            .iter()
            .rev()
            .copied()
            .find(|ip| !is_trusted(*ip))
            .unwrap_or(peer);
        ClientNet::from_ip(client)
    }
}

impl fmt::Display for ClientNet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            IpAddr::V4(ip) => write!(f, "{ip}"),
            IpAddr::V6(ip) => write!(f, "{ip}/64"),
        }
    }
}

impl FromRequestParts<AppState> for ClientNet {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        // Served without connection info (never the case with `serve` or `spawn`), every
        // request counts as one local client.
        let peer = parts
            .extensions
            .get::<ConnectInfo<crate::listener::PeerAddr>>()
            .map_or(IpAddr::from([127, 0, 0, 1]), |info| info.0.0.ip());
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect();
        Ok(ClientNet::resolve(
            peer,
            &forwarded,
            &state.config.trusted_proxies,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn networks_contain_their_addresses() {
        let net = Cidr::parse("10.0.0.0/8").unwrap();
        assert!(net.contains(ip("10.1.2.3")));
        assert!(!net.contains(ip("11.0.0.1")));
        assert!(
            Cidr::parse("192.0.2.10")
                .unwrap()
                .contains(ip("192.0.2.10"))
        );
        assert!(
            Cidr::parse("2001:db8::/32")
                .unwrap()
                .contains(ip("2001:db8:1::5"))
        );
        assert!(Cidr::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert_eq!(Cidr::parse("10.0.0.0/33"), None);
        assert!(parse_trusted("10.0.0.1, fd00::/8").is_ok());
        assert!(parse_trusted("nonsense").is_err());
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let lb = [Cidr::parse("10.0.0.1").unwrap()];
        // Direct: the peer, whatever the header claims.
        assert_eq!(
            ClientNet::resolve(ip("203.0.113.9"), &["198.51.100.1"], &lb),
            ClientNet::from_ip(ip("203.0.113.9"))
        );
        // Through the balancer: the right-most untrusted hop, not what the client prepended.
        assert_eq!(
            ClientNet::resolve(ip("10.0.0.1"), &["1.2.3.4, 203.0.113.9"], &lb),
            ClientNet::from_ip(ip("203.0.113.9"))
        );
        assert_eq!(
            ClientNet::resolve(ip("10.0.0.1"), &[], &lb),
            ClientNet::from_ip(ip("10.0.0.1"))
        );
    }

    #[test]
    fn ipv6_counts_by_its_64() {
        assert_eq!(
            ClientNet::from_ip(ip("2001:db8:1:2:aaaa::1")),
            ClientNet::from_ip(ip("2001:db8:1:2:bbbb::2"))
        );
        assert_eq!(
            ClientNet::from_ip(ip("::ffff:192.0.2.1")).to_string(),
            "192.0.2.1"
        );
        assert_eq!(
            ClientNet::from_ip(ip("2001:db8:1:2:aaaa::1")).to_string(),
            "2001:db8:1:2::/64"
        );
    }
}
