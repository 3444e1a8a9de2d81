import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton } from '@/components/BigButton';
import { Screen } from '@/components/Screen';
import { routes } from '@/routes';

/** Back to her tasks: the page she came from, or the tasks page when she opened this one directly. */
export function backToTasks(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: routes.liaisonTasks() });
}

/** What she sees once a visit is recorded: a big tick, thanks, the way back. `id` names the screen for tests (`<id>-done`, `<id>-back`). */
export function VisitDone({ id }: { id: string }) {
  return (
    <Screen className='liaison'>
      <View className='liaison-done' id={`${id}-done`}>
        <Text className='liaison-done__mark'>✓</Text>
        <Text className='liaison-done__title'>已记下，辛苦了！</Text>
      </View>
      <BigButton id={`${id}-back`} onClick={backToTasks}>
        回到任务
      </BigButton>
    </Screen>
  );
}
