//! Which `Host` a request may name. A page on any web site can make the reader's browser ask
//! a name it controls that resolves to 127.0.0.1 (DNS rebinding) and read the answer: the
//! drafts. Such a request names that site's host, so the preview answers only requests for
//! this machine's own names — `localhost`, loopback addresses, the `--bind` address — and the
//! names given with `--allow-host`.

use std::net::IpAddr;

pub struct AllowedHosts {
    bind: IpAddr,
    /// Lower case, without port.
    names: Vec<String>,
}

impl AllowedHosts {
    pub fn new(bind: IpAddr, names: &[String]) -> AllowedHosts {
        AllowedHosts {
            bind,
            names: names.iter().map(|n| n.to_ascii_lowercase()).collect(),
        }
    }

    /// Whether a request for `host` (the `Host` header: a name or address, maybe a port) is
    /// answered. A request without one comes from no browser, and is.
    pub fn allows(&self, host: Option<&str>) -> bool {
        let Some(host) = host else {
            return true;
        };
        let name = without_port(host).to_ascii_lowercase();
        if name == "localhost" || name.ends_with(".localhost") || self.names.contains(&name) {
            return true;
        }
        let address = name.trim_start_matches('[').trim_end_matches(']');
        match address.parse::<IpAddr>() {
            // Serving on every interface (--bind 0.0.0.0): any of the machine's addresses.
            Ok(ip) => ip.is_loopback() || ip == self.bind || self.bind.is_unspecified(),
            Err(_) => false,
        }
    }
}

/// `example:1111` → `example`, `[::1]:1111` → `[::1]`.
fn without_port(host: &str) -> &str {
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !name.ends_with(':') => {
            name
        }
        _ => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machines_names_are_answered() {
        let loopback =
            AllowedHosts::new(IpAddr::from([127, 0, 0, 1]), &["May-Soan-Thao.lan".into()]);
        for host in [
            "localhost:1111",
            "LOCALHOST",
            "127.0.0.1:1111",
            "127.1.2.3",
            "[::1]:1111",
            "[::1]",
            "du-thao.localhost:1111",
            "may-soan-thao.lan:1111",
        ] {
            assert!(loopback.allows(Some(host)), "{host}");
        }
        for host in [
            "evil.example:1111",
            "evil.example",
            "localhost.evil.example",
            "192.168.1.5:1111",
            "[::2]:1111",
            "",
        ] {
            assert!(!loopback.allows(Some(host)), "{host}");
        }
        assert!(loopback.allows(None));
        let lan = AllowedHosts::new(IpAddr::from([192, 168, 1, 5]), &[]);
        assert!(lan.allows(Some("192.168.1.5:1111")));
        assert!(!lan.allows(Some("192.168.1.6:1111")));
        assert!(!lan.allows(Some("evil.example")));
        let everywhere = AllowedHosts::new(IpAddr::from([0, 0, 0, 0]), &[]);
        assert!(everywhere.allows(Some("10.0.0.7:1111")));
        assert!(!everywhere.allows(Some("evil.example:1111")));
    }
}
