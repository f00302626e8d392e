/**
 * Emergency round 41 (docs/reports.md, "Emergency round 41"): the kinds of danger behind the misses and false alarms on
 * fresh wordings (evals/own/emergency-dev41-*) — a diabetic gone down, quiet or unable to hold a cup, slurred speech
 * said with 讲话, a food allergen named before the eating or in English with no verb and the throat tightening or the
 * face swelling, a gas water heater (热水炉) with a head aching and legs gone, Cantonese breathlessness and a face gone
 * purple (透唔到气, 面都紫咗), a person hit and lying there or bleeding from the ear, in English. Calm: a scald said
 * brief or small, hands or fingers purple with the cold and heating asked for, a stroke as a feeling or a likeness
 * (快中风了, 好似中风咁), a condition carried for (随身带着喷雾, I carry an EpiPen), a month of fines as a pit. Checked on
 * variants (not the eval lines) through every tuned pack; built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A diabetic gone down, gone quiet, unable to hold a cup.
  ['外婆有糖尿病 早上没吃早饭 刚刚瘫在沙发上 问她话也不应', true],
  ['老周有糖尿病 中午没顾上吃 现在出溜到地上了 叫他光瞪眼', true],
  ['my uncle is diabetic and skipped breakfast, he has just collapsed on the kitchen floor', true],
  // Slurred speech said with 讲话.
  ['我爸刚才突然讲话含糊了', true],
  // A food allergen and the throat tightening or the face swelling, however it is said.
  ['同事吃了一口芒果蛋糕 喉咙发紧 脸肿起来了', true],
  ['客人给的虾饺我吃了两个 嗓子好像被掐住 咽不下东西', true],
  ['had a peanut cookie at the station, now my throat is tight and my lips are swelling', true],
  // A gas water heater, a head aching and legs gone.
  ['出租屋的燃气热水炉开了一个钟 室友洗完出来头好痛 坐在地上起不来', true],
  // Cantonese: no air, a face gone blue.
  ['师傅俾货压住胸口 透唔到气', true],
  ['佢成个人瘫喺度 面都青咗', true],
  // Hit and lying there; blood from the ear.
  ['a van hit a kid at the school gate, she is lying in the road', true],
  ['he came off the scooter and there is blood coming out of his ear', true],
  // Calm: a scald said brief or small.
  ['烧菜被热油溅了一下手 起了个小泡 抹点药膏就好', false],
  ['倒开水的时候烫了一下手指 红了一点', false],
  ['spilled boiling water on my hand, just a small burn, have you got burn cream', false],
  // …but not on a child or the face.
  ['开水烫了一下孩子的手 起了一大片水泡', true],
  // Calm: hands purple with the cold, heating asked for (the cold still counts with a mind slipping).
  ['外面太冷了 手指冻得发紫 驿站有没有暖手的', false],
  ['脚冻得发紫 站里暖气能开大点吗', false],
  ['手冻得发紫 人也迷迷糊糊的 说话颠三倒四 驿站能开暖气吗', true],
  // Calm: a stroke as a feeling or a likeness; said as a suspicion, it stays.
  ['今天跑单跑得我快中风了', false],
  ['看他那脸色 跟中风一样难看 肯定又被罚了', false],
  ['我爸好像中风了 嘴都歪了', true],
  // Calm: a condition carried for, asked about.
  ['我有哮喘 身上一直带着喷雾 驿站能放一瓶备用吗', false],
  [
    'I had an allergic reaction to peanuts years ago, now I carry an EpiPen, can I keep a spare at the station?',
    false,
  ],
  // Calm: a month of fines as a pit; a person in one stays.
  ['上半年生意掉进坑里了 罚款扣了一千多 爬不出来', false],
  ['同事掉进坑里了 腿动不了 爬不出来', true],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 41 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
