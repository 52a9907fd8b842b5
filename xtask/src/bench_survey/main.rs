//! `bench-survey`: load generator for the survey benchmark (`scripts/bench/survey.sh` runs it
//! against a release server on loopback; results go in BENCHMARKS.md under "Surveys").
//!
//! 1. The raw SQLite single-commit rate (WAL, synchronous=FULL) on the same disk: the ceiling
//!    a server that commits once per submission could reach.
//! 2. The final send alone: drafts are prepared first (start, two answers), then sent as fast
//!    as 64 keep-alive connections can (durable sends per second), then at a steady 200/s
//!    (open loop: latency counted from when each send was due, so a stall cannot hide).
//! 3. The whole journey as a phone with JavaScript off does it (every GET and POST of the
//!    20-question 8 to 11 survey, compressed pages), 8 respondents at once, for 30 seconds.
//!
//! Each phase also reports the CPU time the server (`--server-pid`) and the load generator
//! used, from /proc, so a run on a busy shared machine can still be read fairly.
//!
//! Usage: bench-survey --url http://127.0.0.1:PORT --scratch DIR [--server-pid PID]
//!        [--json FILE] [--drafts 10000] [--journey-secs 30] [--users 8]

use anyhow::{bail, Context, Result};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod measure;

use measure::{Cpu, Lat, Stats};

const BAND: &str = "/survey/demo/8-11";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let url = flag("--url").context("--url http://127.0.0.1:PORT is required")?;
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_owned();
    let scratch = flag("--scratch").context("--scratch DIR (same disk as the server's database) is required")?;
    let drafts: usize = flag("--drafts").map_or(Ok(10_000), |v| v.parse())?;
    let secs: u64 = flag("--journey-secs").map_or(Ok(30), |v| v.parse())?;
    let users: usize = flag("--users").map_or(Ok(8), |v| v.parse())?;
    let server_pid = flag("--server-pid");
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let report = rt.block_on(run(&addr, &scratch, drafts, secs, users, server_pid.as_deref()))?;
    let text = serde_json::to_string_pretty(&report)?;
    eprintln!("{text}");
    if let Some(path) = flag("--json") {
        std::fs::write(&path, &text).with_context(|| format!("cannot write {path}"))?;
    }
    Ok(())
}

async fn run(addr: &str, scratch: &str, drafts: usize, secs: u64, users: usize, pid: Option<&str>) -> Result<serde_json::Value> {
    let raw = raw_sqlite_commits(scratch, Duration::from_secs(3)).await?;
    eprintln!("raw SQLite single commits: {raw:.0}/s");
    let questions = discover(addr).await?;
    eprintln!("survey has {} questions", questions.len());

    let cookies = prepare_drafts(addr, &questions, drafts + 2_000).await?;
    let (max, steady_cookies) = cookies.split_at(drafts);
    let cpu = Cpu::start(pid);
    let burst = send_burst(addr, max.to_vec(), 64).await?;
    let burst_cpu = cpu.json(burst.count);
    eprintln!("final send, 64 at once: {:.0}/s, p50 {:.1} ms, p99 {:.1} ms", burst.rate, burst.p50, burst.p99);
    let cpu = Cpu::start(pid);
    let steady = send_steady(addr, steady_cookies.to_vec(), 200, Duration::from_secs(10)).await?;
    let steady_cpu = cpu.json(steady.count);
    eprintln!("final send at 200/s: p50 {:.1} ms, p99 {:.1} ms", steady.p50, steady.p99);
    let cpu = Cpu::start(pid);
    let (journey, gets, posts) = journeys(addr, Arc::new(questions), users, Duration::from_secs(secs)).await?;
    let journey_cpu = cpu.json((journey.requests_per_sec * journey.secs).round() as usize);
    eprintln!(
        "journey, {users} at once: {:.1} complete/s, {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms",
        journey.rate, journey.requests_per_sec, journey.p50, journey.p99
    );
    eprintln!("  GETs p50 {:.1} ms p99 {:.1} ms; POSTs p50 {:.1} ms p99 {:.1} ms", gets.p50, gets.p99, posts.p50, posts.p99);
    Ok(serde_json::json!({
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "raw_sqlite_single_commits_per_sec": raw.round(),
        "final_send_max": burst.json(),
        "final_send_max_cpu": burst_cpu,
        "final_send_at_200_per_sec": steady.json(),
        "final_send_at_200_per_sec_cpu": steady_cpu,
        "journey": journey.json(),
        "journey_cpu": journey_cpu,
        "journey_gets": gets.json(),
        "journey_posts": posts.json(),
        "load_average_after": std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim(),
    }))
}

/// One INSERT per transaction on a fresh SQLite file, WAL and synchronous=FULL.
async fn raw_sqlite_commits(scratch: &str, dur: Duration) -> Result<f64> {
    use sqlx::{ConnectOptions, Connection, Executor};
    let path = std::path::Path::new(scratch).join("raw-commit.db");
    let opts = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
        .synchronous(sqlx::sqlite::SqliteSynchronous::Full);
    let mut conn = opts.connect().await?;
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)").await?;
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < dur {
        sqlx::query("INSERT INTO t (v) VALUES ($1)").bind("x").execute(&mut conn).await?;
        n += 1;
    }
    let rate = n as f64 / start.elapsed().as_secs_f64();
    conn.close().await?;
    let _ = std::fs::remove_file(&path);
    Ok(rate)
}

/// A keep-alive HTTP/1.1 connection, as one phone would hold.
struct Conn {
    addr: String,
    send: SendRequest<Full<Bytes>>,
}

struct Resp {
    status: u16,
    location: String,
    cookie: Option<String>,
    body: Bytes,
}

impl Conn {
    async fn open(addr: &str) -> Result<Conn> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(async move {
            let _ = conn.await;
        });
        Ok(Conn { addr: addr.to_owned(), send })
    }

    /// GET (body `None`) or POST a form; `compressed` asks for br/gzip as a phone does.
    async fn call(&mut self, path: &str, cookie: Option<&str>, form: Option<String>, compressed: bool) -> Result<Resp> {
        let mut b = hyper::Request::builder().uri(path).header("host", &self.addr).header("user-agent", "bench-survey");
        if compressed {
            b = b.header("accept-encoding", "br, gzip");
        }
        if let Some(c) = cookie {
            b = b.header("cookie", c);
        }
        let body = match form {
            Some(f) => {
                b = b
                    .method("POST")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("origin", format!("http://{}", self.addr))
                    .header("sec-fetch-site", "same-origin");
                Full::new(Bytes::from(f))
            }
            None => Full::new(Bytes::new()),
        };
        self.send.ready().await?;
        let res = self.send.send_request(b.body(body)?).await?;
        let header = |n: &str| res.headers().get(n).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let (status, location) = (res.status().as_u16(), header("location").unwrap_or_default());
        let cookie = header("set-cookie").and_then(|c| c.split(';').next().map(str::to_owned)).filter(|c| c.len() > 15);
        let body = res.into_body().collect().await?.to_bytes();
        Ok(Resp { status, location, cookie, body })
    }
}

/// Walks the survey once (uncompressed) to learn each question's id and a calm answer.
async fn discover(addr: &str) -> Result<Vec<(String, String)>> {
    let mut c = Conn::open(addr).await?;
    let start = c.call(BAND, None, Some(String::new()), false).await?;
    let cookie = start.cookie.context("no draft cookie from the start page")?;
    let mut out = Vec::new();
    for n in 1.. {
        let page = c.call(&format!("{BAND}/q/{n}"), Some(&cookie), None, false).await?;
        let html = String::from_utf8_lossy(&page.body);
        let Some(id) = between(&html, r#"name="question" value=""#, "\"") else { break };
        let answer = between(&html, r#"name="answer" value=""#, "\"").unwrap_or_else(|| "All fine here.".into());
        out.push((id, answer));
    }
    if out.is_empty() {
        bail!("found no questions at {BAND}/q/1: is the demo round open (CARE_VOICE_DEMO_SURVEYS)?");
    }
    Ok(out)
}

fn between(s: &str, a: &str, b: &str) -> Option<String> {
    let i = s.find(a)? + a.len();
    let j = s[i..].find(b)? + i;
    Some(s[i..j].to_owned())
}

fn answer_form(q: &(String, String)) -> String {
    format!("question={}&answer={}&action=continue", q.0, q.1.replace(' ', "+"))
}

/// Drafts ready to send: each started, with the first and last questions answered.
async fn prepare_drafts(addr: &str, questions: &[(String, String)], n: usize) -> Result<Vec<String>> {
    let next = Arc::new(AtomicUsize::new(0));
    let out = Arc::new(Mutex::new(Vec::with_capacity(n)));
    let (first, last) = (questions[0].clone(), questions[questions.len() - 1].clone());
    let mut tasks = Vec::new();
    for _ in 0..32 {
        let (next, out, first, last, addr) = (next.clone(), out.clone(), first.clone(), last.clone(), addr.to_owned());
        let count = questions.len();
        tasks.push(tokio::spawn(async move {
            let mut c = Conn::open(&addr).await?;
            while next.fetch_add(1, Ordering::Relaxed) < n {
                let s = c.call(BAND, None, Some(String::new()), false).await?;
                let cookie = s.cookie.context("no cookie")?;
                c.call(&format!("{BAND}/q/1"), Some(&cookie), Some(answer_form(&first)), false).await?;
                c.call(&format!("{BAND}/q/{count}"), Some(&cookie), Some(answer_form(&last)), false).await?;
                out.lock().map_err(|_| anyhow::anyhow!("poisoned"))?.push(cookie);
            }
            anyhow::Ok(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    let v = std::mem::take(&mut *out.lock().map_err(|_| anyhow::anyhow!("poisoned"))?);
    Ok(v)
}

async fn send_one(c: &mut Conn, cookie: &str) -> Result<()> {
    let r = c.call(&format!("{BAND}/check"), Some(cookie), Some("action=send".into()), true).await?;
    if r.status != 303 || !r.location.ends_with("/sent") {
        bail!("a send was not acknowledged: {} {}", r.status, r.location);
    }
    Ok(())
}

/// Sends every draft over `conns` keep-alive connections, as fast as they go.
async fn send_burst(addr: &str, cookies: Vec<String>, conns: usize) -> Result<Stats> {
    let total = cookies.len();
    let queue = Arc::new(Mutex::new(cookies));
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let (queue, addr) = (queue.clone(), addr.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut c = Conn::open(&addr).await?;
            let mut lat = Vec::new();
            loop {
                let Some(cookie) = queue.lock().map_err(|_| anyhow::anyhow!("poisoned"))?.pop() else { break };
                let t = Instant::now();
                send_one(&mut c, &cookie).await?;
                lat.push(t.elapsed().as_micros() as u64);
            }
            anyhow::Ok(lat)
        }));
    }
    let mut lat = Vec::with_capacity(total);
    for t in tasks {
        lat.extend(t.await??);
    }
    Ok(Stats::new(total, total, start.elapsed().as_secs_f64(), lat))
}

/// Sends at a steady `per_sec` for `dur`, each send on its own connection (open loop).
async fn send_steady(addr: &str, mut cookies: Vec<String>, per_sec: u64, dur: Duration) -> Result<Stats> {
    let gap = Duration::from_micros(1_000_000 / per_sec);
    let start = tokio::time::Instant::now();
    let mut tasks = Vec::new();
    let mut i = 0u32;
    while start.elapsed() < dur {
        let due = start + gap * i;
        tokio::time::sleep_until(due).await;
        let Some(cookie) = cookies.pop() else { break };
        let addr = addr.to_owned();
        tasks.push(tokio::spawn(async move {
            let mut c = Conn::open(&addr).await?;
            send_one(&mut c, &cookie).await?;
            anyhow::Ok(due.elapsed().as_micros() as u64)
        }));
        i += 1;
    }
    let mut lat = Vec::new();
    for t in tasks {
        lat.push(t.await??);
    }
    Ok(Stats::new(lat.len(), lat.len(), start.elapsed().as_secs_f64(), lat))
}

/// `users` respondents doing the whole survey again and again for `dur`.
async fn journeys(addr: &str, questions: Arc<Vec<(String, String)>>, users: usize, dur: Duration) -> Result<(Stats, Stats, Stats)> {
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..users {
        let (questions, addr) = (questions.clone(), addr.to_owned());
        tasks.push(tokio::spawn(async move {
            let mut c = Conn::open(&addr).await?;
            let (mut done, mut lat) = (0usize, Lat::default());
            while start.elapsed() < dur {
                one_journey(&mut c, &questions, &mut lat).await?;
                done += 1;
            }
            anyhow::Ok((done, lat))
        }));
    }
    let (mut done, mut all) = (0, Lat::default());
    for t in tasks {
        let (d, l) = t.await??;
        done += d;
        all.get.extend(l.get);
        all.post.extend(l.post);
    }
    let secs = start.elapsed().as_secs_f64();
    let (gets, posts) = (all.get.len(), all.post.len());
    let both: Vec<u64> = all.get.iter().chain(&all.post).copied().collect();
    Ok((Stats::new(done, gets + posts, secs, both), Stats::new(gets, gets, secs, all.get), Stats::new(posts, posts, secs, all.post)))
}

async fn one_journey(c: &mut Conn, questions: &[(String, String)], lat: &mut Lat) -> Result<()> {
    async fn timed(c: &mut Conn, lat: &mut Lat, path: &str, cookie: Option<&str>, form: Option<String>) -> Result<Resp> {
        let t = Instant::now();
        let post = form.is_some();
        let r = c.call(path, cookie, form, true).await?;
        let us = t.elapsed().as_micros() as u64;
        if post { lat.post.push(us) } else { lat.get.push(us) }
        if r.status >= 400 {
            bail!("{path}: status {}", r.status);
        }
        Ok(r)
    }
    timed(c, lat, "/survey", None, None).await?;
    timed(c, lat, BAND, None, None).await?;
    let started = timed(c, lat, BAND, None, Some(String::new())).await?;
    let cookie = started.cookie.context("no draft cookie")?;
    let mut next = started.location;
    for (n, q) in questions.iter().enumerate() {
        let path = format!("{BAND}/q/{}", n + 1);
        if next != path {
            bail!("expected {path}, was sent to {next}");
        }
        timed(c, lat, &path, Some(&cookie), None).await?;
        next = timed(c, lat, &path, Some(&cookie), Some(answer_form(q))).await?.location;
    }
    timed(c, lat, &next, Some(&cookie), None).await?;
    let sent = timed(c, lat, &next, Some(&cookie), Some("action=send".into())).await?;
    timed(c, lat, &sent.location, None, None).await?;
    Ok(())
}
