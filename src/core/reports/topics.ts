/**
 * Built-in knowledge of what gig workers report about, for packs whose categories say little beyond a
 * description: a few broad topics, each with the everyday words (zh-CN; traditional is folded before
 * matching; English) that point to it. A topic is not a category: each pack's categories are matched
 * to the topics by their own names, descriptions and keywords (`topicMap`), so the same knowledge
 * serves 杨浦's twelve categories and 南山's ten without naming either.
 *
 *   const map = topicMap(pack);      // e.g. injury → accident-insurance, violence → safety-threat
 *   topicHits(norm)                  // → [{ topic: 'injury', word: '摔', start: 7 }, …]
 */
import type { Category } from '../content/schema.js';

export type Topic =
  | 'injury'
  | 'violence'
  | 'health'
  | 'road'
  | 'parking'
  | 'housing'
  | 'station'
  | 'pay'
  | 'arrears'
  | 'platform'
  | 'account'
  | 'community';

/** Words (normalised simplified Chinese, or lower-case English) per topic. */
export const TOPIC_WORDS: Record<Topic, string[]> = {
  injury: [
    '摔',
    '撞',
    '刮倒',
    '刮了',
    '刮到',
    '蹭',
    '追尾',
    '车祸',
    '事故',
    '受伤',
    '受了伤',
    '伤口',
    '骨折',
    '砸到',
    '砸伤',
    '扭伤',
    '磕破',
    '擦伤',
    '侧翻',
    '翻车',
    '工伤',
    '职业伤害',
    '定责',
    '理赔',
    '保险',
    '赔偿',
    '全赔',
    '医药费',
    '撞了',
    '撞坏',
    '人没事',
    '没受伤',
    '没伤到',
    '划伤',
    '割伤',
    '小口子',
    '创可贴',
    '破皮',
    'crash',
    'crashed',
    'hurt',
    'bumper',
    'dented',
    'accident',
    'injured',
    'injury',
    'fell',
    'hit by',
    'knocked',
    'collision',
    'insurance',
    'claim',
  ],
  violence: [
    '打人',
    '被打',
    '打我',
    '挨打',
    '动手',
    '推了我',
    '推我',
    '推搡',
    '骂',
    '辱骂',
    '威胁',
    '恐吓',
    '跟踪',
    '骚扰',
    '抢',
    '偷',
    '被盗',
    '划了',
    '划车',
    '砸车',
    '砸我',
    '堵我',
    '堵在',
    '醉',
    '持刀',
    '拿刀',
    '围住',
    '纠纷',
    '冲突',
    '报复',
    'punched',
    'attacked',
    'robbed',
    'stole',
    'stealing',
    'stolen',
    'threat',
    'harass',
    'fight',
    'jumped me',
    'abuse',
  ],
  health: [
    '疼',
    '痛',
    '病',
    '发烧',
    '头晕',
    '晕倒',
    '恶心',
    '中暑',
    '胸口',
    '胸闷',
    '喘不上气',
    '血压',
    '血糖',
    '看病',
    '医院',
    '医保',
    '挂号',
    '颈椎',
    '腰椎',
    '体检',
    '心情',
    '情绪',
    '抑郁',
    '焦虑',
    '压力大',
    '睡不着',
    '失眠',
    '想不开',
    '不想活',
    '跳下去',
    '一了百了',
    '安眠药',
    '叫不醒',
    '没反应',
    '抽搐',
    '嘴歪',
    '身体',
    'sick',
    'ill',
    'fever',
    'chest',
    'heat',
    'dizzy',
    'doctor',
    'hospital',
    'depressed',
    'stress',
    'pain',
    'hurts',
  ],
  road: [
    '井盖',
    '窨井',
    '坑',
    '塌',
    '积水',
    '淹',
    '路灯',
    '红绿灯',
    '信号灯',
    '护栏',
    '围挡',
    '施工',
    '裂缝',
    '裂了',
    '路面',
    '倒树',
    '树倒',
    '路障',
    '下水道',
    '绊倒',
    'pothole',
    'manhole',
    'crack',
    'flood',
    'street light',
    'streetlight',
    'traffic light',
    'road',
    'lane',
  ],
  parking: [
    '停车',
    '停放',
    '没地方停',
    '停哪',
    '贴条',
    '罚单',
    '拖车',
    '拖走',
    '保安',
    '不让进',
    '进不去',
    '门禁',
    '电梯',
    '卸货',
    '上下客',
    '候客',
    '占了',
    '占满',
    '限行',
    '禁行',
    'parking',
    'park',
    'towed',
    'ticket',
    'security',
    'lift',
    'elevator',
    'gate',
    "won't let",
    'loading',
  ],
  housing: [
    '住',
    '房租',
    '租房',
    '出租屋',
    '房东',
    '宿舍',
    '公寓',
    '押金',
    '床位',
    '搬',
    '漏水',
    '停水',
    '停电',
    '暖气',
    '睡桥',
    '睡大街',
    '露宿',
    '没地方睡',
    'rent',
    'landlord',
    'dorm',
    'dormitory',
    'apartment',
    'evicted',
    'deposit',
    'heating',
    'room',
  ],
  station: [
    '驿站',
    '骑手之家',
    '司机之家',
    '小哥之家',
    '服务站',
    '接力站',
    '热水',
    '饮水机',
    '充电柜',
    '充电桩',
    '插座',
    '空调',
    '厕所',
    '微波炉',
    '休息室',
    '灭火器',
    '急救箱',
    '急救包',
    '没开门',
    '关门',
    '锁门',
    'rest station',
    'station',
    'hot water',
    'charger',
    'toilet',
    'microwave',
    'fire extinguisher',
    'first aid kit',
  ],
  pay: [
    '罚款',
    '扣钱',
    '扣了',
    '扣款',
    '罚了',
    '被罚',
    '单价',
    '配送费',
    '运费',
    '补贴',
    '奖励',
    '冲单',
    '收入',
    '结算',
    '提现',
    '提不出',
    '到账',
    '抽成',
    '佣金',
    '少算',
    '少给',
    '不给钱',
    '车费',
    'fine',
    'fined',
    'deduct',
    'pay',
    'paid',
    'commission',
    'bonus',
    'fare',
    'payout',
  ],
  arrears: [
    '欠薪',
    '拖欠',
    '工资',
    '没发',
    '不发',
    '跑路',
    '外包公司',
    '劳务公司',
    'wages',
    'unpaid',
    'owes',
  ],
  platform: [
    '派单',
    '算法',
    '系统',
    '超时',
    '时限',
    '差评',
    '投诉',
    '服务分',
    '考核',
    '等级',
    '排班',
    '在线时长',
    '规定',
    '新规',
    '站长',
    '到岗',
    '接单率',
    '导航',
    '顺路单',
    'dispatch',
    'algorithm',
    'rating',
    'complaint',
    'shift',
    'rule',
  ],
  account: [
    '封号',
    '封了',
    '账号',
    '冻结',
    '申诉',
    '人脸',
    '认证',
    '限制接单',
    '接不了单',
    '清退',
    'account',
    'banned',
    'locked',
    'suspended',
    'appeal',
    'face check',
  ],
  community: [
    '入党',
    '工会',
    '培训',
    '学历',
    '志愿',
    '活动',
    '报名',
    '建议',
    '意见',
    '推送',
    '课程',
    '讲座',
    '站长培养',
    'union',
    'training',
    'volunteer',
    'suggestion',
    'course',
  ],
};

/** The Chinese topic words, as vocabulary for reading pinyin reports back. */
export const TOPIC_TEXTS: string[] = Object.values(TOPIC_WORDS)
  .flat()
  .filter((w) => /\p{Script=Han}/u.test(w));

/**
 * Signals that tell what happened (被打, 割腕, 被车撞) rather than what it did to the person (流血,
 * 叫不醒, 喘不上气): when a report names a cause, the consequences do not vote for a topic — a
 * beaten worker who bleeds is a violence report, a fall that leaves someone confused an injury.
 */
export const CONSEQUENCE_SIGNALS = new Set(['bleeding', 'unconscious', 'breathing']);
/** Among causes, the deliberate one decides: an assault that injures is violence, self-harm is health. */
export const DOMINANT_SIGNALS = ['self-harm', 'violence'];

/** Which topic each built-in emergency signal (emergency.ts) speaks for. */
export const SIGNAL_TOPIC: Record<string, Topic> = {
  bleeding: 'injury',
  'serious-injury': 'injury',
  trapped: 'injury',
  unconscious: 'health',
  breathing: 'health',
  'heat-stroke': 'health',
  'self-harm': 'health',
  violence: 'violence',
  medical: 'health',
  cold: 'health',
  poisoning: 'health',
  electric: 'injury',
};

const isLatin = (w: string) => /^[a-z0-9 ']+$/.test(w);

/** A Latin word stands alone, or with an English ending (fined, potholes). */
function onWordBoundary(text: string, start: number, length: number): boolean {
  if (/[a-z0-9]/.test(text[start - 1] ?? '')) return false;
  const rest = text.slice(start + length);
  return !/^[a-z0-9]/.test(rest) || /^(s|es|d|ed|ing)(?![a-z0-9])/.test(rest);
}

/** Every topic word in a normalised text (Latin words on word boundaries). */
export function topicHits(norm: string): { topic: Topic; word: string; start: number }[] {
  const out: { topic: Topic; word: string; start: number }[] = [];
  for (const [topic, words] of Object.entries(TOPIC_WORDS) as [Topic, string[]][])
    for (const w of words) {
      for (let i = norm.indexOf(w); i >= 0; i = norm.indexOf(w, i + 1)) {
        if (isLatin(w) && !onWordBoundary(norm, i, w.length)) continue;
        out.push({ topic, word: w, start: i });
        break;
      }
    }
  return out;
}

/**
 * Topic → the pack category that speaks of it most: each topic word found in a category's own text
 * (name, description, keywords, variants; normalised by `norm`) counts its length. A topic no category
 * mentions maps nowhere; ties go to the earlier category in `order` (the pack's precedence).
 */
export function topicMap(
  categories: readonly Category[],
  norm: (text: string) => string,
  order: (id: string) => number,
): Map<Topic, string> {
  const texts = categories.map((c) => ({
    id: c.id,
    text: norm(
      [
        c.name,
        c.description,
        ...c.keywords,
        c.variants?.['zh-TW']?.name,
        c.variants?.['zh-TW']?.description,
        c.variants?.en?.name,
        c.variants?.en?.description,
      ]
        .filter(Boolean)
        .join(' '),
    ),
  }));
  const out = new Map<Topic, string>();
  for (const [topic, words] of Object.entries(TOPIC_WORDS) as [Topic, string[]][]) {
    let best: { id: string; score: number } | undefined;
    for (const { id, text } of texts) {
      let score = 0;
      for (const w of words) if (text.includes(w)) score += Math.min(4, [...w].length);
      if (score > 0 && (!best || score > best.score || (score === best.score && order(id) < order(best.id))))
        best = { id, score };
    }
    if (best) out.set(topic, best.id);
  }
  return out;
}
