//! Where attached documents' bytes live: a folder on disk by default, or a bucket of an
//! S3-compatible object store when configured, behind the one `object_store` interface.
//! The database holds only each document's key, type, size and hash.

use anyhow::Context;
use object_store::ObjectStore;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use std::sync::Arc;

use crate::config::Config;

/// Opens the store the configuration names.
pub fn from_config(config: &Config) -> anyhow::Result<Arc<dyn ObjectStore>> {
    match &config.s3_bucket {
        Some(bucket) => {
            let mut builder = AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .with_region(&config.s3_region);
            if let (Some(key), Some(secret)) =
                (&config.s3_access_key_id, &config.s3_secret_access_key)
            {
                builder = builder
                    .with_access_key_id(key)
                    .with_secret_access_key(secret);
            }
            if let Some(endpoint) = &config.s3_endpoint {
                // Self-hosted stores answer on plain HTTP inside a private network, and
                // address buckets by path rather than by host name.
                builder = builder
                    .with_endpoint(endpoint)
                    .with_allow_http(endpoint.starts_with("http://"))
                    .with_virtual_hosted_style_request(false);
            }
            Ok(Arc::new(
                builder.build().context("configuring the S3 store")?,
            ))
        }
        None => {
            std::fs::create_dir_all(&config.attachments_dir)
                .with_context(|| format!("creating {}", config.attachments_dir.display()))?;
            let store = LocalFileSystem::new_with_prefix(&config.attachments_dir)
                .with_context(|| format!("opening {}", config.attachments_dir.display()))?;
            Ok(Arc::new(store))
        }
    }
}

/// Deletes a document's bytes, logging (not failing) when the store refuses: the caller's
/// change stands either way, and a missing blob is already what is wanted.
pub async fn delete_quietly(store: &dyn ObjectStore, path: &object_store::path::Path) {
    match store.delete(path).await {
        Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
        Err(err) => tracing::warn!(error = %err, %path, "deleting an attachment's bytes"),
    }
}

/// Whether a store's error is its disk being full (`ENOSPC`, or a quota), found anywhere in
/// the chain of causes.
pub fn is_storage_full(err: &object_store::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(error) = cause {
        if let Some(io) = error.downcast_ref::<std::io::Error>()
            && (io.kind() == std::io::ErrorKind::StorageFull
                || io.kind() == std::io::ErrorKind::QuotaExceeded)
        {
            return true;
        }
        cause = error.source();
    }
    false
}

/// Every type [`sniff`] can find: what the system accepts, and what a download can be.
pub const DOCUMENT_TYPES: &[&str] = &[
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/tiff",
    "image/webp",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/x-ole-storage",
];

/// What a file's first bytes say it is; `None` for anything but the accepted documents.
///
/// The declared type and the name's extension are ignored: a renamed executable stays an
/// executable. Office formats are ZIP containers, told apart by the parts they must hold.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"%PDF-") {
        return Some("application/pdf");
    }
    if starts(b"\x89PNG\r\n\x1a\n") {
        return Some("image/png");
    }
    if starts(b"\xFF\xD8\xFF") {
        return Some("image/jpeg");
    }
    if starts(b"GIF87a") || starts(b"GIF89a") {
        return Some("image/gif");
    }
    if starts(b"II*\0") || starts(b"MM\0*") {
        return Some("image/tiff");
    }
    if bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Some("image/webp");
    }
    if starts(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        // Word 97-2003, Excel 97-2003 and the like share one container format.
        return Some("application/x-ole-storage");
    }
    if starts(b"PK\x03\x04") {
        return office_zip(bytes);
    }
    None
}

fn office_zip(bytes: &[u8]) -> Option<&'static str> {
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    // OpenDocument files start with an uncompressed `mimetype` entry naming their type.
    for (marker, kind) in [
        (
            &b"mimetypeapplication/vnd.oasis.opendocument.text"[..],
            "application/vnd.oasis.opendocument.text",
        ),
        (
            b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.spreadsheet",
        ),
    ] {
        if contains(marker) {
            return Some(kind);
        }
    }
    if !contains(b"[Content_Types].xml") {
        return None;
    }
    if contains(b"word/") {
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    } else if contains(b"xl/") {
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    } else if contains(b"ppt/") {
        Some("application/vnd.openxmlformats-officedocument.presentationml.presentation")
    } else {
        None
    }
}

/// The file name with an extension that matches the type found in the content: a PDF called
/// `invoice.hta` is stored as `invoice.hta.pdf`, so it opens as what it is.
pub fn name_for_type(name: &str, content_type: &str) -> String {
    let allowed: &[&str] = match content_type {
        "application/pdf" => &["pdf"],
        "image/png" => &["png"],
        "image/jpeg" => &["jpg", "jpeg"],
        "image/gif" => &["gif"],
        "image/tiff" => &["tif", "tiff"],
        "image/webp" => &["webp"],
        "application/x-ole-storage" => &["doc", "xls", "ppt", "msg"],
        "application/vnd.oasis.opendocument.text" => &["odt"],
        "application/vnd.oasis.opendocument.spreadsheet" => &["ods"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => &["docx"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => &["xlsx"],
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => &["pptx"],
        _ => &[],
    };
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match allowed.first() {
        Some(_) if allowed.contains(&extension.as_str()) => name.to_owned(),
        Some(first) => format!("{name}.{first}"),
        None => name.to_owned(),
    }
}

/// A file name safe to store and to send back in a header: the last path segment, without
/// control characters, at most 200 characters.
pub fn clean_file_name(raw: &str) -> Option<String> {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    // Control and text-direction characters go (`shared::text`): a name with a
    // right-to-left override would be shown as something it is not.
    let cleaned: String = shared::text::strip(last, shared::text::TextKind::SingleLine)
        .chars()
        .filter(|c| *c != '"')
        .take(200)
        .collect();
    let cleaned = cleaned.trim().to_owned();
    (!cleaned.is_empty() && cleaned != "." && cleaned != "..").then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_paths_controls_and_direction_overrides() {
        assert_eq!(
            clean_file_name("C:\\Users\\x\\invoice\u{202E}fdp.exe").as_deref(),
            Some("invoicefdp.exe")
        );
        assert_eq!(
            clean_file_name("../../etc/passwd\0").as_deref(),
            Some("passwd")
        );
        assert_eq!(clean_file_name("\u{2066}..\u{2069}"), None);
    }

    #[test]
    fn content_decides_the_type() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"MZ\x90\0 an executable"), None);
        assert_eq!(sniff(b"<html><script>"), None);
        assert_eq!(sniff(b"PK\x03\x04 a plain zip archive"), None);
        assert_eq!(
            sniff(b"PK\x03\x04...[Content_Types].xml...word/document.xml"),
            Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        );
    }

    #[test]
    fn extensions_follow_the_content() {
        assert_eq!(
            name_for_type("diploma.PDF", "application/pdf"),
            "diploma.PDF"
        );
        assert_eq!(
            name_for_type("invoice.hta", "application/pdf"),
            "invoice.hta.pdf"
        );
        assert_eq!(name_for_type("scan", "image/jpeg"), "scan.jpg");
    }

    #[test]
    fn file_names_lose_paths_and_controls() {
        assert_eq!(
            clean_file_name("../../etc/passwd").as_deref(),
            Some("passwd")
        );
        assert_eq!(
            clean_file_name("C:\\x\\diplom\u{0}a.pdf").as_deref(),
            Some("diploma.pdf")
        );
        assert_eq!(clean_file_name(" .. "), None);
        assert_eq!(clean_file_name(""), None);
    }
}
