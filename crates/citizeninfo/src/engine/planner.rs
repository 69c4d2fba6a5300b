//! Planning: read the current state in bulk, compare it with what is wanted, and
//! check everything a change needs before anything is sent: that points and
//! processes exist, that a point may bind a process, that a new point has no
//! near-identical namesake, and that the account may make each change.

use std::collections::BTreeMap;

use citizeninfo_api::access::Access;
use citizeninfo_api::checks::may_bind_in;
use citizeninfo_api::rules::MAX_PAGE_SIZE;
use citizeninfo_api::{
    Agency, NewPoint, OrgQuery, PointCode, PointQuery, PointSummary, ProcessId, ProcessSummary,
    Right, ScopeKind, ServicePoint,
};
use citizeninfo_client::{Client, ClientResult};

use super::diff::{edit_distance, normal, plan_point};
use super::{Action, Desired, Plan, PlannedCreate, PlannedPoint, Refusal};

/// What a desired state cannot be planned for. Each front end names the place it
/// came from (an argument, a sheet row, `file:line:column`).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// No point has the code, and nothing says how to create it.
    NotFound,
    /// Only creation was asked for, and the code exists (`points add`).
    Exists(PointSummary),
    /// A point to create has a near-identical name under the same parent.
    Namesake(PointSummary),
    /// A new point names an agency that does not exist.
    NoAgency(String),
    /// A process does not exist.
    NoProcess(ProcessId),
    /// The parent it is to be placed under neither exists nor is created in this run.
    NoParent(PointCode),
    /// The parent it is to be placed under is the point itself or below it.
    OwnAncestor(PointCode),
    /// The point may not bind the process: another department's, not open to it.
    MayNotBind {
        /// The process.
        process: ProcessSummary,
        /// The point's department.
        department_id: String,
    },
}

impl Problem {
    /// The problem in one sentence about `code`.
    pub fn describe(&self, code: &PointCode) -> String {
        match self {
            Problem::NotFound => format!("no service point has the code {code}"),
            Problem::Exists(p) => format!(
                "{code} already exists ({}, {})",
                p.name_th,
                p.status.as_str()
            ),
            Problem::Namesake(p) => format!(
                "{} ({}, {}) already has a near-identical name under the same parent",
                p.code,
                p.name_th,
                p.status.as_str()
            ),
            Problem::NoAgency(id) => format!("{code}: the agency {id} does not exist"),
            Problem::NoProcess(id) => format!("{code}: the process {id} does not exist"),
            Problem::NoParent(p) => {
                format!("{code}: the parent {p} does not exist, and is not created with it")
            }
            Problem::OwnAncestor(p) => {
                format!("{code} cannot be placed under {p}: {p} is {code} itself or below it")
            }
            Problem::MayNotBind {
                process,
                department_id,
            } => format!(
                "{code} (department {department_id}) may not bind {}: it belongs to department {} and is open to its {} only",
                process.id,
                process.department_id,
                process.open_to.as_str()
            ),
        }
    }
}

/// How to plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Only creations are asked for: an existing code is a problem (`points add`).
    pub create_only: bool,
}

/// A plan, and what could not be planned, by the index of the desired state.
#[derive(Debug, Clone, Default)]
pub struct Planned {
    /// The plan.
    pub plan: Plan,
    /// Problems, each with the index of its desired state.
    pub problems: Vec<(usize, Problem)>,
}

/// Reads the state a plan needs, each kind at most once a run.
pub struct Planner<'a> {
    client: &'a Client,
    current: BTreeMap<PointCode, ServicePoint>,
    /// Codes read and found absent.
    absent: std::collections::BTreeSet<PointCode>,
    processes: Option<BTreeMap<ProcessId, ProcessSummary>>,
    agencies: Option<Vec<Agency>>,
    access: Option<Access>,
    /// The points under each (agency, parent) a creation goes into, read once.
    siblings: BTreeMap<(String, Option<PointCode>), Vec<PointSummary>>,
    /// Codes stated with what creates them in other batches of the same run, so a
    /// point may be placed under one.
    created_elsewhere: std::collections::BTreeSet<PointCode>,
}

impl<'a> Planner<'a> {
    /// A planner reading through `client`.
    pub fn new(client: &'a Client) -> Planner<'a> {
        Planner {
            client,
            current: BTreeMap::new(),
            absent: Default::default(),
            processes: None,
            agencies: None,
            access: None,
            siblings: BTreeMap::new(),
            created_elsewhere: Default::default(),
        }
    }

    /// Starts the next batch of a run planned batch by batch: the points read for
    /// the batch before are forgotten (processes, agencies and the account are
    /// kept), so memory holds one batch of points at a time; `ahead` is what was
    /// read of this batch already (the codes asked for, and those found), and
    /// `creating` the codes this batch states with what creates them, so a point
    /// of a later batch may be placed under one.
    pub fn next_batch(
        &mut self,
        ahead: Option<(Vec<PointCode>, BTreeMap<PointCode, ServicePoint>)>,
        creating: impl IntoIterator<Item = PointCode>,
    ) {
        self.current.clear();
        self.absent.clear();
        if let Some((asked, found)) = ahead {
            self.found(asked, found);
        }
        self.created_elsewhere.extend(creating);
    }

    /// Reads these points in bulk (1,000 a request), skipping those already read.
    pub async fn read(&mut self, codes: &[PointCode]) -> ClientResult<()> {
        let mut missing: Vec<PointCode> = codes
            .iter()
            .filter(|c| !self.current.contains_key(*c) && !self.absent.contains(*c))
            .cloned()
            .collect();
        missing.sort();
        missing.dedup();
        if missing.is_empty() {
            return Ok(());
        }
        let found = self.client.points_by_code(&missing).await?;
        self.found(missing, found);
        Ok(())
    }

    /// Takes points read in bulk elsewhere (ahead of planning them): those found
    /// among the codes `asked`, the others are absent.
    fn found(&mut self, asked: Vec<PointCode>, found: BTreeMap<PointCode, ServicePoint>) {
        for code in asked {
            if !found.contains_key(&code) {
                self.absent.insert(code);
            }
        }
        self.current.extend(found);
    }

    /// A point as read.
    pub fn current(&self, code: &PointCode) -> Option<&ServicePoint> {
        self.current.get(code)
    }

    /// Every agency, read once.
    pub async fn agencies(&mut self) -> ClientResult<&[Agency]> {
        if self.agencies.is_none() {
            self.agencies = Some(self.client.agencies(&OrgQuery::default()).await?);
        }
        Ok(self.agencies.as_deref().unwrap_or_default())
    }

    async fn processes(&mut self) -> ClientResult<&BTreeMap<ProcessId, ProcessSummary>> {
        if self.processes.is_none() {
            self.processes = Some(self.client.all_processes().await?);
        }
        Ok(self.processes.get_or_insert_with(BTreeMap::new))
    }

    async fn access(&mut self) -> ClientResult<&Access> {
        if self.access.is_none() {
            let me = self.client.me().await?;
            self.access = Some(Access {
                scope: me.scope,
                rights: me.rights,
            });
        }
        Ok(self.access.get_or_insert_with(|| Access {
            scope: citizeninfo_api::Scope {
                kind: ScopeKind::Unit,
                id: None,
                name_th: None,
            },
            rights: Vec::new(),
        }))
    }

    /// The codes above a point, reading missing parents in bulk.
    async fn ancestors(&mut self, code: &PointCode) -> ClientResult<Vec<PointCode>> {
        let mut out = Vec::new();
        let mut next = self
            .current
            .get(code)
            .and_then(|p| p.summary.parent_code.clone());
        while let Some(parent) = next {
            if out.contains(&parent) {
                break;
            }
            self.read(std::slice::from_ref(&parent)).await?;
            next = self
                .current
                .get(&parent)
                .and_then(|p| p.summary.parent_code.clone());
            out.push(parent);
        }
        Ok(out)
    }

    /// What stops a point from being placed under `parent`: a parent that neither
    /// exists nor is created in this run, or one that is the point or below it.
    async fn parent_problem(
        &mut self,
        code: &PointCode,
        parent: &PointCode,
        creating: &std::collections::BTreeSet<PointCode>,
    ) -> ClientResult<Option<Problem>> {
        if parent == code {
            return Ok(Some(Problem::OwnAncestor(parent.clone())));
        }
        if !self.current.contains_key(parent) {
            return Ok((!creating.contains(parent)).then(|| Problem::NoParent(parent.clone())));
        }
        if self.ancestors(parent).await?.contains(code) {
            return Ok(Some(Problem::OwnAncestor(parent.clone())));
        }
        Ok(None)
    }

    /// Plans every desired state against the current one.
    pub async fn plan(&mut self, wanted: &[Desired], options: Options) -> ClientResult<Planned> {
        let codes: Vec<PointCode> = wanted.iter().map(|d| d.code.clone()).collect();
        self.read(&codes).await?;
        // The parents points are to be placed under, where that changes, in one more
        // bulk read: a point stated under the parent it has needs none.
        let parents: Vec<PointCode> = wanted
            .iter()
            .filter_map(|d| match self.current.get(&d.code) {
                Some(now) => d
                    .patch
                    .parent_code
                    .clone()
                    .flatten()
                    .filter(|p| now.summary.parent_code.as_ref() != Some(p)),
                None => d.create.as_ref().and_then(|c| c.parent_code.clone()),
            })
            .collect();
        self.read(&parents).await?;
        let creating: std::collections::BTreeSet<PointCode> = wanted
            .iter()
            .filter(|d| d.create.is_some() && !self.current.contains_key(&d.code))
            .map(|d| d.code.clone())
            .chain(
                self.created_elsewhere
                    .iter()
                    .filter(|c| !self.current.contains_key(*c))
                    .cloned(),
            )
            .collect();
        // Read for what a point may bind, and for the names of what it unbinds.
        let binding = wanted.iter().any(|d| d.bindings.is_some());
        if binding {
            self.processes().await?;
        }
        if wanted
            .iter()
            .any(|d| d.create.is_some() && !self.current.contains_key(&d.code))
        {
            self.agencies().await?;
        }
        let mut out = Planned::default();
        for (i, d) in wanted.iter().enumerate() {
            match self.current.get(&d.code).cloned() {
                Some(_) if options.create_only => {
                    let summary = self.current[&d.code].summary.clone();
                    out.problems.push((i, Problem::Exists(summary)));
                }
                Some(now) => {
                    let problems = self.binding_problems(
                        d,
                        &now.summary.ministry_id,
                        &now.summary.department_id,
                    );
                    if !problems.is_empty() {
                        out.problems.extend(problems.into_iter().map(|p| (i, p)));
                        continue;
                    }
                    let planned = plan_point(&now, d);
                    if let Some(Some(parent)) = &planned.patch.parent_code
                        && let Some(p) = self.parent_problem(&d.code, parent, &creating).await?
                    {
                        out.problems.push((i, p));
                        continue;
                    }
                    self.place(&now, d, planned, &mut out.plan).await?;
                }
                None => match &d.create {
                    None => out.problems.push((i, Problem::NotFound)),
                    Some(new) => {
                        let parent = match &new.parent_code {
                            Some(parent) => self.parent_problem(&d.code, parent, &creating).await?,
                            None => None,
                        };
                        if let Some(p) = parent {
                            out.problems.push((i, p));
                        } else if let Some(p) = self.plan_create(d, new).await? {
                            out.problems.push((i, p));
                        } else {
                            match self.creation_refusal(&d.code, new).await? {
                                Some(refusal) => out.plan.forbidden.push(refusal),
                                None => out.plan.creates.push(PlannedCreate {
                                    point: NewPoint {
                                        process_ids: d
                                            .bindings
                                            .as_ref()
                                            .map(|b| b.to_bind().to_vec())
                                            .unwrap_or_default(),
                                        ..new.clone()
                                    },
                                }),
                            }
                        }
                    }
                },
            }
        }
        if let Some(processes) = &self.processes {
            let plan = &mut out.plan;
            let ids = plan
                .points
                .iter()
                .flat_map(|p| p.bind.iter().chain(&p.unbind))
                .chain(plan.creates.iter().flat_map(|c| &c.point.process_ids));
            plan.process_names = ids
                .filter_map(|id| processes.get(id).map(|p| (id.clone(), p.name_th.clone())))
                .collect();
        }
        Ok(out)
    }

    /// Files a planned change of an existing point as unchanged, stale, forbidden
    /// or to be made.
    async fn place(
        &mut self,
        now: &ServicePoint,
        d: &Desired,
        planned: PlannedPoint,
        plan: &mut Plan,
    ) -> ClientResult<()> {
        let s = &now.summary;
        if planned.is_empty() {
            plan.unchanged.push(s.code.clone());
            return Ok(());
        }
        if let Some(base) = d.base_version.filter(|v| *v != s.version) {
            plan.stale.push(Refusal {
                code: s.code.clone(),
                action: Action::Update,
                name_th: Some(s.name_th.clone()),
                reason: format!(
                    "edited in the service since it was read (version {base}, now {}); left out so that edit is not undone",
                    s.version
                ),
                hint: None,
            });
            return Ok(());
        }
        match self.refusal(s, &planned).await? {
            Some(reason) => plan.forbidden.push(Refusal {
                code: s.code.clone(),
                action: Action::Update,
                name_th: Some(s.name_th.clone()),
                reason,
                hint: None,
            }),
            None => plan.points.push(planned),
        }
        Ok(())
    }

    /// Why the account may not make a planned change of a point, if it may not.
    async fn refusal(
        &mut self,
        s: &PointSummary,
        planned: &PlannedPoint,
    ) -> ClientResult<Option<String>> {
        let mut rights = Vec::new();
        if !planned.patch.is_empty()
            || !planned.add_photos.is_empty()
            || !planned.remove_photos.is_empty()
        {
            rights.push(Right::EditPoints);
        }
        if planned.status.is_some() {
            rights.push(Right::HidePoints);
        }
        if planned.new_set.is_some() {
            rights.push(Right::BindProcesses);
        }
        let unit_scope = self.access().await?.scope.kind == ScopeKind::Unit;
        let ancestors = if unit_scope {
            self.ancestors(&s.code).await?
        } else {
            Vec::new()
        };
        let mut refusal = self.access().await?.refusal(s, &ancestors, &rights);
        // Moving a point moves it into its new parent's part of the tree, which the
        // account must cover too.
        if refusal.is_none()
            && let Some(Some(parent)) = &planned.patch.parent_code
            && let Some(p) = self.current.get(parent).map(|p| p.summary.clone())
        {
            let above = if unit_scope {
                self.ancestors(parent).await?
            } else {
                Vec::new()
            };
            refusal = self
                .access()
                .await?
                .refusal(&p, &above, &[Right::EditPoints])
                .map(|reason| format!("may not move it under {parent}: {reason}"));
        }
        Ok(refusal)
    }

    /// The refusal of a point's creation the account may not make, if it may not.
    async fn creation_refusal(
        &mut self,
        code: &PointCode,
        new: &NewPoint,
    ) -> ClientResult<Option<Refusal>> {
        self.agencies().await?;
        let access = self.access().await?.clone();
        let agency = self
            .agencies
            .as_deref()
            .unwrap_or_default()
            .iter()
            .find(|a| a.id == new.agency_id);
        Ok(agency
            .and_then(|a| access.creation_refusal(a))
            .map(|reason| Refusal {
                code: code.clone(),
                action: Action::Create,
                name_th: Some(new.name_th.clone()),
                reason,
                hint: (!access.may(Right::CreatePoints)).then(|| {
                    "sign in with `citizeninfo login --openid`: adding a point needs an OpenID account".to_owned()
                }),
            }))
    }

    /// A plan made by another account (a saved plan) filed again under this one:
    /// each change or creation it may not make moves to `forbidden`, by the same
    /// checks as planning.
    pub async fn recheck(&mut self, plan: Plan) -> ClientResult<Plan> {
        let codes: Vec<PointCode> = plan
            .points
            .iter()
            .flat_map(|p| {
                std::iter::once(p.code.clone()).chain(p.patch.parent_code.clone().flatten())
            })
            .collect();
        self.read(&codes).await?;
        let Plan {
            points,
            creates,
            unchanged,
            mut forbidden,
            stale,
            process_names,
        } = plan;
        let mut kept = Vec::new();
        for planned in points {
            let Some(now) = self.current.get(&planned.code).cloned() else {
                kept.push(planned);
                continue;
            };
            let s = &now.summary;
            match self.refusal(s, &planned).await? {
                Some(reason) => forbidden.push(Refusal {
                    code: s.code.clone(),
                    action: Action::Update,
                    name_th: Some(s.name_th.clone()),
                    reason,
                    hint: None,
                }),
                None => kept.push(planned),
            }
        }
        let mut made = Vec::new();
        for create in creates {
            match self
                .creation_refusal(&create.point.code, &create.point)
                .await?
            {
                Some(refusal) => forbidden.push(refusal),
                None => made.push(create),
            }
        }
        Ok(Plan {
            points: kept,
            creates: made,
            unchanged,
            forbidden,
            stale,
            process_names,
        })
    }

    /// Problems with a desired state's processes: ids that do not exist, and
    /// processes a point of this ministry and department may not bind.
    fn binding_problems(
        &self,
        d: &Desired,
        ministry_id: &str,
        department_id: &str,
    ) -> Vec<Problem> {
        let Some(rule) = &d.bindings else {
            return Vec::new();
        };
        let empty = BTreeMap::new();
        let processes = self.processes.as_ref().unwrap_or(&empty);
        rule.ids()
            .iter()
            .filter_map(|id| match processes.get(id) {
                None => Some(Problem::NoProcess(id.clone())),
                Some(p)
                    if rule.to_bind().contains(id)
                        && !may_bind_in(p, ministry_id, department_id) =>
                {
                    Some(Problem::MayNotBind {
                        process: p.clone(),
                        department_id: department_id.to_owned(),
                    })
                }
                Some(_) => None,
            })
            .collect()
    }

    /// What stops a creation: an unknown agency, processes it may not bind, or a
    /// near-identical namesake.
    async fn plan_create(&mut self, d: &Desired, new: &NewPoint) -> ClientResult<Option<Problem>> {
        let agency = self
            .agencies
            .as_deref()
            .unwrap_or_default()
            .iter()
            .find(|a| a.id == new.agency_id)
            .cloned();
        let Some(agency) = agency else {
            return Ok(Some(Problem::NoAgency(new.agency_id.clone())));
        };
        if let Some(p) = self
            .binding_problems(d, &agency.ministry_id, &agency.department_id)
            .into_iter()
            .next()
        {
            return Ok(Some(p));
        }
        let key = (new.agency_id.clone(), new.parent_code.clone());
        if !self.siblings.contains_key(&key) {
            let under = siblings(self.client, &new.agency_id, new.parent_code.as_ref()).await?;
            self.siblings.insert(key.clone(), under);
        }
        let found = self.siblings.get(&key).and_then(|under| {
            under
                .iter()
                .find(|p| {
                    near_identical(&p.name_th, &new.name_th)
                        || near_identical(&p.name_en, &new.name_en)
                })
                .cloned()
        });
        Ok(found.map(Problem::Namesake))
    }
}

/// True when two names differ only by spacing, case or a slip of a character or two.
pub fn near_identical(a: &str, b: &str) -> bool {
    let squash = |s: &str| {
        normal(s)
            .to_lowercase()
            .split_whitespace()
            .collect::<String>()
    };
    let (a, b) = (squash(a), squash(b));
    // Offices numbered in a series (ภาค 1, ภาค 2) are different offices.
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    a == b || (digits(&a) == digits(&b) && a.chars().count() >= 8 && edit_distance(&a, &b) <= 2)
}

/// The points under one parent of an agency (or at its root), among which the
/// back-office manual asks a person to look for a namesake before adding a point.
async fn siblings(
    client: &Client,
    agency: &str,
    parent: Option<&PointCode>,
) -> ClientResult<Vec<PointSummary>> {
    let q = PointQuery {
        agency: Some(agency.to_owned()),
        parent: parent.cloned(),
        limit: Some(MAX_PAGE_SIZE),
        ..Default::default()
    };
    client.points_pages(&q).all().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_identical_names() {
        assert!(near_identical("ที่ว่าการอำเภอบางกรวย", "ที่ว่าการอำเภอ บางกรวย"));
        assert!(near_identical(
            "Bang Kruai District Office",
            "bang kruai district ofice"
        ));
        assert!(!near_identical("ที่ว่าการอำเภอบางกรวย", "ที่ว่าการอำเภอบางใหญ่"));
        assert!(!near_identical("จุดบริการเคลื่อนที่ 1", "จุดบริการเคลื่อนที่ 16"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
