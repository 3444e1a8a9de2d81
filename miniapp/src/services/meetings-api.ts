import type {
  CancelMeetingRequest,
  CheckInRequest,
  MeetingCheckInCode,
  MeetingDetail,
  MeetingListQuery,
  MeetingParticipantInfo,
  MeetingSummary,
  RecordMeetingAttendanceRequest,
  SaveMinutesRequest,
  ScheduleMeetingRequest,
} from '@lingjuli/shared';
import { http } from '@/services/api';

/** Residents' meetings (议事会): staff schedule and keep them, residents sign up and check in. */
export const meetingsApi = {
  /** `current` (default): to come or running, then ended in the last 30 days; `past`: ended, latest first. */
  list: (query: MeetingListQuery = {}) => http.get<MeetingSummary[]>('/meetings', { query: { ...query } }),
  get: (id: number) => http.get<MeetingDetail>(`/meetings/${id}`),
  // ---- staff ----
  schedule: (body: ScheduleMeetingRequest) => http.post<MeetingDetail>('/meetings', { data: body }),
  update: (id: number, body: ScheduleMeetingRequest) => http.put<MeetingDetail>(`/meetings/${id}`, { data: body }),
  cancel: (id: number, body: CancelMeetingRequest) => http.post<MeetingDetail>(`/meetings/${id}/cancel`, { data: body }),
  checkInCode: (id: number) => http.get<MeetingCheckInCode>(`/meetings/${id}/check-in-code`),
  participants: (id: number) => http.get<MeetingParticipantInfo[]>(`/meetings/${id}/participants`),
  recordAttendance: (id: number, body: RecordMeetingAttendanceRequest) => http.post<MeetingParticipantInfo[]>(`/meetings/${id}/attendance`, { data: body }),
  removeAttendance: (id: number, userId: number) => http.delete<void>(`/meetings/${id}/attendance/${userId}`),
  saveMinutes: (id: number, body: SaveMinutesRequest) => http.put<MeetingDetail>(`/meetings/${id}/minutes`, { data: body }),
  publishMinutes: (id: number) => http.post<MeetingDetail>(`/meetings/${id}/minutes/publish`),
  // ---- residents and liaisons of the audience ----
  signUp: (id: number) => http.post<MeetingDetail>(`/meetings/${id}/sign-up`),
  withdraw: (id: number) => http.delete<MeetingDetail>(`/meetings/${id}/sign-up`),
  checkIn: (id: number, body: CheckInRequest) => http.post<MeetingDetail>(`/meetings/${id}/check-in`, { data: body }),
};
