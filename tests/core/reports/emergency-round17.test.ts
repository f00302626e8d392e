/**
 * Emergency round 17: the causes behind the misses and false alarms on fresh wordings in four packs
 * (evals/own/emergency-dev10-*) — someone followed now, a chemical in the eyes, a child into a pond or a
 * tub, a goodbye from a roof or in a video, a chest pressed "like an elephant", a thumb crushed off,
 * regional 俺/额 for 我 — and the hyperbole workers use every day (饿晕了, 跑断腿). Checked on variants
 * (not the eval lines) through every pack. Built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn } from '../../helpers/classifiers.js';

const PACKS = [
  'content',
  'packs/nanshan',
  'packs/jinshui',
  'packs/yanta',
  'packs/hongshan',
  'packs/chaoyang',
];

const ROWS: [string, boolean][] = [
  // Followed: how far or how long, the follower keeping pace, still there; a sat-nav or an old workmate is not.
  ['有辆面包车跟了她两个路口了 现在还在后面', true],
  ['一个人一直跟到我家门口 还在楼下站着', true],
  ['俺走他也走 俺停他也停 那人跟着俺好几条街了', true],
  ['someone has been following me for ten minutes and he is still behind me', true],
  ['导航一直跟着我 路线老是错', false],
  ['他跟了我三年了 是个老骑手', false],
  // A chemical in the eyes, said either way round, and in English; dry eyes are not.
  ['洗洁精溅到孩子眼睛里了 哭着睁不开', true],
  ['眼睛里进了石灰 烧得睁不开', true],
  ['got bleach in his eyes, he is screaming', true],
  ['眼睛有点干 滴什么眼药水好', false],
  // Into a pond, a pool, a cesspit; going under; pulled out lifeless. A phone in a pool is not.
  ['一个小孩掉进鱼塘了 在水里扑腾', true],
  ['额娃掉进水池子里咧 往下沉', true],
  ['有个老人掉粪坑里了', true],
  ['手机掉池子里了 捞上来还能用吗', false],
  ['把他从河里捞上来 不喘气了', true],
  // A goodbye from a roof (顶楼), a video of a goodbye; a lamp on the top floor, dinner not waited for, a dance video are not.
  ['有个骑手站在顶楼 说大家不用等他了 再见了', true],
  ['顶楼的灯坏了 送货上去看不清', false],
  ['谢谢大家照顾 今天加班 晚饭不用等我了', false],
  ['他录了个视频说对不起大家 然后人站在楼顶边上', true],
  ['看了个视频 有人在天台跳舞', false],
  // A chest pressed as if by a weight, no air; a stuffy car is not.
  ["my chest feels like a ton of bricks on it, I can't get any air", true],
  ["can't get air in the car, the AC is broken", false],
  // A finger cut or crushed off by its own name (食指, 小拇指).
  ['切纸机把食指切掉了', true],
  ['小拇指被门夹断了', true],
  // Everyday hyperbole (饿晕了, 累瘫了, 跑断腿) and the workers' sighs; a diabetic faint with hunger, or anyone
  // down and not waking, still counts.
  ['我饿晕了 先吃个饭', false],
  ['累瘫了 今天跑了八十单', false],
  ['跑断了腿也就挣两百', false],
  ['腰都累断了 老板还催', false],
  ['困得晕乎乎的 想睡觉', false],
  ['老爸有糖尿病 饿晕了 叫不醒', true],
  ['同事累晕了 倒在地上叫不醒', true],
  ['俺饿得发昏 有啥吃的没', false],
  ['热死了 这天能把人烤熟', false],
  ['要命了这单 爆单了', false],
  ['被平台坑死了 差评杀手', false],
  ['心态崩了 系统炸了', false],
  ['烧钱 这电瓶又坏了', false],
  ['气死我了 罚了五十', false],
  ['金水河里有个人 扑腾几下就沉底了', true],
  // Henan 俺 and Shaanxi 额 as 我 for the detector; 额头, 金额, 额度 stay what they are.
  ['额头磕了一下 起了个包 没事', false],
  ['这个月金额不对 额度也少了', false],
  ['额头撞到台阶上 一直吐', true],
];

describe.each(PACKS)('emergency round 17 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
