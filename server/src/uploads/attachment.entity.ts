import type { ContentCheckState } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Appeal } from '../appeals/entities/appeal.entity';
import { User } from '../users/user.entity';

/**
 * An uploaded photo. Uploaded first (unlinked), then linked to an appeal in the same transaction
 * as the filing or note that uses it; unlinked ones belong only to their uploader.
 */
@Entity('attachments')
export class Attachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  ownerId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ownerId' })
  owner?: User;

  @Index()
  @Column({ type: 'int', nullable: true })
  appealId: number | null;

  @ManyToOne(() => Appeal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'appealId' })
  appeal?: Appeal | null;

  /** The timeline event (filing, note, resolution) the photo belongs to. */
  @Column({ type: 'int', nullable: true })
  eventId: number | null;

  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 50 })
  mimeType: string;

  @Column({ type: 'int' })
  size: number;

  /** WeChat's check of the photo (null: none was needed); others see it once it passed (`photoVisible`). */
  @CodeColumn({ nullable: true })
  contentCheck: ContentCheckState | null;

  @TimeColumn()
  createdAt: Date;
}
