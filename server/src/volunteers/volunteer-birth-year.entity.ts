import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../database/columns';
import { User } from '../users/user.entity';

/**
 * A volunteer's birth year, for the team's age mix: from her accepted application, or recorded by her
 * community's staff for a liaison registered before applications (who has none). One per person.
 */
@Entity('volunteer_birth_years')
export class VolunteerBirthYear {
  @PrimaryColumn({ type: 'int' })
  userId: number;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'int' })
  birthYear: number;

  @Column({ type: 'int' })
  recordedById: number;

  @TimeColumn()
  recordedAt: Date;
}
