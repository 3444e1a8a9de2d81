import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { platform } from '@/platform';
import { asApiError } from '@/services/http';
import type { Session } from '@/state/session';
import { hasTemplate, loadSubscriptionTemplates, templateIdsFor } from '@/state/subscriptions';
import { turnOnWechatAlerts, useAlertsTurnedOn } from '@/state/wechat-alerts';
import { toast } from '@/utils/navigation';
import { alertsAskFor, alertsWords } from '@/utils/wechat-alerts';
import './WechatAlertsBar.scss';

/**
 * At the top of a worker's first page: turns on her WeChat alerts (new emergencies, deadlines; whistles
 * and dispatches; visits). In WeChat only, once the ask has a configured template. WeChat sends one
 * message per consent, so once on, the bar offers to keep receiving them.
 */
export function WechatAlertsBar({ session }: { session: Session | null }) {
  const ask = session && platform.canSubscribe ? alertsAskFor(session.user.role) : null;
  const [ready, setReady] = useState(() => (ask ? templateIdsFor(ask).length > 0 : false));
  const on = useAlertsTurnedOn(session);
  const [error, setError] = useState<string | null>(null);
  // Set at once, unlike state, so a second tap while WeChat is asking does nothing.
  const busy = useRef(false);

  useEffect(() => {
    if (!ask) return;
    let live = true;
    void loadSubscriptionTemplates().then(() => {
      if (live) setReady(templateIdsFor(ask).length > 0);
    });
    return () => {
      live = false;
    };
  }, [ask]);

  if (!session || !ask || !ready) return null;

  const tap = () => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    // Called straight from the tap, not after an await: WeChat refuses the ask anywhere else.
    void turnOnWechatAlerts(ask, session)
      .then((accepted) => {
        if (accepted) toast('已开启微信提醒');
      })
      .catch((e: unknown) => setError(asApiError(e, '开启失败，请稍后重试').message))
      .finally(() => {
        busy.current = false;
      });
  };

  return (
    <View id='wechat-alerts' className={`wechat-alerts ${on ? 'wechat-alerts--on' : ''}`} onClick={tap}>
      <View className='wechat-alerts__words'>
        <Text className='wechat-alerts__title'>{on ? '继续接收微信提醒' : '开启微信提醒'}</Text>
        <Text className='wechat-alerts__text'>{on ? '微信每次同意只发一条提醒，再点一次可继续接收' : `${alertsWords(ask, hasTemplate)}会发到您的微信`}</Text>
        {error && <Text className='wechat-alerts__error'>{error}</Text>}
      </View>
      <Text className='wechat-alerts__go'>{on ? '继续 ›' : '开启 ›'}</Text>
    </View>
  );
}
