//! A list the service answers in pages (`items` and `next_cursor`), read one page
//! at a time as it is asked for.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

use citizeninfo_api::Page;

use crate::{ClientError, ClientResult};

type PageFuture<T> = Pin<Box<dyn Future<Output = ClientResult<Page<T>>> + Send>>;
type FetchPage<T> = Box<dyn FnMut(Option<String>) -> PageFuture<T> + Send>;

/// Any list the service pages with `next_cursor`, read lazily: a request is made
/// only when the next page or item is asked for and none is left, so however long
/// the list, no more than one page is held (an export of 100,000 points keeps one
/// page of 1,000 in memory at a time). [`Client::points_pages`](crate::Client::points_pages),
/// [`Client::points_detail_pages`](crate::Client::points_detail_pages) and
/// [`Client::processes_pages`](crate::Client::processes_pages) page the service's
/// lists; [`Pages::new`] pages anything else.
///
/// Read it by page with [`next_page`](Pages::next_page), by item with
/// [`next_item`](Pages::next_item), or whole with [`first`](Pages::first) and
/// [`all`](Pages::all). It asks for the page after one only when that page named a
/// `next_cursor`, so it makes exactly the requests a hand-written cursor loop makes.
///
/// **Why async methods and not a `futures::Stream`.** Every caller reads pages in a
/// plain loop, where `while let Some(page) = pages.next_page().await?` says as much
/// as a stream would; `tokio::select!` takes the `next_page()` future as it is. A
/// `Stream` would make each caller depend on `futures-util` for `StreamExt::next`,
/// and would hide the early stop that `first` and the per-page progress of the
/// commands need behind combinators. An adapter to a `Stream` can be added on top if
/// a caller ever needs one.
///
/// **Cancellation and errors.** The position moves only when a page has arrived:
/// dropping a `next_page()` future before it is done (as `select!` does on
/// Ctrl-C), or a page that fails, leaves it where it was, and the next call asks for
/// the same page again.
pub struct Pages<T> {
    fetch: FetchPage<T>,
    cursor: Option<String>,
    finished: bool,
    /// Every cursor asked for: a service answering one twice would loop forever.
    seen: std::collections::HashSet<String>,
    /// What [`next_item`](Pages::next_item) has not yet handed out of the last page.
    unread: VecDeque<T>,
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("cursor", &self.cursor)
            .field("finished", &self.finished)
            .field("unread", &self.unread.len())
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Pages<T> {
    /// The pages that `fetch` reads, starting at `cursor` (`None`: the first page).
    /// `fetch` is called with the cursor of each page to read and answers that page;
    /// it is not called before a page is asked for.
    pub fn new<F, Fut>(cursor: Option<String>, mut fetch: F) -> Pages<T>
    where
        F: FnMut(Option<String>) -> Fut + Send + 'static,
        Fut: Future<Output = ClientResult<Page<T>>> + Send + 'static,
    {
        Pages {
            fetch: Box::new(move |cursor| Box::pin(fetch(cursor))),
            cursor,
            finished: false,
            seen: Default::default(),
            unread: VecDeque::new(),
        }
    }

    /// The next page's items (one request), or `None` after the last page. What
    /// [`next_item`](Pages::next_item) left of the current page comes first, with no
    /// request. A page may be empty and still not be the last.
    pub async fn next_page(&mut self) -> ClientResult<Option<Vec<T>>> {
        if !self.unread.is_empty() {
            return Ok(Some(std::mem::take(&mut self.unread).into()));
        }
        if self.finished {
            return Ok(None);
        }
        let page = (self.fetch)(self.cursor.clone()).await?;
        if let Some(next) = &page.next_cursor
            && (self.cursor.as_ref() == Some(next) || self.seen.contains(next))
        {
            self.finished = true;
            return Err(ClientError::Decode {
                what: "a list in pages".to_owned(),
                message: format!(
                    "the service answered the cursor {next:?} a second time, so the list would never end"
                ),
            });
        }
        if let Some(c) = self.cursor.take() {
            self.seen.insert(c);
        }
        self.finished = page.next_cursor.is_none();
        self.cursor = page.next_cursor;
        Ok(Some(page.items))
    }

    /// The next item, reading the next page when the current one is used up; `None`
    /// after the last item of the last page.
    pub(crate) async fn next_item(&mut self) -> ClientResult<Option<T>> {
        loop {
            if let Some(item) = self.unread.pop_front() {
                return Ok(Some(item));
            }
            match self.next_page().await? {
                Some(items) => self.unread = items.into(),
                None => return Ok(None),
            }
        }
    }

    /// At most `n` items: pages are read until they hold `n` or the list ends (at
    /// least one page is read), and what is past `n` is dropped.
    pub async fn first(mut self, n: usize) -> ClientResult<Vec<T>> {
        let mut items = Vec::new();
        while let Some(page) = self.next_page().await? {
            items.extend(page);
            if items.len() >= n {
                break;
            }
        }
        items.truncate(n);
        Ok(items)
    }

    /// Every item of every page that is left. This holds the whole list: for a long
    /// one, read it page by page instead.
    pub async fn all(mut self) -> ClientResult<Vec<T>> {
        let mut items = Vec::new();
        while let Some(page) = self.next_page().await? {
            items.extend(page);
        }
        Ok(items)
    }

    /// True when the last page has been read and handed out: asking for more makes
    /// no request and answers `None`.
    pub fn is_finished(&self) -> bool {
        self.finished && self.unread.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};
    use std::task::{Context, Poll, Waker};

    /// The cursors a list was asked for, in order.
    type Asked = Arc<Mutex<Vec<Option<String>>>>;

    /// A list of `pages` served from memory, and the cursors it is asked for.
    fn served(pages: Vec<Vec<u32>>) -> (Pages<u32>, Asked) {
        let asked = Asked::default();
        let log = asked.clone();
        let last = pages.len().saturating_sub(1);
        let pages = Pages::new(None, move |cursor: Option<String>| {
            log.lock().unwrap().push(cursor.clone());
            let at: usize = cursor.map_or(0, |c| c.parse().unwrap());
            let page = Page {
                items: pages.get(at).cloned().unwrap_or_default(),
                next_cursor: (at < last).then(|| (at + 1).to_string()),
            };
            async move { Ok(page) }
        });
        (pages, asked)
    }

    fn cursors(asked: &Mutex<Vec<Option<String>>>) -> Vec<Option<String>> {
        asked.lock().unwrap().clone()
    }

    #[tokio::test]
    async fn nothing_is_requested_before_a_page_is_asked_for() {
        let (mut pages, asked) = served(vec![vec![1, 2], vec![3], vec![4, 5]]);
        assert!(cursors(&asked).is_empty());
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![1, 2]));
        assert_eq!(cursors(&asked), [None]);
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![3]));
        assert_eq!(cursors(&asked), [None, Some("1".to_owned())]);
    }

    #[tokio::test]
    async fn a_cursor_answered_twice_ends_the_list_with_an_error() {
        // Page 0 leads to 1, 1 leads to 2, 2 leads back to 1.
        let asked = Asked::default();
        let log = asked.clone();
        let mut pages = Pages::new(None, move |cursor: Option<String>| {
            log.lock().unwrap().push(cursor.clone());
            let at: u32 = cursor.map_or(0, |c| c.parse().unwrap());
            let next = if at == 2 { 1 } else { at + 1 };
            let page = Page {
                items: vec![at],
                next_cursor: Some(next.to_string()),
            };
            async move { Ok(page) }
        });
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![0]));
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![1]));
        let err = pages.next_page().await.unwrap_err();
        assert!(matches!(err, ClientError::Decode { .. }), "{err}");
        assert!(err.to_string().contains("a second time"), "{err}");
        assert_eq!(pages.next_page().await.unwrap(), None, "and it stays ended");
        assert_eq!(cursors(&asked).len(), 3);
    }

    #[tokio::test]
    async fn pages_end_where_the_service_gives_no_cursor() {
        let (mut pages, asked) = served(vec![vec![1, 2], vec![3], vec![4, 5]]);
        let mut seen = Vec::new();
        while let Some(page) = pages.next_page().await.unwrap() {
            seen.push(page);
        }
        assert_eq!(seen, [vec![1, 2], vec![3], vec![4, 5]]);
        assert!(pages.is_finished());
        assert_eq!(pages.next_page().await.unwrap(), None);
        assert_eq!(
            cursors(&asked).len(),
            3,
            "one request a page, none after the last"
        );
    }

    #[tokio::test]
    async fn items_run_across_pages_and_past_empty_ones() {
        let (mut pages, asked) = served(vec![vec![1], vec![], vec![2, 3]]);
        let mut seen = Vec::new();
        while let Some(item) = pages.next_item().await.unwrap() {
            seen.push(item);
        }
        assert_eq!(seen, [1, 2, 3]);
        assert_eq!(cursors(&asked).len(), 3);
    }

    #[tokio::test]
    async fn a_page_begun_by_items_is_finished_by_next_page() {
        let (mut pages, asked) = served(vec![vec![1, 2, 3], vec![4]]);
        assert_eq!(pages.next_item().await.unwrap(), Some(1));
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![2, 3]));
        assert_eq!(
            cursors(&asked).len(),
            1,
            "the rest of the page needs no request"
        );
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![4]));
        assert!(pages.is_finished());
    }

    #[tokio::test]
    async fn first_reads_no_page_past_the_one_that_fills_it() {
        let (pages, asked) = served(vec![vec![1, 2], vec![3, 4], vec![5, 6]]);
        assert_eq!(pages.first(3).await.unwrap(), [1, 2, 3]);
        assert_eq!(cursors(&asked).len(), 2);

        let (pages, asked) = served(vec![vec![1, 2], vec![3, 4]]);
        assert_eq!(pages.first(2).await.unwrap(), [1, 2]);
        assert_eq!(cursors(&asked).len(), 1);

        let (pages, asked) = served(vec![vec![1, 2], vec![3]]);
        assert_eq!(pages.first(10).await.unwrap(), [1, 2, 3]);
        assert_eq!(cursors(&asked).len(), 2);

        let (pages, asked) = served(vec![vec![1, 2], vec![3]]);
        assert_eq!(pages.first(usize::MAX).await.unwrap(), [1, 2, 3]);
        assert_eq!(cursors(&asked).len(), 2);
    }

    #[tokio::test]
    async fn all_reads_every_page() {
        let (pages, asked) = served(vec![vec![1], vec![2], vec![3]]);
        assert_eq!(pages.all().await.unwrap(), [1, 2, 3]);
        assert_eq!(cursors(&asked).len(), 3);
    }

    #[tokio::test]
    async fn the_first_cursor_given_is_where_reading_starts() {
        let asked = Asked::default();
        let log = asked.clone();
        let mut pages = Pages::new(Some("c7".to_owned()), move |cursor| {
            log.lock().unwrap().push(cursor);
            async {
                Ok(Page {
                    items: vec![7u32],
                    next_cursor: None,
                })
            }
        });
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![7]));
        assert_eq!(cursors(&asked), [Some("c7".to_owned())]);
    }

    #[tokio::test]
    async fn a_failed_page_is_asked_for_again_from_the_same_cursor() {
        let asked = Asked::default();
        let log = asked.clone();
        let mut calls = 0;
        let mut pages = Pages::new(None, move |cursor: Option<String>| {
            log.lock().unwrap().push(cursor.clone());
            calls += 1;
            let answer = match (cursor.as_deref(), calls) {
                (None, _) => Ok(Page {
                    items: vec![1u32],
                    next_cursor: Some("a".to_owned()),
                }),
                (Some("a"), 2) => Err(ClientError::NotSignedIn),
                _ => Ok(Page {
                    items: vec![2],
                    next_cursor: None,
                }),
            };
            async move { answer }
        });
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![1]));
        assert!(pages.next_page().await.is_err());
        assert!(!pages.is_finished());
        assert_eq!(pages.next_page().await.unwrap(), Some(vec![2]));
        assert_eq!(
            cursors(&asked),
            [None, Some("a".to_owned()), Some("a".to_owned())]
        );
    }

    #[test]
    fn a_page_dropped_before_it_arrives_is_asked_for_again() {
        let asked = Asked::default();
        let log = asked.clone();
        let mut calls = 0;
        let mut pages = Pages::new(None, move |cursor: Option<String>| {
            log.lock().unwrap().push(cursor);
            calls += 1;
            let arrives = calls > 1;
            async move {
                if !arrives {
                    std::future::pending::<()>().await;
                }
                Ok(Page {
                    items: vec![1u32],
                    next_cursor: None,
                })
            }
        });
        let mut cx = Context::from_waker(Waker::noop());
        {
            let mut waiting = Box::pin(pages.next_page());
            assert!(waiting.as_mut().poll(&mut cx).is_pending());
        }
        assert!(!pages.is_finished());
        let mut again = Box::pin(pages.next_page());
        match again.as_mut().poll(&mut cx) {
            Poll::Ready(page) => assert_eq!(page.unwrap(), Some(vec![1])),
            Poll::Pending => panic!("the second request answers at once"),
        }
        drop(again);
        assert_eq!(cursors(&asked), [None, None]);
    }

    #[test]
    fn pages_and_their_requests_can_be_sent_to_another_task() {
        fn send<S: Send>(_: &S) {}
        let (mut pages, asked) = served(vec![vec![1]]);
        send(&pages);
        send(&pages.next_page());
        send(&pages.next_item());
        assert!(
            cursors(&asked).is_empty(),
            "a future not polled asks for nothing"
        );
    }
}
