/**
 * Built-in knowledge of emergencies: acute danger to a person right now — bleeding, unconsciousness,
 * chest pain or breathlessness, heat stroke, violence, self-harm, fire, someone trapped — in zh-CN,
 * zh-TW (compared after traditional → simplified normalisation) and English. A pack's own
 * `emergencyKeywords` and per-category `emergencyWhen` add to this; they are not needed for it.
 * Recall matters more than precision: a needless emergency costs a branch an hour, a missed one a life.
 *
 *   emergencySignals(normaliseReportText('同事头上一直在流血，叫不醒'))  // → ['bleeding', 'unconscious']
 *
 * A signal does not count when negated in its clause (没流血, 差点被撞, "nobody was hurt"), when it is
 * about prevention (防中暑), or when the report is clearly about the past with nothing about now
 * (上个月被车撞了，保险还没赔).
 */

export type EmergencySignal =
  | 'bleeding'
  | 'unconscious'
  | 'breathing'
  | 'heat-stroke'
  | 'violence'
  | 'self-harm'
  | 'fire'
  | 'trapped'
  | 'serious-injury';

/** Chinese phrases (simplified: texts are normalised before matching). */
const CJK: Record<EmergencySignal, string[]> = {
  bleeding: [
    '冒血',
    '淌血',
    '打出血',
    '割开',
    '流血',
    '出血',
    '血流',
    '血止不住',
    '满头是血',
    '满脸是血',
    '一身血',
    '好多血',
    '很多血',
    '头破',
  ],
  unconscious: [
    '一动不动',
    '躺着不动',
    '不动了',
    '躺地上',
    '喊他没反应',
    '叫他没反应',
    '喊了没反应',
    '拍他没反应',
    '一直抽',
    '嘴歪',
    '嘴也歪',
    '口齿不清',
    '说话含糊',
    '说话含含糊糊',
    '半边身子',
    '突然倒',
    '昏迷',
    '晕倒',
    '晕过去',
    '昏倒',
    '昏过去',
    '叫不醒',
    '人没反应',
    '叫了没反应',
    '喊不醒',
    '没意识',
    '没有意识',
    '失去意识',
    '不省人事',
    '倒地不起',
    '倒在地上',
    '躺在地上',
    '起不来',
    '抽搐',
    '口吐白沫',
    '休克',
    '没呼吸',
    '没有呼吸',
    '没气了',
  ],
  breathing: [
    '胸口好闷',
    '胸口很闷',
    '胸口疼',
    '胸口痛',
    '胸口闷',
    '胸痛',
    '胸闷',
    '心口疼',
    '心脏疼',
    '心绞痛',
    '心梗',
    '心脏病',
    '喘不上气',
    '喘不过气',
    '上不来气',
    '透不过气',
    '呼吸困难',
    '呼吸不了',
  ],
  'heat-stroke': ['中暑', '热射病', '热晕', '晒晕'],
  violence: [
    '钢管',
    '棍子',
    '砍刀',
    '要砍',
    '冲上来打',
    '打出血',
    '打人',
    '被打',
    '挨打',
    '殴打',
    '打伤',
    '围殴',
    '群殴',
    '被砍',
    '砍人',
    '砍伤',
    '拿刀',
    '持刀',
    '动刀',
    '捅人',
    '被捅',
    '刀伤',
    '掐脖子',
    '要杀',
  ],
  'self-harm': [
    '天台',
    '楼顶边',
    '跳下去',
    '一了百了',
    '安眠药',
    '不想活',
    '活不下去',
    '想死',
    '自杀',
    '轻生',
    '跳楼',
    '跳河',
    '寻死',
    '割腕',
    '想不开',
    '了结自己',
    '结束生命',
    '遗书',
  ],
  fire: ['冒烟', '浓烟', '着火', '起火', '失火', '火灾', '烧起来', '自燃', '爆炸', '冒火'],
  trapped: [
    '出不来',
    '卡在',
    '掉下去',
    '上不来',
    '压在',
    '车底',
    '被困',
    '困在',
    '困住',
    '有人掉进',
    '掉进河',
    '被压在',
    '压在下面',
    '压住了',
    '溺水',
    '落水',
    '触电',
  ],
  'serious-injury': [
    '顶出去',
    '撞出去',
    '撞飞了',
    '骨折',
    '撞飞',
    '重伤',
    '伤得很重',
    '伤得重',
    '动不了',
    '被车撞',
    '被撞倒',
    '撞倒了',
    '撞了人',
    '把人撞',
    '被车压',
    '救护车',
    '打120',
    '叫120',
  ],
};

/** English patterns (word boundaries; texts are lower-cased). */
const LATIN: Record<EmergencySignal, RegExp> = {
  bleeding: /\b(bleed(ing|s)?|bloody|blood(?! pressure| test| sugar)|cut open|slashed)\b/,
  unconscious:
    /\b(unconscious|passed out|pass(ing)? out|faint(ed)?|collapsed?|unresponsive|not responding|won ?t wake|can ?t wake|not breathing|seizure)\b/,
  breathing:
    /\b(clutch(ing|ed)? (his|her|my) chest|chest pains?|heart attack|can ?t breathe|cannot breathe|trouble breathing|short of breath|breathless)\b/,
  'heat-stroke':
    /\b(heat ?stroke|sunstroke|heat exhaustion|burning (up|hot)|can barely (talk|speak|stand))\b/,
  violence:
    /\b(stabbed|stabbing|knife|attack(ed|ing)?|beat(ing|en)? (me|him|her|up)|assault(ed)?|punch(ed|ing)|hit me|hitting me)\b/,
  'self-harm':
    /\b(kill (my|him|her)self|suicid(e|al)|end (my life|it all|it tonight|it)|don ?t want to live|want to die)\b/,
  fire: /\b(fire|on fire|explo(ded|sion)|smoke)\b/,
  trapped: /\b(trapped|stuck in (the|a) (lift|elevator)|electrocuted|drown(ing|ed)?)\b/,
  'serious-injury':
    /\b(hit by a (car|truck|bus|van)|run over|broken (leg|arm|bone)|badly (hurt|injured)|seriously (hurt|injured)|ambulance|can ?t move)\b/,
};

/** Negation just before a phrase in its clause (没流血, 无人受伤, 差点被撞); 不 alone is not one (不停流血). */
const NEGATORS = [
  '没',
  '无',
  '未',
  '并非',
  '不是',
  '不用',
  '差点',
  '差一点',
  '险些',
  '防',
  '预防',
  '以免',
  '怕',
  // Mild: 有点中暑 is urgent, not an emergency.
  '有点',
  '有些',
  '轻微',
];
/** Phrases that contain a negator but do not negate. */
const NOT_NEGATION = ['有没有', '是否', '无缘无故', '没想到'];
const NEGATION_WINDOW = 4;
const LATIN_NEGATION =
  /\b(no|not|nobody|never|nothing|without|nearly|almost|isn ?t|wasn ?t|didn ?t|don ?t|prevent|avoid)\b[^.,;!?]{0,20}$/;

/** The report is about the past… */
const PAST =
  /上个月|上月|上周|上星期|去年|前年|几天前|几个月前|好几天了|之前|以前|上次|那次|\blast (week|month|year)\b|\bago\b/;
/** …unless it also says something about now. */
const NOW =
  /(?<!到)现在|正在|还在|刚才|刚刚|刚被|马上|赶紧|快来|快点|救命|今天|今晚|right now|\bnow\b|\bhelp\b|just now/;

/** A broken limb (手指断了, 腿可能断了). */
const BROKEN = /(手|脚|腿|胳膊|手指|骨头|肋骨|脖子)[^ ]{0,3}断/;
/** Blood that is a test, not bleeding (查出血压高). */
const NOT_BLEEDING = /^(压|糖|脂|常规|型)/;

/** What right after a phrase makes it something else: 被打了差评 (a bad rating), 打人电话. */
const NOT_AFTER = /^.{0,2}(差评|好评|低分|分|星|电话|卡|单)/;
/** What right before a phrase makes it a figure of speech: 累得想死, 热得中暑 stays. */
const FIGURATIVE_BEFORE = /[得]$/;

/** Strips what pack authors write around the core of an `emergencyWhen` phrase (有人受伤流血 → 受伤流血). */
export function corePhrase(norm: string): string {
  const core = norm.replace(/^(有人|人|正在|已经|我的|我)/, '').replace(/(了|的)$/, '');
  return [...core].length >= 2 ? core : norm;
}

function negated(text: string, start: number): boolean {
  const clauseStart = text.lastIndexOf(' ', start - 1) + 1;
  let before = text.slice(Math.max(clauseStart, start - NEGATION_WINDOW), start);
  for (const p of NOT_NEGATION) before = before.replaceAll(p, ' ');
  return NEGATORS.some((n) => before.includes(n));
}

/**
 * Live signals of an emergency in a normalised report (normaliseReportText), plus any of the pack's
 * `extra` phrases (normalised the same way) found un-negated. Empty when there is none.
 */
export function emergencySignals(norm: string, extra: readonly string[] = []): string[] {
  if (!norm) return [];
  const found = new Set<string>();
  const phrases: [string, string][] = [];
  for (const [signal, list] of Object.entries(CJK)) for (const p of list) phrases.push([p, signal]);
  for (const p of extra) if (p) phrases.push([p, 'pack']);
  for (const [p, signal] of phrases) {
    for (let i = norm.indexOf(p); i >= 0; i = norm.indexOf(p, i + 1)) {
      const after = norm.slice(i + p.length, i + p.length + 4);
      if (signal === 'violence' && NOT_AFTER.test(after)) continue;
      if (signal === 'bleeding' && NOT_BLEEDING.test(after)) continue;
      if (signal === 'self-harm' && FIGURATIVE_BEFORE.test(norm.slice(0, i))) continue;
      if (!negated(norm, i)) {
        found.add(signal);
        break;
      }
    }
  }
  const broken = BROKEN.exec(norm);
  if (broken && !negated(norm, broken.index)) found.add('serious-injury');
  for (const [signal, re] of Object.entries(LATIN)) {
    const m = re.exec(norm);
    if (m && !LATIN_NEGATION.test(norm.slice(0, m.index))) found.add(signal);
  }
  if (found.size > 0 && PAST.test(norm) && !NOW.test(norm)) return [];
  return [...found];
}
