import type { MigrationInterface, QueryRunner } from 'typeorm';
import { hasIndex } from '../../migration-helpers';

export class SimilarOpen1796524995525 implements MigrationInterface {
  name = 'SimilarOpen1796524995525';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_appeals_building_open` ON `appeals` (`buildingId`, `category`, `isOpen`, `receivedAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The foreign key of buildingId needs an index that leads with it before the new one goes: MariaDB may have dropped its own for it.
    if (!(await hasIndex(queryRunner, 'appeals', 'FK_52eccb899814ed7a7480711c958'))) await queryRunner.query("CREATE INDEX `FK_52eccb899814ed7a7480711c958` ON `appeals` (`buildingId`)");
    await queryRunner.query("DROP INDEX `IDX_appeals_building_open` ON `appeals`");
  }
}
