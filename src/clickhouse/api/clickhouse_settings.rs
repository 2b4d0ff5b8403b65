//! A service's ClickHouse settings: those explicitly set, one by name, the schema of every configurable one
//! (types, allowed values, warnings), changes and resets to the platform default.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, service_path};
use crate::error::Result;
use crate::http::{Request, segment};

/// One setting and its value (`ServiceClickhouseSetting`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Setting {
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `ServiceClickhouseSettingsList`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SettingsList {
    #[serde(default)]
    pub settings: Vec<Setting>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What the API says about a configurable setting (`ServiceClickhouseSettingSchemaEntry`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SettingSchema {
    pub name: String,
    /// The setting's data type (`string`, `integer`, ...), when the API gives one.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The allowed values, when the setting is an enum.
    #[serde(rename = "enum", default, skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<Value>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `ServiceClickhouseSettingsSchema`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SettingsSchema {
    #[serde(default)]
    pub settings: Vec<SettingSchema>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A warning about a setting just changed (`ServiceClickhouseSettingWarning`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SettingWarning {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
}

/// The answer to a change (`ServiceClickhouseSettingsPatchResponse`): the settings written, as a JSON
/// object in a string, and warnings.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SettingsChanged {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<SettingWarning>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn settings_path(org: &str, service: &str) -> String {
    format!("{}/clickhouseSettings", service_path(org, service))
}

impl Api {
    /// The settings explicitly set on the service.
    pub async fn clickhouse_settings(&self, org: &str, service: &str) -> Result<SettingsList> {
        self.call(Request::get(settings_path(org, service))).await
    }

    /// The current value of one setting.
    pub async fn clickhouse_setting(
        &self,
        org: &str,
        service: &str,
        name: &str,
    ) -> Result<Setting> {
        let path = format!("{}/{}", settings_path(org, service), segment(name));
        self.call(Request::get(path)).await
    }

    /// Every configurable setting: types, allowed values, descriptions, warnings.
    pub async fn clickhouse_settings_schema(
        &self,
        org: &str,
        service: &str,
    ) -> Result<SettingsSchema> {
        let path = format!("{}/schema", settings_path(org, service));
        self.call(Request::get(path)).await
    }

    /// Sets settings: names to values, each value typed as the schema says (the API takes the object as a
    /// JSON string, `ServiceClickhouseSettingsPatchRequest.settings`).
    pub async fn set_clickhouse_settings(
        &self,
        org: &str,
        service: &str,
        settings: &Map<String, Value>,
    ) -> Result<SettingsChanged> {
        let body = serde_json::json!({ "settings": Value::Object(settings.clone()).to_string() });
        self.call(Request::patch(settings_path(org, service), body))
            .await
    }

    /// Resets a setting to its platform default.
    pub async fn reset_clickhouse_setting(
        &self,
        org: &str,
        service: &str,
        name: &str,
    ) -> Result<()> {
        let path = format!("{}/{}", settings_path(org, service), segment(name));
        self.call_empty(Request::delete(path)).await
    }
}
