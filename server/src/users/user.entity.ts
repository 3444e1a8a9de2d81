import type { Role } from '@lingjuli/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { Grid } from '../organisation/grid.entity';

/**
 * Everyone who logs in. Residents and liaisons come through WeChat (openid); staff have a
 * username and password. The scope columns say what a staff role is limited to.
 */
@Entity('users')
// A role's accounts by community: the liaison registry's list, in its order, among hundreds of thousands of residents.
@Index('IDX_users_role_community', ['role', 'communityId', 'id'])
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @CodeColumn()
  role: Role;

  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  /** 职务 shown to colleagues, e.g. 社区党委书记. */
  @Column({ type: 'varchar', length: 50, default: '' })
  title: string;

  @Column({ type: 'varchar', length: 50, nullable: true, unique: true })
  username: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  wechatOpenId: string | null;

  /**
   * Where staff, who sign in by password, receive WeChat messages: the openid of the WeChat they
   * linked from the mini-program (POST /wechat/binding). Not unique: the same WeChat may also be a
   * resident's account.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  noticeOpenId: string | null;

  /** AES-GCM ciphertext; see PhoneCipher. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  phoneEncrypted: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  communityId: number | null;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  @Column({ type: 'int', nullable: true })
  gridId: number | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gridId' })
  grid?: Grid;

  @Column({ type: 'int', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'departmentId' })
  department?: Department;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Wrong passwords since the last successful login (see LoginGuard: back off, then lock). */
  @Column({ type: 'int', default: 0 })
  failedLogins: number;

  /** After a few wrong passwords, the next attempt waits until then. */
  @TimeColumn({ nullable: true })
  loginRetryAt: Date | null;

  /** Locked after too many wrong passwords, until the secretary (her staff) or the street admin unlocks it. */
  @TimeColumn({ nullable: true })
  lockedAt: Date | null;

  @TimeColumn()
  createdAt: Date;
}
