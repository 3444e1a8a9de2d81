import { Input, Text, View } from '@tarojs/components';
import { MEASURE_DEFINITIONS, PERMISSIONS, RATES } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { useMeasureSettings } from '@/hooks/measures/useMeasureSettings';
import { useRoleSession } from '@/hooks/useRoleSession';
import { weightsLine } from '@/utils/measures/format';
import { SETTINGS_FIELDS } from '@/utils/measures/settings-form';
import '@/components/measures/measures.scss';

/**
 * 测度设置 (the street admin): what one 基本满意 counts for in the satisfaction rate, and the three
 * rates' weights in the communities' composite — each 0 to 1, checked here and by the server.
 */
export default function MeasureSettingsPage() {
  const session = useRoleSession(PERMISSIONS['measures.configure']);
  const s = useMeasureSettings(!!session);
  const draft = s.draft;

  return (
    <Screen className='measures'>
      <Text className='title'>测度设置</Text>
      <Text className='muted'>影响各社区的满意率与综合得分排名，保存后所有页面即按新设置计算。</Text>
      <View className='spacer' />
      {s.current.loading && !draft && <Loading />}
      {s.current.error && <ErrorBox error={s.current.error} onRetry={() => void s.current.reload()} />}
      {draft && (
        <>
          <Card title='满意率'>
            <Field label='“基本满意”按几个“满意”计' hint='0 到 1；1 即与满意相同，部分地区按 0.9 计' error={s.submit.fieldError('basicallySatisfiedWeight')}>
              <Input
                id='settings-basic'
                className='input'
                type='digit'
                value={draft.basicallySatisfiedWeight}
                onInput={(e) => {
                  const value = e.detail.value;
                  s.edit((d) => ({ ...d, basicallySatisfiedWeight: value }));
                }}
              />
            </Field>
            <Text className='measures-note'>
              {MEASURE_DEFINITIONS.satisfactionRate.label}：{MEASURE_DEFINITIONS.satisfactionRate.definition}
            </Text>
          </Card>
          <Card title='综合得分权重'>
            {RATES.map((rate) => (
              <Field key={rate} label={`${MEASURE_DEFINITIONS[rate].label}权重`} hint='0 到 1' error={s.submit.fieldError(`weights.${rate}`)}>
                <Input
                  id={`settings-${rate}`}
                  className='input'
                  type='digit'
                  value={draft.weights[rate]}
                  onInput={(e) => {
                    const value = e.detail.value;
                    s.edit((d) => ({ ...d, weights: { ...d.weights, [rate]: value } }));
                  }}
                />
              </Field>
            ))}
            {s.submit.fieldError('weights') && (
              <Text id='settings-weights-error' className='field__error'>
                {s.submit.fieldError('weights')}
              </Text>
            )}
            <Text className='measures-note'>
              三项权重不必相加为 1，计算时按比例折算；某项无数据时不计，其余按比例放大。默认 0.1 : 0.45 : 0.45（北京接诉即办考核）。
            </Text>
          </Card>
          {s.submit.message([...SETTINGS_FIELDS]) && <Notice tone='error'>{s.submit.message([...SETTINGS_FIELDS])!}</Notice>}
          {s.saved && (
            <View id='settings-saved'>
              <Notice tone='ok'>{`已保存：${weightsLine(s.saved)}`}</Notice>
            </View>
          )}
          <BigButton id='settings-save' loading={s.submit.busy} onClick={s.save}>
            保存设置
          </BigButton>
        </>
      )}
    </Screen>
  );
}
