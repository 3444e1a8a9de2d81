import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { Community } from '../organisation/community.entity';
import { User } from '../users/user.entity';
import { VolunteerApplication } from './volunteer-application.entity';

/**
 * An in-service party member reporting to the community where she lives (双报到): written when the
 * community accepts her application. She stays a resident; this row makes her one of its volunteers.
 * One per person.
 */
@Entity('party_member_registrations')
@Index('IDX_party_member_registrations_community', ['communityId', 'active'])
export class PartyMemberRegistration {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', unique: true })
  userId: number;

  @OneToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'int' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communityId' })
  community?: Community;

  /** The application accepted. */
  @Column({ type: 'int', unique: true })
  applicationId: number;

  @OneToOne(() => VolunteerApplication, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'applicationId' })
  application?: VolunteerApplication;

  /** Her real name, as she gave it (her resident account's name may be a nickname). */
  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** AES-GCM ciphertext; see PhoneCipher. */
  @Column({ type: 'varchar', length: 255 })
  phoneEncrypted: string;

  @Column({ type: 'varchar', length: 100 })
  workUnit: string;

  @Column({ type: 'varchar', length: 100 })
  partyOrganisation: string;

  @TimeColumn()
  registeredAt: Date;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
