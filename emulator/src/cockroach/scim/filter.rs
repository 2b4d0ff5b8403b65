//! SCIM filters (RFC 7644 §3.4.2.2): `userName eq "alice"`, `emails.value co "@example.com"`,
//! `active eq true and not (displayName sw "Test")`, `emails[type eq "work" and value ew ".com"]`,
//! `title pr`. Attribute names are case-insensitive; string comparisons too, but for the
//! case-exact `id` and `externalId`. The same parser reads the value filters of PATCH paths
//! (`members[value eq "..."]`).

use std::cmp::Ordering;

use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
    Present(AttrPath),
    Compare(AttrPath, Op, Value),
    /// `emails[type eq "work"]`: some element of a multi-valued attribute matches the inner filter.
    Elements(AttrPath, Box<Filter>),
}

/// An attribute and, optionally, one of its sub-attributes (`name.givenName`, `emails.value`).
#[derive(Clone, Debug, PartialEq)]
pub struct AttrPath {
    pub attr: String,
    pub sub: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Eq,
    Ne,
    Co,
    Sw,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Str(String),
    Word(String),
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                tokens.push(Token::Open);
                i += 1;
            }
            ')' => {
                tokens.push(Token::Close);
                i += 1;
            }
            '[' => {
                tokens.push(Token::OpenBracket);
                i += 1;
            }
            ']' => {
                tokens.push(Token::CloseBracket);
                i += 1;
            }
            '"' => {
                // A JSON string, escapes included.
                let start = i;
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if i >= chars.len() {
                    return Err("a string is not closed with '\"'".into());
                }
                i += 1;
                let raw: String = chars[start..i].iter().collect();
                let s: String = serde_json::from_str(&raw)
                    .map_err(|_| format!("{raw} is not a valid string"))?;
                tokens.push(Token::Str(s));
            }
            _ => {
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() && !"()[]\"".contains(chars[i]) {
                    i += 1;
                }
                tokens.push(Token::Word(chars[start..i].iter().collect()));
            }
        }
    }
    Ok(tokens)
}

/// Parses a filter expression.
pub fn parse(text: &str) -> Result<Filter, String> {
    let tokens = tokenize(text)?;
    let mut p = Parser { tokens, pos: 0 };
    let f = p.or()?;
    match p.tokens.get(p.pos) {
        None => Ok(f),
        Some(t) => Err(format!(
            "unexpected {} after a complete filter",
            describe(t)
        )),
    }
}

fn describe(t: &Token) -> String {
    match t {
        Token::Open => "'('".into(),
        Token::Close => "')'".into(),
        Token::OpenBracket => "'['".into(),
        Token::CloseBracket => "']'".into(),
        Token::Str(s) => format!("{s:?}"),
        Token::Word(w) => format!("'{w}'"),
    }
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek_word(&self, word: &str) -> bool {
        matches!(self.tokens.get(self.pos), Some(Token::Word(w)) if w.eq_ignore_ascii_case(word))
    }

    fn expect(&mut self, t: Token) -> Result<(), String> {
        match self.tokens.get(self.pos) {
            Some(got) if *got == t => {
                self.pos += 1;
                Ok(())
            }
            Some(got) => Err(format!(
                "expected {} but found {}",
                describe(&t),
                describe(got)
            )),
            None => Err(format!("expected {} at the end", describe(&t))),
        }
    }

    fn or(&mut self) -> Result<Filter, String> {
        let mut left = self.and()?;
        while self.peek_word("or") {
            self.pos += 1;
            let right = self.and()?;
            left = Filter::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Filter, String> {
        let mut left = self.unary()?;
        while self.peek_word("and") {
            self.pos += 1;
            let right = self.unary()?;
            left = Filter::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Filter, String> {
        if self.peek_word("not") {
            self.pos += 1;
            self.expect(Token::Open)?;
            let inner = self.or()?;
            self.expect(Token::Close)?;
            return Ok(Filter::Not(Box::new(inner)));
        }
        if self.tokens.get(self.pos) == Some(&Token::Open) {
            self.pos += 1;
            let inner = self.or()?;
            self.expect(Token::Close)?;
            return Ok(inner);
        }
        let attr = match self.tokens.get(self.pos) {
            Some(Token::Word(w)) => attr_path(w)?,
            Some(t) => return Err(format!("expected an attribute but found {}", describe(t))),
            None => return Err("expected an attribute at the end".into()),
        };
        self.pos += 1;
        if self.tokens.get(self.pos) == Some(&Token::OpenBracket) {
            self.pos += 1;
            let inner = self.or()?;
            self.expect(Token::CloseBracket)?;
            return Ok(Filter::Elements(attr, Box::new(inner)));
        }
        let op = match self.tokens.get(self.pos) {
            Some(Token::Word(w)) => w.to_ascii_lowercase(),
            Some(t) => return Err(format!("expected an operator but found {}", describe(t))),
            None => return Err(format!("expected an operator after '{}'", attr.attr)),
        };
        self.pos += 1;
        let op = match op.as_str() {
            "pr" => return Ok(Filter::Present(attr)),
            "eq" => Op::Eq,
            "ne" => Op::Ne,
            "co" => Op::Co,
            "sw" => Op::Sw,
            "ew" => Op::Ew,
            "gt" => Op::Gt,
            "ge" => Op::Ge,
            "lt" => Op::Lt,
            "le" => Op::Le,
            other => {
                return Err(format!(
                    "'{other}' is not an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)"
                ));
            }
        };
        let value = match self.tokens.get(self.pos) {
            Some(Token::Str(s)) => Value::String(s.clone()),
            Some(Token::Word(w)) => match w.to_ascii_lowercase().as_str() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                "null" => Value::Null,
                _ => serde_json::from_str::<serde_json::Number>(w)
                    .map(Value::Number)
                    .map_err(|_| {
                        format!("'{w}' is not a value: quote strings (\"...\"), or use true, false, null or a number")
                    })?,
            },
            Some(t) => return Err(format!("expected a value but found {}", describe(t))),
            None => return Err("expected a value at the end".into()),
        };
        self.pos += 1;
        Ok(Filter::Compare(attr, op, value))
    }
}

/// `name.givenName`, `urn:ietf:params:scim:schemas:core:2.0:User:userName`.
pub fn attr_path(text: &str) -> Result<AttrPath, String> {
    let plain = strip_urn(text);
    let mut parts = plain.splitn(2, '.');
    let attr = parts.next().unwrap_or_default();
    let sub = parts.next();
    let valid = |s: &str| {
        !s.is_empty()
            && s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '$')
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-$".contains(c))
    };
    if !valid(attr) || sub.is_some_and(|s| !valid(s)) {
        return Err(format!("'{text}' is not an attribute name"));
    }
    Ok(AttrPath {
        attr: attr.to_string(),
        sub: sub.map(str::to_string),
    })
}

/// An attribute name without the schema URN it may be qualified with.
pub fn strip_urn(text: &str) -> &str {
    if text.to_ascii_lowercase().starts_with("urn:") {
        text.rsplit(':').next().unwrap_or(text)
    } else {
        text
    }
}

/// A member of an object by name, case-insensitively.
pub fn member<'a>(object: &'a Value, name: &str) -> Option<&'a Value> {
    object
        .as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// The values at a path; multi-valued attributes give one value per element.
fn values<'a>(resource: &'a Value, path: &AttrPath) -> Vec<&'a Value> {
    let Some(top) = member(resource, &path.attr) else {
        return Vec::new();
    };
    let elements: Vec<&Value> = match top {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    match &path.sub {
        None => elements,
        Some(sub) => elements
            .into_iter()
            .filter_map(|e| member(e, sub))
            .flat_map(|v| match v {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            })
            .collect(),
    }
}

fn case_exact(path: &AttrPath) -> bool {
    let name = path.sub.as_deref().unwrap_or(&path.attr);
    path.sub.is_none()
        && (name.eq_ignore_ascii_case("id") || name.eq_ignore_ascii_case("externalId"))
}

fn compare(v: &Value, op: Op, lit: &Value, exact: bool) -> bool {
    match (v, lit) {
        (Value::String(a), Value::String(b)) => {
            let (a, b) = if exact {
                (a.clone(), b.clone())
            } else {
                (a.to_lowercase(), b.to_lowercase())
            };
            match op {
                Op::Eq => a == b,
                Op::Ne => a != b,
                Op::Co => a.contains(&b),
                Op::Sw => a.starts_with(&b),
                Op::Ew => a.ends_with(&b),
                Op::Gt => a > b,
                Op::Ge => a >= b,
                Op::Lt => a < b,
                Op::Le => a <= b,
            }
        }
        (Value::Bool(a), Value::Bool(b)) => match op {
            Op::Eq => a == b,
            Op::Ne => a != b,
            _ => false,
        },
        (Value::Number(a), Value::Number(b)) => {
            let (Some(a), Some(b)) = (a.as_f64(), b.as_f64()) else {
                return false;
            };
            let ord = a.partial_cmp(&b).unwrap_or(Ordering::Equal);
            match op {
                Op::Eq => ord == Ordering::Equal,
                Op::Ne => ord != Ordering::Equal,
                Op::Gt => ord == Ordering::Greater,
                Op::Ge => ord != Ordering::Less,
                Op::Lt => ord == Ordering::Less,
                Op::Le => ord != Ordering::Greater,
                _ => false,
            }
        }
        _ => false,
    }
}

/// Whether a resource (or, inside `[...]`, one element of a multi-valued attribute) matches.
pub fn matches(filter: &Filter, resource: &Value) -> bool {
    match filter {
        Filter::And(a, b) => matches(a, resource) && matches(b, resource),
        Filter::Or(a, b) => matches(a, resource) || matches(b, resource),
        Filter::Not(f) => !matches(f, resource),
        Filter::Present(path) => values(resource, path).iter().any(|v| match v {
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Array(a) => !a.is_empty(),
            Value::Object(o) => !o.is_empty(),
            _ => true,
        }),
        Filter::Compare(path, op, lit) => {
            let found = values(resource, path);
            match (op, lit) {
                (Op::Eq, Value::Null) => found.iter().all(|v| v.is_null()),
                (Op::Ne, Value::Null) => found.iter().any(|v| !v.is_null()),
                (Op::Ne, _) => !found
                    .iter()
                    .any(|v| compare(v, Op::Eq, lit, case_exact(path))),
                _ => found.iter().any(|v| compare(v, *op, lit, case_exact(path))),
            }
        }
        Filter::Elements(path, inner) => values(resource, path)
            .iter()
            .any(|element| matches(inner, element)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user() -> Value {
        json!({
            "id": "U1", "userName": "Alice@Example.com", "active": true, "externalId": "ext-1",
            "name": {"givenName": "Alice", "familyName": "Liddell"},
            "emails": [{"value": "alice@example.com", "type": "work", "primary": true},
                       {"value": "alice@home.org", "type": "home"}],
        })
    }

    fn yes(f: &str) -> bool {
        matches(&parse(f).unwrap_or_else(|e| panic!("{f}: {e}")), &user())
    }

    #[test]
    fn operators() {
        assert!(yes(r#"userName eq "alice@example.com""#));
        assert!(yes(r#"USERNAME Eq "ALICE@EXAMPLE.COM""#));
        assert!(!yes(r#"externalId eq "EXT-1""#), "externalId is case-exact");
        assert!(yes(r#"name.givenName sw "Al""#));
        assert!(yes(r#"emails.value co "home.org""#));
        assert!(yes(r#"emails.value ew ".com""#));
        assert!(yes("active eq true"));
        assert!(!yes("active eq false"));
        assert!(yes("externalId pr"));
        assert!(!yes("displayName pr"));
        assert!(yes(r#"userName ne "bob""#));
        assert!(yes(
            r#"urn:ietf:params:scim:schemas:core:2.0:User:userName sw "alice""#
        ));
    }

    #[test]
    fn logic_and_elements() {
        assert!(yes(
            r#"active eq true and (userName sw "bob" or emails.value ew "home.org")"#
        ));
        assert!(!yes(r#"not (active eq true)"#));
        assert!(yes(r#"emails[type eq "work" and value co "example"]"#));
        assert!(!yes(r#"emails[type eq "home" and value co "example"]"#));
        assert!(yes(
            r#"userName eq "x" or userName sw "alice" and active eq true"#
        ));
    }

    #[test]
    fn bad_filters_say_why() {
        for (f, needle) in [
            ("userName", "operator"),
            (r#"userName is "x""#, "not an operator"),
            ("userName eq alice", "not a value"),
            (r#"userName eq "x" and"#, "attribute"),
            (r#"(userName eq "x""#, "')'"),
            (r#"userName eq "x"#, "not closed"),
            (r#"userName eq "x" "y""#, "unexpected"),
        ] {
            let e = parse(f).unwrap_err();
            assert!(e.contains(needle), "{f}: {e}");
        }
    }
}
