//! Backup and restore on SQLite and PostgreSQL: an installation with a document is backed up
//! while it serves, restored into a fresh database and store, and the restored installation
//! serves the same requests, the document with its bytes and the audit log's whole chain. A
//! restore never overwrites: into a database or a store that holds data, it is refused.

use imi_tests::{ANNA, TempDir, TestDb, db_test, test_config};
use reqwest::StatusCode;

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

db_test!(
    a_backup_restores_requests_documents_and_the_audit_chain,
    |app| {
        let anna = app.user(ANNA).await;
        // A document on one of Anna's drafts.
        let drafts = app.get_json(&anna, "/api/requests?box=drafts").await;
        let draft = drafts["rows"][0]["id"].as_i64().expect("a demo draft");
        let response = anna
            .post(app.url(&format!(
                "/api/requests/{draft}/attachments?name=diploma.pdf"
            )))
            .header("content-type", "application/pdf")
            .body(PDF.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let document = response.json::<serde_json::Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
        let requests_before = app.get_json(&anna, "/api/requests?box=all").await["total"].clone();

        // Backed up while the server serves.
        let mut source = test_config(app.db.url.clone());
        source.attachments_dir = app.blobs.0.clone();
        let folder = TempDir(
            std::env::temp_dir().join(format!("imi_backup_{}", uuid::Uuid::new_v4().simple())),
        );
        let manifest = backend::backup::backup(&source, &folder.0).await.unwrap();
        assert_eq!(manifest.documents, 1);
        assert_eq!(manifest.document_bytes, PDF.len() as u64);
        // A second backup into the same folder is refused: backups never mix.
        assert!(backend::backup::backup(&source, &folder.0).await.is_err());

        // Restored into a fresh database and store.
        let fresh = TestDb::create(app.engine).await;
        let target = test_config(fresh.url.clone());
        let _store = TempDir(target.attachments_dir.clone());
        let restored = backend::backup::restore(&target, &folder.0).await.unwrap();
        assert_eq!(restored.documents, 1);
        let source_lines = backend::services::audit::verify(&app.server.state.db)
            .await
            .unwrap()
            .expect("the source's chain holds");
        assert!(
            restored.audit_lines >= source_lines && source_lines > 0,
            "{} lines restored, {source_lines} at the source",
            restored.audit_lines
        );
        // Restoring again over what was restored is refused, whether the store or only the
        // database holds data.
        let again = backend::backup::restore(&target, &folder.0).await;
        assert!(again.is_err(), "a restore overwrote a document store");
        let mut over = target.clone();
        over.attachments_dir =
            std::env::temp_dir().join(format!("imi_blobs_{}", uuid::Uuid::new_v4().simple()));
        let _other_store = TempDir(over.attachments_dir.clone());
        let refused = backend::backup::restore(&over, &folder.0)
            .await
            .expect_err("a restore overwrote a database");
        assert!(
            refused.to_string().contains("overwrites a database")
                || refused.to_string().contains("empty database"),
            "{refused}"
        );

        // The restored installation serves it all: the same requests, the document's bytes.
        let server = backend::spawn(target)
            .await
            .expect("the restored app starts");
        let base = server.url();
        let client = app.user_on(&base, ANNA).await;
        let list = imi_tests::get_json_at(&client, &format!("{base}/api/requests?box=all")).await;
        assert_eq!(list["total"], requests_before);
        let bytes = client
            .get(format!("{base}/api/attachments/{document}"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        assert_eq!(&bytes[..], PDF);
        drop(server);
        drop(fresh);
    }
);
