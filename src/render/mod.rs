//! Render: views (ready values) laid out by Tera templates from the theme.

pub mod charts;
pub mod data_export;
pub mod feeds;
pub mod links;
pub mod metadata;
pub mod pages;
pub mod shortcodes;
pub mod site_paths;
pub mod sitemap;
pub mod templates;
pub mod views;
