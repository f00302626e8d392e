/**
 * Shanghainese (Wu) and Henan words read as Mandarin for the topics, each replacement the length of its
 * reading so positions hold (written Cantonese is `cantonese.ts`, 俺/额 `pronouns.ts`). Only the classifier's
 * topic reading uses it; the emergency detector reads the report as written.
 *
 *   foldDialects('小区保安拿棍子辣敲阿拉同事')  // → '小区保安拿棍子在敲我们同事'
 */
const FOLDS: [RegExp, string][] = [
  // 阿拉 = 我们, 伊 = 他 (not 伊拉克, 伊利), 勿 = 不 (勿要寻我, 勿晓得).
  [/阿拉/g, '我们'],
  [/伊(?![拉利朗斯犁甸])/g, '他'],
  [/勿/g, '不'],
  // 寻我 = 找我 (勿要寻我).
  [/寻(?=我|他|她|人)/g, '找'],
  // 拨 is the Wu passive (拨蜜蜂叮了, 拨车子撞了) — not 拨打, 拨号, 拨通, 拨款, 拨了电话.
  [/拨(?![打号通款电了过])/g, '被'],
  // 辣 = 在 after a verb or before a place or a verb (卡辣下头, 辣敲, 躲辣六楼) — not the taste (麻辣, 辣椒, 太辣了).
  [/(?<![麻香酸火甜太很好超微中特变微不])辣(?![椒条的味酱子妹锅死了得])/g, '在'],
  // 压牢, 跟牢, 关牢: 牢 completes the verb as 住 does.
  [/(?<=[压跟关锁卡抓揪盯咬夹缠绑捉困拉扣])牢/g, '住'],
  // 热煞了, 累煞 = 热死了, 累死.
  [/(?<=[热累吓气急饿冷])煞/g, '死'],
  // Henan 木有 = 没有.
  [/木有/g, '没有'],
];

export function foldDialects(norm: string): string {
  let out = norm;
  for (const [re, to] of FOLDS) out = out.replace(re, to);
  return out;
}
