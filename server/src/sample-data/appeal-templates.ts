import type { Category, EmergencyService, Tier } from '@lingjuli/shared';
import type { DepartmentKey } from './sample-organisation';

/**
 * What sample appeals say, per kind of matter: drawn from the problems the source paper names
 * (fallen trees, lift installation, ground locks, parking, 私搭乱建, 物业, 施工扰民, tripping
 * breakers and leaks in old buildings, electric-bike charging, rubbish) and the water, power, gas
 * and heating matters of the 24-hour tier. `{楼}` becomes a building name, `{单元}` a stairwell.
 *
 * Tiers are NOT written here: intake runs the real triage over the text, and the plan reads the
 * tier it proposes. `acceptAs` is a change staff make when they take the appeal in.
 */
export interface AppealTemplate {
  id: string;
  /** The category a filer would pick (residents pick one only some of the time). */
  category: Category;
  /** Relative frequency. */
  weight: number;
  /** Ways of saying the same matter. */
  texts: readonly string[];
  /** Progress told to the resident before it is solved. */
  interim?: readonly string[];
  /** What was done; fits every text of the template. */
  resolve: readonly string[];
  /** Staff change the tier on acceptance (e.g. a fallen tree on a car is an emergency). */
  acceptAs?: { tier: Tier; note: string };
  /** An emergency handed to 110/119/120. */
  handedTo?: EmergencyService;
  /** How the street handles it when the community escalates (批办单 → lead and assisting departments). */
  street?: { lead: DepartmentKey; assist?: readonly DepartmentKey[]; reason: string };
  /** Only while the heating season runs (15 Nov – 15 Mar, a little margin). */
  heatingSeason?: boolean;
}

/** What residents report, online, at the window, on the hotline or through 12345. */
export const RESIDENT_TEMPLATES: readonly AppealTemplate[] = [
  // ---- emergencies: resolved at once, or handed to 110/119/120 ----
  {
    id: 'gas-leak',
    category: 'gas',
    weight: 2,
    texts: ['{楼}{单元}楼道里闻到很浓的煤气味，像是燃气泄漏，请赶紧派人来看看！', '{楼}{单元}有一户家里燃气味特别大，敲门没人应，担心出事。'],
    resolve: ['燃气公司抢修人员20分钟内到场，关闭单元阀门，查明为灶具胶管老化漏气，已更换并复测无泄漏。'],
  },
  {
    id: 'lift-trapped',
    category: 'lift',
    weight: 2,
    texts: ['{楼}电梯突然停在两层之间，里面有位老人被困，按警铃没人应答！', '{楼}{单元}电梯卡住了，有孩子被困在里面，孩子一直在哭。'],
    resolve: ['社区联系电梯维保单位，维保人员15分钟到场，被困人员已安全救出，身体无碍；电梯已停运检修。'],
  },
  {
    id: 'bike-fire',
    category: 'safety',
    weight: 1,
    texts: ['{楼}北侧自行车棚冒烟了，好像是电动车电池起火！'],
    handedTo: '119',
    resolve: ['已第一时间拨打119，消防到场扑灭明火，无人员伤亡；社区组织排查楼道飞线充电。'],
  },
  {
    id: 'fainted',
    category: 'safety',
    weight: 1,
    texts: ['{楼}楼下有位老人晕倒在地上，叫他没反应，快来人！'],
    handedTo: '120',
    resolve: ['社区工作人员到场并拨打120，老人已送医，已联系上其家属。'],
  },
  {
    id: 'falling-tiles',
    category: 'safety',
    weight: 1,
    texts: ['{楼}外墙瓷砖大块脱落，差点砸伤路人，楼下就是进出通道。'],
    resolve: ['已拉警戒线封闭通道，物业联系施工队清除松动瓷砖，排除坠落隐患。'],
  },
  {
    id: 'fight',
    category: 'safety',
    weight: 1,
    texts: ['{楼}楼下两个人因为抢车位打架，情绪很激动，快来人劝一下。'],
    handedTo: '110',
    resolve: ['社区人员到场劝解并报110，民警到场调解，双方情绪平稳后离开。'],
  },
  {
    // The paper's example: a tree blown down onto a car; the community whistled the parks bureau and the greening team.
    id: 'fallen-tree',
    category: 'greenery',
    weight: 2,
    texts: ['昨晚大风把{楼}旁边的大杨树吹倒了，树干压在一辆车上，路也堵了。', '{楼}门口一棵大树被风刮倒，横在路中间，还压着一辆小轿车。'],
    acceptAs: { tier: 'emergency', note: '倒伏大树压车堵路，危及行人车辆安全，改按紧急诉求处置。' },
    resolve: ['社区向园林绿化队、区园林绿化局吹哨，绿化队到场切割移除倒伏树木，道路恢复通行，已协助车主联系保险。'],
  },

  // ---- water, power, gas, heating: first feedback within 24 hours ----
  {
    id: 'water-outage',
    category: 'water',
    weight: 4,
    texts: ['{楼}从早上七点就停水了，到现在也没来水，也没看到停水通知。', '{楼}{单元}突然停水，家里有老人孩子，做饭洗漱都成问题。'],
    interim: ['已联系自来水公司核实原因，预计今天下午恢复供水，社区已在楼下放置应急饮用水。'],
    resolve: ['经联系自来水公司，系市政管线抢修导致临时停水，现已恢复供水。', '物业排查为楼内总阀故障，已更换阀门恢复供水。'],
    street: { lead: 'water', assist: ['welfare'], reason: '停水涉及小区外部市政管线，社区无法自行处置，需街道协调自来水公司抢修。' },
  },
  {
    id: 'low-pressure',
    category: 'water',
    weight: 2,
    texts: ['{楼}{单元}水压小得很，五楼以上基本没水，已经好几天了。'],
    interim: ['已请物业检查二次供水设备，水泵配件正在采购。'],
    resolve: ['物业检修二次供水泵房，更换故障水泵，高层水压恢复正常。'],
    street: { lead: 'water', assist: ['cityManagement'], reason: '二次供水设施产权不清，物业和自来水公司互相推诿，需街道协调。' },
  },
  {
    id: 'yellow-water',
    category: 'water',
    weight: 1,
    texts: ['{楼}家里自来水发黄，有股铁锈味，不敢喝。'],
    resolve: ['自来水公司对楼内立管进行冲洗并取样检测，水质已达标。'],
  },
  {
    id: 'power-outage',
    category: 'power',
    weight: 2,
    texts: ['{楼}{单元}下午突然停电了，家里和楼道灯都不亮，电闸是好的。'],
    interim: ['已联系供电公司，抢修人员正在赶来，请注意用电安全。'],
    resolve: ['供电公司抢修人员更换了烧毁的单元电缆接头，已恢复供电。'],
    street: { lead: 'power', assist: ['safety'], reason: '整栋楼停电涉及供电线路，需街道协调供电公司抢修。' },
  },
  {
    // The paper: old infrastructure, tripping breakers and leaks.
    id: 'tripping',
    category: 'power',
    weight: 2,
    texts: ['{楼}线路老化，家里一开电暖器就跳闸，一晚上跳好几次。', '我家老是跳闸，{楼}是老楼，线路太旧了。'],
    resolve: ['社区联系物业电工上门检查，更换了老化的入户线和空气开关，已恢复正常用电。'],
  },
  {
    id: 'gas-outage',
    category: 'gas',
    weight: 1,
    texts: ['{楼}燃气灶打不着火，邻居家也一样，是不是停气了？'],
    resolve: ['燃气公司查明为调压箱故障，已修复恢复供气。'],
  },
  {
    id: 'heating-cold',
    category: 'heating',
    weight: 4,
    heatingSeason: true,
    texts: ['{楼}{单元}暖气不热，屋里只有十五六度，老人孩子都受不了。', '{楼}顶层暖气不热，放了水也没用，屋里冷得坐不住。'],
    interim: ['已联系热力公司，约定明天上午入户检测。'],
    resolve: ['热力公司入户排气并清洗过滤器，室温已恢复到20度以上。'],
    street: { lead: 'heating', assist: ['welfare'], reason: '整栋楼供暖不达标，涉及热力管网，需街道协调热力公司。' },
  },
  {
    id: 'ceiling-leak',
    category: 'plumbing',
    weight: 3,
    texts: ['楼上{楼}住户家漏水，我家卫生间顶上一直往下渗水，楼上家里没人。'],
    interim: ['已联系上楼上业主，约定明天上午物业入户检修。'],
    resolve: ['社区联系上楼上住户，物业关闭其入户阀门并更换破损水管，已不再渗水。'],
  },
  {
    id: 'drain-blocked',
    category: 'plumbing',
    weight: 2,
    texts: ['{楼}下水道堵了，污水从一楼地漏往外冒。'],
    resolve: ['物业组织疏通单元下水主管，清出大量油污杂物，已恢复通畅。'],
  },
  {
    id: 'burst-pipe',
    category: 'plumbing',
    weight: 1,
    texts: ['{楼}地下室水管爆管了，地下室全是水。'],
    resolve: ['物业关闭总阀并更换爆裂管段，已抽排地下室积水。'],
  },

  // ---- everything else: first feedback within 7 days ----
  {
    id: 'lift-fault',
    category: 'lift',
    weight: 3,
    texts: ['{楼}电梯最近老是停运，按钮也不灵，老人上下楼太不方便了。'],
    interim: ['已督促物业联系电梯维保单位，配件已订购。'],
    resolve: ['社区督促物业和电梯维保单位检修，更换了控制主板，电梯已恢复运行。'],
  },
  {
    id: 'rubbish',
    category: 'sanitation',
    weight: 5,
    texts: ['{楼}门口的垃圾桶满了好几天没人清运，味道很大。', '小区里垃圾乱堆放，{楼}后面都堆成小山了。'],
    resolve: ['社区联系物业增加清运频次，垃圾已清理完毕，并在楼门张贴分类投放提示。'],
  },
  {
    id: 'rats',
    category: 'sanitation',
    weight: 1,
    texts: ['{楼}地下室老鼠特别多，晚上能听到跑来跑去。'],
    resolve: ['社区联系专业消杀公司投放鼠药并封堵洞口，一周后复查已无鼠迹。'],
  },
  {
    id: 'tree-pruning',
    category: 'greenery',
    weight: 3,
    texts: ['{楼}前面的树枝太密了，挡住一楼的阳光，家里白天都得开灯。', '{楼}旁边的树枝伸到电线上了，刮风的时候很危险。'],
    interim: ['已向园林绿化队吹哨，绿化队将于本周安排修剪。'],
    resolve: ['社区向园林绿化队吹哨，已对树木进行修剪。'],
  },
  {
    id: 'green-vegetables',
    category: 'greenery',
    weight: 1,
    texts: ['小区绿化带被人私自开荒种菜，还浇粪肥，味道很大。'],
    resolve: ['社区上门劝导，种植户已自行清理，绿地已恢复并补种草坪。'],
  },
  {
    id: 'ground-lock',
    category: 'parking',
    weight: 3,
    texts: ['{楼}楼下的公共车位被人私装了地锁，大家都没法停。'],
    resolve: ['社区联系物业与车位使用人沟通，地锁已自行拆除，恢复公共停车。'],
    street: {
      lead: 'cityManagement',
      assist: ['enforcement', 'police', 'property'],
      reason: '私装地锁涉及多户且当事人拒不拆除，需执法力量协助。',
    },
  },
  {
    // The paper: a campaign that removed more than 500 ground locks and posts.
    id: 'ground-locks-campaign',
    category: 'parking',
    weight: 1,
    texts: ['小区里私装地锁、地桩越来越多，几十个公共车位都被占了，希望统一整治。'],
    acceptAs: { tier: 'complex', note: '涉及全小区数十个地锁，需多部门联合整治，按复杂疑难诉求管理。' },
    interim: ['社区已完成地锁摸排登记，正在征求居民意见、制定整治方案。'],
    resolve: ['街道组织城管、派出所、物业等开展专项整治，拆除私装地锁和地桩，恢复公共车位。'],
    street: {
      lead: 'cityManagement',
      assist: ['enforcement', 'police', 'property'],
      reason: '地锁专项整治需城管、执法、公安和物业联合行动，社区无法单独完成。',
    },
  },
  {
    id: 'parking-chaos',
    category: 'parking',
    weight: 3,
    texts: ['小区里乱停车很严重，消防通道都被堵死了。', '外来车辆随便进来占车位，业主晚上回来没地方停车。'],
    resolve: ['社区协调物业加强门岗管理，施划消防通道禁停标线，外来车辆登记入内。'],
  },
  {
    // The paper: a parking scheme agreed after more than ten residents' meetings.
    id: 'parking-scheme',
    category: 'parking',
    weight: 1,
    texts: ['小区停车太乱了，希望社区牵头制定一个大家都认可的停车管理方案。'],
    acceptAs: { tier: 'complex', note: '需召开居民议事会协商并问卷调查，按复杂疑难诉求管理。' },
    interim: ['社区已召开居民议事会，正在对停车方案进行问卷调查。'],
    resolve: ['经多次议事协商和问卷调查，确定停车与个人信用挂钩、居民共商共治的停车管理方案，已公示实施。'],
  },
  {
    id: 'night-construction',
    category: 'noise',
    weight: 3,
    texts: ['{楼}旁边工地夜里十一点还在施工，噪音很大，孩子没法睡觉。', '隔壁工地凌晨就开始施工扰民，已经好几天了。'],
    interim: ['已联系工地负责人，并向综合行政执法队反映夜间施工问题。'],
    resolve: ['经执法队核查，工地已停止夜间施工并承诺按规定时段作业。'],
    street: { lead: 'enforcement', assist: ['cityManagement'], reason: '夜间施工扰民涉及辖区施工单位，需执法部门依法处置。' },
  },
  {
    id: 'square-dance',
    category: 'noise',
    weight: 2,
    texts: ['{楼}楼下广场舞音响声音太大，晚上九点多还在跳，太吵了。'],
    resolve: ['社区与舞蹈队负责人协商，调低音量并将结束时间提前到晚八点半。'],
  },
  {
    id: 'renovation-noise',
    category: 'noise',
    weight: 2,
    texts: ['楼上{楼}住户装修，中午和周末也在砸墙，噪音扰民。'],
    resolve: ['社区联系装修户和物业，约定施工时间并张贴告示，午休和周末已停止噪音作业。'],
  },
  {
    id: 'illegal-structure',
    category: 'illegalStructure',
    weight: 3,
    texts: ['{楼}一楼住户在院子里私搭乱建，盖了一间彩钢房。', '{楼}顶楼住户在楼顶私自搭建阳光房，担心楼板承重。'],
    interim: ['社区已现场核实并拍照取证，已向综合行政执法队吹哨。'],
    resolve: ['综合行政执法队依法认定为违法建设，已督促当事人自行拆除。'],
    street: {
      lead: 'enforcement',
      assist: ['cityManagement', 'communityBuilding'],
      reason: '违法建设需执法队依法认定和拆除，社区没有执法权。',
    },
  },
  {
    id: 'door-entry',
    category: 'propertyManagement',
    weight: 2,
    texts: ['{楼}单元门禁坏了一个多月，反映给物业好几次都没人修。'],
    resolve: ['社区约谈物业负责人，门禁已维修恢复，物业承诺建立报修台账。'],
  },
  {
    id: 'property-service',
    category: 'propertyManagement',
    weight: 2,
    texts: ['物业服务太差了，{楼}楼道灯坏了很久没人换，报修电话也没人接。'],
    resolve: ['社区督促物业更换楼道灯，并在各楼门公示24小时报修电话。'],
  },
  {
    id: 'property-leaving',
    category: 'propertyManagement',
    weight: 1,
    texts: ['听说物业公司合同到期要撤场，小区以后没人管了怎么办？'],
    acceptAs: { tier: 'complex', note: '涉及物业服务企业更换，需街道指导选聘，按复杂疑难诉求管理。' },
    interim: ['社区已召集业主代表座谈，街道社区建设办公室将指导选聘新物业。'],
    resolve: ['在街道指导下，社区组织业主代表选聘新物业服务企业，已完成交接，服务未中断。'],
    street: { lead: 'communityBuilding', assist: ['property'], reason: '物业撤场涉及业主大会和选聘程序，需街道社区建设办公室指导。' },
  },
  {
    id: 'ac-drip',
    category: 'neighbourDispute',
    weight: 2,
    texts: ['楼上邻居家空调外机往我家窗台滴水，沟通了几次都没用。'],
    resolve: ['社区上门协调，楼上邻居已加装冷凝水管，滴水问题解决。'],
  },
  {
    id: 'hallway-dispute',
    category: 'neighbourDispute',
    weight: 1,
    texts: ['对门邻居在楼道里堆放杂物、占用公共空间，说了也不听，两家闹了矛盾。'],
    resolve: ['社区联合第三方调解机构组织双方调解，达成谅解，杂物已清理。'],
    street: { lead: 'mediation', assist: ['safety'], reason: '双方矛盾激化，社区多次调解未果，需引入专业调解力量。' },
  },
  {
    id: 'elderly-allowance',
    category: 'policy',
    weight: 2,
    texts: ['想咨询一下八十岁以上老人的高龄津贴怎么申请。', '家里有残疾人，想咨询居家无障碍改造的补贴政策。'],
    resolve: ['社区工作人员上门讲解政策，并协助准备申请材料，已提交民政部门。'],
  },
  {
    id: 'residence-proof',
    category: 'policy',
    weight: 1,
    texts: ['孩子上幼儿园要开居住证明，请问怎么办理？'],
    resolve: ['已告知所需材料，居民携带材料到民情窗口当场办理完毕。'],
  },
  {
    // The paper: a lift installation the street solved with 区民政局, 安生办 and 社区建设科.
    id: 'lift-installation',
    category: 'lift',
    weight: 2,
    texts: ['我们{楼}是六层老楼，住的大多是老人，大家想加装电梯，希望社区帮忙协调。', '{楼}大部分业主同意加装电梯，但一楼住户有顾虑，希望社区出面协调。'],
    interim: ['社区已开展实地测量和民意征集，同意率已过三分之二，正在向街道吹哨。'],
    resolve: ['街道组织加装电梯综合协调会，区民政局、安生办、社区建设科和业主代表共同协商，已形成方案并启动施工。'],
    street: {
      lead: 'communityBuilding',
      assist: ['civilAffairs', 'safety'],
      reason: '加装电梯涉及规划审批和多方利益协调，需街道组织综合协调会。',
    },
  },
  {
    id: 'old-estate-renovation',
    category: 'other',
    weight: 1,
    texts: ['{楼}是八十年代的老楼，外墙脱皮、管线老化，小区能不能纳入老旧小区改造？'],
    interim: ['社区已向街道报送改造需求，正在入户征求居民意见。'],
    resolve: ['街道已将小区列入老旧小区改造储备项目，社区已完成居民意见征集并报送。'],
    street: { lead: 'communityBuilding', assist: ['cityManagement'], reason: '老旧小区改造需街道统筹申报区级项目。' },
  },
  {
    // The paper: safe charging of electric bikes, one of the "今日有我，家园共治" matters.
    id: 'bike-charging',
    category: 'other',
    weight: 2,
    texts: ['{楼}有人从楼上扯电线下来给电动自行车充电，晚上一直充着，很危险。'],
    resolve: ['社区联合物业拆除飞线，并在小区新增集中充电桩，引导居民集中充电。'],
  },
  {
    id: 'dogs',
    category: 'other',
    weight: 1,
    texts: ['{楼}有住户遛狗不拴绳，还让狗在单元门口随地大小便。'],
    resolve: ['社区上门开展文明养犬劝导，当事人已承诺拴绳遛狗并及时清理。'],
  },
  {
    id: 'notice-board',
    category: 'other',
    weight: 1,
    texts: ['小区门口的宣传栏玻璃碎了，容易划伤小孩。'],
    resolve: ['物业已更换宣传栏玻璃。'],
  },
];

/** What liaisons (民情专员) find on their rounds and report before anyone complains (未诉即办). */
export const LIAISON_TEMPLATES: readonly AppealTemplate[] = [
  {
    id: 'l-hallway-clutter',
    category: 'other',
    weight: 3,
    texts: ['巡查发现{楼}楼道里堆满纸箱和旧家具，堵住了疏散通道。'],
    resolve: ['社区联合物业清理楼道堆物，并张贴禁止堆物提示。'],
  },
  {
    id: 'l-bike-charging',
    category: 'other',
    weight: 2,
    texts: ['巡查发现{楼}有住户从窗户扯电线给电动自行车充电。'],
    resolve: ['已上门劝导并拆除飞线，引导居民到集中充电桩充电。'],
  },
  {
    id: 'l-broken-steps',
    category: 'other',
    weight: 2,
    texts: ['走访中居民反映{楼}单元门口台阶破损，老人进出容易摔倒。'],
    resolve: ['物业已修补破损台阶并加装扶手。'],
  },
  {
    id: 'l-manhole',
    category: 'other',
    weight: 1,
    texts: ['巡查发现{楼}北侧井盖松动，踩上去直晃。'],
    resolve: ['已联系产权单位更换井盖，排除隐患。'],
  },
  {
    id: 'l-broken-branch',
    category: 'greenery',
    weight: 2,
    texts: ['巡查发现{楼}东侧绿地一根大树枝折断，挂在半空。'],
    resolve: ['园林绿化队已到场摘除断枝。'],
  },
  {
    id: 'l-rubbish',
    category: 'sanitation',
    weight: 2,
    texts: ['巡查发现小区东门垃圾乱堆放，有异味。'],
    resolve: ['物业已清运堆放垃圾，社区在东门增设分类垃圾桶。'],
  },
  {
    id: 'l-elderly-heating',
    category: 'heating',
    weight: 2,
    heatingSeason: true,
    texts: ['走访独居老人时发现{楼}老人家暖气不热，老人不会放气。'],
    resolve: ['社区联系热力公司入户排气，室温恢复正常，已约定定期回访。'],
  },
  {
    id: 'l-pipe',
    category: 'plumbing',
    weight: 1,
    texts: ['巡查发现{楼}门前地面往外冒水，疑似地下水管爆管。'],
    resolve: ['物业关闭阀门并抢修爆裂水管，已恢复路面。'],
  },
  {
    id: 'l-shed',
    category: 'illegalStructure',
    weight: 2,
    texts: ['巡查发现{楼}旁边有人私自搭建棚子堆放废品。'],
    interim: ['已向当事人告知违建政策，并向综合行政执法队吹哨。'],
    resolve: ['当事人已自行拆除棚子并清运废品。'],
    street: { lead: 'enforcement', assist: ['cityManagement'], reason: '当事人拒不拆除，需执法队依法处置。' },
  },
  {
    id: 'l-stair-light',
    category: 'other',
    weight: 2,
    texts: ['走访中居民反映{楼}楼道灯坏了好几天，晚上上下楼看不见。'],
    resolve: ['物业已更换楼道灯。'],
  },
];

/** Matters that are not accepted, with the reason given to the resident. */
export const REJECT_TEMPLATES: readonly { text: string; reason: string }[] = [
  {
    text: '我和开发商的购房合同有纠纷，要求社区出面让开发商退款。',
    reason: '经核实属于购房合同民事纠纷，不属于社区受理范围，已告知居民可通过诉讼或消费者协会解决。',
  },
  { text: '想让社区帮我查一下楼下邻居的收入和工作单位。', reason: '涉及他人个人信息，不予受理，已向居民说明原因。' },
  {
    text: '商场的购物卡突然不能用了，要求退钱。',
    reason: '属于商业消费纠纷，非社区职责，已告知居民拨打消费者投诉热线。',
  },
  {
    text: '隔壁小区门口的共享单车太多了，走路都不方便。',
    reason: '该位置不在本社区辖区，已告知居民向所属社区反映并提供联系电话。',
  },
];

export const WITHDRAW_REASONS: readonly string[] = ['问题已经自己解决了，谢谢社区。', '邻居已经主动处理了，不用麻烦了。', '误会一场，情况已经正常了。'];

/** Where an appeal without a building happened. */
export const OPEN_PLACES: readonly string[] = ['小区南门', '小区东侧停车场', '社区活动中心旁', '自行车棚', '小区中心花园'];

export const ACCEPT_NOTES: readonly string[] = ['已受理，马上安排人员到现场查看。', '已受理，已电话联系居民了解情况。', '已受理。'];

export const INTERIM_FALLBACK: readonly string[] = [
  '社区已收到您的诉求，工作人员已到现场查看，正在联系相关单位处理，有进展会第一时间告诉您。',
  '已联系物业和相关单位，正在制定处理方案，请您耐心等待。',
];

export const PROGRESS_NOTES: readonly string[] = [
  '社区已召开协调会，正在推进下一步工作。',
  '已与相关单位现场会商，形成初步方案，正在征求居民意见。',
  '相关单位已进场，社区工作人员和民情专员全程跟进。',
  '方案已报街道审核，审核通过后即组织实施。',
];

export const INTERNAL_NOTES: readonly string[] = ['已电话联系物业负责人，要求两日内答复。', '已向网格书记报告情况。', '居民情绪较大，安排民情专员入户沟通。'];

export const RATING_COMMENTS = {
  satisfied: ['处理很及时，谢谢社区！', '工作人员态度很好，问题解决了，点赞。', '上门反馈很贴心，满意。', '没想到这么快就解决了。'],
  basicallySatisfied: ['解决了，但是等得有点久。', '基本解决了，希望以后多来巡查。', '问题解决了，就是中间沟通少了点。'],
  unsatisfied: ['问题还是没解决，过两天又坏了。', '只是临时处理了一下，根本问题没解决。', '反馈的情况和实际不一样，希望再来看看。'],
} as const;

export const RESIDENT_OPINIONS: readonly string[] = ['居民表示满意。', '居民表示问题已解决，基本满意。', '居民对处理结果表示认可。'];

export const CONTACT_SUFFIXES: readonly string[] = ['女士', '先生', '阿姨', '大爷'];
