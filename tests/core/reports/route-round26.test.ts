/**
 * Route round 26 (docs/rounds/reports.md, 思明 dev): Minnan speech typed with Mandarin characters (阮 = 我, 袂 = 不,
 * 无 = 没, 足 = 很, 厝 the home, 头家 the boss, 予 = 被, 挵 = 撞, 跋 = 摔, 昏去 = 昏倒), read as meant; calm: stranded
 * where the ferry stopped, seasick on the ferry, a camera's 被拍, others who slipped (好几个人滑倒了). What a report is about: money taken for
 * orders (扣了…的钱), a work fee not paid (等候费一分没给), an offer to donate (no trouble at all), and a danger
 * the pack's own words give one category (思明 names 触电 and 溺水 for health, 被树压住 for the accident).
 * Variants, not the eval lines, through every tuned pack and 思明; built-in knowledge only. What a branch
 * secretary sees: the report arrives as an emergency or an ordinary one, in the category of what it is about,
 * at the street office of the road named in English.
 */
import { describe, expect, it } from 'vitest';
import { detectArea } from '../../../src/core/reports/classify.js';
import { routeReport } from '../../../src/core/reports/route.js';
import { packAt } from '../../helpers/askers.js';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/siming'] as const;

const ROWS: [string, boolean][] = [
  // Minnan: can't breathe (喘袂过气), can't be woken (叫袂醒), not breathing (无呼吸), fainted (昏去).
  ['阮头家突然喘袂过气', true],
  ['伊困了一下午 叫袂醒', true],
  ['阮同事倒在厝里 无呼吸了', true],
  ['伊昏去了 叫伊都无反应', true],
  // Hit by a car (予车挵着), head split (头壳破去), bleeding.
  ['阮兄弟予车挵着 头壳破去 血一直流', true],
  // Stranded where the ferry stopped, seasick, a camera's 被拍: calm.
  ['台风天被困在岛上回不去了 轮渡停了', false],
  ['轮渡停航了 货送不过去 被困在码头', false],
  ['坐轮渡送货 晕船晕得想吐 头晕', false],
  ['货车没地方停 停一会就被拍', false],
  ["the ferry stopped because of the typhoon, I'm stuck on the island", false],
  // …unless the place itself is the danger, or someone went down.
  ['被困在码头的仓库里 水漫上来了 出不来', true],
  ['坐船晕船 吐完人晕倒了 叫不醒', true],
  // Others who slipped at a hazard (a road report, urgent) — unless one of them cannot get up.
  ['地上有油 好几个骑手滑倒了', false],
  ['路面有油 一个骑手滑倒了 起不来', true],
  // Someone pulled out of the water and fine now is over.
  ['有个小孩掉进海里 救上来了 没事了', false],
];

describe.each(PACKS)('route round 26 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // Each report lands where the plain wording of its matter does.
  it.each([
    ['头家欠阮两个月工钱 一直无发', '老板欠我两个月工资 一直没发'],
    ['阮厝漏水 厝主都不管', '我租的房子漏水 房东不管'],
    ['驿站的饮水机歹去了', '驿站的饮水机坏了'],
    ['头家足凶 讲要拍阮', '老板很凶 说要打我'],
    ['伊予人拍 目睭肿去', '他被人打了 眼睛肿了'],
    ['平台扣了我们超时单的钱', '平台扣了我五十块'],
    ['搬运费老板一分没给', '配送费老板一分没给'],
    ['台风天被派了三十公里外的单', '系统一直派远单'],
    ['歹勢 阮厝漏水 厝主攏無管', '我租的房子漏水 房东都不管'],
    ["slipped on the wet floor at the station, I'm fine", 'slipped on the wet floor at the station'],
  ])('%s → as %s', async (told, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(plain).category);
  });

  it.each(['我们公司想给驿站捐一批头盔 找谁对接', '愿意赞助骑手之家一台冰箱 怎么联系'])(
    '%s → an offer, no trouble: other',
    async (text) => {
      const classifier = await classifierOn(dir);
      expect(classifier.classify(text).category).toBe('other');
    },
  );
});

describe('a danger the pack names in one category’s own words (思明)', () => {
  it.each([
    // 思明's health category names 触电 and 溺水; its accident category 台风天被倒树或招牌砸到 and 被树压住.
    ['地下室漏电 有个工友触电倒地不动了', 'health-heat'],
    ['有个骑手掉进海里 捞上来没气了', 'health-heat'],
    ['台风天一棵大树倒下来砸到一个骑手 压着出不来 在流血', 'accident-injury'],
    ['A billboard fell on a courier in the typhoon, he is bleeding', 'accident-injury'],
    // Nobody hurt: the tree on the road is the hazard's.
    ['台风天树倒了 差点砸到人 路都堵了', 'road-hazard'],
  ])('%s → %s', async (text, category) => {
    const classifier = await classifierOn('packs/siming');
    expect(classifier.classify(text).category).toBe(category);
  });

  it('a pack that names none of them keeps the built-in reading: a tree on a rider is the road’s', async () => {
    const classifier = await classifierOn('packs/nanshan');
    expect(classifier.classify('台风天一棵大树倒下来砸到一个骑手 压着出不来 在流血').category).toBe(
      'road-hazard',
    );
  });
});

describe('a road named in English with its direction', () => {
  it('"Siming North Road" reaches the street office of 思明北路', async () => {
    const pack = await packAt('packs/siming');
    const classifier = await classifierOn('packs/siming');
    const text = 'broken street light on Siming North Road, very dark at night';
    const { category } = classifier.classify(text);
    const area = detectArea(text, pack, category);
    expect(area).toBe('思明北路');
    expect(routeReport({ category, area }, pack).branch).toBe('street-lujiang');
  });
});
