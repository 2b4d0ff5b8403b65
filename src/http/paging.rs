//! Lists, page after page: the one paging loop of both providers ([`List`]). A list is lazy: nothing is sent
//! until it is read, either whole (`.await` gives every item, as a `Vec`) or page by page
//! ([`List::next_page`]), which is how `-o json` and `-o yaml` print a long list as it arrives, holding one
//! page at a time.
//!
//! How a list asks for a page and where it finds its items differ (a CockroachDB page token, a ClickHouse
//! cursor, a SCIM start index, the audit log's time, or no pages at all): each is a [`PageSource`]. What is
//! the same is here: `--limit` (asked for and cut), and stopping when a page gives no next token, an empty
//! page or the token it was asked with (a server that repeats itself would loop forever).

use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;

use super::{Client, Request, Response, excerpt};
use crate::error::{Error, Result};

/// One page of a list: its items, and the token of the next page (`None`: this was the last).
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
}

pub type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>>> + 'a>>;

/// How one list fetches a page: the one at `token` (`None`: the first), with at most `want` items when the
/// caller wants only so many (`None`: as many as the server gives at once).
pub trait PageSource<T> {
    fn fetch<'a>(&'a mut self, token: Option<&'a str>, want: Option<usize>) -> PageFuture<'a, T>;
}

/// A list, read page by page ([`List::next_page`]) or whole (`.await`).
#[must_use = "a list sends nothing until it is read (`.await` or `next_page`)"]
pub struct List<'c, T> {
    source: Box<dyn PageSource<T> + 'c>,
    limit: Option<usize>,
    token: Option<String>,
    seen: usize,
    done: bool,
}

impl<'c, T: 'c> List<'c, T> {
    pub fn new(source: impl PageSource<T> + 'c) -> List<'c, T> {
        List {
            source: Box::new(source),
            limit: None,
            token: None,
            seen: 0,
            done: false,
        }
    }

    /// Only the first `limit` items (all of them with `None`): fewer are asked for, and the rest is cut.
    pub fn limit(mut self, limit: Option<usize>) -> List<'c, T> {
        self.limit = limit;
        self
    }

    /// The next page's items, or `None` once the list is over. The first call always gives a page (perhaps
    /// empty), so an empty list is told from a failed one.
    pub async fn next_page(&mut self) -> Result<Option<Vec<T>>> {
        if self.done {
            return Ok(None);
        }
        let want = self.limit.map(|l| l.saturating_sub(self.seen));
        if want == Some(0) && self.seen > 0 {
            self.done = true;
            return Ok(None);
        }
        let page = self.source.fetch(self.token.as_deref(), want).await?;
        let got = page.items.len();
        let mut items = page.items;
        if let Some(want) = want {
            items.truncate(want);
        }
        self.seen += items.len();
        match page.next {
            Some(next) if got > 0 && self.token.as_deref() != Some(next.as_str()) => {
                self.token = Some(next);
            }
            _ => self.done = true,
        }
        if self.limit.is_some_and(|l| self.seen >= l) {
            self.done = true;
        }
        Ok(Some(items))
    }

    /// Every item (or the first `limit`), all pages merged.
    pub async fn all(mut self) -> Result<Vec<T>> {
        let mut items = Vec::new();
        while let Some(page) = self.next_page().await? {
            if items.is_empty() {
                items = page;
            } else {
                items.extend(page);
            }
        }
        Ok(items)
    }

    /// The items as something else (a model's wrapper, a row), page by page.
    pub fn map<U: 'c>(self, f: impl FnMut(T) -> U + 'c) -> List<'c, U> {
        List {
            source: Box::new(Mapped {
                inner: self.source,
                f,
                _t: PhantomData,
            }),
            limit: self.limit,
            token: self.token,
            seen: self.seen,
            done: self.done,
        }
    }
}

impl<'c, T: 'c> IntoFuture for List<'c, T> {
    type Output = Result<Vec<T>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<Vec<T>>> + 'c>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.all())
    }
}

struct Mapped<'c, T, F> {
    inner: Box<dyn PageSource<T> + 'c>,
    f: F,
    _t: PhantomData<T>,
}

impl<'c, T: 'c, U, F: FnMut(T) -> U> PageSource<U> for Mapped<'c, T, F> {
    fn fetch<'a>(&'a mut self, token: Option<&'a str>, want: Option<usize>) -> PageFuture<'a, U> {
        Box::pin(async move {
            let page = self.inner.fetch(token, want).await?;
            Ok(Page {
                items: page.items.into_iter().map(&mut self.f).collect(),
                next: page.next,
            })
        })
    }
}

/// A list whose pages are asked for with two query parameters, a page size and the token the previous page
/// gave (CockroachDB's `pagination.limit` and `pagination.page`, ClickHouse's `limit` and `cursor`).
#[derive(Clone, Copy, Debug)]
pub struct QueryPaging {
    pub size: &'static str,
    pub token: &'static str,
    /// The largest page the API serves: asked for when the caller wants everything, to send the fewest
    /// requests.
    pub max_page: usize,
    /// Where the next page's token is in an answer, in order of preference.
    pub next: &'static [&'static [&'static str]],
}

/// Where a list's items are in its answers.
#[derive(Clone, Debug)]
pub struct Items {
    /// A path of object keys: `["clusters"]`, `["result", "items"]`.
    pub path: Vec<&'static str>,
    /// An answer without them (or with `null`) is not as documented; otherwise it is an empty page.
    pub required: bool,
}

impl Items {
    pub fn at(path: Vec<&'static str>) -> Items {
        Items {
            path,
            required: false,
        }
    }

    pub fn required(path: Vec<&'static str>) -> Items {
        Items {
            path,
            required: true,
        }
    }
}

/// The usual lists: one request per page (`paging`), or a single answer holding the whole list (`None`).
struct Pages<'c> {
    client: &'c Client,
    req: Request,
    items: Items,
    paging: Option<QueryPaging>,
}

impl<T: DeserializeOwned> PageSource<T> for Pages<'_> {
    fn fetch<'a>(&'a mut self, token: Option<&'a str>, want: Option<usize>) -> PageFuture<'a, T> {
        Box::pin(async move {
            let mut req = self.req.clone();
            let next: &[&[&str]] = match &self.paging {
                Some(p) => {
                    let size = want.unwrap_or(p.max_page).clamp(1, p.max_page);
                    req.query.retain(|(k, _)| k != p.size && k != p.token);
                    req = req.query(p.size, size).query_opt(p.token, token);
                    p.next
                }
                None => &[],
            };
            let resp = self.client.send(&req).await?;
            read_page(&resp, &self.items, next)
        })
    }
}

impl Client {
    /// A list at `req`, its items at `items` in each answer, paged as `paging` says (or in one answer).
    pub fn list<'c, T: DeserializeOwned + 'c>(
        &'c self,
        req: Request,
        items: Items,
        paging: Option<QueryPaging>,
    ) -> List<'c, T> {
        List::new(Pages {
            client: self,
            req,
            items,
            paging,
        })
    }
}

/// Reads a page straight from the answer's bytes: the items at `items`, the first token found at one of
/// `next` (an empty one is none); everything else is skipped unread.
pub fn read_page<T: DeserializeOwned>(
    resp: &Response,
    items: &Items,
    next: &[&[&str]],
) -> Result<Page<T>> {
    let mut found = Found {
        items: None,
        bad_entry: None,
        next: vec![None; next.len()],
    };
    let mut de = serde_json::Deserializer::from_slice(&resp.body);
    let bad = |detail: String| Error::BadResponse {
        provider: resp.provider,
        status: resp.status,
        detail: format!("{detail} in {}", excerpt(&resp.body)),
    };
    Walk {
        items: Some(&items.path),
        next: next.iter().copied().enumerate().collect(),
        found: &mut found,
    }
    .deserialize(&mut de)
    .and_then(|()| de.end())
    .map_err(|e| match found.bad_entry {
        Some(index) => bad_entry(resp, items, index, &e),
        None => bad(e.to_string()),
    })?;
    let list = match found.items {
        Some(Some(list)) => list,
        _ if items.required => return Err(bad(format!("no list at '{}'", items.path.join(".")))),
        _ => Vec::new(),
    };
    Ok(Page {
        items: list,
        next: found.next.into_iter().flatten().next(),
    })
}

/// An entry of a list that is not as documented, named by where it is and shown (the answer is parsed again,
/// on this error path only, to find it).
fn bad_entry(resp: &Response, items: &Items, index: usize, e: &serde_json::Error) -> Error {
    let entry = serde_json::from_slice::<Value>(&resp.body)
        .ok()
        .and_then(|answer| {
            let list = items.path.iter().try_fold(&answer, |v, key| v.get(key))?;
            list.get(index)
                .map(|entry| excerpt(entry.to_string().as_bytes()))
        });
    let name = items.path.join(".");
    Error::BadResponse {
        provider: resp.provider,
        status: resp.status,
        detail: match entry {
            Some(entry) => format!("an entry of '{name}' is not as documented: {e} in {entry}"),
            None => format!(
                "an entry of '{name}' is not as documented: {e} in {}",
                excerpt(&resp.body)
            ),
        },
    }
}

struct Found<T> {
    /// `Some(None)`: `null`.
    items: Option<Option<Vec<T>>>,
    /// The index of the entry that could not be read.
    bad_entry: Option<usize>,
    /// The token found at each of the `next` paths.
    next: Vec<Option<String>>,
}

/// Walks one object of an answer towards the items and the next-page tokens.
struct Walk<'p, 'f, T> {
    /// The rest of the path to the items, when they are under this object.
    items: Option<&'p [&'p str]>,
    /// The rest of each path to a token under this object, with the path's index.
    next: Vec<(usize, &'p [&'p str])>,
    found: &'f mut Found<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Walk<'_, '_, T> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Walk<'_, '_, T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    /// `null` where an object was expected holds nothing.
    fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let key = key.as_str();
            let here = |path: &[&str]| path.len() == 1 && path[0] == key;
            let below = |path: &[&str]| path.len() > 1 && path[0] == key;
            if self.items.is_some_and(here) {
                let entries = map.next_value_seed(Entries {
                    bad: &mut self.found.bad_entry,
                    _t: PhantomData,
                })?;
                self.found.items = Some(entries);
                continue;
            }
            let tokens: Vec<usize> = self
                .next
                .iter()
                .filter(|(_, p)| here(p))
                .map(|(i, _)| *i)
                .collect();
            if !tokens.is_empty() {
                let value: Value = map.next_value()?;
                let token = value.as_str().filter(|t| !t.is_empty());
                for i in tokens {
                    self.found.next[i] = token.map(str::to_string);
                }
                continue;
            }
            let items = self.items.filter(|p| below(p)).map(|p| &p[1..]);
            let next: Vec<(usize, &[&str])> = self
                .next
                .iter()
                .filter(|(_, p)| below(p))
                .map(|(i, p)| (*i, &p[1..]))
                .collect();
            if items.is_some() || !next.is_empty() {
                map.next_value_seed(Walk {
                    items,
                    next,
                    found: &mut *self.found,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// A list's entries (or `null`), noting which one could not be read.
struct Entries<'f, T> {
    bad: &'f mut Option<usize>,
    _t: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for Entries<'_, T> {
    type Value = Option<Vec<T>>;
    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Entries<'_, T> {
    type Value = Option<Vec<T>>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list")
    }

    fn visit_none<E: de::Error>(self) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut entries = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        loop {
            match seq.next_element::<T>() {
                Ok(Some(entry)) => entries.push(entry),
                Ok(None) => return Ok(Some(entries)),
                Err(e) => {
                    *self.bad = Some(entries.len());
                    return Err(e);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use reqwest::header::HeaderMap;
    use serde_json::json;

    use super::*;
    use crate::provider::Provider;

    fn response(body: Value) -> Response {
        Response {
            provider: Provider::Cockroach,
            status: 200,
            headers: HeaderMap::new(),
            body: body.to_string().into_bytes(),
        }
    }

    const NEXT: &[&[&str]] = &[&["pagination", "next_page"], &["pagination", "next"]];

    #[test]
    fn pages_are_read_where_the_layout_says() {
        let page: Page<Value> = read_page(
            &response(
                json!({"clusters": [{"id": 1}, {"id": 2}], "other": {"x": [1]},
                             "pagination": {"next": "b", "next_page": "a"}}),
            ),
            &Items::at(vec!["clusters"]),
            NEXT,
        )
        .unwrap();
        assert_eq!(page.items, vec![json!({"id": 1}), json!({"id": 2})]);
        assert_eq!(page.next.as_deref(), Some("a"), "next_page is preferred");

        let page: Page<Value> = read_page(
            &response(json!({"result": {"items": [1], "pagination": {"nextCursor": ""}}})),
            &Items::required(vec!["result", "items"]),
            &[&["result", "pagination", "nextCursor"]],
        )
        .unwrap();
        assert_eq!(page.items, vec![json!(1)]);
        assert_eq!(page.next, None, "an empty token is none");

        let clusters = Items::at(vec!["clusters"]);
        for body in [json!({"clusters": null, "pagination": null}), json!({})] {
            let page: Page<Value> = read_page(&response(body), &clusters, NEXT).unwrap();
            assert!(page.items.is_empty() && page.next.is_none());
        }
        let result = Items::required(vec!["result"]);
        for body in [json!({"result": null}), json!({"status": 200})] {
            let err = read_page::<Value>(&response(body), &result, &[])
                .err()
                .unwrap();
            assert!(err.to_string().contains("no list at 'result'"), "{err}");
        }

        let err = read_page::<Value>(&response(json!({"clusters": "many"})), &clusters, NEXT)
            .err()
            .unwrap();
        assert!(
            matches!(err, Error::BadResponse { status: 200, .. }),
            "{err:?}"
        );
        let err = read_page::<u32>(&response(json!({"clusters": [1, "x"]})), &clusters, NEXT)
            .err()
            .unwrap();
        assert!(err.to_string().contains("invalid type"), "{err}");
        assert!(
            err.to_string()
                .contains("an entry of 'clusters' is not as documented")
                && err.to_string().ends_with(r#"in '"x"'"#),
            "the entry is named and shown: {err}"
        );
    }

    /// A page asked for: its token and how many items were wanted.
    type Asked = (Option<String>, Option<usize>);

    /// Serves pages of `sizes` items, each pointing at the next by its number; records what was asked.
    struct Script {
        pages: Vec<(Vec<u32>, Option<&'static str>)>,
        asked: Rc<RefCell<Vec<Asked>>>,
    }

    impl PageSource<u32> for Script {
        fn fetch<'a>(
            &'a mut self,
            token: Option<&'a str>,
            want: Option<usize>,
        ) -> PageFuture<'a, u32> {
            self.asked
                .borrow_mut()
                .push((token.map(str::to_string), want));
            let index = token.map_or(0, |t| t.parse::<usize>().unwrap());
            let (items, next) = self.pages[index].clone();
            Box::pin(async move {
                Ok(Page {
                    items,
                    next: next.map(str::to_string),
                })
            })
        }
    }

    fn run<T>(f: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn the_loop_follows_tokens_and_stops_on_the_last_an_empty_or_a_repeated_page() {
        let asked = Rc::new(RefCell::new(Vec::new()));
        let script = |pages| Script {
            pages,
            asked: asked.clone(),
        };
        let all = run(List::new(script(vec![(vec![1, 2], Some("1")), (vec![3], None)])).all());
        assert_eq!(all.unwrap(), vec![1, 2, 3]);
        assert_eq!(
            *asked.borrow(),
            vec![(None, None), (Some("1".into()), None)]
        );

        // A server that names the page it just served, or gives an empty page with a token, is not followed.
        asked.borrow_mut().clear();
        let all = run(List::new(script(vec![(vec![1], Some("1")), (vec![2], Some("1"))])).all());
        assert_eq!(all.unwrap(), vec![1, 2]);
        assert_eq!(asked.borrow().len(), 2);
        asked.borrow_mut().clear();
        let all = run(List::new(script(vec![(vec![], Some("1")), (vec![2], None)])).all());
        assert_eq!(all.unwrap(), Vec::<u32>::new());
        assert_eq!(asked.borrow().len(), 1);

        // A limit asks for what is left and cuts what is over, and stops without another request.
        asked.borrow_mut().clear();
        let pages = vec![
            (vec![1, 2, 3], Some("1")),
            (vec![4, 5, 6], Some("2")),
            (vec![7], None),
        ];
        let all = run(List::new(script(pages)).limit(Some(4)).all());
        assert_eq!(all.unwrap(), vec![1, 2, 3, 4]);
        assert_eq!(
            *asked.borrow(),
            vec![(None, Some(4)), (Some("1".into()), Some(1))]
        );

        // Page by page: the first page of an empty list is there (empty), then the end.
        let mut list = List::new(script(vec![(vec![], None)])).map(|n| n * 10);
        assert_eq!(run(list.next_page()).unwrap(), Some(vec![]));
        assert_eq!(run(list.next_page()).unwrap(), None);
        let list = List::new(script(vec![(vec![1], Some("1")), (vec![2], None)])).map(|n| n * 10);
        assert_eq!(run(list.into_future()).unwrap(), vec![10, 20]);
    }
}
