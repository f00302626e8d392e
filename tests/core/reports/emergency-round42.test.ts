/**
 * Emergency round 42 (docs/reports.md, "Emergency round 42"): the kinds of danger behind the misses and false alarms on
 * fresh wordings (evals/own/emergency-dev42-*) — a blow or a splash to the eye with sight going, a chemical drunk and
 * told in another clause, a pointed thing held to the body, petrol poured over someone, a thing driven into the body, a
 * crushed finger gone dark and cold, a fall onto the head with a sign of concussion in English, breathing gone weak said
 * with 喘气, a shut-in worker's knocking fading. Calm: one punch and nothing else, a small cut with a plaster (unless the
 * bleeding goes on), a sum of money typed in pinyin (wushi kuai is 五十块, not 误食). Checked on variants (not the eval
 * lines) through every tuned pack; built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A blow or a splash to the eye, and sight gone or going (zh-CN, zh-TW, English).
  ['刚才跟人吵架 被他一拳打中右眼 现在右眼什么都看不到', true],
  ['搬货的时候被铁钩子戳到眼睛 眼前全是红的', true],
  ['同事被客人用拳頭打到眼睛 現在看東西都模糊', true],
  ["a customer punched me in the eye and now I can't see out of it", true],
  ['工地在拌水泥 风一吹 全进我眼里了 现在睁不开 看不见', true],
  ['battery acid splashed up while I was changing it, it got in my eyes and I can barely see', true],
  // A chemical drunk, told in another clause, and the body answering it.
  ['他把饮料瓶里的玻璃水当成水喝了两口 现在嘴巴里火辣辣的 一直在吐', true],
  ['同事喝了一口寶特瓶裝的漂白水 現在喉嚨很痛一直咳', true],
  [
    'my roommate drank from a water bottle that had cleaner in it, his throat is burning and he keeps throwing up',
    true,
  ],
  // Something pointed held to the body to make someone pay; doused in petrol with fire threatened.
  ['有人拿螺丝刀抵着我的脖子 让我把手机给他', true],
  ['有個男的拿針筒頂著外送員的腰 叫他把錢交出來', true],
  ['a man is pressing a screwdriver against my side and wants my phone', true],
  ['有个人往自己身上淋了一身汽油 站在路口说要点火', true],
  ["a guy just poured petrol all over himself outside the depot and he's holding a lighter", true],
  // Something driven into the trunk or a limb.
  ['脚手架上掉下来一根钢管 插进他大腿里了', true],
  ['鋼筋從他小腿穿過去了 人卡在那邊', true],
  // A crushed finger gone dark and cold or numb.
  ['手被车门夹了 两个手指头现在发紫发凉 一点感觉都没有', true],
  ["my finger got crushed in the roller door, it has gone black and cold and I can't feel it", true],
  // A fall onto the head and a sign of concussion: drowsy, asking the same thing again.
  [
    "he fell off the loading ramp and hit the back of his head, now he's really drowsy and keeps repeating himself",
    true,
  ],
  ['从月台上摔下来 后脑勺着地 一直问同一个问题', true],
  // Breathing gone weak under a load; someone shut in a container whose knocking fades.
  ['人被货压住了 出气很弱', true],
  ['货柜门关上了 里面还有个师傅出不来 拍门的声音越来越小', true],
  // Bleeding that a plaster does not stop; a punch with blood after it.
  ['切到手了 贴了创可贴还是止不住 血一直往外冒', true],
  ['顾客给了我一拳 鼻子一直在流血', true],
  // Calm: eyes tired or dusty, a past blow with paperwork, one punch and nothing else, a figure of speech.
  ['盯着电脑看了一天 眼睛都看花了 看不清', false],
  ['骑了一天车 风沙太大 眼睛迷了 有点看不清', false],
  ['上个月被人打了一拳 眼睛肿了一个礼拜 现在好了 想问能不能报销', false],
  ['顾客开门就给了我一拳 手机摔坏了 我要投诉他', false],
  ['又扣了八十块 气得我眼前一黑', false],
  // Calm: a chemical nearly drunk or asked about, a small cut with a plaster, a splinter out, petrol to buy, a past fall.
  ['矿泉水瓶里装了消毒水 差点喝了 幸好闻出来了', false],
  ['洗车液是不是不能用饮料瓶装', false],
  ['拆箱子手指被纸划了个口子 流了点血 贴个创可贴就好了', false],
  ['手指扎进一根刺 已经拔出来了', false],
  ['电动车没油了 想问哪有加汽油的', false],
  ['去年在月台摔了一跤 头上缝了几针 想问工伤认定的材料', false],
  ["I got a tiny cut opening a box, put a plaster on it, it's fine", false],
  [
    'got a bruise on my arm from the handlebar, nothing serious, is there a first aid kit at the station?',
    false,
  ],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 42 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

/** Typed in pinyin: a beating and a blow to the eye are heard; a sum of money is a sum of money. */
const PINYIN: [string, boolean][] = [
  ['wo bei ren da le yi dun, xianzai hai zai liu xue', true],
  ['yi quan da zai ta yanjing shang, ta shuo kan bu jian le', true],
  ['haizi wushi le dianchi', true],
  ['you kou le bashi kuai, qi si le', false],
  ['peisongfei shao le sanshi kuai', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 42 in pinyin through %s', (dir) => {
  it.each(PINYIN)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

/** A beating yesterday typed in pinyin, fine now, asking about the police: an assault to report (🟠), not 🟢 nor 🔴. */
describe('a past beating typed in pinyin', () => {
  it('is the assault category, urgent', async () => {
    const classifier = await classifierOn('packs/nanshan');
    const c = classifier.classify('zuotian wo bei ren da le yi dun, xianzai mei shi le, hai neng baojing ma');
    expect(c.urgency).toBe('urgent');
    expect(c.category).toBe('safety-conflict');
  });
});
