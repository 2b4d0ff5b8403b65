//! ClickStack, a service's observability UI: dashboards, alerts, sources, webhooks, roles and saved searches,
//! under `.../services/{serviceId}/clickstack/<kind>`. The six kinds share one set of calls, typed by
//! [`StackKind`]; their objects are deep documents, kept whole ([`StackObject`]). IDs are the service's own
//! (24 hex digits), not UUIDs. Updates are PUTs: the document replaces the object.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, service_path};
use crate::error::Result;
use crate::http::{List, Request, segment};

/// A kind of ClickStack object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackKind {
    Dashboard,
    Alert,
    Source,
    Webhook,
    Role,
    SavedSearch,
}

impl StackKind {
    /// The collection's path segment.
    pub fn collection(self) -> &'static str {
        match self {
            StackKind::Dashboard => "dashboards",
            StackKind::Alert => "alerts",
            StackKind::Source => "sources",
            StackKind::Webhook => "webhooks",
            StackKind::Role => "roles",
            StackKind::SavedSearch => "saved-searches",
        }
    }

    /// "saved search", for messages.
    pub fn noun(self) -> &'static str {
        match self {
            StackKind::Dashboard => "dashboard",
            StackKind::Alert => "alert",
            StackKind::Source => "source",
            StackKind::Webhook => "webhook",
            StackKind::Role => "role",
            StackKind::SavedSearch => "saved search",
        }
    }

    /// The API's name of the kind in its operation IDs (`clickStackCreateSavedSearch`).
    fn operation_noun(self) -> &'static str {
        match self {
            StackKind::Dashboard => "Dashboard",
            StackKind::Alert => "Alert",
            StackKind::Source => "Source",
            StackKind::Webhook => "Webhook",
            StackKind::Role => "Role",
            StackKind::SavedSearch => "SavedSearch",
        }
    }

    /// The operation that creates one (its body schema checks a `--file`).
    pub fn create_operation(self) -> String {
        format!("clickStackCreate{}", self.operation_noun())
    }

    /// The operation that replaces one.
    pub fn update_operation(self) -> String {
        format!("clickStackUpdate{}", self.operation_noun())
    }

    /// Webhooks cannot be read one by one (the API has no such operation): they are found in the list.
    pub fn has_get(self) -> bool {
        self != StackKind::Webhook
    }
}

/// A ClickStack object, whole: its ID, and every other field as the API sent it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StackObject {
    #[serde(default)]
    pub id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl StackObject {
    /// Its name (alerts may have none).
    pub fn name(&self) -> Option<&str> {
        self.extra.get("name").and_then(Value::as_str)
    }
}

/// What the service finds wrong with a dashboard (`dashboards/validate`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DashboardValidation {
    pub valid: bool,
    #[serde(default)]
    pub errors: Vec<DashboardProblem>,
    /// The dashboard as the service would store it, when it is valid.
    #[serde(default)]
    pub normalized: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One problem: where in the document (`tiles.0.config`) and what.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DashboardProblem {
    pub path: String,
    pub message: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn collection_path(org: &str, service: &str, kind: StackKind) -> String {
    format!(
        "{}/clickstack/{}",
        service_path(org, service),
        kind.collection()
    )
}

fn item_path(org: &str, service: &str, kind: StackKind, id: &str) -> String {
    format!("{}/{}", collection_path(org, service, kind), segment(id))
}

impl Api {
    /// Every object of a kind in a service's ClickStack.
    pub fn stack_objects(
        &self,
        org: &str,
        service: &str,
        kind: StackKind,
    ) -> List<'_, StackObject> {
        self.list(Request::get(collection_path(org, service, kind)))
    }

    /// One object by ID (not for webhooks: see [`StackKind::has_get`]).
    pub async fn stack_object(
        &self,
        org: &str,
        service: &str,
        kind: StackKind,
        id: &str,
    ) -> Result<StackObject> {
        self.call(Request::get(item_path(org, service, kind, id)))
            .await
    }

    pub async fn create_stack_object(
        &self,
        org: &str,
        service: &str,
        kind: StackKind,
        body: &Value,
    ) -> Result<StackObject> {
        self.call(Request::post(
            collection_path(org, service, kind),
            body.clone(),
        ))
        .await
    }

    /// Replaces an object with the document.
    pub async fn replace_stack_object(
        &self,
        org: &str,
        service: &str,
        kind: StackKind,
        id: &str,
        body: &Value,
    ) -> Result<StackObject> {
        self.call(Request::put(
            item_path(org, service, kind, id),
            body.clone(),
        ))
        .await
    }

    pub async fn delete_stack_object(
        &self,
        org: &str,
        service: &str,
        kind: StackKind,
        id: &str,
    ) -> Result<()> {
        self.call_empty(Request::delete(item_path(org, service, kind, id)))
            .await
    }

    /// Asks the service what it finds wrong with a dashboard, without saving it.
    pub async fn validate_dashboard(
        &self,
        org: &str,
        service: &str,
        body: &Value,
    ) -> Result<DashboardValidation> {
        let path = format!(
            "{}/validate",
            collection_path(org, service, StackKind::Dashboard)
        );
        self.call(Request::post(path, body.clone())).await
    }
}
