import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';

/**
 * A system allowed to call the Open311 API (docs/integration.md): its key is shown once when the street
 * admin issues it and kept only as its SHA-256; it reads the appeals of the communities listed, and files
 * new ones only if it may write. Revoked keys stay, so the appeals a client filed still name it.
 */
@Entity('open311_clients')
export class Open311Client {
  @PrimaryGeneratedColumn()
  id: number;

  /** Who the key is for, e.g. 市城市管理平台. */
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the key, hex. */
  @Index('UQ_open311_clients_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  keyHash: string;

  /** The key's first characters, to tell keys apart in the list without showing them. */
  @Column({ type: 'varchar', length: 12 })
  keyPrefix: string;

  /** The communities whose appeals it may read and file in. */
  @Column({ type: 'simple-json' })
  communityIds: number[];

  @Column({ type: 'boolean', default: false })
  canWrite: boolean;

  @Column({ type: 'int' })
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  @TimeColumn()
  createdAt: Date;

  @TimeColumn({ nullable: true })
  revokedAt: Date | null;

  @TimeColumn({ nullable: true })
  lastUsedAt: Date | null;
}
