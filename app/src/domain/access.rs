//! Who may do what in the staff area: the one place that defines it.
//!
//! Every staff address is listed in [`STAFF_ROUTES`] with the capability it needs. The router
//! refuses any `/staff` address that is not listed (deny by default), and the access tests
//! build their role × endpoint matrix from this same table.

/// A staff role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Runs the service: staff accounts, audit log, everything.
    Administrator,
    /// Handles complaints through the statutory stages.
    ComplaintsManager,
    /// Children's rights officer: advocacy, contact requests, surveys, "You said, we did".
    RightsOfficer,
    /// Sees anonymised results only.
    Analyst,
    /// Keeps the pledge, charter, rights and entitlements up to date.
    ContentEditor,
}

impl Role {
    /// Every role, in the order forms list them.
    pub const ALL: [Role; 5] =
        [Role::Administrator, Role::ComplaintsManager, Role::RightsOfficer, Role::Analyst, Role::ContentEditor];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::ComplaintsManager => "complaints-manager",
            Role::RightsOfficer => "rights-officer",
            Role::Analyst => "analyst",
            Role::ContentEditor => "content-editor",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Something a role may be allowed to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Capability {
    /// See the staff home and sign out.
    StaffHome,
    /// Invite, disable and change the role of staff.
    ManageStaff,
    /// Read the audit log.
    ViewAudit,
    /// Read and work on complaints and advocacy referrals (casework).
    Casework,
    /// Read "please contact me" safety requests.
    ContactRequests,
    /// Open and close survey rounds.
    SurveyRounds,
    /// Read anonymised results and figures.
    Dashboard,
    /// Keep the "You said, we did" action log.
    ActionLog,
    /// Edit and publish content.
    EditContent,
}

/// Whether `role` has `capability`.
pub fn can(role: Role, capability: Capability) -> bool {
    use Capability as C;
    use Role as R;
    match role {
        R::Administrator => true,
        R::ComplaintsManager => matches!(capability, C::StaffHome | C::Casework | C::ContactRequests | C::Dashboard),
        R::RightsOfficer => matches!(
            capability,
            C::StaffHome | C::Casework | C::ContactRequests | C::SurveyRounds | C::Dashboard | C::ActionLog
        ),
        R::Analyst => matches!(capability, C::StaffHome | C::Dashboard),
        R::ContentEditor => matches!(capability, C::StaffHome | C::EditContent),
    }
}

/// What a staff address needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Open to anyone (sign-in and account set-up pages).
    Public,
    /// A fully signed-in member of staff whose role has the capability.
    SignedIn(Capability),
}

/// HTTP method of a staff route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Reads; never changes anything.
    Get,
    /// Changes something; needs the session's CSRF token.
    Post,
}

/// One staff address.
#[derive(Clone, Copy, Debug)]
pub struct StaffRoute {
    /// GET or POST.
    pub method: Method,
    /// The route pattern as the router writes it (`{id}` for a parameter).
    pub path: &'static str,
    /// What it needs.
    pub access: Access,
}

const fn get(path: &'static str, access: Access) -> StaffRoute {
    StaffRoute { method: Method::Get, path, access }
}
const fn post(path: &'static str, access: Access) -> StaffRoute {
    StaffRoute { method: Method::Post, path, access }
}
use Access::{Public, SignedIn};
use Capability as Cap;

/// Every staff address and what it needs. A `/staff` address not listed here is refused.
pub const STAFF_ROUTES: &[StaffRoute] = &[
    get("/staff/sign-in", Public),
    post("/staff/sign-in", Public),
    get("/staff/sign-in/code", Public),
    post("/staff/sign-in/code", Public),
    get("/staff/setup/{token}", Public),
    post("/staff/setup/{token}", Public),
    get("/staff", SignedIn(Cap::StaffHome)),
    post("/staff/sign-out", SignedIn(Cap::StaffHome)),
    get("/staff/users", SignedIn(Cap::ManageStaff)),
    post("/staff/users", SignedIn(Cap::ManageStaff)),
    post("/staff/users/{id}/role", SignedIn(Cap::ManageStaff)),
    post("/staff/users/{id}/disable", SignedIn(Cap::ManageStaff)),
    post("/staff/users/{id}/enable", SignedIn(Cap::ManageStaff)),
    post("/staff/users/{id}/reset", SignedIn(Cap::ManageStaff)),
    get("/staff/audit", SignedIn(Cap::ViewAudit)),
    get("/staff/notifications", SignedIn(Cap::StaffHome)),
    get("/staff/complaints", SignedIn(Cap::Casework)),
    get("/staff/complaints/report", SignedIn(Cap::Dashboard)),
    get("/staff/complaints/report.csv", SignedIn(Cap::Dashboard)),
    get("/staff/complaints/{reference}", SignedIn(Cap::Casework)),
    post("/staff/complaints/{reference}", SignedIn(Cap::Casework)),
    get("/staff/advocacy", SignedIn(Cap::Casework)),
    post("/staff/advocacy/{reference}", SignedIn(Cap::Casework)),
    get("/staff/dashboard", SignedIn(Cap::Dashboard)),
    get("/staff/dashboard.csv", SignedIn(Cap::Dashboard)),
    get("/staff/results", SignedIn(Cap::Dashboard)),
    get("/staff/results.csv", SignedIn(Cap::Dashboard)),
    get("/staff/actions", SignedIn(Cap::ActionLog)),
    post("/staff/actions", SignedIn(Cap::ActionLog)),
    get("/staff/actions/{id}", SignedIn(Cap::ActionLog)),
    post("/staff/actions/{id}", SignedIn(Cap::ActionLog)),
    get("/staff/calendar", SignedIn(Cap::ManageStaff)),
    post("/staff/calendar", SignedIn(Cap::ManageStaff)),
    get("/staff/surveys", SignedIn(Cap::SurveyRounds)),
    post("/staff/surveys", SignedIn(Cap::SurveyRounds)),
    post("/staff/surveys/{id}/close", SignedIn(Cap::SurveyRounds)),
    get("/staff/contact-requests", SignedIn(Cap::ContactRequests)),
    get("/staff/contact-requests/{id}", SignedIn(Cap::ContactRequests)),
    post("/staff/contact-requests/{id}/done", SignedIn(Cap::ContactRequests)),
];

/// What the route `path` (a router pattern) needs for `method`; `None` if it is not a staff route.
pub fn route_access(method: Method, path: &str) -> Option<Access> {
    STAFF_ROUTES.iter().find(|r| r.method == method && r.path == path).map(|r| r.access)
}

/// Whether a staff member with `role` may use a route needing `access`.
pub fn allowed(role: Role, access: Access) -> bool {
    match access {
        Access::Public => true,
        Access::SignedIn(c) => can(role, c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysts_see_aggregates_only() {
        for c in [Cap::Casework, Cap::ContactRequests, Cap::ManageStaff, Cap::ViewAudit, Cap::EditContent] {
            assert!(!can(Role::Analyst, c), "{c:?}");
        }
        assert!(can(Role::Analyst, Cap::Dashboard));
    }

    #[test]
    fn only_administrators_manage_staff_and_read_the_audit_log() {
        for r in Role::ALL {
            assert_eq!(can(r, Cap::ManageStaff), r == Role::Administrator, "{r:?}");
            assert_eq!(can(r, Cap::ViewAudit), r == Role::Administrator, "{r:?}");
        }
    }

    #[test]
    fn every_role_has_a_home_and_names_round_trip() {
        for r in Role::ALL {
            assert!(can(r, Cap::StaffHome));
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn survey_rounds_and_contact_requests_go_to_the_roles_that_handle_them() {
        for r in Role::ALL {
            let rounds = matches!(r, Role::Administrator | Role::RightsOfficer);
            let contact = matches!(r, Role::Administrator | Role::RightsOfficer | Role::ComplaintsManager);
            assert_eq!(can(r, Cap::SurveyRounds), rounds, "{r:?}");
            assert_eq!(can(r, Cap::ContactRequests), contact, "{r:?}");
        }
        assert_eq!(route_access(Method::Get, "/staff/contact-requests/{id}"), Some(SignedIn(Cap::ContactRequests)));
        assert_eq!(route_access(Method::Post, "/staff/surveys"), Some(SignedIn(Cap::SurveyRounds)));
    }

    #[test]
    fn routes_are_unique_and_under_staff() {
        for (i, a) in STAFF_ROUTES.iter().enumerate() {
            assert!(a.path == "/staff" || a.path.starts_with("/staff/"), "{}", a.path);
            for b in &STAFF_ROUTES[i + 1..] {
                assert!(!(a.method == b.method && a.path == b.path), "duplicate {}", a.path);
            }
        }
    }
}
