import { Text, View } from '@tarojs/components';
import { AUDIENCES, MEETING_AUDIENCE_LABELS, type Audience } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Chips } from '@/components/Chips';
import { Field } from '@/components/Field';
import { Empty, ErrorBox, Loading } from '@/components/States';
import { PickSheet } from '@/components/hall/PickSheet';
import type { AudienceDraft, AudiencePicker } from '@/hooks/hall/useAudiencePicker';
import './hall.scss';

const AUDIENCE_CHOICES = AUDIENCES.map((a) => ({ key: a, label: MEETING_AUDIENCE_LABELS[a] }));

/** The words that differ between a meeting (参会, 报名) and a poll (参与). */
export interface AudienceWords {
  /** 请谁参加 / 请谁参与 */
  question: string;
  /** The label of the buildings' field. */
  buildings: string;
  /** What a building's residents can then do: 报名 / 参与. */
  act: string;
  /** The label of the invited people's field, and its button. */
  invited: string;
}

/**
 * Who a meeting or a poll is for: everyone, some buildings (ticked), or people invited by name (chosen
 * in a sheet), with their field errors. Ids start with `idPrefix`: `-audience-<key>`, `-building-<id>`,
 * `-invitees`, `-invitee-<id>`, `-invite-open`, and the sheet's `-invite-…`.
 */
export function AudienceFields({
  idPrefix,
  words,
  draft,
  picker,
  onAudience,
  fieldError,
}: {
  idPrefix: string;
  words: AudienceWords;
  draft: AudienceDraft;
  picker: AudiencePicker;
  onAudience: (audience: Audience) => void;
  fieldError: (field: string) => string | undefined;
}) {
  const buildings = picker.buildings.data ?? [];
  const firstOf = (field: string, count: number) => fieldError(field) ?? Array.from({ length: count }, (_, i) => fieldError(`${field}.${i}`)).find(Boolean);
  const { invite } = picker;
  return (
    <>
      <Field label={words.question} required error={fieldError('audience')}>
        <Chips idPrefix={`${idPrefix}-audience`} choices={AUDIENCE_CHOICES} value={draft.audience} onChange={onAudience} />
      </Field>
      {draft.audience === 'buildings' && (
        <Field
          label={words.buildings}
          required
          error={firstOf('buildingIds', draft.buildingIds.length)}
          hint={`点选一栋或几栋楼，这些楼登记了住址的居民可以${words.act}`}
        >
          {picker.buildings.loading && <Loading />}
          {picker.buildings.error && <ErrorBox error={picker.buildings.error} onRetry={() => void picker.buildings.reload()} />}
          {picker.buildings.data && buildings.length === 0 && <Empty text='本社区还没有楼栋' />}
          <View className='choice'>
            {buildings.map((b) => {
              const on = draft.buildingIds.includes(b.id);
              return (
                <View
                  key={b.id}
                  id={`${idPrefix}-building-${b.id}`}
                  className={`choice__item ${on ? 'choice__item--on' : ''}`}
                  data-selected={on ? 'true' : 'false'}
                  onClick={() => picker.toggleBuilding(b.id)}
                >
                  <Text>{on ? `✓ ${b.name}` : b.name}</Text>
                </View>
              );
            })}
          </View>
        </Field>
      )}
      {draft.audience === 'invited' && (
        <Field
          label={words.invited}
          required
          error={firstOf('invitedUserIds', draft.invitedUserIds.length)}
          hint='从本社区登记了住址的居民和民情专员中选择，如居民代表'
        >
          <View id={`${idPrefix}-invitees`} className='decision__appeals'>
            {draft.invitedUserIds.map((userId) => (
              <Text key={userId} id={`${idPrefix}-invitee-${userId}`} className='decision__appeal' onClick={() => picker.uninvite(userId)}>
                {`${picker.names.get(userId) ?? `#${userId}`} ✕`}
              </Text>
            ))}
          </View>
          <BigButton id={`${idPrefix}-invite-open`} kind='secondary' onClick={invite.start}>
            {draft.invitedUserIds.length ? `已选${draft.invitedUserIds.length}人，修改` : `选择${words.invited}`}
          </BigButton>
        </Field>
      )}
      {invite.open && (
        <PickSheet
          idPrefix={`${idPrefix}-invite`}
          title={`选择${words.invited}`}
          hint='本社区登记了住址的居民和民情专员'
          searchPlaceholder='输入姓名或楼号查找'
          items={invite.shown.map((p) => ({ id: p.userId, name: p.name, note: p.note }))}
          selected={invite.picked}
          onToggle={(item) => invite.toggle(item.id)}
          search={invite.search}
          onSearch={invite.setSearch}
          loading={picker.people.loading}
          error={picker.people.error}
          onRetry={() => void picker.people.reload()}
          confirmLabel={`确定（${invite.picked.length}人）`}
          onConfirm={invite.confirm}
          onCancel={invite.close}
          emptyText={invite.search ? '没有找到，换个字试试' : '本社区还没有居民登记住址'}
        />
      )}
    </>
  );
}
