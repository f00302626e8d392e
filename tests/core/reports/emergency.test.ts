/**
 * Emergencies from built-in knowledge (emergency.ts): acute danger to a person now is an emergency in
 * any pack — even one whose categories list no keywords at all — in zh-CN, zh-TW and English.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier, normaliseReportText } from '../../../src/core/reports/classify.js';
import { emergencySignals } from '../../../src/core/reports/emergency.js';
import { orderEmergencyNumbers } from '../../../src/core/reports/emergency-numbers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let v2: ContentPack;

beforeAll(async () => {
  // Categories with descriptions and (almost) no keywords, no emergencyKeywords: only built-in knowledge.
  v2 = await loadContentPack(path.join(root, 'tests/fixtures/packs/v2-format'));
});

const signals = (text: string) => emergencySignals(normaliseReportText(text));

describe('built-in emergency signals', () => {
  it.each([
    ['同事头上一直在流血，叫不醒', ['bleeding', 'unconscious']],
    ['師傅突然胸口痛，喘不上氣', ['breathing']],
    ['兄弟中暑晕倒在路边了', ['heat-stroke', 'unconscious']],
    ['有人拿刀在店门口砍人', ['violence']],
    ['我真的不想活了', ['self-harm']],
    ['电瓶车在楼道里着火了', ['fire']],
    ['电梯卡住了人被困在里面', ['trapped']],
    ['a customer punched me and my nose is bleeding', ['bleeding', 'violence']],
    ['my coworker collapsed and is not breathing', ['unconscious']],
    ['he says he wants to kill himself', ['self-harm']],
    // Structure, not a list: a person or body part plus an acute state, a weapon plus an act.
    ['送货时从梯子上摔下来 后脑勺着地 现在人迷糊了', ['serious-injury', 'unconscious']],
    ['電動車被公車撞倒 騎手倒地不起', ['unconscious']],
    ['外送員被砂石車捲進車底 快叫救護車', ['serious-injury']],
    ['客人喝醉了拿酒瓶砸我頭', ['violence']],
    ['一群人圍著我打', ['violence']],
    ['有个男的一直跟着我 还说要捅死我', ['violence']],
    ['我头特别疼 眼睛看不清 手脚发麻', ['medical']],
    ['吃了外卖里的东西 全身起疙瘩 嗓子肿了 快喘不过气', ['medical', 'breathing']],
    ['同事在冷库干活冻僵了 叫他都不怎么应', ['cold', 'unconscious']],
    ['宿舍里煤气味好大 有人还在睡', ['fire']],
    ['我朋友說想輕生 現在聯絡不上', ['self-harm']],
    ['我孩子在驿站门口不见了 找了半小时都没找到', ['missing-person']],
    ['暴雨 隧道里有人被困 水已经到胸口', ['trapped']],
    ["I crashed my scooter, my leg is bent the wrong way and I can't get up", ['serious-injury']],
    ["my friend's lips are turning blue and he can't breathe", ['unconscious', 'breathing']],
    ['he swallowed a whole bottle of pills', ['poisoning']],
    ["the customer grabbed me by the throat and won't let me leave", ['violence']],
    // Third round: more structures for the same dangers.
    ['站里一个大哥突然捂着胸口蹲下去', ['breathing']],
    ['我兄弟手指被货车尾板夹断了', ['serious-injury']],
    ['被人开车故意撞倒 那人下车还要打我', ['violence']],
    ['蜜蜂蛰了以后嘴唇肿起来', ['medical']],
    ['他瘫在路边 叫他也不吭声', ['unconscious']],
    ["my friend fell into the river and can't swim", ['trapped']],
    ['活着太累了 不想再拖累家里', ['self-harm']],
    ['胳膊上被划了道口子 血一直往下滴', ['bleeding']],
    ['his lips turned grey and he is barely answering', ['unconscious']],
    ['乘客在车里打我', ['violence']],
    ['我眼前发黑 心跳得好快 站都站不住', ['medical']],
    ['he went through the windshield', ['serious-injury']],
    ['工友喝了半瓶农用的除草剂', ['poisoning']],
    ['他一直喘 嘴唇发紫', ['medical']],
    ['说话说着右手就没劲了', ['medical']],
    ['室友把东西都送人了 说不回来了', ['self-harm']],
    ['a man snatched her phone and dragged her to the ground', ['violence']],
    ['he was hit by a delivery truck', ['serious-injury']],
    ['他从兜里掏出一把弹簧刀', ['violence']],
    ['有人提着一桶汽油说要烧了这家店', ['violence']],
    ['老乡搬完货神志有点不清', ['unconscious']],
    ['他突然嘴角耷拉 说不出话', ['medical']],
  ])('%s → %j', (text, expected) => {
    expect(signals(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    '人没受伤也没流血，就是车坏了',
    '差点被车撞，吓死了',
    '在公司打他电话没人接',
    '热死了 喝了一瓶可乐',
    '夏天怎么防中暑',
    '被打了差评，扣了五十',
    '体检查出血压高',
    '上个月被车撞了，保险到现在还没赔',
    'nobody was bleeding, just the bike is broken',
    '累得想死',
    '上周摔了一跤现在好了，想问保险怎么报',
    '前几天中暑了 现在好多了 能报销医药费吗',
    '骑手被车撞了怎么走工伤认定',
    '驿站的空调坏了 热得要中暑了',
    '在太子路被井盖绊倒 膝盖磕破了',
    '封号了 我不想活了 开玩笑的 就是想问怎么申诉',
    '系统卡在审核中好几天了',
    '申诉了一周没动静',
    '我的手机掉水里了',
    '天太热了 有点头晕',
    'what should I do if I see someone with heat stroke?',
    'the fire extinguisher at the station has expired',
    'nobody was hurt but the van bumper is smashed',
  ])('not an emergency: %s', (text) => {
    expect(signals(text)).toEqual([]);
  });

  it('makes a report an emergency in a pack without emergency keywords, and puts it in the fitting category', () => {
    const c = createClassifier(v2);
    expect(c.classify('路上有个大坑，有人掉进去了').urgency).toBe('emergency'); // the category's emergencyWhen
    expect(c.classify('同事被车撞了，腿在流血').urgency).toBe('emergency');
    expect(c.keywordUrgency('He collapsed and is not breathing')).toBe('emergency');
    expect(c.classify('井盖没了，好危险').urgency).toBe('urgent');
    expect(c.classify('这周罚款太多了').urgency).toBe('normal');
  });

  it('bad input is classified without a crash', () => {
    const c = createClassifier(v2);
    for (const text of [
      '',
      '1',
      '？',
      'a',
      '3号',
      'ｗｕｊｉａｏｃｈａｎｇ',
      '五角场 jinggai 坏了',
      '🙂🙂',
      'x'.repeat(5000),
    ])
      expect(['road-hazard', 'pay-penalty', 'other']).toContain(c.classify(text).category);
  });
});

describe('emergency numbers, the one the danger needs first', () => {
  const numbers = [
    { name: '报警', number: '110' },
    { name: '急救', number: '120' },
    { name: '火警', number: '119' },
    { name: '工会职工服务热线', number: '12351' },
  ];
  const first = (signals: string[]) => orderEmergencyNumbers(numbers, signals).map((e) => e.number);
  it('an ambulance for a person down, police for violence, fire brigade for fire; hotlines last', () => {
    expect(first(['bleeding'])).toEqual(['120', '110', '119', '12351']);
    expect(first(['violence', 'bleeding'])).toEqual(['110', '120', '119', '12351']);
    expect(first(['fire'])).toEqual(['119', '120', '110', '12351']);
  });
  it('knows a number by its name when the number is not a mainland one', () => {
    const hk = [
      { name: 'Hotline', number: '2345 6789' },
      { name: 'Ambulance', number: '999' },
    ];
    expect(orderEmergencyNumbers(hk, ['unconscious'])[0]?.number).toBe('999');
  });
});
