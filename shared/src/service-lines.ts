/** City service lines printed on every warm-heart card (民情暖心卡). */
export interface ServiceLine {
  key: string;
  name: string;
  phone: string;
}

export const CITY_SERVICE_LINES: readonly ServiceLine[] = [
  { key: 'water', name: '供水抢修', phone: '96116' },
  { key: 'power', name: '供电服务', phone: '95598' },
  { key: 'gas', name: '燃气抢修', phone: '96777' },
  { key: 'heating', name: '供热服务', phone: '96069' },
  { key: 'city', name: '市民服务热线', phone: '12345' },
  { key: 'police', name: '报警', phone: '110' },
  { key: 'fire', name: '火警', phone: '119' },
  { key: 'ambulance', name: '急救', phone: '120' },
];
