/**
 * Who may see what, as SQL, so the fan-out checks thousands of recipients in the statement that
 * inserts their notifications. These reproduce the rules of the modules that own the content (keep
 * them in step; docs/features/notifications.md lists them):
 * - werkruimte (discussions/space-access.ts, RoleTable.canRead): administrators see everything; the
 *   central space and region spaces are open to every member, except threads marked "alleen
 *   kenniskring" (members_only), which only the region's members see: its coordinators and people
 *   whose bestuur lies in the region; a traject's space is open when PUBLIC, otherwise to its
 *   moderators (the traject's leads) and the traject's team;
 * - trajecten (trajecten/traject-access.ts, canSee): PUBLIC trajects are open to all, MEMBERS ones to
 *   every signed-in member, which every recipient is.
 * `u` is an alias of `users`; the other arguments are SQL expressions (columns or parameters).
 */

export interface SpaceSql {
  id: string;
  kind: string;
  regionId: string;
  ownerId: string;
  visibility: string;
}

export function canReadSpaceContentSql(u: string, s: SpaceSql, membersOnly: string): string {
  return `(${u}.is_admin OR CASE ${s.kind}
      WHEN 'CENTRAL' THEN true
      WHEN 'REGION' THEN NOT ${membersOnly}
        OR EXISTS (SELECT 1 FROM region_coordinators rc WHERE rc.region_id = ${s.regionId} AND rc.user_id = ${u}.id)
        OR EXISTS (SELECT 1 FROM besturen hb WHERE hb.id = ${u}.bestuur_id AND hb.region_id = ${s.regionId})
      WHEN 'TRAJECT' THEN (${s.visibility} = 'PUBLIC' AND NOT ${membersOnly})
        OR EXISTS (SELECT 1 FROM space_moderators sm WHERE sm.space_id = ${s.id} AND sm.user_id = ${u}.id)
        OR EXISTS (SELECT 1 FROM traject_members tm WHERE tm.traject_id = ${s.ownerId} AND tm.user_id = ${u}.id)
      ELSE false END)`;
}

// Every recipient has an account, so both visibilities pass; written out so a stricter rule has one place to go.
export function canSeeTrajectSql(u: string, visibility: string): string {
  return `(${visibility} = 'PUBLIC' OR (${visibility} = 'MEMBERS' AND ${u}.id IS NOT NULL))`;
}
