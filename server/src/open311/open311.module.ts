import { Module } from '@nestjs/common';
import { AppealsModule } from '../appeals/appeals.module';
import { Open311ClientsController } from './open311-clients.controller';
import { Open311ClientsService } from './open311-clients.service';
import { Open311Controller } from './open311.controller';
import { Open311KeyGuard } from './open311-key.guard';
import { Open311Service } from './open311.service';

/**
 * Open311 GeoReport v2 (docs/integration.md): other civic systems read the appeals of the communities
 * their key covers and file new ones through the usual intake; the street admin issues the keys.
 */
@Module({
  imports: [AppealsModule],
  controllers: [Open311ClientsController, Open311Controller],
  providers: [Open311ClientsService, Open311Service, Open311KeyGuard],
})
export class Open311Module {}
