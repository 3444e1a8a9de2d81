import { Text, View } from '@tarojs/components';
import { REQUIRED_WORK_ORDER_FIELDS, WORK_ORDER_FIELD_LABELS, WORK_ORDER_FIELDS, type WorkOrderRowResult } from '@lingjuli/shared';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { DateField } from '@/components/DateField';
import { Screen } from '@/components/Screen';
import { ErrorBox, Loading, Notice } from '@/components/States';
import { Tag } from '@/components/Tags';
import { TextField } from '@/components/staff/TextField';
import { useWorkOrders } from '@/hooks/interop/useWorkOrders';
import { useRoleSession } from '@/hooks/useRoleSession';
import { routes } from '@/routes';
import { openPage } from '@/utils/navigation';
import { ROW_OUTCOMES, batchSummary, rowsToShow } from '@/utils/interop/work-orders';
import './index.scss';

const STREET = ['commandCenter', 'streetAdmin'] as const;

/** One row of a batch (`.work-order-row[data-outcome]`): its number, where it goes, and what is wrong with it. */
function BatchRow({ row }: { row: WorkOrderRowResult }) {
  const outcome = ROW_OUTCOMES[row.outcome];
  return (
    <View
      className={`work-order-row work-order-row--${row.outcome}`}
      data-outcome={row.outcome}
      data-row={String(row.row)}
      onClick={() => row.appealId && openPage(routes.streetAppeal(row.appealId))}
    >
      <View className='work-order-row__head'>
        <Text className='work-order-row__no'>
          第 {row.row} 行 · {row.workOrderNo ?? '无编号'}
        </Text>
        <Tag tone={outcome.tone}>{outcome.label}</Tag>
      </View>
      {row.community && (
        <Text className='muted'>
          {row.community.name}
          {row.building ? ` · ${row.building.name}` : ''}
        </Text>
      )}
      {[...row.errors, ...row.warnings].map((text) => (
        <Text key={text} className={row.errors.includes(text) ? 'work-order-row__error' : 'muted'}>
          {text}
        </Text>
      ))}
    </View>
  );
}

function BatchRows({ rows }: { rows: readonly WorkOrderRowResult[] }) {
  const { shown, more } = rowsToShow(rows);
  return (
    <View id='work-orders-rows' className='work-orders__rows'>
      {shown.map((row) => (
        <BatchRow key={row.row} row={row} />
      ))}
      {more > 0 && <Text className='muted'>另有 {more} 行无误，未逐行列出</Text>}
    </View>
  );
}

/**
 * 12345工单 (接诉即办): the command centre takes in the batch the city's 12345 system exports — a preview
 * row by row first, then the import — and saves the replies of a range of days to upload back; the street
 * admin maps the batch's columns once (docs/integration.md).
 */
export default function WorkOrders() {
  const session = useRoleSession(STREET);
  const w = useWorkOrders(session);
  if (!session)
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  const configured = w.mapping.data?.configured ?? false;
  const mappingMessage = w.savingMapping.message(WORK_ORDER_FIELDS);

  return (
    <Screen className='work-orders'>
      <Text className='title'>12345工单</Text>
      <Text className='muted'>导入市民热线派来的工单，按工单编号去重，派往对应社区；办理回复可导出后上传12345。</Text>

      {w.mapping.error && <ErrorBox error={w.mapping.error} onRetry={() => void w.mapping.reload()} />}
      {w.mapping.data && !configured && (
        <Notice tone='warning'>{w.canMap ? '请先在下方设置工单文件的列对应，才能导入。' : '街道管理员尚未设置工单文件的列对应，暂不能导入。'}</Notice>
      )}

      <Card title='导入工单'>
        <Text className='muted'>选择12345系统导出的工单文件（.xlsx 或 .csv），先预览逐行结果，确认后再导入。</Text>
        <BigButton id='work-orders-choose' kind='secondary' loading={w.previewing.busy} onClick={() => void w.choose()}>
          {w.file ? '重新选择文件' : '选择工单文件'}
        </BigButton>
        {w.file && (
          <Text id='work-orders-file' className='muted'>
            已选：{w.file.name}
          </Text>
        )}
        {w.previewing.error && <Notice tone='error'>{w.previewing.error.message}</Notice>}
        {w.preview && (
          <>
            <Text id='work-orders-summary' className='work-orders__summary'>
              预览：{batchSummary(w.preview)}
            </Text>
            <BatchRows rows={w.preview.rows} />
            {w.canImport && w.preview.counts.ready > 0 && (
              <BigButton id='work-orders-import' loading={w.importing.busy} onClick={() => void w.runImport()}>
                导入 {w.preview.counts.ready} 条工单
              </BigButton>
            )}
            {!w.canImport && <Text className='muted'>导入由指挥分中心操作。</Text>}
          </>
        )}
        {w.importing.error && <Notice tone='error'>{w.importing.error.message}</Notice>}
        {w.result && (
          <>
            <Text id='work-orders-result' className='work-orders__summary'>
              已导入：{batchSummary(w.result)}
            </Text>
            <BatchRows rows={w.result.rows} />
          </>
        )}
      </Card>

      <Card title='导出办理回复'>
        <Text className='muted'>按12345回复格式导出所选日期内受理的工单：办理结果、回复内容、办结时间、是否联系、是否解决、是否满意。</Text>
        <View className='work-orders__range'>
          <DateField id='work-orders-from' label='开始日期' value={w.range.from} onChange={(from) => w.setRange({ from })} />
          <DateField id='work-orders-to' label='结束日期' value={w.range.to} onChange={(to) => w.setRange({ to })} />
        </View>
        {w.rangeError && <Notice tone='error'>{w.rangeError}</Notice>}
        <View className='work-orders__exports'>
          <BigButton id='work-orders-export-xlsx' kind='secondary' loading={w.exporting} onClick={() => void w.saveReplies('xlsx')}>
            导出 Excel
          </BigButton>
          <BigButton id='work-orders-export-csv' kind='secondary' loading={w.exporting} onClick={() => void w.saveReplies('csv')}>
            导出 CSV
          </BigButton>
        </View>
      </Card>

      {w.canMap && w.mapping.data && (
        <Card title='工单文件列对应'>
          <Text className='muted'>填写12345导出文件中各列的表头文字；社区和地址至少填一项（按社区列或地址中的社区名派往社区）。</Text>
          {WORK_ORDER_FIELDS.map((field) => (
            <TextField
              key={field}
              id={`mapping-${field}`}
              label={WORK_ORDER_FIELD_LABELS[field]}
              required={REQUIRED_WORK_ORDER_FIELDS.includes(field)}
              value={w.mappingForm[field] ?? ''}
              onChange={(header) => w.setMappingField(field, header)}
              error={w.savingMapping.fieldError(field)}
              maxlength={100}
            />
          ))}
          {mappingMessage && <Notice tone='error'>{mappingMessage}</Notice>}
          <BigButton id='mapping-save' loading={w.savingMapping.busy} onClick={() => void w.saveMapping()}>
            保存列对应
          </BigButton>
        </Card>
      )}
    </Screen>
  );
}
