/**
 * Ninth round (packs written blind by others, descriptions only): a description's fine with its reason
 * (超时扣钱, 差评罚款, "deductions for lateness") is about money, so the platform's rules and dispatch are
 * found in the category that describes them; a worker made to pay for a loss, someone beaten (把…打得),
 * a seizure, a fine for where a bike was left, and a past accident named as the cause of how one feels now.
 * Wordings differ from the dev sets; each is checked on all four packs, whose ids differ.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier } from '../../../src/core/reports/classify.js';

const root = resolve(import.meta.dirname, '../../..');
const dirs = {
  yangpu: 'content',
  nanshan: 'packs/nanshan',
  hongshan: 'packs/hongshan',
  chaoyang: 'packs/chaoyang',
};
type PackName = keyof typeof dirs;
const packs = {} as Record<PackName, ContentPack>;

beforeAll(async () => {
  for (const [name, dir] of Object.entries(dirs))
    packs[name as PackName] = await loadContentPack(resolve(root, dir));
});

/** The category a worker is shown ("我理解这是「…」方面的问题"). */
const categoryOf = (pack: PackName, text: string): string =>
  createClassifier(packs[pack]).classify(text).category;

/** Each pack's category for a topic: the ids differ from pack to pack. */
const ids: Record<string, Record<PackName, string>> = {
  platform: {
    yangpu: 'platform-rules',
    nanshan: 'platform-rules',
    hongshan: 'platform-account',
    chaoyang: 'account-platform',
  },
  pay: { yangpu: 'pay-penalty', nanshan: 'pay-penalty', hongshan: 'pay-fines', chaoyang: 'pay-deduction' },
  violence: {
    yangpu: 'safety-threat',
    nanshan: 'safety-conflict',
    hongshan: 'safety-threat',
    chaoyang: 'threat-violence',
  },
  health: { yangpu: 'health', nanshan: 'health', hongshan: 'health', chaoyang: 'health-heat' },
  account: {
    yangpu: 'account-ban',
    nanshan: 'platform-rules',
    hongshan: 'platform-account',
    chaoyang: 'account-platform',
  },
  road: { yangpu: 'road-hazard', nanshan: 'road-hazard', hongshan: 'road-danger', chaoyang: 'road-danger' },
  parking: {
    yangpu: 'parking',
    nanshan: 'parking-access',
    hongshan: 'access-parking',
    chaoyang: 'entry-parking',
  },
};

describe('the category a report belongs to, on packs with and without keywords', () => {
  it.each([
    ['平台又偷偷改了接单规则 一点通知都没有', 'platform'],
    ['系统老是给我派反方向的单 绕好远', 'platform'],
    ['the app keeps forcing orders on me and I cannot switch it off', 'platform'],
    ['顾客说汤洒了 站长要我自己赔八十', 'pay'],
    ['几个人冲过来把他打得站不稳', 'violence'],
    ['my coworker is having a seizure on the floor', 'health'],
    ['自从去年那次车祸之后 晚上老是睡不着 一闭眼就慌', 'health'],
    ['车子停路边就被罚了 到处都不让停', 'parking'],
    ['说好的冲单奖 一分钱也没收到', 'pay'],
    ['cannot go online, it says my health certificate is out of date', 'account'],
    ['桥下那个坑里全是水 有个大爷掉进去了 出不来', 'road'],
    ['导航非要带我走那条封了的路 绕了二十分钟', 'platform'],
    ['接单软件崩溃了 打开就闪退', 'platform'],
    ['the app crashed twice during lunch rush and two orders vanished', 'platform'],
    ['my fingers go numb on the handlebars every morning', 'health'],
  ])('%s → %s', (text, topic) => {
    for (const pack of Object.keys(dirs) as PackName[])
      expect(categoryOf(pack, text), pack).toBe(ids[topic]![pack]);
  });
});
