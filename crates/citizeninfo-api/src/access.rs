//! Where an account may act: the one statement of the scope rule, used by the
//! sandbox when it answers and by the tool when it plans, so a plan can say
//! "forbidden" before anything is sent.

use crate::{Agency, PointCode, PointSummary, Right, Scope, ScopeKind};

/// True when a point lies inside the scope. `ancestors` are the codes above the
/// point (its parent, the parent's parent, ...); only a unit scope reads them.
pub fn covers(scope: &Scope, point: &PointSummary, ancestors: &[PointCode]) -> bool {
    let id = scope.id.as_deref().unwrap_or_default();
    match scope.kind {
        ScopeKind::All => true,
        ScopeKind::Ministry => point.ministry_id == id,
        ScopeKind::Department => point.department_id == id,
        ScopeKind::Agency => point.agency_id == id,
        ScopeKind::Unit => point.code.as_str() == id || ancestors.iter().any(|c| c.as_str() == id),
    }
}

/// True when the scope may create points in an agency. A unit scope may not: a new
/// point is placed in an agency, and a unit is narrower than one.
pub fn covers_agency(scope: &Scope, agency: &Agency) -> bool {
    let id = scope.id.as_deref().unwrap_or_default();
    match scope.kind {
        ScopeKind::All => true,
        ScopeKind::Ministry => agency.ministry_id == id,
        ScopeKind::Department => agency.department_id == id,
        ScopeKind::Agency => agency.id == id,
        ScopeKind::Unit => false,
    }
}

/// What an account may do, as `GET /me` tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct Access {
    /// Where.
    pub scope: Scope,
    /// What.
    pub rights: Vec<Right>,
}

impl Access {
    /// True when the account holds the right.
    pub fn may(&self, right: Right) -> bool {
        self.rights.contains(&right)
    }

    /// Why the account may not make a change needing `rights` to this point, or
    /// `None` when it may.
    pub fn refusal(
        &self,
        point: &PointSummary,
        ancestors: &[PointCode],
        rights: &[Right],
    ) -> Option<String> {
        if !covers(&self.scope, point, ancestors) {
            return Some(format!("outside your account's {}", self.scope_name()));
        }
        rights
            .iter()
            .find(|r| !self.may(**r))
            .map(|r| format!("your account does not have the right {}", r.as_str()))
    }

    /// Why the account may not create a point in this agency, or `None` when it may.
    pub fn creation_refusal(&self, agency: &Agency) -> Option<String> {
        if !self.may(Right::CreatePoints) {
            return Some(
                "adding a point needs an OpenID account with the right create_points".to_owned(),
            );
        }
        if !covers_agency(&self.scope, agency) {
            return Some(format!(
                "its agency {} is outside your account's {}",
                agency.id,
                self.scope_name()
            ));
        }
        None
    }

    fn scope_name(&self) -> String {
        let kind = match self.scope.kind {
            ScopeKind::All => "registry",
            ScopeKind::Ministry => "ministry",
            ScopeKind::Department => "department",
            ScopeKind::Agency => "agency",
            ScopeKind::Unit => "unit",
        };
        match (&self.scope.id, &self.scope.name_th) {
            (Some(id), Some(name)) => format!("{kind} {id} ({name})"),
            (Some(id), None) => format!("{kind} {id}"),
            _ => kind.to_owned(),
        }
    }
}
