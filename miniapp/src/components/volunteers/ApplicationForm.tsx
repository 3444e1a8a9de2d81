import { Text, View } from '@tarojs/components';
import {
  VOLUNTEER_KIND_LABELS,
  VOLUNTEER_OFFERS,
  VOLUNTEER_OFFER_LABELS,
  VOLUNTEER_TIMES,
  VOLUNTEER_TIME_LABELS,
  type CommunitySummary,
  type VolunteerOffer,
  type VolunteerTime,
} from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { PhoneInput } from '@/components/PhoneInput';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { TextField } from '@/components/staff/TextField';
import type { ApiError } from '@/services/http';
import { ChoiceGrid } from '@/components/volunteers/ChoiceGrid';
import { APPLICATION_FIELDS, APPLICATION_LIMITS, ageLine, listFieldError, type ApplicationDraft } from '@/utils/volunteers/application-form';
import './volunteers.scss';

const OFFER_CHOICES = VOLUNTEER_OFFERS.map((key) => ({ key, label: VOLUNTEER_OFFER_LABELS[key] }));
const TIME_CHOICES = VOLUNTEER_TIMES.map((key) => ({ key, label: VOLUNTEER_TIME_LABELS[key] }));

export interface ApplicationFormProps {
  draft: ApplicationDraft;
  year: number;
  set: <K extends keyof ApplicationDraft>(key: K, value: ApplicationDraft[K]) => void;
  toggleOffer: (offer: VolunteerOffer) => void;
  toggleTime: (time: VolunteerTime) => void;
  /** The form's own check first, then the server's 400 on the field. */
  fieldError: (field: string) => string | undefined;
  /** The server's message that no field on screen carries. */
  message: (fields: readonly string[]) => string | undefined;
  communityName: string;
  choosingCommunity: boolean;
  onChooseCommunity: () => void;
  communities: readonly CommunitySummary[];
  communitiesLoading: boolean;
  communitiesError: ApiError | null;
  onRetryCommunities: () => void;
  onPickCommunity: (id: number) => void;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * The application for one kind (`#volunteer-form`, `data-kind`): her community, name, mobile, birth year
 * (her age said back), what she can offer and when she is free, and for a party member her unit and
 * organisation. Every field's message — the form's or the server's 400 — stands under it in Chinese.
 */
export function ApplicationForm(p: ApplicationFormProps) {
  const { draft } = p;
  const age = ageLine(draft.birthYear, p.year);
  return (
    <View id='volunteer-form' data-kind={draft.kind}>
      <Text className='subtitle'>{`申请成为${VOLUNTEER_KIND_LABELS[draft.kind]}`}</Text>
      <Card>
        <Field label='所在社区' required error={p.fieldError('communityId')}>
          {draft.communityId !== null && !p.choosingCommunity && (
            <View className='volunteer-community'>
              <Text id='volunteer-community' className='volunteer-community__name'>
                {p.communityName}
              </Text>
              <Text id='volunteer-community-change' className='volunteer-link' onClick={p.onChooseCommunity}>
                换一个社区
              </Text>
            </View>
          )}
          {p.choosingCommunity && (
            <View id='volunteer-communities' className='choice'>
              {p.communitiesLoading && <Loading />}
              {p.communitiesError && <ErrorBox error={p.communitiesError} onRetry={p.onRetryCommunities} />}
              {p.communities.map((c) => {
                const on = c.id === draft.communityId;
                return (
                  <View
                    key={c.id}
                    id={`volunteer-community-${c.id}`}
                    className={`choice__item ${on ? 'choice__item--on' : ''}`}
                    data-selected={on ? 'true' : 'false'}
                    onClick={() => p.onPickCommunity(c.id)}
                  >
                    <Text>{c.name}</Text>
                  </View>
                );
              })}
            </View>
          )}
        </Field>
        <TextField
          id='volunteer-name'
          label='真实姓名'
          required
          value={draft.name}
          onChange={(v) => p.set('name', v)}
          error={p.fieldError('name')}
          placeholder='如：王秀英'
          maxlength={APPLICATION_LIMITS.name}
        />
        <Field label='手机号' required error={p.fieldError('phone')} hint='社区工作人员会打这个电话联系您，只有本社区工作人员能看到'>
          <PhoneInput id='volunteer-phone' value={draft.phone} placeholder='11位手机号' maxlength={13} onInput={(v) => p.set('phone', v)} />
        </Field>
        <TextField
          id='volunteer-birth-year'
          label='出生年份'
          required
          type='number'
          value={draft.birthYear}
          onChange={(v) => p.set('birthYear', v)}
          error={p.fieldError('birthYear')}
          hint='填4位数字，如 1958'
          placeholder='如 1958'
          maxlength={4}
        />
        {age && !p.fieldError('birthYear') && (
          <Text id='volunteer-age' className='volunteer-age'>
            {age}
          </Text>
        )}
      </Card>

      <Card>
        <Field label='我可以提供的服务（可多选）' required error={listFieldError(p.fieldError, 'offers', draft.offers.length)}>
          <ChoiceGrid idPrefix='volunteer-offer' choices={OFFER_CHOICES} chosen={draft.offers} onToggle={p.toggleOffer} />
        </Field>
        <Field label='我有空的时间（可多选）' required error={listFieldError(p.fieldError, 'times', draft.times.length)}>
          <ChoiceGrid idPrefix='volunteer-time' choices={TIME_CHOICES} chosen={draft.times} onToggle={p.toggleTime} />
        </Field>
        <TextField
          id='volunteer-times-note'
          label='时间补充说明（选填）'
          value={draft.timesNote}
          onChange={(v) => p.set('timesNote', v)}
          error={p.fieldError('timesNote')}
          placeholder='如：每周二上午'
          maxlength={APPLICATION_LIMITS.timesNote}
        />
      </Card>

      {draft.kind === 'partyMember' && (
        <Card>
          <TextField
            id='volunteer-work-unit'
            label='工作单位'
            required
            value={draft.workUnit}
            onChange={(v) => p.set('workUnit', v)}
            error={p.fieldError('workUnit')}
            placeholder='如：区市场监管局'
            maxlength={APPLICATION_LIMITS.workUnit}
          />
          <TextField
            id='volunteer-party-organisation'
            label='所在党组织'
            required
            value={draft.partyOrganisation}
            onChange={(v) => p.set('partyOrganisation', v)}
            error={p.fieldError('partyOrganisation')}
            placeholder='如：区市场监管局机关党支部'
            maxlength={APPLICATION_LIMITS.partyOrganisation}
          />
        </Card>
      )}

      {p.message(APPLICATION_FIELDS) && <Notice tone='error'>{p.message(APPLICATION_FIELDS) as string}</Notice>}
      <BigButton id='volunteer-submit' className='volunteer-submit' loading={p.busy} onClick={p.onSubmit}>
        提交申请
      </BigButton>
      <BigButton id='volunteer-form-cancel' kind='plain' disabled={p.busy} onClick={p.onCancel}>
        先不申请了
      </BigButton>
    </View>
  );
}
