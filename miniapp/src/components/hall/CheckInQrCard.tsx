import { Text, View } from '@tarojs/components';
import type { MeetingCheckInCode } from '@lingjuli/shared';
import type { ApiError } from '@/services/http';
import { BigButton } from '@/components/BigButton';
import { Card } from '@/components/Card';
import { ErrorBox, Loading } from '@/components/States';
import { QrCode } from '@/components/hall/QrCode';
import { checkInWindowLabel } from '@/utils/hall/check-in';
import './hall.scss';

/**
 * The door's check-in code drawn big (`#meeting-qr`), to show on this phone at the door or on a screen:
 * a resident scans it with WeChat and one tap checks her in. Without a link to draw (no site address
 * known), it says so and staff record attendance by hand.
 */
export function CheckInQrCard({
  shown,
  onShow,
  onHide,
  code,
  link,
  loading,
  error,
  onRetry,
}: {
  shown: boolean;
  onShow: () => void;
  onHide: () => void;
  code: MeetingCheckInCode | null;
  link: string | null;
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
}) {
  if (!shown)
    return (
      <Card title='会场签到'>
        <Text className='muted'>把签到二维码放在会场门口（手机或投影），居民用微信“扫一扫”，点一下“签到”就行。</Text>
        <BigButton id='meeting-qr-open' kind='secondary' onClick={onShow}>
          显示签到二维码
        </BigButton>
      </Card>
    );
  return (
    <Card>
      <View id='meeting-qr-card'>
        <Text className='qr-card__title'>议事会签到</Text>
        <Text className='qr-card__note'>请用微信“扫一扫”扫码签到</Text>
        {loading && <Loading />}
        {error && <ErrorBox error={error} onRetry={onRetry} />}
        {code && link && <QrCode id='meeting-qr' text={link} />}
        {code && (
          <>
            <Text className='qr-card__note'>{checkInWindowLabel(code)}</Text>
            {!link && <Text className='qr-card__note'>暂时无法生成签到二维码，请在下面“记录签到”中为到会的居民登记。</Text>}
            <Text id='meeting-qr-code' className='qr-card__code'>
              {`签到码 ${code.code}`}
            </Text>
          </>
        )}
      </View>
      <BigButton id='meeting-qr-close' kind='plain' onClick={onHide}>
        收起二维码
      </BigButton>
    </Card>
  );
}
