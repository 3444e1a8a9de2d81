import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ROLE_LABELS } from '@lingjuli/shared';
import type { PropsWithChildren } from 'react';
import { useDeskLayout } from '@/hooks/desk/useDeskLayout';
import { routes } from '@/routes';
import { useSession } from '@/state/session';
import { deskEntryOf, deskNavFor, pagePath } from '@/utils/desk/nav';
import { openPage } from '@/utils/navigation';
import './desk.scss';

/**
 * The desk (browser, at least 1,024 px wide, the street and the secretaries): the page's content on
 * the right of the side navigation (DESK_NAV, the lines the role may use) under a header with the
 * user and role. A page not in the navigation, a narrow window or another role: the page as it is.
 */
export function DeskFrame({ children }: PropsWithChildren) {
  const session = useSession();
  const desk = useDeskLayout();
  const page = pagePath(useRouter().path ?? '');
  const current = deskEntryOf(page);
  if (!desk || !session || !current) return <>{children}</>;

  const role = session.user.role;
  return (
    <View className='desk-shell' data-entry={current.key}>
      <View className='desk-shell__side'>
        <Text className='desk-shell__brand'>零距离 · 工作台</Text>
        <View id='desk-nav' className='desk-shell__nav'>
          {deskNavFor(role).map((entry) => {
            const active = entry.key === current.key;
            return (
              <View
                key={entry.key}
                id={`desk-nav-${entry.key}`}
                className={`desk-shell__link ${entry.under ? 'desk-shell__link--sub' : ''} ${active ? 'desk-shell__link--active' : ''}`}
                onClick={() => {
                  if (page !== entry.pages[0]) openPage(entry.url, 'redirect');
                }}
              >
                <Text>{entry.label}</Text>
              </View>
            );
          })}
        </View>
      </View>
      <View className='desk-shell__main'>
        <View className='desk-shell__header'>
          <Text className='desk-shell__title'>{current.label}</Text>
          <View id='desk-user' className='desk-shell__user'>
            <Text className='desk-shell__name'>{session.user.displayName}</Text>
            <Text className='desk-shell__role'>{ROLE_LABELS[role]}</Text>
            <Text id='desk-account' className='desk-shell__account' onClick={() => openPage(routes.login())}>
              账号
            </Text>
          </View>
        </View>
        <View className='desk-shell__content'>{children}</View>
      </View>
    </View>
  );
}
