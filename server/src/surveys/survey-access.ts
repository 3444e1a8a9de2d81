import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { ScopeService } from '../access/scope.service';
import { notFound } from '../common/errors/app-error';
import { SurveyCommunity } from './survey-community.entity';
import { Survey } from './survey.entity';

declare module '../access/access.service' {
  interface AccessResources {
    survey: Survey;
  }
}

export const surveyNotFound = () => notFound('SURVEY_NOT_FOUND', '找不到该入户调查');

/**
 * Surveys' part of the access layer (docs/architecture.md, "Access"): a survey is seen by the
 * communities taking part in it — their liaisons and staff, their grid secretary — and by the street;
 * to anyone else it does not exist (404). A community's own survey always has the community taking part.
 */
@Injectable()
export class SurveyAccess implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly scopes: ScopeService,
  ) {}

  onModuleInit(): void {
    this.access.register('survey', {
      entity: Survey,
      notFound: surveyNotFound,
      scope: async (ctx, qb, alias) => {
        const ids = await this.scopes.communityIds(ctx.actor);
        if (ids === 'all') return;
        if (!ids.length) {
          qb.andWhere('1 = 0');
          return;
        }
        const taking = qb
          .subQuery()
          .select('1')
          .from(SurveyCommunity, 'scopeSurveyCommunity')
          .where(`scopeSurveyCommunity.surveyId = ${alias}.id`)
          .andWhere('scopeSurveyCommunity.communityId IN (:...scopeSurveyCommunityIds)')
          .getQuery();
        qb.andWhere(`EXISTS ${taking}`, { scopeSurveyCommunityIds: ids });
      },
    });
  }
}
