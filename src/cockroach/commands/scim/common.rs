//! What SCIM users and groups share: the list, selection and `--op` flags, finding a resource by ID or
//! name, documents from `--file`, and the steps every verb takes.

use serde_json::{Map, Value, json};

use crate::cockroach::api::scim::{ScimKind, ScimObject, ScimQuery, ScimSelect, patch_body};
use crate::cockroach::commands::common::{LimitArg, report_deleted};
use crate::cockroach::once;
use crate::confirm;
use crate::context::Ctx;
use crate::document;
use crate::error::{Error, ExitCode, Result};
use crate::output::Column;
use crate::provider::Provider;

/// `--attributes` / `--excluded-attributes`.
#[derive(clap::Args, Debug, Clone)]
pub struct SelectArgs {
    /// Only these attributes, comma-separated SCIM names (userName,name.givenName); id and schemas always come
    #[arg(long, value_name = "A,B", value_parser = attribute_list)]
    pub attributes: Option<String>,
    /// Every attribute but these, comma-separated SCIM names
    #[arg(long, value_name = "A,B", value_parser = attribute_list)]
    pub excluded_attributes: Option<String>,
}

impl SelectArgs {
    pub fn select(&self) -> ScimSelect {
        ScimSelect {
            attributes: self.attributes.clone(),
            excluded_attributes: self.excluded_attributes.clone(),
        }
    }
}

/// The selection and paging of a list or search.
#[derive(clap::Args, Debug, Clone)]
pub struct ListArgs {
    #[command(flatten)]
    pub select: SelectArgs,
    /// Where to start: the 1-based index of the first resource [default: 1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32))]
    pub start_index: Option<i32>,
    /// Resources per request (the page size; every page is fetched) [default: 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub count: Option<i32>,
    #[command(flatten)]
    pub limit: LimitArg,
}

/// A comma-separated list of SCIM attribute names (`userName,name.givenName,emails.value`), form only.
pub fn attribute_list(s: &str) -> std::result::Result<String, String> {
    let names: Vec<&str> = s.split(',').map(str::trim).collect();
    for name in &names {
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".:_-$".contains(c));
        if !valid {
            return Err(format!(
                "'{name}' is not a SCIM attribute name (like userName or name.givenName; separate names with commas)"
            ));
        }
    }
    Ok(names.join(","))
}

/// A SCIM filter, passed to the server as written (`userName eq "alice@example.com"`).
pub fn filter_expr(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(
            "the filter must not be empty (like: userName eq \"alice@example.com\")".into(),
        );
    }
    if t.chars().any(char::is_control) {
        return Err("the filter contains control characters".into());
    }
    Ok(t.to_string())
}

/// Where the value of `OP:PATH=VALUE` starts: the first `=` outside `[...]` and quoted strings.
fn value_split(s: &str) -> Option<usize> {
    let (mut depth, mut quoted, mut escaped) = (0u32, false, false);
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth = depth.saturating_sub(1),
            '=' if !quoted && depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// `--op OP:PATH[=VALUE]` (or `OP=VALUE` without a path) as a SCIM PATCH operation. The value is JSON when
/// it parses as JSON (`false`, `42`, `[{"value":"..."}]`, `"quoted"`), else the text as a string.
pub fn patch_op(s: &str) -> std::result::Result<Value, String> {
    let s = s.trim();
    let usage = "use OP:PATH[=VALUE], OP being add, replace or remove (like replace:active=false)";
    let op_len = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    let (op, rest) = s.split_at(op_len);
    if op.is_empty() {
        return Err(format!("'{s}' does not start with an operation: {usage}"));
    }
    let (path, value) = match rest.chars().next() {
        None => (None, None),
        Some(':') => {
            let rest = &rest[1..];
            match value_split(rest) {
                Some(i) => (Some(&rest[..i]), Some(&rest[i + 1..])),
                None => (Some(rest), None),
            }
        }
        Some('=') => (None, Some(&rest[1..])),
        Some(c) => return Err(format!("'{c}' after '{op}' in '{s}': {usage}")),
    };
    let mut operation = Map::new();
    operation.insert("op".into(), json!(op));
    if let Some(path) = path.map(str::trim).filter(|p| !p.is_empty()) {
        operation.insert("path".into(), json!(path));
    }
    if let Some(text) = value {
        let parsed = serde_json::from_str(text.trim()).unwrap_or_else(|_| json!(text));
        operation.insert("value".into(), parsed);
    }
    Ok(Value::Object(operation))
}

/// A user or group a command acts on: its ID, and the name used in messages.
pub struct Target {
    pub id: String,
    pub name: String,
}

impl Target {
    fn of(kind: ScimKind, o: &ScimObject) -> Target {
        Target {
            id: o.id.clone(),
            name: o.name(kind).to_string(),
        }
    }

    /// "alice@example.com (0f5e...)", or the ID alone when that is all there is.
    pub fn describe(&self) -> String {
        if self.name == self.id || self.name.is_empty() {
            self.id.clone()
        } else {
            format!("{} ({})", self.name, self.id)
        }
    }
}

/// A user or group by ID, or by exact userName/displayName (one filtered list). A name the filter does not
/// find is tried as an ID of another form before it is exit 3.
pub async fn find(ctx: &Ctx, kind: ScimKind, reference: &str) -> Result<ScimObject> {
    let api = ctx.cockroach()?;
    if crate::validate::is_uuid(reference) {
        return api.scim_get(kind, reference).await;
    }
    let quoted = serde_json::to_string(reference).unwrap_or_default();
    let query = ScimQuery {
        filter: Some(format!("{} eq {quoted}", kind.name_attribute())),
        ..ScimQuery::default()
    };
    let found = api.scim_list(kind, &query, None, false).await?;
    let exact: Vec<ScimObject> = found
        .iter()
        .filter(|o| o.name(kind) == reference)
        .cloned()
        .collect();
    let matches = if exact.is_empty() {
        found
            .into_iter()
            .filter(|o| o.name(kind).eq_ignore_ascii_case(reference))
            .collect()
    } else {
        exact
    };
    let not_found = || {
        format!(
            "no {} with ID or {} '{reference}'",
            kind.noun(),
            kind.name_attribute()
        )
    };
    if matches.is_empty() {
        return match api.scim_get(kind, reference).await {
            Err(e) if e.exit_code() == ExitCode::NotFound => Err(Error::NotFound(not_found())),
            other => other,
        };
    }
    crate::lookup::one_match(
        matches,
        not_found,
        |n| format!("{n} {}s are named '{reference}'; use the ID", kind.noun()),
        |o| format!("{}  {}", o.id, o.name(kind)),
    )
}

/// The ID of a user or group: a UUID is taken as it is (no request); a name is looked up.
pub async fn resolve(ctx: &Ctx, kind: ScimKind, reference: &str) -> Result<Target> {
    if crate::validate::is_uuid(reference) {
        return Ok(Target {
            id: reference.to_string(),
            name: reference.to_string(),
        });
    }
    find(ctx, kind, reference)
        .await
        .map(|o| Target::of(kind, &o))
}

/// A whole user or group from `--file` (JSON or YAML, `-` for stdin), `schemas` added when it is missing,
/// checked as the body of `operation` before anything is sent.
pub fn read_document(kind: ScimKind, path: &str, operation: &str) -> Result<Value> {
    let body = match document::read(path)? {
        Value::Object(m) if !m.contains_key("schemas") => {
            let mut with = Map::new();
            with.insert("schemas".into(), json!([kind.schema()]));
            with.extend(m);
            Value::Object(with)
        }
        other => other,
    };
    document::check(
        Provider::Cockroach,
        operation,
        &document::display_name(path),
        &body,
    )?;
    Ok(body)
}

/// A body built from flags, checked against the spec like a document (a bug if it fails).
pub fn checked(operation: &str, body: Value) -> Result<Value> {
    document::check(Provider::Cockroach, operation, "the flags", &body)?;
    Ok(body)
}

pub async fn list(
    ctx: &Ctx,
    kind: ScimKind,
    filter: Option<String>,
    args: &ListArgs,
    search: bool,
    columns: &[Column],
) -> Result<()> {
    let query = ScimQuery {
        filter,
        attributes: args.select.attributes.clone(),
        excluded_attributes: args.select.excluded_attributes.clone(),
        start_index: args.start_index,
        count: args.count,
    };
    let items = ctx
        .cockroach()?
        .scim_list(kind, &query, args.limit.get(), search);
    ctx.out.list_pages(items, columns).await
}

/// One user or group; with `--attributes`/`--excluded-attributes` through the `.search` form.
pub async fn get(
    ctx: &Ctx,
    kind: ScimKind,
    reference: &str,
    select: &SelectArgs,
    columns: &[Column],
) -> Result<()> {
    let select = select.select();
    let item = if select.is_empty() {
        find(ctx, kind, reference).await?
    } else {
        let target = resolve(ctx, kind, reference).await?;
        ctx.cockroach()?
            .scim_get_selected(kind, &target.id, &select)
            .await?
    };
    ctx.out.item(&item, columns)
}

pub async fn create(ctx: &Ctx, kind: ScimKind, body: Value, columns: &[Column]) -> Result<()> {
    let api = ctx.cockroach()?;
    // Read back by its userName (any case, as SCIM compares it; the primary e-mail when not given) or
    // displayName.
    let name = natural_key(kind, &body);
    let what = format!("{} {name}", kind.noun());
    let created = confirm::write(
        ctx,
        &what,
        || api.scim_create(kind, body.clone()),
        || async {
            let quoted = serde_json::to_string(&name).unwrap_or_default();
            let query = ScimQuery {
                filter: Some(format!("{} eq {quoted}", kind.name_attribute())),
                ..ScimQuery::default()
            };
            let found = api.scim_list(kind, &query, None, false).await?;
            once::found(found, |o| o.name(kind).eq_ignore_ascii_case(&name), &what)
        },
    )
    .await?
    .into_inner();
    ctx.out.status(&format!(
        "Created {} {}.",
        kind.noun(),
        Target::of(kind, &created).describe()
    ));
    ctx.out.item(&created, columns)
}

/// What a new user or group is known by: its userName (else its primary e-mail address, which the service
/// makes the userName) or its displayName.
fn natural_key(kind: ScimKind, body: &Value) -> String {
    let text = |v: &Value| v.as_str().map(str::to_string);
    if let Some(name) = body.get(kind.name_attribute()).and_then(text) {
        return name;
    }
    let emails = body.get("emails").and_then(Value::as_array);
    let primary = emails.and_then(|e| {
        e.iter()
            .find(|m| m["primary"] == true)
            .or_else(|| e.first())
    });
    primary
        .and_then(|m| m.get("value"))
        .and_then(text)
        .unwrap_or_default()
}

pub async fn replace(
    ctx: &Ctx,
    kind: ScimKind,
    target: &Target,
    body: Value,
    columns: &[Column],
) -> Result<()> {
    let api = ctx.cockroach()?;
    // A whole document: a repeat sets the same values.
    let what = format!("{} {}", kind.noun(), target.describe());
    let replaced = confirm::repeat(ctx, &what, || {
        api.scim_replace(kind, &target.id, body.clone())
    })
    .await?;
    ctx.out.status(&format!(
        "Replaced {} {}.",
        kind.noun(),
        Target::of(kind, &replaced).describe()
    ));
    ctx.out.item(&replaced, columns)
}

/// Checks PATCH operations as the body the API takes, before anything is sent.
pub fn check_operations(kind: ScimKind, operations: &[Value]) -> Result<()> {
    document::check(
        Provider::Cockroach,
        kind.patch_operation(),
        "--op",
        &patch_body(operations.to_vec()),
    )
}

pub async fn update(
    ctx: &Ctx,
    kind: ScimKind,
    target: &Target,
    operations: Vec<Value>,
    columns: &[Column],
) -> Result<()> {
    let api = ctx.cockroach()?;
    // SCIM operations set values, add members to a set and remove them: a repeat ends in the same state.
    let what = format!("{} {}", kind.noun(), target.describe());
    let updated = confirm::repeat(ctx, &what, || {
        api.scim_patch(kind, &target.id, operations.clone())
    })
    .await?;
    ctx.out.status(&format!(
        "Updated {} {}.",
        kind.noun(),
        Target::of(kind, &updated).describe()
    ));
    ctx.out.item(&updated, columns)
}

pub async fn delete(ctx: &Ctx, kind: ScimKind, reference: &str, consequence: &str) -> Result<()> {
    let target = resolve(ctx, kind, reference).await?;
    ctx.prompt.confirm(&format!(
        "delete {} {} ({consequence})",
        kind.noun(),
        target.describe()
    ))?;
    let api = ctx.cockroach()?;
    let what = format!("{} {}", kind.noun(), target.describe());
    let answer = once::deleted(ctx, &what, || api.scim_delete(kind, &target.id)).await?;
    report_deleted(
        ctx,
        &format!("Deleted {} {}.", kind.noun(), target.describe()),
        &answer.unwrap_or_else(|| json!({ "id": target.id })),
    )
}

/// Computed table cells shared by users and groups.
pub fn created(v: &Value) -> String {
    v["meta"]["created"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

pub fn modified(v: &Value) -> String {
    v["meta"]["lastModified"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The `display` (else `value`) of each entry of a multi-valued attribute, joined.
pub fn displays(v: &Value) -> String {
    v.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["display"].as_str().or(i["value"].as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_user_is_known_by_its_user_name_else_its_primary_address() {
        let named = json!({"userName": "ada", "emails": [{"value": "a@x.org", "primary": true}]});
        assert_eq!(natural_key(ScimKind::User, &named), "ada");
        let mailed =
            json!({"emails": [{"value": "b@x.org"}, {"value": "a@x.org", "primary": true}]});
        assert_eq!(natural_key(ScimKind::User, &mailed), "a@x.org");
        let first = json!({"emails": [{"value": "b@x.org"}]});
        assert_eq!(natural_key(ScimKind::User, &first), "b@x.org");
        assert_eq!(
            natural_key(ScimKind::Group, &json!({"displayName": "ops"})),
            "ops"
        );
    }

    #[test]
    fn operations_parse() {
        assert_eq!(
            patch_op("replace:active=false").unwrap(),
            json!({"op": "replace", "path": "active", "value": false})
        );
        assert_eq!(
            patch_op("replace:name.givenName=Ada").unwrap(),
            json!({"op": "replace", "path": "name.givenName", "value": "Ada"})
        );
        assert_eq!(
            patch_op(r#"add:members=[{"value":"u1"}]"#).unwrap(),
            json!({"op": "add", "path": "members", "value": [{"value": "u1"}]})
        );
        assert_eq!(
            patch_op(r#"remove:members[value eq "a=b"]"#).unwrap(),
            json!({"op": "remove", "path": "members[value eq \"a=b\"]"})
        );
        assert_eq!(
            patch_op(r#"replace:emails[type eq "work"].value=ada@example.com"#).unwrap(),
            json!({"op": "replace", "path": "emails[type eq \"work\"].value", "value": "ada@example.com"})
        );
        assert_eq!(
            patch_op(r#"replace={"active":true}"#).unwrap(),
            json!({"op": "replace", "value": {"active": true}})
        );
        assert_eq!(
            patch_op(r#"replace:externalId="42""#).unwrap(),
            json!({"op": "replace", "path": "externalId", "value": "42"})
        );
        assert_eq!(
            patch_op("replace:displayName=").unwrap(),
            json!({"op": "replace", "path": "displayName", "value": ""})
        );
        for bad in [":active=1", "", "replace-active", "42:x"] {
            assert!(patch_op(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn attribute_lists_and_filters() {
        assert_eq!(
            attribute_list("userName, name.givenName").unwrap(),
            "userName,name.givenName"
        );
        assert!(attribute_list("userName,,x").is_err());
        assert!(attribute_list("user name").is_err());
        assert!(filter_expr("  ").is_err());
        assert_eq!(
            filter_expr(" userName eq \"a\" ").unwrap(),
            "userName eq \"a\""
        );
    }
}
