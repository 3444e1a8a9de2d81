import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only: the opinion-deadline timer (kind projectOpinionDue, owner project) for every project
 * registered before the kind existed that still awaits its community's opinion with the deadline
 * ahead. (One already overdue is flagged by the list as before; its notice is not sent late.)
 */
export class ProjectOpinionTimers1796506391597 implements MigrationInterface {
  name = 'ProjectOpinionTimers1796506391597';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO \"appeal_timers\" (\"ownerType\", \"ownerId\", \"kind\", \"fireAt\", \"deadline\") " +
        "SELECT 'project', \"p\".\"id\", 'projectOpinionDue', strftime('%Y-%m-%d %H:%M:%f', \"p\".\"opinionDueAt\", '+0.001 seconds'), \"p\".\"opinionDueAt\" " +
        "FROM \"projects\" \"p\" WHERE \"p\".\"status\" = 'awaitingOpinion' AND \"p\".\"opinionDueAt\" > strftime('%Y-%m-%d %H:%M:%f', 'now') " +
        "AND NOT EXISTS (SELECT 1 FROM \"project_opinions\" \"o\" WHERE \"o\".\"projectId\" = \"p\".\"id\") " +
        "AND NOT EXISTS (SELECT 1 FROM \"appeal_timers\" \"t\" WHERE \"t\".\"ownerType\" = 'project' AND \"t\".\"ownerId\" = \"p\".\"id\" AND \"t\".\"kind\" = 'projectOpinionDue')",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"appeal_timers\" WHERE \"kind\" = 'projectOpinionDue'");
  }
}
