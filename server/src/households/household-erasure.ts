import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import '../users/user-events';
import { ResidentHousehold } from './resident-household.entity';

/** A resident who erases her data (PIPL) takes her flat with her: her statement goes; the flat's row stays for her neighbours. */
@Injectable()
export class HouseholdErasure implements OnModuleInit {
  constructor(private readonly bus: EventBus) {}

  onModuleInit(): void {
    this.bus.on('ResidentErased', async (em, { userId }) => {
      await em.delete(ResidentHousehold, { userId });
    });
  }
}
