/**
 * Shanghainese (Wu) and Henan words read once for the whole report side (docs/rounds/reports.md, "One reading of Wu and
 * Henan speech"): the classifier and the emergency detector read the same table (`reports/dialect.ts`), so
 * the detector now knows the Wu passive however long the vehicle's name (拨一部泥头车撞了) and the classifier
 * keeps the Mandarin the detector kept (关牢房, 请勿). Written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { normaliseReportText } from '../../../src/core/reports/classify.js';
import { foldDialects } from '../../../src/core/reports/dialect.js';
import { emergencySignals } from '../../../src/core/reports/emergency.js';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // The Wu passive with a long name for what hit (拨一部泥头车撞了), 伊拉 (they), 寻 (找), 木有 (没有).
  ['阿拉同事拨一部泥头车撞了 拖出去老远', true],
  ['伊拉两个人拨车子撞了 躺辣地上勿动', true],
  ['勿要寻我了 安眠药我已经吃下去了', true],
  ['伊辣电梯里厢晕过去了 喊伊木有反应', true],
  // Mandarin that looks like Wu: 请勿, 拨打, 阿拉伯, 伊拉克, a spicy dish.
  ['小区门口请勿停车 阿拉停辣啥地方', false],
  ['拨打客服电话没人接 阿拉勿晓得哪能办', false],
  ['阿拉伯餐厅门口停车要收钱伐', false],
  ['伊拉克来的同事想问问工资啥辰光发', false],
  ['今朝的外卖太辣了 客人给了差评', false],
];

describe.each(TUNEABLE_PACK_DIRS)('Wu and Henan speech through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

describe('one Wu and Henan table', () => {
  it('reads the words the classifier and the detector share, keeping every position', () => {
    const text = '阿拉同事拨货车压牢辣下头 喊伊勿应 伊拉木有办法 勿要寻我 热煞了 俺兄弟叫车撞了';
    const folded = foldDialects(text);
    expect(folded).toBe('我们同事被货车压住在下头 喊他不应 他们没有办法 不要找我 热死了 俺兄弟被车撞了');
    expect(folded.length).toBe(text.length);
  });

  it('keeps Mandarin that looks like Wu', () => {
    const text = '请勿靠近 切勿 拨打 拨款 阿拉伯 伊拉克 伊利 麻辣 辣椒 牢固 关牢房 牢骚 叫车去医院';
    expect(foldDialects(text)).toBe(text);
  });

  it('gives the detector the reading the classifier has: a person hit, however long the name of what hit', () => {
    expect(emergencySignals(normaliseReportText('阿拉同事拨一部泥头车撞了 拖出去老远'))).toContain(
      'serious-injury',
    );
  });
});

describe('southwestern, northwestern and Hefei words (round 29)', () => {
  it('reads 莫 / 么 as 没, 么样 and 啥子, Hefei 港 and 被电打 as Mandarin, keeping every position', () => {
    const text = '活着莫意思 莫得上来 叫了半天么反应 该么样处理 先做啥子 他港要打我 被电打了';
    const folded = foldDialects(text);
    expect(folded).toBe('活着没意思 没得上来 叫了半天没反应 该怎样处理 先做什么 他说要打我 被电击了');
    expect(folded.length).toBe(text.length);
  });

  it('keeps the Mandarin that looks like them', () => {
    const text = '莫慌 莫急 莫名其妙 什么反应 怎么样 阿么办 香港要下雨 港口 出港了 来电打不通';
    expect(foldDialects(text)).toBe(text);
  });
});
