/**
 * The SQL of the outcomes dashboard (docs/landing.md, "Outcomes"). Every statement takes the
 * edition as `$1` (null: every edition). Counts are computed by PostgreSQL, never in memory.
 */

/** LANDING engagements that reached COMPANY_REGISTERED (or later). */
export const LANDED_SQL = `(e.kind = 'LANDING' AND e.stage IN ('COMPANY_REGISTERED', 'OPERATING'))`;
/** INVESTMENT engagements at CLOSED_WON. */
export const INVESTED_SQL = `(e.kind = 'INVESTMENT' AND e.stage = 'CLOSED_WON')`;
/** RD_PARTNERSHIP engagements at AGREEMENT_SIGNED or later (not LOST). */
export const RD_AGREEMENT_SQL = `(e.kind = 'RD_PARTNERSHIP' AND e.stage IN ('AGREEMENT_SIGNED', 'IN_PROGRESS', 'COMPLETED'))`;

const SCOPE = `
  scope AS (
    SELECT p.id, p.status, p.field_id FROM projects p
    WHERE ($1::uuid IS NULL OR p.competition_id = $1::uuid)
  )`;

/** The funnel per field of the projects (field null: projects without a field). */
export const FUNNEL_BY_FIELD_SQL = `
  WITH ${SCOPE},
  intro AS (
    SELECT i.project_id,
           count(*)::int AS requested,
           count(*) FILTER (WHERE i.status = 'ACCEPTED')::int AS accepted
    FROM introductions i JOIN scope s ON s.id = i.project_id
    GROUP BY i.project_id
  ),
  eng AS (
    SELECT e.project_id,
           count(*)::int AS engagements,
           count(*) FILTER (WHERE ${LANDED_SQL})::int AS landed,
           count(*) FILTER (WHERE ${INVESTED_SQL})::int AS invested,
           count(*) FILTER (WHERE ${RD_AGREEMENT_SQL})::int AS rd
    FROM engagements e JOIN scope s ON s.id = e.project_id
    GROUP BY e.project_id
  )
  SELECT f.code AS field_code, f.name AS field_name, min(f.position) AS position,
         count(*) FILTER (WHERE s.status <> 'DRAFT')::int AS applications,
         count(*) FILTER (WHERE s.status IN ('FINALIST', 'AWARDED'))::int AS finalists,
         coalesce(sum(i.requested), 0)::int AS requested,
         coalesce(sum(i.accepted), 0)::int AS accepted,
         coalesce(sum(g.engagements), 0)::int AS engagements,
         coalesce(sum(g.landed), 0)::int AS landed,
         coalesce(sum(g.invested), 0)::int AS invested,
         coalesce(sum(g.rd), 0)::int AS rd
  FROM scope s
  LEFT JOIN competition_fields f ON f.id = s.field_id
  LEFT JOIN intro i ON i.project_id = s.id
  LEFT JOIN eng g ON g.project_id = s.id
  GROUP BY f.id, f.code, f.name`;

/**
 * The funnel per science park: its introduction requests and engagements; its "applications" and
 * "finalists" are the distinct projects it reached that way (non-draft, and finalist or awarded).
 */
export const FUNNEL_BY_PARK_SQL = `
  WITH ${SCOPE},
  touch AS (
    SELECT i.requester_organization_id AS park_id, i.project_id,
           1 AS requested, (i.status = 'ACCEPTED')::int AS accepted,
           0 AS engagements, 0 AS landed, 0 AS invested, 0 AS rd
    FROM introductions i JOIN scope s ON s.id = i.project_id
    UNION ALL
    SELECT e.partner_organization_id, e.project_id, 0, 0, 1,
           (${LANDED_SQL})::int, (${INVESTED_SQL})::int, (${RD_AGREEMENT_SQL})::int
    FROM engagements e JOIN scope s ON s.id = e.project_id
  )
  SELECT o.id AS park_id, o.name AS park_name,
         count(DISTINCT t.project_id) FILTER (WHERE s.status <> 'DRAFT')::int AS applications,
         count(DISTINCT t.project_id) FILTER (WHERE s.status IN ('FINALIST', 'AWARDED'))::int AS finalists,
         sum(t.requested)::int AS requested,
         sum(t.accepted)::int AS accepted,
         sum(t.engagements)::int AS engagements,
         sum(t.landed)::int AS landed,
         sum(t.invested)::int AS invested,
         sum(t.rd)::int AS rd
  FROM touch t
  JOIN organizations o ON o.id = t.park_id AND o.kind = 'SCIENCE_PARK'
  JOIN scope s ON s.id = t.project_id
  GROUP BY o.id`;

/**
 * Days spent in each stage: from the event that entered it to the next event of the same
 * engagement. Stays not yet over (the current stage) are not samples.
 */
export const STAGE_TIMES_SQL = `
  WITH stays AS (
    SELECT e.kind, ev.to_stage AS stage, ev.created_at AS entered_at,
           lead(ev.created_at) OVER (PARTITION BY ev.engagement_id ORDER BY ev.created_at, ev.id) AS left_at
    FROM engagement_events ev
    JOIN engagements e ON e.id = ev.engagement_id
    JOIN projects p ON p.id = e.project_id
    WHERE ($1::uuid IS NULL OR p.competition_id = $1::uuid)
  )
  SELECT kind, stage,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - entered_at) / 86400.0)
           AS median_days,
         count(*)::int AS samples
  FROM stays
  WHERE left_at IS NOT NULL
  GROUP BY kind, stage`;
