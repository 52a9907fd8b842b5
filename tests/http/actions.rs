//! "You said, we did": staff keep the action log; published items reach young people in
//! their language, falling back to English marked as English.

use crate::support::TestApp;
use app::domain::access::Role;
use http::StatusCode;

#[tokio::test]
async fn an_action_is_added_translated_published_and_shown_to_young_people() {
    let app = TestApp::new().await;
    let rights = app.staff(Role::RightsOfficer).await;
    let base = [
        ("csrf", rights.csrf.as_str()),
        ("outcome", "have-a-say"),
        ("said", "You said you do not know who your IRO is."),
        ("action", "Every IRO will send you a card with their photo."),
        ("owner", "IRO service manager"),
        ("due_day", "2027-03-31"),
        ("status", "in-progress"),
    ];
    let bad = app.post("/staff/actions", &[("csrf", rights.csrf.as_str()), ("outcome", "nope")], Some(&rights.cookie)).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["#outcome", "#said", "#action", "#owner", "#status"] {
        assert!(bad.body.contains(&format!(r##"href="{f}""##)), "{f}");
    }
    let p = app.post("/staff/actions", &base, Some(&rights.cookie)).await;
    assert_eq!(p.location(), "/staff/actions");
    assert!(!app.get("/you-said-we-did").await.body.contains("photo"), "not published yet");

    let row = app::db::actions::list(&app.state.db, app.state.org()).await.expect("list").remove(0);
    let mut edit = base.to_vec();
    edit.extend([
        ("published", "yes"),
        ("said_cy", "Dywedoch nad ydych yn gwybod pwy yw eich SAA."),
        ("action_cy", "Bydd pob SAA yn anfon cerdyn gyda'u llun."),
    ]);
    let p = app.post(&format!("/staff/actions/{}", row.id), &edit, Some(&rights.cookie)).await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);

    let en = app.get("/you-said-we-did").await;
    assert!(en.body.contains("Every IRO will send you a card with their photo."));
    assert!(en.body.contains("Getting involved and having a say"));
    let cy = app.get("/you-said-we-did?lang=cy").await;
    assert!(cy.body.contains("Bydd pob SAA yn anfon cerdyn"));
    assert!(cy.body.contains("Nid yw siaradwr brodorol wedi gwirio"), "unreviewed translation is flagged");
    let ar = app.get("/you-said-we-did?lang=ar").await;
    assert!(ar.body.contains(r#"lang="en-GB""#) && ar.body.contains("Every IRO"), "no Arabic yet: English, marked as English");
}

#[tokio::test]
async fn only_roles_with_the_action_log_may_keep_it() {
    let app = TestApp::new().await;
    for role in [Role::Analyst, Role::ComplaintsManager, Role::ContentEditor] {
        let s = app.staff(role).await;
        let p = app.get_with("/staff/actions", &[("cookie", &s.cookie)]).await;
        assert_eq!(p.status, StatusCode::FORBIDDEN, "{role:?}");
    }
}
