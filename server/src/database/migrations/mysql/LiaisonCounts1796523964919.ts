import type { MigrationInterface, QueryRunner } from 'typeorm';
import { hasIndex } from '../../migration-helpers';

/**
 * Each liaison's counts kept as the work happens (liaisons/liaison-counters.ts), backfilled here from
 * the ledger in one statement: one grouped pass per measure. The reports are one pass over the table
 * (`USE INDEX ()`): left to itself MariaDB walks the filer index in order and reads every appeal's row
 * from it. And two indexes: her latest visits, newest first; the registry's liaisons by community.
 */
export class LiaisonCounts1796523964919 implements MigrationInterface {
  name = 'LiaisonCounts1796523964919';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `liaison_counts` (`userId` int NOT NULL, `reports` int NOT NULL DEFAULT '0', `proactiveReports` int NOT NULL DEFAULT '0', `visits` int NOT NULL DEFAULT '0', `participations` int NOT NULL DEFAULT '0', PRIMARY KEY (`userId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      'ALTER TABLE `liaison_counts` ADD CONSTRAINT `FK_fcb8b6918968ea6445539a75d86` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(`
      INSERT INTO liaison_counts (userId, reports, proactiveReports, visits, participations)
      SELECT userId, SUM(reports), SUM(proactiveReports), SUM(visits), SUM(participations)
      FROM (
        SELECT filedById AS userId, COUNT(*) AS reports, SUM(CASE WHEN proactive THEN 1 ELSE 0 END) AS proactiveReports, 0 AS visits, 0 AS participations
          FROM appeals USE INDEX () WHERE channel = 'liaison' GROUP BY filedById
        UNION ALL
        SELECT byId, 0, 0, COUNT(*), 0 FROM appeal_feedbacks GROUP BY byId
        UNION ALL
        SELECT assignedLiaisonId, 0, 0, 0, COUNT(*) FROM appeals WHERE assignedLiaisonId IS NOT NULL GROUP BY assignedLiaisonId
      ) counted
      GROUP BY userId`);
    await queryRunner.query('CREATE INDEX `IDX_appeal_feedbacks_by_recent` ON `appeal_feedbacks` (`byId`, `at`, `id`)');
    // The foreign key of byId had an index of its own: MariaDB drops the one it made when a new index leads
    // with byId, not one made by hand (as a bulk load that set the keys aside and rebuilt them does).
    if (await hasIndex(queryRunner, 'appeal_feedbacks', 'FK_8630aa0d97e8b580232028df5c8')) await queryRunner.query('DROP INDEX `FK_8630aa0d97e8b580232028df5c8` ON `appeal_feedbacks`');
    await queryRunner.query('CREATE INDEX `IDX_users_role_community` ON `users` (`role`, `communityId`, `id`)');
    await queryRunner.query('DROP INDEX `IDX_ace513fa30d485cfd25c11a9e4` ON `users`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `IDX_ace513fa30d485cfd25c11a9e4` ON `users` (`role`)');
    await queryRunner.query('DROP INDEX `IDX_users_role_community` ON `users`');
    // The foreign key of byId needs an index that leads with it, before the new one goes.
    await queryRunner.query('CREATE INDEX `FK_8630aa0d97e8b580232028df5c8` ON `appeal_feedbacks` (`byId`)');
    await queryRunner.query('DROP INDEX `IDX_appeal_feedbacks_by_recent` ON `appeal_feedbacks`');
    await queryRunner.query('ALTER TABLE `liaison_counts` DROP FOREIGN KEY `FK_fcb8b6918968ea6445539a75d86`');
    await queryRunner.query('DROP TABLE `liaison_counts`');
  }
}
