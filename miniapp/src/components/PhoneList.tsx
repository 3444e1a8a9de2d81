import { Text, View } from '@tarojs/components';
import { platform } from '@/platform';

export interface PhoneEntry {
  name: string;
  phone: string;
  note?: string;
}

/** Numbers to call with one tap (makePhoneCall on WeChat, tel: in a browser). */
export function PhoneList({ entries }: { entries: PhoneEntry[] }) {
  return (
    <View className='phones'>
      {entries.map((e) => (
        <View key={`${e.name}-${e.phone}`} className='phones__row' onClick={() => void platform.makePhoneCall(e.phone)}>
          <View className='phones__who'>
            <Text className='phones__name'>{e.name}</Text>
            {e.note && <Text className='phones__note'>{e.note}</Text>}
          </View>
          <Text className='phones__number'>{e.phone}</Text>
          <Text className='phones__call'>拨打</Text>
        </View>
      ))}
    </View>
  );
}
