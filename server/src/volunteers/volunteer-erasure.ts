import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import '../users/user-events';
import { PartyMemberRegistration } from './party-member-registration.entity';
import { TrainingSignUp } from './training-sign-up.entity';
import { VolunteerApplication } from './volunteer-application.entity';
import { VolunteerBirthYear } from './volunteer-birth-year.entity';

/**
 * A resident who erases her data (PIPL) takes her volunteering with her: her applications (name, phone, birth
 * year), her 双报到 registration, her birth year and her course sign-ups go. The attendances stay, as the
 * courses' counts, with nothing of her but her closed account's id.
 */
@Injectable()
export class VolunteerErasure implements OnModuleInit {
  constructor(private readonly bus: EventBus) {}

  onModuleInit(): void {
    this.bus.on('ResidentErased', async (em, { userId }) => {
      await em.delete(TrainingSignUp, { userId });
      await em.delete(PartyMemberRegistration, { userId });
      await em.delete(VolunteerBirthYear, { userId });
      await em.delete(VolunteerApplication, { applicantId: userId });
    });
  }
}
