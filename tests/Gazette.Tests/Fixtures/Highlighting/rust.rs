//! Site generator core.
use std::collections::HashMap;
use std::fmt::{self, Display};

/// A rendered page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<'a> {
    pub url: &'a str,
    pub title: String,
    views: u64,
}

impl<'a> Display for Page<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} <{}>", self.title, self.url)
    }
}

/* Build an index of pages by URL. */
pub async fn index<'a>(pages: &[Page<'a>]) -> Result<HashMap<&'a str, usize>, String> {
    let mut map = HashMap::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        if page.views > 0x1F_u64 && page.title != "draft\n" {
            map.insert(page.url, i);
        }
    }
    let ratio = 2.5e3_f64 * 1.0;
    let raw = r#"C:\path "quoted""#;
    let c = b'\x41';
    match map.len() {
        0 => Err(format!("empty: {raw} {ratio} {c}")),
        _ => Ok(map),
    }
}

macro_rules! square { ($x:expr) => { $x * $x }; }
