import type { SurveyChoice, SurveyInfo } from '@lingjuli/shared';
import type { SurveyEntryDto } from '../../surveys/dto/surveys.dto';
import { SurveysService } from '../../surveys/surveys.service';
import { contextOf as as } from '../../users/user.mapper';
import type { User } from '../../users/user.entity';
import type { SampleCommunity } from '../sample-organisation';
import { MINUTE, hallClock } from './hall-time';
import type { HallSeedContext } from './index';

/** The paper: 200 households surveyed door to door, 95.2 % saying the community party organisation had grown stronger. */
export const STREET_SURVEY_TITLE = '社区党组织建设群众满意度入户调查';
export const STREET_SURVEY_HOUSEHOLDS = 200;

const WORDS = [
  '希望议事会多在晚上开，上班族也能参加。',
  '民情专员常来走访，有事愿意跟他们说。',
  '老旧小区停车难，希望继续想办法。',
  '楼道灯坏了报修后很快就修好了，点赞。',
  '建议社区多组织年轻人参加志愿服务。有活动可以联系我，电话13900003456',
  '希望征求意见的结果能及时公布。',
];

/**
 * Door-to-door surveys (入户调查), through the real service with the clock at each step:
 * - the street's survey of all its communities three to five weeks back, closed: 200 households entered by
 *   the communities' liaisons and staff (seven or eight each), 95 % saying the party organisation grew
 *   stronger, about 95 % satisfied with its service and the liaisons' visits, a few words (one with a
 *   phone number, masked in the results);
 * - 示例社区01's own survey of the parking trial, open until two weeks after `now`, five households
 *   entered so far, none by liaison-c01-1 (who can enter one in the demo).
 */
export async function seedSurveys(context: HallSeedContext): Promise<void> {
  await streetSurvey(context);
  await parkingTrialSurvey(context);
  context.clock.set(context.now);
}

async function streetSurvey({ app, clock, org, now }: HallSeedContext): Promise<void> {
  const surveys = app.get(SurveysService);
  const { at, date } = hallClock(now);
  clock.set(at(-36, 10));
  const survey = await surveys.create(as(org.admin), {
    title: STREET_SURVEY_TITLE,
    purpose: '了解居民对社区党组织服务群众、议事协商和民情专员走访的评价。街道在各社区抽样入户，共调查约200户。',
    questions: [
      { type: 'yesNo', text: '您觉得近一年来社区党组织的作用是否比以前增强了？' },
      { type: 'satisfaction', text: '您对社区党组织服务群众的总体评价' },
      { type: 'satisfaction', text: '您对民情专员上门走访的满意度' },
      { type: 'yesNo', text: '您是否参加过居民议事会或征求意见？' },
      { type: 'text', text: '您对社区工作还有什么意见和建议？' },
    ],
    communities: org.communities.map((place) => ({ communityId: place.community.id, households: 900 + ((place.index * 137) % 900) })),
    targetSampleSize: 8,
    opensOn: date(-35),
    closesOn: date(-22),
  });

  // 200 households: eight in each of the first eleven communities, seven in the others.
  let g = 0;
  for (const place of org.communities) {
    const quota = place.index < STREET_SURVEY_HOUSEHOLDS - 7 * org.communities.length ? 8 : 7;
    for (let k = 0; k < quota && g < STREET_SURVEY_HOUSEHOLDS; k += 1, g += 1) {
      const interviewedAt = at(-35 + ((k * 2 + place.index) % 13), 9 + ((k * 3) % 10), (g * 7) % 60);
      // Entered at the door, or from the phone's offline queue that evening.
      clock.set(new Date(interviewedAt.getTime() + (k % 3 === 2 ? 6 * 60 : 3) * MINUTE));
      await surveys.enter(as(interviewer(place, k)), survey.id, streetEntry(survey, place, interviewedAt, g, k));
    }
  }
}

function streetEntry(survey: SurveyInfo, place: SampleCommunity, interviewedAt: Date, g: number, k: number): SurveyEntryDto {
  const [stronger, service, visits, took, words] = survey.questions;
  const strongerChoice: SurveyChoice = g % 20 !== 7 ? 'yes' : g % 40 === 7 ? 'no' : 'unsure';
  const serviceChoice: SurveyChoice = g % 20 === 11 ? 'unsatisfied' : g % 5 === 2 ? 'basicallySatisfied' : 'satisfied';
  const visitsChoice: SurveyChoice = g % 25 === 13 ? 'unsatisfied' : g % 4 === 1 ? 'basicallySatisfied' : 'satisfied';
  const building = place.buildings[k % place.buildings.length];
  return {
    buildingId: building.id,
    unit: String(1 + (k % 4)),
    room: `${1 + ((k * 5) % 6)}0${1 + (k % 3)}`,
    interviewedAt: interviewedAt.toISOString(),
    clientKey: `sample-street-survey-${g + 1}`,
    answers: [
      { questionId: stronger.id, choice: strongerChoice },
      { questionId: service.id, choice: serviceChoice },
      { questionId: visits.id, choice: visitsChoice },
      { questionId: took.id, choice: g % 3 === 0 ? 'no' : 'yes' },
      g % 16 === 5 ? { questionId: words.id, text: WORDS[Math.floor(g / 16) % WORDS.length] } : { questionId: words.id },
    ],
  };
}

/** The community's liaisons in turn, and its staff every fourth door. */
function interviewer(place: SampleCommunity, k: number): User {
  if (k % 4 === 3 || place.liaisons.length === 0) return place.staff[k % place.staff.length];
  return place.liaisons[k % place.liaisons.length];
}

async function parkingTrialSurvey({ app, clock, org, now }: HallSeedContext): Promise<void> {
  const surveys = app.get(SurveysService);
  const { at, date } = hallClock(now);
  const place = org.communities[0];
  clock.set(at(-1, 9));
  const survey = await surveys.create(as(place.staff[0]), {
    title: '错时共享停车试行满意度入户调查',
    purpose: '停车管理方案（方案二）试行期间，了解住户对错时共享停车的评价，为第五次议事会提供依据。',
    questions: [
      { type: 'satisfaction', text: '您对错时共享停车试行的满意度' },
      { type: 'yesNo', text: '夜间停车是否比以前方便？' },
      { type: 'text', text: '其他意见和建议' },
    ],
    communities: [{ communityId: place.community.id, households: 420 }],
    targetSampleSize: 40,
    opensOn: date(-1),
    closesOn: date(13),
  });
  const [satisfaction, easier, words] = survey.questions;
  const by = [place.liaisons[1] ?? place.staff[0], place.staff[0]];
  for (let k = 0; k < 5; k += 1) {
    const interviewedAt = at(-1, 15 + k);
    clock.set(new Date(interviewedAt.getTime() + 2 * MINUTE));
    await surveys.enter(as(by[k % 2]), survey.id, {
      buildingId: place.buildings[k % place.buildings.length].id,
      unit: String(1 + (k % 3)),
      room: `${2 + k}02`,
      interviewedAt: interviewedAt.toISOString(),
      clientKey: `sample-parking-trial-${k + 1}`,
      answers: [
        { questionId: satisfaction.id, choice: k === 3 ? 'basicallySatisfied' : 'satisfied' },
        { questionId: easier.id, choice: k === 4 ? 'unsure' : 'yes' },
        k === 1 ? { questionId: words.id, text: '早上7:30前要把车开走，希望物业提前提醒。' } : { questionId: words.id },
      ],
    });
  }
}
