import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = [
  'REPLY_TO_THREAD', 'REPLY_TO_COMMENT', 'MENTION', 'ANSWER_ACCEPTED', 'NEW_THREAD', 'NEW_COMMENT',
  'PROGRESS_UPDATE', 'MILESTONE_REACHED', 'PARTICIPATION_REQUESTED', 'PARTICIPATION_DECIDED',
  'ROLE_CHANGED', 'MODERATION', 'SOLUTION_CHANGED',
];

const check = (types: string[]) => `ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
  CHECK (type IN (${types.map((t) => `'${t}'`).join(', ')}))`;

/** The notification type NEW_FITTING_SOLUTION: a new (or newly usable) solution that fits one's bestuur. */
export class SolutionFitsNotification1764800000000 implements MigrationInterface {
  name = 'SolutionFitsNotification1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`);
    await q.query(check([...BEFORE, 'NEW_FITTING_SOLUTION']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE type = 'NEW_FITTING_SOLUTION'`);
    await q.query(`DELETE FROM notification_preferences WHERE type = 'NEW_FITTING_SOLUTION'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`);
    await q.query(check(BEFORE));
  }
}
