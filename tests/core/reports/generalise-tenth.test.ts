import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createClassifier, type Classifier } from '../../../src/core/reports/classify.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PACKS = {
  yangpu: 'content',
  nanshan: 'packs/nanshan',
  hongshan: 'packs/hongshan',
  chaoyang: 'packs/chaoyang',
};
const classifiers: Record<string, Classifier> = {};

beforeAll(async () => {
  for (const [name, dir] of Object.entries(PACKS))
    classifiers[name] = createClassifier(await loadContentPack(path.join(root, dir)));
});

const category = (pack: string, text: string): string => classifiers[pack]!.classify(text).category;

describe('a report whose worker waves off the first troubles is filed under its point', () => {
  it.each([
    ['yangpu', '路上被顾客骂了两句我也就算了 关键是房东今天把门锁换了 我进不了屋', 'housing'],
    ['nanshan', '被差评了无所谓 我就想知道上个月的工资什么时候发', 'pay-penalty'],
    ['hongshan', '被保安拦着不让进我也忍了 可这周夜宵单说好的每单多一块五一分都没看到', 'pay-fines'],
    ['chaoyang', '早上被顾客骂了几句 这些都过去了 最气的是押了三个月的工资老板还不给', 'wage-owed'],
  ])('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));

  it('without such words, the aggression still decides', () => {
    expect(category('yangpu', '房东今天把门锁换了 路上还被顾客骂了一顿')).toBe('safety-threat');
  });
});

describe('situations told without the category words reach their category', () => {
  it.each([
    ['yangpu', '跑了十公里到了才说顾客取消 这一趟白跑了', 'pay-penalty'],
    ['yangpu', '换手机以后一直提示身份有风险 今天不能上线', 'account-ban'],
    ['nanshan', '十字路口的灯一直闪黄 晚上黑灯瞎火的', 'road-hazard'],
    ['nanshan', '下班路上总有个人跟在我后面 我不敢回家', 'safety-conflict'],
    ['hongshan', '一辆车突然开门 我整个人飞出去了', 'accident-injury'],
    ['hongshan', '包工头说周转不过来 钱下个月一起给', 'wage-arrears'],
    ['chaoyang', '在写字楼下停了不到五分钟 车就被拖到别处了', 'entry-parking'],
    ['chaoyang', '这几天整晚睡不好 一站起来眼前发黑', 'health-heat'],
  ])('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});
