import { Text, View } from '@tarojs/components';
import './resident.scss';

/** 个人信息保护 (PIPL): what is collected with an appeal, why, who sees it, and that she can delete it. */
export function PrivacyNotice() {
  return (
    <View className='privacy' id='privacy-notice'>
      <Text className='privacy__title'>个人信息保护</Text>
      <Text className='privacy__line'>· 我们只收集办理这件事需要的信息：您写的内容、照片，以及您自愿留下的电话和位置。</Text>
      <Text className='privacy__line'>· 电话和位置可以不填，不影响受理。</Text>
      <Text className='privacy__line'>· 电话号码加密保存，只有办理这件事的工作人员能看到完整号码，用于联系您、告诉您结果。</Text>
      <Text className='privacy__line'>· 您可以随时要求删除您的个人信息。</Text>
    </View>
  );
}
