//! What the benchmark measures: latencies and rates, and CPU time from /proc.

/// Latencies and a rate for one phase.
pub struct Stats {
    /// Completions.
    pub count: usize,
    /// Seconds the phase took.
    pub secs: f64,
    /// Completions a second.
    pub rate: f64,
    /// Requests a second.
    pub requests_per_sec: f64,
    /// Median latency (ms).
    pub p50: f64,
    /// 99th percentile latency (ms).
    pub p99: f64,
    /// Slowest (ms).
    pub max: f64,
}

impl Stats {
    /// Figures for `count` completions of `requests` requests in `secs`, from latencies in µs.
    pub fn new(count: usize, requests: usize, secs: f64, mut lat_us: Vec<u64>) -> Stats {
        lat_us.sort_unstable();
        let pct = |p: f64| lat_us.get(((lat_us.len() as f64 * p) as usize).min(lat_us.len().saturating_sub(1))).copied().unwrap_or(0) as f64 / 1000.0;
        Stats {
            count,
            secs,
            rate: count as f64 / secs,
            requests_per_sec: requests as f64 / secs,
            p50: pct(0.50),
            p99: pct(0.99),
            max: lat_us.last().copied().unwrap_or(0) as f64 / 1000.0,
        }
    }

    /// The figures as JSON.
    pub fn json(&self) -> serde_json::Value {
        let r = |x: f64| (x * 10.0).round() / 10.0;
        serde_json::json!({
            "completed": self.count, "seconds": r(self.secs), "per_sec": r(self.rate),
            "requests_per_sec": r(self.requests_per_sec), "p50_ms": r(self.p50), "p99_ms": r(self.p99), "max_ms": r(self.max),
        })
    }
}


/// CPU seconds (user + system) a process has used, from `/proc/{pid}/stat` (100 ticks a second).
pub fn cpu_secs(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<f64> = rest.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    // utime and stime are fields 14 and 15 of the whole line: 12th and 13th after ')'.
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

/// CPU used by the server and by this load generator between two points.
pub struct Cpu<'a> {
    server: Option<&'a str>,
    at: (f64, f64),
}

impl<'a> Cpu<'a> {
    /// Starts counting.
    pub fn start(server: Option<&'a str>) -> Self {
        Cpu { server, at: (server.map_or(0.0, cpu_secs), cpu_secs("self")) }
    }

    /// `{server_cpu_s, loadgen_cpu_s, server_cpu_us_per_request}` since `start`.
    pub fn json(&self, requests: usize) -> serde_json::Value {
        let server = self.server.map_or(0.0, cpu_secs) - self.at.0;
        let load = cpu_secs("self") - self.at.1;
        serde_json::json!({
            "server_cpu_s": (server * 10.0).round() / 10.0,
            "loadgen_cpu_s": (load * 10.0).round() / 10.0,
            "server_cpu_us_per_request": if requests > 0 { (server * 1e6 / requests as f64).round() } else { 0.0 },
        })
    }
}

/// Latencies in microseconds, GETs and POSTs apart.
#[derive(Default)]
pub struct Lat {
    /// GETs.
    pub get: Vec<u64>,
    /// POSTs.
    pub post: Vec<u64>,
}

