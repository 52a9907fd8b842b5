//! The HTML document around every page, and the router that picks the page.

use crate::components::layout::Layout;
use crate::i18n::{I18n, Locale};
use crate::pages;
use crate::state::AppState;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// Per-request values the middleware puts in the request's extensions.
#[derive(Clone, Debug)]
pub struct RequestMeta {
    /// The language chosen for this request.
    pub locale: Locale,
    /// The CSP nonce for this response's inline scripts.
    pub nonce: String,
}

/// Context: render an error page instead of the routed page, whatever the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForcedError {
    /// 500: something failed inside.
    Server,
    /// 429: too many posts from this address.
    TooManyRequests,
}

/// Reads the request's language from context (English outside a request, e.g. route listing).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n::new(Locale::EnGb))
}

fn request_meta() -> Option<RequestMeta> {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<RequestMeta>().cloned())
}

/// The whole HTML document.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let meta = request_meta();
    let locale = meta.as_ref().map(|m| m.locale).unwrap_or(Locale::EnGb);
    provide_context(I18n::new(locale));
    if let Some(m) = &meta {
        provide_context(leptos::nonce::Nonce::from_value(m.nonce.clone()));
    }
    let assets = use_context::<AppState>().map(|s| s.assets.clone()).unwrap_or_default();
    let hydrate = assets.hydrate.then(|| view! { <HydrationScripts options=options islands=true/> });
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="same-origin"/>
                <meta name="robots" content="noindex"/>
                <link rel="stylesheet" href=assets.css_href.clone()/>
                <link rel="icon" href="data:,"/>
                {hydrate}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The router: every address of the app.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    match use_context::<ForcedError>() {
        Some(ForcedError::Server) => {
            return view! { <Router><Layout><pages::errors::ServerError/></Layout></Router> }.into_any();
        }
        Some(ForcedError::TooManyRequests) => {
            return view! { <Router><Layout><pages::errors::TooManyRequests/></Layout></Router> }.into_any();
        }
        None => {}
    }
    view! {
        <Router>
            <Routes fallback=|| view! { <Layout><pages::errors::NotFound/></Layout> }>
                <ParentRoute path=path!("") view=PublicFrame ssr=SsrMode::Async>
                    <Route path=path!("") view=pages::home::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("help") view=pages::help::HelpPage ssr=SsrMode::Async/>
                    <Route path=path!("privacy") view=pages::privacy::PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("accessibility") view=pages::accessibility::AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("complaint") view=pages::complaint::ComplaintPage ssr=SsrMode::Async/>
                    <Route path=path!("track") view=pages::track::TrackPage ssr=SsrMode::Async/>
                    <Route path=path!("advocate") view=pages::advocate::AdvocatePage ssr=SsrMode::Async/>
                    <Route path=path!("compliment") view=pages::compliment::ComplimentPage ssr=SsrMode::Async/>
                    <Route path=path!("pledge") view=pages::pledge::PledgePage ssr=SsrMode::Async/>
                    <Route path=path!("charter") view=pages::charter::CharterPage ssr=SsrMode::Async/>
                    <Route path=path!("rights") view=pages::rights::RightsPage ssr=SsrMode::Async/>
                    <Route path=path!("entitlements") view=pages::entitlements::EntitlementsPage ssr=SsrMode::Async/>
                    <Route path=path!("you-said-we-did") view=pages::you_said::YouSaidPage ssr=SsrMode::Async/>
                    <Route path=path!("survey") view=pages::survey::landing::SurveyLandingPage ssr=SsrMode::Async/>
                    <Route path=path!("survey/resume") view=pages::survey::resume::ResumePage ssr=SsrMode::Async/>
                    <Route path=path!("survey/contact-me") view=pages::survey::contact::ContactPage ssr=SsrMode::Async/>
                    <Route path=path!("survey/contact-me/sent") view=pages::survey::contact::ContactSentPage ssr=SsrMode::Async/>
                    <Route path=path!("survey/:round/:band") view=pages::survey::start::SurveyStartPage ssr=SsrMode::Async/>
                    <Route path=path!("survey/:round/:band/q/:n") view=pages::survey::question::QuestionPage ssr=SsrMode::Async/>
                    <Route path=path!("survey/:round/:band/q/:n/help") view=pages::survey::safety::SafetyPage ssr=SsrMode::Async/>
                    <Route path=path!("survey/:round/:band/check") view=pages::survey::check::CheckPage ssr=SsrMode::Async/>
                    <Route path=path!("survey/:round/:band/save") view=pages::survey::save::SavePage ssr=SsrMode::Async/>
                    <Route path=path!("survey/:round/:band/sent") view=pages::survey::sent::SentPage ssr=SsrMode::Async/>
                </ParentRoute>
                <ParentRoute path=path!("staff") view=pages::staff::StaffFrame ssr=SsrMode::Async>
                    <Route path=path!("") view=pages::staff::home::StaffHomePage ssr=SsrMode::Async/>
                    <Route path=path!("sign-in") view=pages::staff::sign_in::SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("sign-in/code") view=pages::staff::sign_in::CodePage ssr=SsrMode::Async/>
                    <Route path=path!("setup/:token") view=pages::staff::setup::SetupPage ssr=SsrMode::Async/>
                    <Route path=path!("users") view=pages::staff::users::UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("audit") view=pages::staff::audit::AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("notifications") view=pages::staff::notifications::NotificationsPage ssr=SsrMode::Async/>
                    <Route path=path!("complaints") view=pages::staff::complaints::ComplaintsInbox ssr=SsrMode::Async/>
                    <Route path=path!("complaints/report") view=pages::staff::report::ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("complaints/:reference") view=pages::staff::case::CasePage ssr=SsrMode::Async/>
                    <Route path=path!("advocacy") view=pages::staff::advocacy::AdvocacyPage ssr=SsrMode::Async/>
                    <Route path=path!("calendar") view=pages::staff::calendar::CalendarPage ssr=SsrMode::Async/>
                    <Route path=path!("dashboard") view=pages::staff::dashboard::DashboardPage ssr=SsrMode::Async/>
                    <Route path=path!("results") view=pages::staff::results::ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("actions") view=pages::staff::actions::ActionsPage ssr=SsrMode::Async/>
                    <Route path=path!("actions/:id") view=pages::staff::actions::ActionPage ssr=SsrMode::Async/>
                    <Route path=path!("surveys") view=pages::staff::surveys::SurveyRoundsPage ssr=SsrMode::Async/>
                    <Route path=path!("contact-requests") view=pages::staff::contact_requests::ContactRequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("contact-requests/:id") view=pages::staff::contact_requests::ContactRequestPage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
    .into_any()
}

/// The young-person frame around the routed page.
#[component]
fn PublicFrame() -> impl IntoView {
    view! { <Layout><Outlet/></Layout> }
}
