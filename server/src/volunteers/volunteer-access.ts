import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { notFound } from '../common/errors/app-error';
import { TrainingCourse } from './training-course.entity';
import { VolunteerApplication } from './volunteer-application.entity';

declare module '../access/access.service' {
  interface AccessResources {
    volunteerApplication: VolunteerApplication;
    trainingCourse: TrainingCourse;
  }
}

/** Whether the caller is a volunteer herself (a resident, who may be a registered party member, or a liaison) rather than staff. */
const isVolunteerSide = (role: string) => role === 'resident' || role === 'liaison';

/**
 * The volunteers' part of the access layer (docs/architecture.md, "Access"). An application is its
 * applicant's and her community's (another community's is "not found"); a course is its community's,
 * and a volunteer sees the courses of her community meant for her kind: a liaison those for liaisons,
 * a registered party member (双报到) those for party members, both those for all.
 */
@Injectable()
export class VolunteerAccess implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit(): void {
    this.access.register('volunteerApplication', {
      entity: VolunteerApplication,
      notFound: () => notFound('VOLUNTEER_APPLICATION_NOT_FOUND', '找不到该志愿者申请'),
      scope: async (ctx, qb, alias, { inCommunities }) => {
        if (isVolunteerSide(ctx.role)) qb.andWhere(`${alias}.applicantId = :scopeApplicantId`, { scopeApplicantId: ctx.userId });
        else await inCommunities(`${alias}.communityId`);
      },
    });
    this.access.register('trainingCourse', {
      entity: TrainingCourse,
      notFound: () => notFound('TRAINING_COURSE_NOT_FOUND', '找不到该培训课程'),
      scope: async (ctx, qb, alias, { inCommunities }) => {
        if (!isVolunteerSide(ctx.role)) return inCommunities(`${alias}.communityId`);
        const asPartyMember =
          `(${alias}.audience IN ('partyMember', 'all') AND ${alias}.communityId IN ` +
          `(SELECT r.communityId FROM party_member_registrations r WHERE r.userId = :scopeVolunteerId AND r.active = :scopeVolunteerActive))`;
        const asLiaison = `(${alias}.audience IN ('liaison', 'all') AND ${alias}.communityId = :scopeLiaisonCommunityId)`;
        const liaisonOf = ctx.role === 'liaison' ? ctx.actor.communityId : null;
        qb.andWhere(liaisonOf === null ? asPartyMember : `(${asLiaison} OR ${asPartyMember})`, {
          scopeVolunteerId: ctx.userId,
          scopeVolunteerActive: true,
          scopeLiaisonCommunityId: liaisonOf,
        });
      },
    });
  }
}
