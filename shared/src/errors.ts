/**
 * Every error code the server sends, in `{code, message, details}`. Clients switch on the code (the
 * Chinese message is for people); a code is never renamed, only added. The server's `AppError` takes
 * an `ErrorCode`, and a test over the server's source keeps this list and what it throws in step.
 */
export const ERROR_CODES = [
  // ---- HTTP errors the framework raises (named by status), and input ----
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'TOO_MANY_REQUESTS',
  /** The database cannot be reached (with Retry-After). */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  /** A field is wrong; `details` names it. */
  'VALIDATION_FAILED',

  // ---- logging in ----
  /** No bearer token. */
  'UNAUTHENTICATED',
  /** An expired or revoked token, or its account is gone. */
  'TOKEN_INVALID',
  'INVALID_CREDENTIALS',
  'ACCOUNT_CLOSED',
  /** Locked after too many wrong passwords, until a person unlocks it. */
  'ACCOUNT_LOCKED',
  /** Wrong passwords: wait `Retry-After` seconds. */
  'LOGIN_RETRY_LATER',
  /** Too many logins being checked at once (503, Retry-After). */
  'LOGIN_BUSY',
  'WECHAT_CODE_INVALID',
  'WECHAT_UNAVAILABLE',

  // ---- appeals ----
  'APPEAL_NOT_FOUND',
  /** The transition table does not allow the action in the appeal's status, level or for the role. */
  'APPEAL_TRANSITION_NOT_ALLOWED',
  /** The appeal is withdrawn, rejected or closed. */
  'APPEAL_FINISHED',
  /** The same Idempotency-Key was used for a different submission. */
  'IDEMPOTENCY_KEY_REUSED',
  /** A 12345 work-order number already taken in (工单编号 is unique in the street). */
  'WORK_ORDER_TAKEN',
  /** A 12345 batch was uploaded before the street admin mapped its columns. */
  'WORK_ORDER_MAPPING_REQUIRED',
  /** "Me too" on one's own appeal. */
  'OWN_APPEAL',
  'NOT_REPORTER',
  'NOT_ASSIGNED',
  'ALREADY_RATED',
  'CALLBACK_NOT_APPLICABLE',
  'NO_REVIEW_PENDING',
  'NO_PENDING_DISPATCH_ORDER',
  'NOT_LEAD_DEPARTMENT',
  'NOT_ASSISTING_DEPARTMENT',
  'DEPARTMENT_NOT_WORKING_ON_APPEAL',
  'ATTACHMENT_NOT_FOUND',
  'UNSUPPORTED_FILE_TYPE',
  /** WeChat's content check found the words risky (400, the field named): nothing was written. */
  'CONTENT_RISKY',

  // ---- the street's organisation and people ----
  'COMMUNITY_NOT_FOUND',
  'COMMUNITY_EXISTS',
  'BUILDING_NOT_FOUND',
  'BUILDING_EXISTS',
  'DEPARTMENT_EXISTS',
  'USER_NOT_FOUND',
  'USERNAME_TAKEN',
  'MESSAGE_NOT_FOUND',
  /** The caller belongs to no community, and the step is a community's. */
  'NO_COMMUNITY',

  // ---- the six powers ----
  'WHISTLE_NOT_FOUND',
  'NOT_WHISTLED',
  'WHISTLE_CLOSED',
  'WHISTLE_ALREADY_REPORTED_IN',
  'WHISTLE_NOT_REPORTED_IN',
  'WHISTLE_PART_COMPLETED',
  'WHISTLE_NOT_COMPLETED',
  'TASK_FORCE_NOT_FOUND',
  'TASK_FORCE_EXISTS',
  'NOT_TASK_FORCE_MEMBER',
  'PROJECT_NOT_FOUND',
  'PROJECT_ALREADY_STARTED',
  'PROJECT_OPINION_REQUIRED',
  'OPINION_ALREADY_GIVEN',
  'PERIOD_NOT_FOUND',
  'PERIOD_NAME_TAKEN',
  'DEPARTMENT_NOT_WORKED_WITH',
  'LIAISON_NOT_FOUND',
  'REWARD_REQUEST_NOT_FOUND',
  'REWARD_TRANSITION_NOT_ALLOWED',
  'MEETING_RECORD_REQUIRED',
  'VISIT_TASK_NOT_FOUND',
  'VISIT_TASK_DONE',

  // ---- street-wide campaigns (专项整治) ----
  'CAMPAIGN_NOT_FOUND',
  /** The campaign's move table does not start the move from its status (start a planned one, finish an active one). */
  'CAMPAIGN_TRANSITION_NOT_ALLOWED',
  /** Sites are reported and cleared only while the campaign is active. */
  'CAMPAIGN_NOT_ACTIVE',
  'CAMPAIGN_SITE_NOT_FOUND',
  'CAMPAIGN_SITE_CLEARED',

  // ---- integrations ----
  /** An Open311 client (API key) the street admin does not have. */
  'OPEN311_CLIENT_NOT_FOUND',
  // ---- the deliberation hall (each part adds its codes under its own heading) ----
  /** A resident's stated household the caller cannot see, or none stated. */
  'HOUSEHOLD_NOT_FOUND',
  /** She stated her household already; a move is reset by the community's staff. */
  'HOUSEHOLD_ALREADY_STATED',
  /** A door-to-door survey (入户调查) outside the caller's scope, or one her community does not take part in. */
  'SURVEY_NOT_FOUND',
  /** The survey takes no more entries: closed early, or past its last day. */
  'SURVEY_CLOSED',
  /** The survey's first day has not come yet. */
  'SURVEY_NOT_OPEN',
  // ---- volunteers (民情专员, 双报到在职党员) ----
  'VOLUNTEER_APPLICATION_NOT_FOUND',
  /** One pending application per person and kind. */
  'VOLUNTEER_APPLICATION_PENDING',
  /** Accepted, declined or withdrawn already. */
  'VOLUNTEER_APPLICATION_DECIDED',
  /** She already serves in that kind (a liaison, a registered party member). */
  'ALREADY_VOLUNTEER',
  /** The applicant's account was closed before the application was accepted. */
  'APPLICANT_ACCOUNT_CLOSED',
  'VOLUNTEER_NOT_FOUND',
  'TRAINING_COURSE_NOT_FOUND',
  /** Signing up (or off) once the course has started. */
  'TRAINING_COURSE_STARTED',
  /** Attendance before the course has started. */
  'TRAINING_COURSE_NOT_STARTED',
  // residents' meetings (议事会)
  /** A meeting outside the caller's scope: another community's, or one she is not invited to. */
  'MEETING_NOT_FOUND',
  /** A resident takes part in her community's meetings once she has stated her household. */
  'HOUSEHOLD_REQUIRED',
  /** Changing, cancelling, signing up or withdrawing once the meeting has started. */
  'MEETING_STARTED',
  'MEETING_CANCELLED',
  /** Every place taken (the meeting's sign-up limit). */
  'MEETING_FULL',
  /** Minutes before the meeting has started. */
  'MEETING_NOT_STARTED',
  /** Publishing the minutes before the meeting has ended. */
  'MEETING_NOT_ENDED',
  /** Check-in (or attendance) before it opens, 60 minutes before the start. */
  'CHECK_IN_NOT_OPEN',
  /** Check-in after the meeting's end. */
  'CHECK_IN_CLOSED',
  /** A check-in code that is not the meeting's. */
  'CHECK_IN_CODE_INVALID',
  /** Publishing before a draft of the minutes was saved. */
  'MINUTES_REQUIRED',
  /** The minutes and decisions are fixed once published. */
  'MINUTES_PUBLISHED',
  // polls and questionnaires (征求意见 / 问卷)
  /** A poll outside the caller's scope: another community's, or one whose audience she is not in. */
  'POLL_NOT_FOUND',
  /** Answering once the poll closed (its closing time, or closed early by staff); closing it twice. */
  'POLL_CLOSED',
  /** Answering before the poll opens. */
  'POLL_NOT_OPEN',
  /** Editing a poll once someone has answered it. */
  'POLL_HAS_ANSWERS',
  /** She answered this poll already. */
  'POLL_ALREADY_ANSWERED',
  /** Someone of her household answered this poll already (one answer per household). */
  'HOUSEHOLD_ALREADY_VOTED',
  /** The poll asks for households verified by the community's staff, and hers is not yet. */
  'HOUSEHOLD_NOT_VERIFIED',
  /** A resident asked for the results before the poll closed. */
  'POLL_RESULTS_NOT_PUBLISHED',
  /** Recording the adopted plan before the poll closed. */
  'POLL_NOT_CLOSED',
  /** The adopted plan is recorded once. */
  'POLL_ADOPTION_RECORDED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An HTTP error with no code of its own in the list (a status the framework rarely raises, e.g. 408), named by its status. */
export type HttpStatusErrorCode = `HTTP_${number}`;

/** What an error response's `code` may be. */
export type ApiErrorCode = ErrorCode | HttpStatusErrorCode;

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}
