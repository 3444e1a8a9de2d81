import type {
  AcceptVolunteerApplicationRequest,
  DeclineVolunteerApplicationRequest,
  ListTrainingCoursesQuery,
  ListVolunteerApplicationsQuery,
  RecordAttendanceRequest,
  TrainingCourseDetail,
  TrainingCourseInfo,
  TrainingCourseRequest,
  VolunteerApplicationInfo,
  VolunteerApplicationRequest,
  VolunteerBirthYearRequest,
  VolunteerInfo,
  VolunteerTeam,
  VolunteerTeamQuery,
} from '@lingjuli/shared';
import { http } from '@/services/api';

/**
 * The community's volunteers (志愿者): a resident applies to be a liaison (民情专员) or registers as a party
 * member reporting to the community (双报到在职党员), its staff review; training courses with sign-up and
 * attendance; the team's counts and age mix.
 */
export const volunteersApi = {
  // ---- applications: the applicant ----
  /** One pending application per person and kind (409 `VOLUNTEER_APPLICATION_PENDING`); 409 `ALREADY_VOLUNTEER` if she serves in it. */
  apply: (body: VolunteerApplicationRequest) => http.post<VolunteerApplicationInfo>('/volunteer-applications', { data: body }),
  /** Her own applications, newest first (her phone masked). */
  mine: () => http.get<VolunteerApplicationInfo[]>('/volunteer-applications/mine'),
  /** While it is pending. */
  withdraw: (id: number) => http.post<VolunteerApplicationInfo>(`/volunteer-applications/${id}/withdraw`),
  get: (id: number) => http.get<VolunteerApplicationInfo>(`/volunteer-applications/${id}`),
  // ---- applications: the community's staff ----
  /** `status=pending`: the queue, oldest first; otherwise newest first (200 at most). */
  list: (query: ListVolunteerApplicationsQuery = {}) => http.get<VolunteerApplicationInfo[]>('/volunteer-applications', { query: { ...query } }),
  /** A liaison's duties (居民联系员 if none); a party member's application takes none. */
  accept: (id: number, body: AcceptVolunteerApplicationRequest) => http.post<VolunteerApplicationInfo>(`/volunteer-applications/${id}/accept`, { data: body }),
  /** The reason is told to her. */
  decline: (id: number, body: DeclineVolunteerApplicationRequest) =>
    http.post<VolunteerApplicationInfo>(`/volunteer-applications/${id}/decline`, { data: body }),
  // ---- training courses ----
  /** `upcoming` (default, soonest first) or `past` (newest first); a volunteer sees those meant for her. */
  courses: (query: ListTrainingCoursesQuery = {}) => http.get<TrainingCourseInfo[]>('/training-courses', { query: { ...query } }),
  /** With who signed up or attended, for staff (null for a volunteer). */
  course: (id: number) => http.get<TrainingCourseDetail>(`/training-courses/${id}`),
  schedule: (body: TrainingCourseRequest) => http.post<TrainingCourseDetail>('/training-courses', { data: body }),
  /** Until it starts (409 `TRAINING_COURSE_STARTED`); twice changes nothing. */
  signUp: (id: number) => http.post<TrainingCourseDetail>(`/training-courses/${id}/sign-up`),
  signOff: (id: number) => http.delete<TrainingCourseDetail>(`/training-courses/${id}/sign-up`),
  /** Once it started (409 `TRAINING_COURSE_NOT_STARTED`); a stranger is 400 on `userIds.<i>`. */
  recordAttendance: (id: number, body: RecordAttendanceRequest) => http.post<TrainingCourseDetail>(`/training-courses/${id}/attendance`, { data: body }),
  // ---- the team ----
  team: (query: VolunteerTeamQuery = {}) => http.get<VolunteerTeam>('/volunteers/team', { query: { ...query } }),
  roster: (query: VolunteerTeamQuery = {}) => http.get<VolunteerInfo[]>('/volunteers', { query: { ...query } }),
  recordBirthYear: (userId: number, body: VolunteerBirthYearRequest) => http.put<VolunteerInfo>(`/volunteers/${userId}/birth-year`, { data: body }),
};
