import { Injectable } from '@nestjs/common';
import { DEFAULT_MEASURE_SETTINGS, isValidMeasureSettings, type MeasureSettings } from '@lingjuli/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { invalidField } from '../common/errors/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { MeasureSettingsRow } from './measure-settings.entity';

const THE_ROW = 1;

/** What 基本满意 counts for and how the composite weighs the three rates: the street admin's to set. */
@Injectable()
export class MeasureSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async current(em: EntityManager = this.dataSource.manager): Promise<MeasureSettings> {
    const row = await em.findOneBy(MeasureSettingsRow, { id: THE_ROW });
    if (!row) return DEFAULT_MEASURE_SETTINGS;
    return {
      basicallySatisfiedWeight: row.basicallySatisfiedWeight,
      weights: { responseRate: row.responseWeight, resolutionRate: row.resolutionWeight, satisfactionRate: row.satisfactionWeight },
    };
  }

  /** Replaces the settings (the DTO has checked each value is a number within 0–1). */
  update(ctx: RequestContext, settings: MeasureSettings): Promise<MeasureSettings> {
    if (!isValidMeasureSettings(settings)) throw invalidField('weights', '三项权重至少有一项大于0');
    return this.uow.run(async (em) => {
      const { weights } = settings;
      await em.save(
        em.create(MeasureSettingsRow, {
          id: THE_ROW,
          basicallySatisfiedWeight: settings.basicallySatisfiedWeight,
          responseWeight: weights.responseRate,
          resolutionWeight: weights.resolutionRate,
          satisfactionWeight: weights.satisfactionRate,
          updatedById: ctx.userId,
          updatedAt: this.clock.now(),
        }),
      );
      return this.current(em);
    });
  }
}
