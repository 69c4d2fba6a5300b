//! Reading manifests: files and folders, YAML documents with a location for every
//! value, every rule checked with no network, all problems reported at once as
//! `file:line:column: message`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::API_VERSION;
use crate::desired::{Bindings, Desired};
use crate::document::{self, Location, Node, Spanned};
use crate::stated::{self, Purpose, Written};
use citizeninfo_api::fields::{self, Change};
use citizeninfo_api::rules::excerpt;
use citizeninfo_api::{PointCode, ProcessId};

/// Largest manifest file read, in bytes: a guard against a file or a device with
/// no end, far above what `dump` writes (about 1.1 KiB a point, so 100,000 points
/// are some 110 MiB in one file).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024 * 1024;

/// Longest line read, in bytes.
pub const MAX_LINE_BYTES: u64 = 64 * 1024 * 1024;

/// How to make a manifest smaller, for the messages of the guards.
pub const SPLIT_HINT: &str =
    "split it: `citizeninfo dump --split-by department -O DIR` writes one file per department";

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// A problem found in a manifest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Where.
    pub place: Place,
    /// What rule it broke.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// One point as the manifests state it, defaults applied.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where its code is written.
    pub place: Place,
    /// What it should be, and how to create it when it does not exist.
    pub desired: Desired,
    /// Where each key it states is written, in its file (a default's where the
    /// default is): its fields' wire keys and `processes`.
    pub keys: Vec<(&'static str, Location)>,
}

impl Entry {
    /// Its code and place alone.
    fn bare(self) -> Entry {
        Entry {
            place: self.place,
            desired: Desired::new(self.desired.code),
            keys: Vec::new(),
        }
    }

    /// Where a key's value is written; where the point is, when it is not stated.
    pub fn place_of(&self, key: &str) -> Place {
        match self.keys.iter().find(|(k, _)| *k == key) {
            Some((_, at)) => Place {
                file: self.place.file.clone(),
                line: at.line(),
                column: at.column(),
            },
            None => self.place.clone(),
        }
    }
}

/// The manifest files a path names: the file itself, or the `.yaml`/`.yml` files
/// of a folder, sorted.
pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Problem> {
    let mut out = Vec::new();
    for p in paths {
        let place = Place {
            file: p.clone(),
            line: 0,
            column: 0,
        };
        let meta = std::fs::metadata(p).map_err(|e| Problem {
            place: place.clone(),
            message: format!("cannot be read: {e}"),
        })?;
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| Problem {
                    place: place.clone(),
                    message: format!("cannot be read: {e}"),
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// One document's source: its file, and the lines before it in the file.
#[derive(Clone, Copy)]
struct Src<'a> {
    file: &'a Path,
    offset: u64,
    /// Accept coordinates outside Thailand.
    force: bool,
}

impl Src<'_> {
    fn at(&self, s: &Location) -> Place {
        Place {
            file: self.file.to_path_buf(),
            line: s.line() + self.offset,
            column: s.column(),
        }
    }

    fn start(&self) -> Place {
        Place {
            file: self.file.to_path_buf(),
            line: self.offset + 1,
            column: 1,
        }
    }
}

/// A line that separates YAML documents (`---`, maybe followed by content).
fn is_marker(line: &str) -> bool {
    line == "---" || line.starts_with("--- ") || line.starts_with("---\t")
}

/// A line that holds nothing: blank, or only a comment.
fn is_blank(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t']);
    t.is_empty() || t.starts_with('#')
}

/// A line of only comments, blank lines and directives (`%YAML`).
fn is_preamble(line: &str) -> bool {
    is_blank(line) || line.trim_start().starts_with('%')
}

/// The top-level `points:` key with its value on the lines below.
fn opens_points(line: &str) -> bool {
    line.strip_prefix("points:")
        .is_some_and(|rest| rest.trim().is_empty() || rest.trim_start().starts_with('#'))
}

/// One point's text: the lines of one entry of a document's `points:` list, and
/// the number of lines before it in the file.
struct Chunk {
    offset: u64,
    text: String,
}

/// One document as it is read line by line: its own keys (the `points:` entries
/// left out, each line of them kept as an empty line so every place stays where
/// it is written), and the entries of `points:`, each read as soon as it ends.
/// A document whose points are written some other way (a flow list `[...]`) is
/// read whole, as any YAML.
struct DocText {
    offset: u64,
    header: String,
    /// Only preamble so far (comments, blank lines, directives).
    empty: bool,
    /// In the `points:` list: the indentation of its entries, once seen.
    points: Option<Option<usize>>,
    chunk: Option<Chunk>,
    /// The `points:` list has just opened: the document's keys before it can be read.
    opened: bool,
    /// The `points:` list has ended.
    closed: bool,
    /// Keys are written after the `points:` list.
    trailing: bool,
}

impl DocText {
    fn new(offset: u64) -> DocText {
        DocText {
            offset,
            header: String::new(),
            empty: true,
            points: None,
            chunk: None,
            opened: false,
            closed: false,
            trailing: false,
        }
    }

    /// Takes one line (`n`: lines before it in the file); a point's text when one ends.
    /// A new point's text is one of `spare`'s when there is one.
    fn line(&mut self, n: u64, line: &str, spare: Option<&mut Vec<String>>) -> Option<Chunk> {
        self.empty &= is_preamble(line);
        if let Some(indent) = self.points {
            let spaces = line.len() - line.trim_start_matches(' ').len();
            let rest = &line[spaces..];
            let item = rest == "-" || rest.starts_with("- ") || rest.starts_with("-\t");
            if is_blank(line) && indent.is_some() {
                // Blank lines and comments go with the entry they follow.
                if let Some(c) = &mut self.chunk {
                    push_line(&mut c.text, line);
                    self.header.push('\n');
                    return None;
                }
            } else if item && indent.is_none_or(|i| i == spaces) {
                self.points = Some(Some(spaces));
                self.header.push('\n');
                let done = self.chunk.take();
                let mut text = spare
                    .and_then(Vec::pop)
                    .unwrap_or_else(|| String::with_capacity(2048));
                push_line(&mut text, line);
                self.chunk = Some(Chunk { offset: n, text });
                return done;
            } else if indent.is_some_and(|i| spaces > i) {
                if let Some(c) = &mut self.chunk {
                    push_line(&mut c.text, line);
                    self.header.push('\n');
                    return None;
                }
            } else if indent.is_some() || !is_blank(line) {
                // Anything else ends the list: the document's own keys go on.
                self.points = None;
                self.closed = true;
                let done = self.chunk.take();
                self.header_line(line);
                return done;
            }
        }
        self.header_line(line);
        None
    }

    fn header_line(&mut self, line: &str) {
        self.trailing |= self.closed && !is_blank(line);
        if self.points.is_none() && !self.closed && opens_points(line) {
            self.points = Some(None);
            self.opened = true;
        }
        push_line(&mut self.header, line);
    }

    /// The last point's text, at the end of the document.
    fn finish(&mut self) -> Option<Chunk> {
        self.points = None;
        self.chunk.take()
    }
}

fn push_line(text: &mut String, line: &str) {
    text.push_str(line);
    text.push('\n');
}

/// What a document's keys before its `points:` list said, read as soon as the
/// list opens, so each point is read with the document's defaults as it comes.
struct Head {
    /// `Some(defaults)` when the document's points are read (a `ServicePoints`
    /// document), `None` when they are not.
    accepts: Option<Arc<Option<RawPoint>>>,
    /// The problems of those keys.
    problems: Vec<Problem>,
    /// Points the keys themselves state (a `ServicePoint` document).
    entries: Vec<Entry>,
}

/// One document as it is read: its text, and what its keys said.
struct Doc {
    text: DocText,
    head: Option<Head>,
}

impl Doc {
    fn new(offset: u64) -> Doc {
        Doc {
            text: DocText::new(offset),
            head: None,
        }
    }

    fn src<'a>(&self, file: &'a Path, force: bool) -> Src<'a> {
        Src {
            file,
            offset: self.text.offset,
            force,
        }
    }

    /// Takes one line; reads the document's keys when its `points:` list opens,
    /// and each point when its text ends.
    fn line(&mut self, r: &mut Reader<'_>, n: u64, line: &str) {
        let chunk = self
            .text
            .line(n, line, r.pool.as_deref_mut().map(|p| &mut p.spare));
        if std::mem::take(&mut self.text.opened) && self.head.is_none() {
            let src = self.src(r.file, r.force);
            let mut head = Head {
                accepts: None,
                problems: Vec::new(),
                entries: Vec::new(),
            };
            if let Some(root) = parse(src, &self.text.header, &mut head.problems) {
                head.accepts = read_document(
                    src,
                    &root,
                    Vec::new(),
                    &mut |e| head.entries.push(e),
                    &mut head.problems,
                )
                .map(Arc::new);
            }
            self.head = Some(head);
        }
        if let Some(c) = chunk {
            self.point(r, c);
        }
    }

    /// Reads one point's text; turns it into an entry at once when the document's
    /// keys have been read (on the pool's threads when there is one).
    fn point(&mut self, r: &mut Reader<'_>, chunk: Chunk) {
        let src = self.src(r.file, r.force);
        if let (
            Some(Head {
                accepts: Some(defaults),
                ..
            }),
            Some(pool),
        ) = (&self.head, r.pool.as_deref_mut())
        {
            pool.add(r.file, r.force, defaults, chunk, r.sink, r.problems);
            return;
        }
        let mut read = Vec::new();
        point_chunk(src, &chunk, &mut read, r.problems);
        match &self.head {
            Some(Head {
                accepts: Some(defaults),
                ..
            }) => hand_on(src, read, defaults.as_ref().as_ref(), r.problems, r.sink),
            // The document's keys are in error: its points are checked, not read.
            Some(_) => {}
            None => r.pending.extend(read),
        }
    }

    /// Ends the document: its last point, and its keys when some are written after
    /// its points (or it has no `points:` list).
    fn end(mut self, r: &mut Reader<'_>) {
        if let Some(c) = self.text.finish() {
            self.point(r, c);
        }
        // Every point read on the pool is handed on before what follows it.
        if let Some(pool) = r.pool.as_deref_mut() {
            pool.finish(r.sink, r.problems);
        }
        let pending = std::mem::take(r.pending);
        if self.text.empty {
            return;
        }
        let src = self.src(r.file, r.force);
        match self.head {
            Some(head) if !self.text.trailing => {
                r.problems.extend(head.problems);
                for e in head.entries {
                    (r.sink)(e);
                }
            }
            head => {
                if let Some(root) = parse(src, &self.text.header, r.problems) {
                    if head.is_some() {
                        after_points(src, &root, r.problems);
                    }
                    drop(self.text);
                    read_document(src, &root, pending, r.sink, r.problems);
                }
            }
        }
    }
}

/// A document's own keys written after its `points:` list: its points were read
/// before them, so they are refused at their place.
fn after_points(src: Src<'_>, root: &Spanned<Node>, problems: &mut Vec<Problem>) {
    let Node::Map(doc) = &root.value else {
        return;
    };
    let Some(list) = doc.iter().position(|(k, _)| k.value == "points") else {
        return;
    };
    for (k, _) in doc[list + 1..]
        .iter()
        .filter(|(k, _)| DOCUMENT_KEYS.contains(&k.value.as_str()))
    {
        problems.push(Problem {
            place: src.at(&k.referenced),
            message: format!(
                "`{}` is written after `points`: write a document's apiVersion, kind and defaults before its points, as `dump` does, so each point is read with them as it comes",
                k.value
            ),
        });
    }
}

/// Where the points of the file being read go.
struct Reader<'a> {
    file: &'a Path,
    force: bool,
    /// Points read before their document's keys (none in a block `points:` list).
    pending: &'a mut Vec<RawPoint>,
    pool: Option<&'a mut Pool>,
    sink: &'a mut dyn FnMut(Entry),
    problems: &'a mut Vec<Problem>,
}

/// Points' texts read in batches on worker threads, and handed on in the order
/// they are written.
struct Pool {
    jobs: std::sync::mpsc::SyncSender<Job>,
    results: std::sync::mpsc::Receiver<Done>,
    /// Batches sent, and handed on.
    sent: u64,
    next: u64,
    /// Batches read before those sent ahead of them.
    early: BTreeMap<u64, Done>,
    /// The batch being filled.
    batch: Option<Job>,
    /// The points read are handed on whole; else only their code and place.
    keep: bool,
    /// Points' texts read and emptied, to be filled again.
    spare: Vec<String>,
}

/// Points' texts in a batch, from one document.
struct Job {
    seq: u64,
    file: PathBuf,
    force: bool,
    defaults: Arc<Option<RawPoint>>,
    chunks: Vec<Chunk>,
    keep: bool,
}

impl Job {
    /// Reads the batch's points, handing each entry to `sink`; the points' texts
    /// come back emptied, to be filled again.
    fn read(self, problems: &mut Vec<Problem>, sink: &mut dyn FnMut(Entry)) -> Vec<String> {
        let src = Src {
            file: &self.file,
            offset: 0,
            force: self.force,
        };
        let mut texts = Vec::with_capacity(self.chunks.len());
        for chunk in self.chunks {
            let mut read = Vec::new();
            point_chunk(src, &chunk, &mut read, problems);
            let mut text = chunk.text;
            // A text far longer than a point's is not kept.
            if text.capacity() <= SPARE_BYTES {
                text.clear();
                texts.push(text);
            }
            hand_on(src, read, self.defaults.as_ref().as_ref(), problems, sink);
        }
        texts
    }
}

/// What a batch came to.
struct Done {
    seq: u64,
    entries: Vec<Entry>,
    problems: Vec<Problem>,
    /// The batch's texts, emptied.
    texts: Vec<String>,
}

/// The most room a point's text keeps to be filled again (a point as `dump`
/// writes it is some 1,200 bytes).
const SPARE_BYTES: usize = 16 * 1024;

/// Points' texts a batch: enough to keep the threads busy at little cost a batch.
const BATCH: usize = 64;

/// A worker: reads batches until the queue closes.
fn work(queue: &Mutex<std::sync::mpsc::Receiver<Job>>, done: &std::sync::mpsc::Sender<Done>) {
    loop {
        let job = match queue.lock() {
            Ok(q) => q.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        let mut out = Done {
            seq: job.seq,
            entries: Vec::new(),
            problems: Vec::new(),
            texts: Vec::new(),
        };
        // What is not kept is dropped here, where it was made, not by the thread
        // it would be handed to (freeing memory another thread allocated is what
        // the system's allocator does slowest); the texts go back to be filled.
        let keep = job.keep;
        out.texts = job.read(&mut out.problems, &mut |e| {
            out.entries.push(if keep { e } else { e.bare() })
        });
        if done.send(out).is_err() {
            return;
        }
    }
}

impl Pool {
    /// Adds a point's text to the batch, sending the batch when it is full.
    fn add(
        &mut self,
        file: &Path,
        force: bool,
        defaults: &Arc<Option<RawPoint>>,
        chunk: Chunk,
        sink: &mut dyn FnMut(Entry),
        problems: &mut Vec<Problem>,
    ) {
        let batch = self.batch.get_or_insert_with(|| Job {
            seq: 0,
            file: file.to_path_buf(),
            force,
            defaults: defaults.clone(),
            chunks: Vec::with_capacity(BATCH),
            keep: self.keep,
        });
        batch.chunks.push(chunk);
        if batch.chunks.len() >= BATCH {
            self.send(sink, problems);
        }
    }

    /// Sends the batch being filled, and hands on what is read by then.
    fn send(&mut self, sink: &mut dyn FnMut(Entry), problems: &mut Vec<Problem>) {
        let Some(mut job) = self.batch.take() else {
            return;
        };
        job.seq = self.sent;
        if let Err(std::sync::mpsc::SendError(job)) = self.jobs.send(job) {
            // No worker is left: the batch is read here, after those sent before it.
            self.finish(sink, problems);
            let texts = job.read(problems, sink);
            self.spare.extend(texts);
            return;
        }
        self.sent += 1;
        while let Ok(done) = self.results.try_recv() {
            self.arrived(done, sink, problems);
        }
    }

    /// Hands on every batch sent, in order.
    fn finish(&mut self, sink: &mut dyn FnMut(Entry), problems: &mut Vec<Problem>) {
        self.send(sink, problems);
        while self.next < self.sent {
            match self.results.recv() {
                Ok(done) => self.arrived(done, sink, problems),
                Err(_) => break,
            }
        }
    }

    /// Takes a batch read, handing on every batch now in order.
    fn arrived(&mut self, done: Done, sink: &mut dyn FnMut(Entry), problems: &mut Vec<Problem>) {
        self.early.insert(done.seq, done);
        while let Some(mut done) = self.early.remove(&self.next) {
            self.next += 1;
            self.spare.append(&mut done.texts);
            problems.extend(done.problems);
            for e in done.entries {
                sink(e);
            }
        }
    }
}

/// Reads one file line by line, point by point: the source text of a point is
/// dropped as soon as it is read, and each point goes to `sink` as soon as it is
/// read, so memory holds one point at a time, not the file.
fn load_file(
    file: &Path,
    force: bool,
    mut pool: Option<&mut Pool>,
    sink: &mut dyn FnMut(Entry),
    problems: &mut Vec<Problem>,
) {
    read_file(file, force, pool.as_deref_mut(), sink, problems);
    // A file whose reading stopped early (a line too long, a read error) leaves
    // its last points on the pool: they are handed on before the next file's.
    if let Some(pool) = pool {
        pool.finish(sink, problems);
    }
}

/// [`load_file`]'s reading, which may stop at the first line it cannot read.
fn read_file(
    file: &Path,
    force: bool,
    pool: Option<&mut Pool>,
    sink: &mut dyn FnMut(Entry),
    problems: &mut Vec<Problem>,
) {
    use std::io::BufRead;
    let whole = Place {
        file: file.to_path_buf(),
        line: 1,
        column: 1,
    };
    let opened = match std::fs::File::open(file) {
        Ok(f) => f,
        Err(e) => {
            problems.push(Problem {
                place: whole,
                message: format!("cannot be read: {e}"),
            });
            return;
        }
    };
    let too_large = Problem {
        place: whole.clone(),
        message: format!(
            "is larger than {MAX_FILE_BYTES} bytes, the most a manifest may be; {SPLIT_HINT}"
        ),
    };
    if opened.metadata().is_ok_and(|m| m.len() > MAX_FILE_BYTES) {
        problems.push(too_large);
        return;
    }
    // Read through a cap, so a device or a pipe with no end cannot exhaust memory.
    let mut reader =
        std::io::BufReader::with_capacity(1 << 16, std::io::Read::take(opened, MAX_FILE_BYTES + 1));
    let mut pending: Vec<RawPoint> = Vec::new();
    let mut r = Reader {
        file,
        force,
        pending: &mut pending,
        pool,
        sink,
        problems,
    };
    let mut doc = Doc::new(0);
    let mut line = String::new();
    let mut read = 0u64;
    let mut n = 0u64;
    loop {
        line.clear();
        match std::io::Read::take(&mut reader, MAX_LINE_BYTES + 1).read_line(&mut line) {
            Ok(0) => break,
            Ok(len) if len as u64 > MAX_LINE_BYTES => {
                r.problems.push(Problem {
                    place: Place {
                        file: file.to_path_buf(),
                        line: n + 1,
                        column: 1,
                    },
                    message: format!(
                        "the line is longer than {MAX_LINE_BYTES} bytes, the most a manifest's line may be; write one key a line, as `dump` does"
                    ),
                });
                return;
            }
            Ok(len) => read += len as u64,
            Err(e) => {
                r.problems.push(Problem {
                    place: Place {
                        file: file.to_path_buf(),
                        line: n + 1,
                        column: 1,
                    },
                    message: format!("cannot be read: {e}"),
                });
                return;
            }
        }
        if read > MAX_FILE_BYTES {
            r.problems.push(too_large);
            return;
        }
        let bare = line.trim_end_matches(['\n', '\r']);
        if is_marker(bare) {
            std::mem::replace(&mut doc, Doc::new(n)).end(&mut r);
            // What follows the marker on its line starts the document, at its place.
            let rest = format!("   {}", &bare[3..]);
            doc.line(&mut r, n, &rest);
        } else {
            doc.line(&mut r, n, bare);
        }
        n += 1;
    }
    doc.end(&mut r);
}

/// The options every manifest is parsed with: serde-saphyr's guards against alias
/// bombs (at most 100,000 values replayed from aliases) and nesting, and, for a
/// document read whole, a budget of nodes far above what 200,000 points need (a
/// point as `dump` writes it is some 60 nodes).
fn budget() -> serde_saphyr::Options {
    serde_saphyr::options! {
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 100_000,
        },
        budget: serde_saphyr::budget! {
            max_nodes: 16_000_000,
            max_events: 40_000_000,
            max_total_scalar_bytes: MAX_FILE_BYTES as usize,
            max_documents: 1,
        },
    }
}

/// Parses YAML text read from `src`, or files its syntax error at its place.
fn parse(src: Src<'_>, text: &str, problems: &mut Vec<Problem>) -> Option<Spanned<Node>> {
    match document::parse_with(text, budget()) {
        Ok(root) => Some(root),
        Err(e) => {
            let message = if e.message.contains("budget") {
                format!(
                    "{}: the document is too large to read; {SPLIT_HINT}",
                    e.message
                )
            } else {
                e.message
            };
            problems.push(Problem {
                place: if e.at == Location::UNKNOWN {
                    src.start()
                } else {
                    src.at(&e.at)
                },
                message,
            });
            None
        }
    }
}

/// Hands each point on to `sink` as an entry, its document's defaults applied.
fn hand_on(
    src: Src<'_>,
    points: impl IntoIterator<Item = RawPoint>,
    defaults: Option<&RawPoint>,
    problems: &mut Vec<Problem>,
    sink: &mut dyn FnMut(Entry),
) {
    for p in points {
        if let Some(e) = entry(src, p, defaults, problems) {
            sink(e);
        }
    }
}

/// Reads one entry of a `points:` list (the text of a one-item YAML list).
fn point_chunk(doc: Src<'_>, chunk: &Chunk, read: &mut Vec<RawPoint>, problems: &mut Vec<Problem>) {
    let src = Src {
        offset: chunk.offset,
        ..doc
    };
    let Some(root) = parse(src, &chunk.text, problems) else {
        return;
    };
    let items = match root.value {
        Node::List(items) => items,
        other => {
            problems.push(Problem {
                place: src.at(&root.referenced),
                message: format!("`points` is a list of points, not {}", other.kind()),
            });
            return;
        }
    };
    for p in &items {
        if let Some(point) = list_point(src, p, problems) {
            read.push(point);
        }
    }
}

/// The keys of a point an entry of `points:` may state besides its fields.
const POINT_ALSO: [&str; 5] = ["apiVersion", "kind", "defaults", "points", PROCESSES];

/// One entry of a `points:` list, read; keys of the document stated in it are
/// problems.
fn list_point(src: Src<'_>, p: &Spanned<Node>, problems: &mut Vec<Problem>) -> Option<RawPoint> {
    let map = mapping(src, p, "a point", problems)?;
    let point = point(src, map, &p.referenced, &POINT_ALSO, problems)?;
    for (name, at) in &point.misplaced {
        problems.push(Problem {
            place: src.at(at),
            message: format!("`{name}` belongs to the document, not to a point"),
        });
    }
    Some(point)
}

/// Reads and checks every manifest, handing each point to `sink` as soon as it is
/// read (so memory holds what the caller keeps, not the files); how many points
/// were stated, or every problem found, in which case what `sink` was given must
/// be thrown away.
pub fn each(
    paths: &[PathBuf],
    force: bool,
    sink: &mut dyn FnMut(Entry),
) -> Result<usize, Vec<Problem>> {
    read_all(paths, force, true, sink)
}

/// Reads and checks every manifest, keeping nothing: how many points were
/// stated, or every problem found.
pub fn check(paths: &[PathBuf], force: bool) -> Result<usize, Vec<Problem>> {
    read_all(paths, force, false, &mut |_| {})
}

/// [`each`] and [`check`]: `sink` is given whole entries when `keep`, else only
/// their code and place.
fn read_all(
    paths: &[PathBuf],
    force: bool,
    keep: bool,
    sink: &mut dyn FnMut(Entry),
) -> Result<usize, Vec<Problem>> {
    let files = files(paths).map_err(|p| vec![p])?;
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    if workers < 2 {
        return each_file(&files, force, None, sink);
    }
    std::thread::scope(|scope| {
        let (jobs, queue) = std::sync::mpsc::sync_channel::<Job>(workers * 2);
        let (done, results) = std::sync::mpsc::channel::<Done>();
        let queue = Arc::new(Mutex::new(queue));
        for _ in 0..workers {
            let (queue, done) = (queue.clone(), done.clone());
            scope.spawn(move || work(&queue, &done));
        }
        drop(done);
        let mut pool = Pool {
            jobs,
            results,
            sent: 0,
            next: 0,
            early: BTreeMap::new(),
            batch: None,
            keep,
            spare: Vec::new(),
        };
        let result = each_file(&files, force, Some(&mut pool), sink);
        // The workers end when the queue closes.
        drop(pool);
        result
    })
}

/// `each` over the files found, with a pool of threads or none.
fn each_file(
    files: &[PathBuf],
    force: bool,
    mut pool: Option<&mut Pool>,
    sink: &mut dyn FnMut(Entry),
) -> Result<usize, Vec<Problem>> {
    let mut problems = Vec::new();
    // Where each code is first stated: its file (by index) and place.
    let mut seen: HashMap<PointCode, (usize, u64, u64)> = HashMap::new();
    let mut count = 0;
    for (index, file) in files.iter().enumerate() {
        let mut found = Vec::new();
        load_file(
            file,
            force,
            pool.as_deref_mut(),
            &mut |e: Entry| match seen.get(&e.desired.code) {
                Some(&(f, line, column)) => {
                    let first = Place {
                        file: files[f].clone(),
                        line,
                        column,
                    };
                    found.push(Problem {
                        place: e.place,
                        message: format!(
                            "the point {} is also stated at {first}: a point may be stated once",
                            e.desired.code
                        ),
                    });
                }
                None => {
                    seen.insert(
                        e.desired.code.clone(),
                        (index, e.place.line, e.place.column),
                    );
                    count += 1;
                    sink(e);
                }
            },
            &mut problems,
        );
        problems.extend(found);
    }
    if problems.is_empty() {
        Ok(count)
    } else {
        problems.sort();
        Err(problems)
    }
}

/// The mapping of a node, or a problem naming what it should be.
fn mapping<'a>(
    src: Src<'_>,
    node: &'a Spanned<Node>,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Option<&'a [(Spanned<String>, Spanned<Node>)]> {
    match &node.value {
        Node::Map(m) => Some(m),
        other => {
            problems.push(Problem {
                place: src.at(&node.referenced),
                message: format!("{what} is a mapping of keys, not {}", other.kind()),
            });
            None
        }
    }
}

/// The document-level keys, which no point states.
const DOCUMENT_KEYS: [&str; 4] = ["apiVersion", "kind", "defaults", "points"];

/// The keys a point states besides its fields.
const PROCESSES: &str = "processes";

/// A document's own key, by name.
fn key<'a>(
    map: &'a [(Spanned<String>, Spanned<Node>)],
    name: &str,
) -> Option<&'a (Spanned<String>, Spanned<Node>)> {
    map.iter().find(|(k, _)| k.value == name)
}

/// Reads a document's own keys and hands its points (those written in its text,
/// then `streamed`) to `sink` with its defaults applied. For a `ServicePoints`
/// document, `Some` of its defaults, for the points read after it.
fn read_document(
    src: Src<'_>,
    root: &Spanned<Node>,
    streamed: Vec<RawPoint>,
    sink: &mut dyn FnMut(Entry),
    problems: &mut Vec<Problem>,
) -> Option<Option<RawPoint>> {
    let top = src.start();
    let doc = mapping(src, root, "a document", problems)?;
    let mut fail = |at: Place, message: String| problems.push(Problem { place: at, message });
    match key(doc, "apiVersion") {
        Some((_, v)) if v.value.text() == Some(API_VERSION) => {}
        Some((_, v)) => fail(
            src.at(&v.referenced),
            format!(
                "apiVersion {} is not known: write {API_VERSION}",
                shown(&v.value)
            ),
        ),
        None => fail(
            top.clone(),
            format!("a document needs `apiVersion: {API_VERSION}`"),
        ),
    }
    let Some((_, kind)) = key(doc, "kind") else {
        fail(
            top,
            "a document needs `kind: ServicePoint` or `kind: ServicePoints`".to_owned(),
        );
        return None;
    };
    let kind_at = src.at(&kind.referenced);
    match kind.value.text() {
        Some("ServicePoint") => {
            for (name, (k, _)) in ["defaults", "points"]
                .iter()
                .filter_map(|n| key(doc, n).map(|e| (n, e)))
            {
                fail(
                    src.at(&k.referenced),
                    format!(
                        "a ServicePoint document states one point: `{name}` belongs to kind ServicePoints"
                    ),
                );
            }
            let also = [DOCUMENT_KEYS.as_slice(), &[PROCESSES]].concat();
            let point = point(src, doc, &root.referenced, &also, problems);
            if let Some(e) = point.and_then(|p| entry(src, p, None, problems)) {
                sink(e);
            }
            None
        }
        Some("ServicePoints") => {
            for (k, _) in doc
                .iter()
                .filter(|(k, _)| !DOCUMENT_KEYS.contains(&k.value.as_str()))
            {
                let message = if fields::field(&k.value).is_some_and(|f| f.is_stated())
                    || k.value == PROCESSES
                {
                    format!(
                        "`{}` belongs to a point, or to `defaults` for every point",
                        k.value
                    )
                } else {
                    match document::suggest(&k.value, DOCUMENT_KEYS) {
                        Some(s) => {
                            format!("unknown key {}: did you mean `{s}`?", excerpt(&k.value))
                        }
                        None => format!(
                            "unknown key {}; a ServicePoints document has {}",
                            excerpt(&k.value),
                            DOCUMENT_KEYS.join(", ")
                        ),
                    }
                };
                fail(src.at(&k.referenced), message);
            }
            let also = [DOCUMENT_KEYS.as_slice(), &[PROCESSES]].concat();
            let defaults = key(doc, "defaults").and_then(|(_, d)| {
                let map = mapping(src, d, "`defaults`", problems)?;
                let p = point(src, map, &d.referenced, &also, problems)?;
                for (name, k) in p.misplaced.iter().copied().chain(
                    p.values
                        .iter()
                        .filter(|(f, _, _)| f.key == "code")
                        .map(|(_, _, at)| ("code", *at)),
                ) {
                    problems.push(Problem {
                        place: src.at(&k),
                        message: format!(
                            "`{name}` cannot be a default: it belongs to the document or to each point"
                        ),
                    });
                }
                Some(p)
            });
            let Some((_, points)) = key(doc, "points") else {
                problems.push(Problem {
                    place: kind_at,
                    message: "a ServicePoints document needs `points`".to_owned(),
                });
                return None;
            };
            let list = match &points.value {
                Node::List(l) => l.as_slice(),
                Node::Null => &[],
                other => {
                    problems.push(Problem {
                        place: src.at(&points.referenced),
                        message: format!("`points` is a list of points, not {}", other.kind()),
                    });
                    return None;
                }
            };
            let written = list.iter().filter_map(|p| list_point(src, p, problems));
            let read: Vec<RawPoint> = written.collect();
            hand_on(
                src,
                read.into_iter().chain(streamed),
                defaults.as_ref(),
                problems,
                sink,
            );
            Some(defaults)
        }
        _ => {
            let hint = kind
                .value
                .text()
                .and_then(|k| document::suggest(k, ["ServicePoint", "ServicePoints"]))
                .map_or(String::new(), |s| format!(": did you mean {s}?"));
            fail(
                kind_at,
                format!(
                    "kind {} is not known{hint} (ServicePoint or ServicePoints)",
                    shown(&kind.value)
                ),
            );
            None
        }
    }
}

/// A value as a message quotes it.
fn shown(n: &Node) -> String {
    match n {
        Node::Text(t) => excerpt(t),
        Node::Number(t) => t.clone(),
        other => other.kind().to_owned(),
    }
}

/// A point's mapping as read: its values by field, its processes, and document
/// keys stated where they do not belong.
struct RawPoint {
    /// Lines before its text in the file, for the places of its values.
    offset: u64,
    at: Location,
    values: Vec<document::Stated>,
    processes: Option<Spanned<Node>>,
    misplaced: Vec<(&'static str, Location)>,
}

fn point(
    src: Src<'_>,
    map: &[(Spanned<String>, Spanned<Node>)],
    at: &Location,
    also: &[&'static str],
    problems: &mut Vec<Problem>,
) -> Option<RawPoint> {
    let (values, others, found) = document::values(map, also);
    problems.extend(found.into_iter().map(|p| Problem {
        place: src.at(&p.at),
        message: p.message,
    }));
    let mut point = RawPoint {
        offset: src.offset,
        at: *at,
        values,
        processes: None,
        misplaced: Vec::new(),
    };
    for (name, k, v) in others {
        if name == PROCESSES {
            point.processes = Some(v.clone());
        } else {
            point.misplaced.push((name, k.referenced));
        }
    }
    Some(point)
}

/// The process ids of a `processes` list, each checked at its place.
fn process_ids(src: Src<'_>, list: &Spanned<Node>, problems: &mut Vec<Problem>) -> Vec<ProcessId> {
    let mut out: Vec<ProcessId> = Vec::new();
    let Node::List(items) = &list.value else {
        problems.push(Problem {
            place: src.at(&list.referenced),
            message: format!(
                "expected a list of process ids such as [P00001], found {}",
                list.value.kind()
            ),
        });
        return out;
    };
    for s in items {
        let text = match &s.value {
            Node::Text(t) => t.trim().to_owned(),
            other => shown(other),
        };
        match text.parse::<ProcessId>() {
            Ok(id) if out.contains(&id) => problems.push(Problem {
                place: src.at(&s.referenced),
                message: format!("{id} is listed twice"),
            }),
            Ok(id) => out.push(id),
            Err(e) => problems.push(Problem {
                place: src.at(&s.referenced),
                message: format!("process id {e}"),
            }),
        }
    }
    out
}

/// A point's bound processes: `exact` (the whole set) or `include` (these at least).
fn bindings(src: Src<'_>, node: &Spanned<Node>, problems: &mut Vec<Problem>) -> Option<Bindings> {
    let map = mapping(src, node, "`processes`", problems)?;
    let mut exact = None;
    let mut include = None;
    for (k, v) in map {
        match k.value.as_str() {
            "exact" => exact = Some(process_ids(src, v, problems)),
            "include" => include = Some(process_ids(src, v, problems)),
            other => problems.push(Problem {
                place: src.at(&k.referenced),
                message: match document::suggest(other, ["exact", "include"]) {
                    Some(s) => format!("unknown key {}: did you mean `{s}`?", excerpt(other)),
                    None => format!(
                        "unknown key {}; processes states `exact` or `include`",
                        excerpt(other)
                    ),
                },
            }),
        }
    }
    match (exact, include) {
        (Some(ids), None) => Some(Bindings::Exact(ids)),
        (None, Some(ids)) => Some(Bindings::Include(ids)),
        _ => {
            problems.push(Problem {
                place: src.at(&node.referenced),
                message:
                    "processes states either `exact` (the whole set) or `include` (these at least)"
                        .to_owned(),
            });
            None
        }
    }
}

/// One point, its defaults applied, read through the field registry and checked
/// by every rule that needs no request.
fn entry(
    within: Src<'_>,
    point: RawPoint,
    defaults: Option<&RawPoint>,
    problems: &mut Vec<Problem>,
) -> Option<Entry> {
    let start = problems.len();
    // The point's values and its defaults' come from texts read apart: every place
    // is taken to its line in the file.
    let src = Src {
        offset: 0,
        ..within
    };
    let lines = point.offset;
    let mut values: Vec<document::Stated> = point
        .values
        .into_iter()
        .map(|(f, v, at)| (f, v, at.shifted(lines)))
        .collect();
    for d in defaults.map_or(&[][..], |d| d.values.as_slice()) {
        if d.0.key != "code" && !values.iter().any(|(f, _, _)| f.key == d.0.key) {
            let lines = defaults.map_or(0, |d| d.offset);
            values.push((d.0, d.1.clone(), d.2.shifted(lines)));
        }
    }
    let point_at = point.at.shifted(lines);
    let Some((_, _, code_at)) = values.iter().find(|(f, _, _)| f.key == "code").cloned() else {
        problems.push(Problem {
            place: src.at(&point_at),
            message: "a point needs its `code`".to_owned(),
        });
        return None;
    };
    let stated = |key: &str| values.iter().find(|(f, _, _)| f.key == key);
    let creating = stated("agency_id").is_some();
    if !creating {
        for (f, _, at) in values
            .iter()
            .filter(|(f, _, _)| f.change == Change::Creation)
        {
            problems.push(Problem {
                place: src.at(at),
                message: format!(
                    "`{0}` is stated only to create a point, with `agency_id`; an existing point's {0} is not edited here",
                    f.key
                ),
            });
        }
    }
    match (stated("lat"), stated("lng")) {
        (Some((_, _, at)), None) | (None, Some((_, _, at))) => problems.push(Problem {
            place: src.at(at),
            message: "lat and lng are stated together".to_owned(),
        }),
        _ => {}
    }
    let purpose = if creating {
        Purpose::Create
    } else {
        Purpose::Edit
    };
    let whole = stated("agency_id").map_or(code_at, |(_, _, at)| *at);
    let (statement, found) =
        stated::check(&values, purpose, src.force, Written::Keys, &whole, None);
    problems.extend(found.iter().map(|p| Problem {
        place: src.at(&p.at),
        message: p.describe(Written::Keys),
    }));
    let processes = match &point.processes {
        Some(p) => Some((lines, p)),
        None => defaults.and_then(|d| d.processes.as_ref().map(|p| (d.offset, p))),
    };
    let mut keys: Vec<(&'static str, Location)> =
        values.iter().map(|(f, _, at)| (f.key, *at)).collect();
    let bindings = processes.and_then(|(offset, p)| {
        keys.push((PROCESSES, p.referenced.shifted(offset)));
        let at = Src { offset, ..within };
        bindings(at, p, problems)
    });
    if problems.len() > start {
        return None;
    }
    let create = if creating {
        match statement.new_point() {
            Ok(new) => Some(new),
            Err(errors) => {
                problems.extend(errors.into_iter().map(|e| Problem {
                    place: src.at(&whole),
                    message: format!("{}: {}", e.field, e.message),
                }));
                return None;
            }
        }
    } else {
        None
    };
    let code = statement.code?;
    let mut desired = Desired::new(code);
    desired.patch = statement.edit.patch;
    desired.status = statement.edit.status;
    desired.bindings = bindings;
    desired.create = create;
    Some(Entry {
        place: src.at(&code_at),
        desired,
        keys,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads one manifest's text as a file.
    fn each_of(text: &str) -> Result<usize, Vec<Problem>> {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("m.yaml");
        std::fs::write(&file, text).expect("the manifest is written");
        each(&[file], false, &mut |_| {})
    }

    #[test]
    fn document_keys_after_the_points_are_refused_at_their_place() {
        let text = "points:\n  - code: \"1001001001001\"\n    name_th: สำนักงาน\napiVersion: citizeninfo/v1\nkind: ServicePoints\n";
        let problems = each_of(text).unwrap_err();
        let found: Vec<(u64, u64, &str)> = problems
            .iter()
            .map(|p| (p.place.line, p.place.column, p.message.as_str()))
            .collect();
        assert_eq!(found.len(), 2, "{problems:?}");
        assert_eq!((found[0].0, found[0].1), (4, 1));
        assert!(
            found[0]
                .2
                .starts_with("`apiVersion` is written after `points`"),
            "{}",
            found[0].2
        );
        assert_eq!((found[1].0, found[1].1), (5, 1));
        // Written before, the same keys read the point.
        let before = "apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n  - code: \"1001001001001\"\n    name_th: สำนักงาน\n";
        assert_eq!(each_of(before), Ok(1));
    }

    #[test]
    fn a_file_that_stops_early_still_names_the_problems_of_the_points_before() {
        // Points read on the pool's threads, then a line too long to read: the
        // points' problems are named with the line's.
        let mut text = String::from("apiVersion: citizeninfo/v1\nkind: ServicePoints\npoints:\n");
        for i in 0..10 {
            text.push_str(&format!("  - code: \"{i}\"\n"));
        }
        text.push_str(&"x".repeat(MAX_LINE_BYTES as usize + 1));
        let problems = each_of(&text).unwrap_err();
        let codes = problems
            .iter()
            .filter(|p| p.message.contains("a unit code is exactly 13 digits"))
            .count();
        // The tenth point's text is cut off by the line that would have ended it.
        assert_eq!(codes, 9, "{problems:?}");
        assert!(
            problems
                .iter()
                .any(|p| p.place.line == 14 && p.message.contains("the line is longer")),
            "{problems:?}"
        );
    }
}
