import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useDeskLayout } from '@/hooks/desk/useDeskLayout';
import { useSession } from '@/state/session';
import { deskEntryOf } from '@/utils/desk/nav';
import { homeUrlFor, showsTopBar } from '@/utils/top-bar';
import './TopBar.scss';

/**
 * The browser hides Taro's navigation bar, and most pages have no tab bar: 返回 (to the previous page,
 * or home when the page was opened directly) and 首页 (the role's home). Not on the home itself, the
 * tab pages, or the desk, which has its own navigation.
 */
export function TopBar() {
  const path = useRouter().path ?? '';
  const role = useSession()?.user.role;
  const desk = useDeskLayout() && deskEntryOf(path) !== null;
  if (desk || !showsTopBar(path, role)) return null;

  const home = homeUrlFor(role);
  const goHome = () => void Taro.reLaunch({ url: home });
  // reLaunch, not redirectTo: the home may be a tab page, which only reLaunch and switchTab can open.
  const goBack = () => (Taro.getCurrentPages().length > 1 ? void Taro.navigateBack() : goHome());

  return (
    <View className='top-bar' id='top-bar'>
      <View id='top-bar-back' className='top-bar__link' role='button' aria-label='返回上一页' onClick={goBack}>
        <Text>‹ 返回</Text>
      </View>
      <View id='top-bar-home' className='top-bar__link' role='button' aria-label='回到首页' onClick={goHome}>
        <Text>首页</Text>
      </View>
    </View>
  );
}
