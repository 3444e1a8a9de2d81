import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { MANAGEMENT_ITEM_KIND_LABELS, PERMISSIONS, formatShanghaiDateTime } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Screen } from '@/components/Screen';
import { Empty, ErrorBox, Loading, Notice } from '@/components/States';
import { useManagement } from '@/hooks/powers/useManagement';
import { useRoleSession } from '@/hooks/useRoleSession';
import { canMove, groupByKind } from '@/utils/powers/management';
import './index.scss';

/**
 * 管理权限清单: a community's management powers and the resources it can call on, grouped by kind.
 * Readable by the community (and the grid and the street, who pick a community); the street admin edits it.
 */
export default function PowersManagement() {
  const param = Number(useRouter().params.communityId) || undefined;
  const session = useRoleSession(PERMISSIONS['management.read']);
  const m = useManagement(session, param);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const list = m.list;
  const index = m.choices.findIndex((c) => c.id === m.communityId);

  return (
    <Screen className='management'>
      <Text className='title'>管理权限清单</Text>
      <Text className='muted'>社区依法享有的管理权限和可统筹调动的资源。</Text>

      {m.picks && (
        <Picker
          mode='selector'
          range={m.choices.map((c) => c.name)}
          value={index < 0 ? 0 : index}
          onChange={(e) => m.choose(m.choices[Number(e.detail.value)].id)}
        >
          <View id='management-community' className='picker management__picker'>
            <Text>{m.communityName ?? '请选择社区'}</Text>
            <Text className='management__arrow'>切换社区 ›</Text>
          </View>
        </Picker>
      )}

      {m.loading && <Loading />}
      {m.error && <ErrorBox error={m.error} onRetry={() => void m.reload()} />}

      {list && !m.editing && (
        <View id='management-list'>
          {groupByKind(list.items).map((group) => (
            <Card key={group.kind} title={group.label} className={`management__group management__group--${group.kind}`}>
              {group.rows.length === 0 && <Text className='muted'>暂无</Text>}
              {group.rows.map(({ row }, i) => (
                <View key={row.id} className='management-item' data-id={String(row.id)} data-kind={row.kind}>
                  <Text className='management-item__title'>
                    {i + 1}. {row.title}
                  </Text>
                  {row.description && <Text className='management-item__description'>{row.description}</Text>}
                </View>
              ))}
            </Card>
          ))}
          {list.items.length === 0 && <Empty text='此社区尚未建立管理权限清单' />}
          {list.updatedAt && (
            <Text className='muted management__updated'>
              {list.updatedBy ? `${list.updatedBy.name} ` : ''}更新于 {formatShanghaiDateTime(new Date(list.updatedAt))}
            </Text>
          )}
          {m.canEdit && (
            <BigButton id='management-edit' kind='secondary' onClick={m.startEditing}>
              编辑清单
            </BigButton>
          )}
        </View>
      )}

      {m.editing && (
        <View id='management-editor'>
          {groupByKind(m.rows).map((group) => (
            <Card key={group.kind} title={group.label} className='management__group staff-form'>
              {group.rows.map(({ row, index: i }) => (
                <View key={row.key} id={`management-item-${i}`} className='management-edit'>
                  <View id={`management-item-${i}-title`} className='management-edit__field'>
                    <Input
                      className='input'
                      value={row.title}
                      maxlength={100}
                      placeholder='名称，如：社区公共空间使用管理'
                      onInput={(e) => m.update(i, { title: e.detail.value })}
                    />
                  </View>
                  {m.saver.fieldError(`items.${i}.title`) && <Text className='field__error'>{m.saver.fieldError(`items.${i}.title`)}</Text>}
                  <View id={`management-item-${i}-description`} className='management-edit__field'>
                    <Textarea
                      className='textarea management-edit__textarea'
                      value={row.description}
                      maxlength={2000}
                      placeholder='说明（可不填）'
                      onInput={(e) => m.update(i, { description: e.detail.value })}
                    />
                  </View>
                  <View className='management-edit__tools'>
                    <Text
                      id={`management-item-${i}-up`}
                      className={`management-edit__tool ${canMove(m.rows, i, -1) ? '' : 'management-edit__tool--off'}`}
                      onClick={() => m.move(i, -1)}
                    >
                      上移
                    </Text>
                    <Text
                      id={`management-item-${i}-down`}
                      className={`management-edit__tool ${canMove(m.rows, i, 1) ? '' : 'management-edit__tool--off'}`}
                      onClick={() => m.move(i, 1)}
                    >
                      下移
                    </Text>
                    <Text id={`management-item-${i}-remove`} className='management-edit__tool management-edit__tool--danger' onClick={() => m.remove(i)}>
                      删除
                    </Text>
                  </View>
                </View>
              ))}
              <Text id={`management-add-${group.kind}`} className='management-edit__add' onClick={() => m.add(group.kind)}>
                ＋ 添加{MANAGEMENT_ITEM_KIND_LABELS[group.kind]}
              </Text>
            </Card>
          ))}
          {m.saver.fieldError('items') && <Notice tone='error'>{m.saver.fieldError('items') as string}</Notice>}
          {m.saver.message(m.rows.map((_, i) => `items.${i}.title`)) && (
            <Notice tone='error'>{m.saver.message(m.rows.map((_, i) => `items.${i}.title`)) as string}</Notice>
          )}
          <BigButton id='management-save' loading={m.saver.busy} onClick={() => void m.save()}>
            保存清单
          </BigButton>
          <BigButton id='management-cancel' kind='plain' disabled={m.saver.busy} onClick={m.cancelEditing}>
            取消
          </BigButton>
        </View>
      )}
    </Screen>
  );
}
