import { AppealDeadline } from '../appeals/entities/appeal-deadline.entity';
import { AppealEvent } from '../appeals/entities/appeal-event.entity';
import { AppealFeedback } from '../appeals/entities/appeal-feedback.entity';
import { AppealInvolvement } from '../appeals/entities/appeal-involvement.entity';
import { AppealRating } from '../appeals/entities/appeal-rating.entity';
import { AppealSupporter } from '../appeals/entities/appeal-supporter.entity';
import { Appeal } from '../appeals/entities/appeal.entity';
import { DispatchAssignment } from '../appeals/entities/dispatch-assignment.entity';
import { DispatchOrder } from '../appeals/entities/dispatch-order.entity';
import { SupervisionFlag } from '../appeals/entities/supervision-flag.entity';
import { Household } from '../households/household.entity';
import { ResidentHousehold } from '../households/resident-household.entity';
import { Poll } from '../polls/poll.entity';
import { PollAdoption } from '../polls/poll-adoption.entity';
import { PollBuilding, PollInvitee } from '../polls/poll-audience.entity';
import { PollBallot } from '../polls/poll-ballot.entity';
import { PollOption } from '../polls/poll-option.entity';
import { PollParticipation } from '../polls/poll-participation.entity';
import { PollQuestion } from '../polls/poll-question.entity';
import { Open311Client } from '../open311/open311-client.entity';
import { PartyMemberRegistration } from '../volunteers/party-member-registration.entity';
import { TrainingAttendance } from '../volunteers/training-attendance.entity';
import { TrainingCourse } from '../volunteers/training-course.entity';
import { TrainingSignUp } from '../volunteers/training-sign-up.entity';
import { VolunteerApplication } from '../volunteers/volunteer-application.entity';
import { VolunteerBirthYear } from '../volunteers/volunteer-birth-year.entity';
import { SurveyAnswer } from '../surveys/survey-answer.entity';
import { SurveyCommunity } from '../surveys/survey-community.entity';
import { SurveyEntry } from '../surveys/survey-entry.entity';
import { SurveyQuestion } from '../surveys/survey-question.entity';
import { Survey } from '../surveys/survey.entity';
import { CampaignCommunity } from '../campaigns/campaign-community.entity';
import { CampaignSitePhoto } from '../campaigns/campaign-site-photo.entity';
import { CampaignSite } from '../campaigns/campaign-site.entity';
import { CampaignUnit } from '../campaigns/campaign-unit.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { MeetingAttendance } from '../meetings/entities/meeting-attendance.entity';
import { MeetingBuilding } from '../meetings/entities/meeting-building.entity';
import { MeetingDecisionAppeal } from '../meetings/entities/meeting-decision-appeal.entity';
import { MeetingDecision } from '../meetings/entities/meeting-decision.entity';
import { MeetingInvitee } from '../meetings/entities/meeting-invitee.entity';
import { MeetingSignUp } from '../meetings/entities/meeting-sign-up.entity';
import { Meeting } from '../meetings/entities/meeting.entity';
import { InboxMessage } from '../notifications/inbox-message.entity';
import { NotificationOutbox } from '../notifications/notification-outbox.entity';
import { Building } from '../organisation/building.entity';
import { Community } from '../organisation/community.entity';
import { Department } from '../organisation/department.entity';
import { Grid } from '../organisation/grid.entity';
import { Timer } from '../timers/timer.entity';
import { Attachment } from '../uploads/attachment.entity';
import { User } from '../users/user.entity';
import { DepartmentScore } from '../evaluation/department-score.entity';
import { CollaborationDay } from '../evaluation/collaboration-day.entity';
import { OutcomeDay } from '../evaluation/outcome-day.entity';
import { RatingDay } from '../evaluation/rating-day.entity';
import { EvaluationPeriod } from '../evaluation/evaluation-period.entity';
import { LiaisonCount } from '../liaisons/liaison-count.entity';
import { LiaisonProfile } from '../liaisons/liaison-profile.entity';
import { TrainingRecord } from '../liaisons/training-record.entity';
import { ManagementItem } from '../management/management-item.entity';
import { ProjectOpinion } from '../projects/project-opinion.entity';
import { Project } from '../projects/project.entity';
import { RewardEvent } from '../rewards/reward-event.entity';
import { RewardRequest } from '../rewards/reward-request.entity';
import { TaskForceMember } from '../task-forces/task-force-member.entity';
import { TaskForceNote } from '../task-forces/task-force-note.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { WhistleEvent } from '../whistles/whistle-event.entity';
import { WhistleTarget } from '../whistles/whistle-target.entity';
import { Whistle } from '../whistles/whistle.entity';
import { DurationCount } from '../measures/duration-count.entity';
import { MeasureCount } from '../measures/measure-count.entity';
import { MeasureSettingsRow } from '../measures/measure-settings.entity';
import { WorkOrderMappingRow } from '../work-orders/work-order-mapping.entity';
import { OpenAppealCount } from '../measures/open-appeal-count.entity';
import { VisitTask } from '../visit-tasks/visit-task.entity';
import { RateLimitCounter } from '../rate-limit/rate-limit-counter.entity';
import { WechatMessage } from '../wechat/wechat-message.entity';
import { ContentCheck } from '../content-security/content-check.entity';
import { WechatSubscription } from '../wechat/wechat-subscription.entity';
import { WechatToken } from '../wechat/wechat-token.entity';

/** Every entity, in one list for the data source and the migration generator. */
export const ENTITIES = [
  Grid,
  Community,
  Building,
  Department,
  User,
  Appeal,
  AppealEvent,
  AppealFeedback,
  AppealRating,
  AppealSupporter,
  DispatchOrder,
  DispatchAssignment,
  AppealInvolvement,
  Attachment,
  Timer,
  SupervisionFlag,
  AppealDeadline,
  MeasureCount,
  DurationCount,
  OpenAppealCount,
  MeasureSettingsRow,
  WorkOrderMappingRow,
  VisitTask,
  NotificationOutbox,
  InboxMessage,
  Whistle,
  WhistleTarget,
  WhistleEvent,
  TaskForce,
  TaskForceMember,
  TaskForceNote,
  Project,
  ProjectOpinion,
  EvaluationPeriod,
  DepartmentScore,
  CollaborationDay,
  RatingDay,
  OutcomeDay,
  ManagementItem,
  LiaisonProfile,
  LiaisonCount,
  TrainingRecord,
  RewardRequest,
  RewardEvent,
  RateLimitCounter,
  WechatToken,
  WechatSubscription,
  WechatMessage,
  ContentCheck,
  Open311Client,
  VolunteerApplication,
  PartyMemberRegistration,
  VolunteerBirthYear,
  TrainingCourse,
  TrainingSignUp,
  TrainingAttendance,
  Survey,
  SurveyQuestion,
  SurveyCommunity,
  SurveyEntry,
  SurveyAnswer,
  Campaign,
  CampaignCommunity,
  CampaignUnit,
  CampaignSite,
  CampaignSitePhoto,
  Household,
  ResidentHousehold,
  Meeting,
  MeetingBuilding,
  MeetingInvitee,
  MeetingSignUp,
  MeetingAttendance,
  MeetingDecision,
  MeetingDecisionAppeal,
  Poll,
  PollQuestion,
  PollOption,
  PollBuilding,
  PollInvitee,
  PollParticipation,
  PollBallot,
  PollAdoption,
];
