/**
 * Emergency round 19 (docs/rounds/reports.md): the causes behind misses and false alarms on fresh wordings
 * (evals/own/emergency-dev12-*, 天河 dev) — a live wire down where people walk past, someone locked in by those
 * who sent others to beat them, hot oil, an open fracture, a beating that goes on, groped and followed, a
 * farewell with pills ready, a child shut in a car, someone under a shutter; a pet for the vet and a drill are calm.
 * Checked on variants (not the eval lines) through every tuned pack; built-in knowledge only. What a branch
 * secretary sees: the report arrives as an emergency, or as an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A power line down where people walk past; nobody passing, or a charging cable, is not an emergency.
  ['路口的电线断了掉在地上 还有人在那走过', true],
  ['电线被风刮断了 耷拉在人行道上 路人还在经过', true],
  ['电线断了 没人经过 明天再修', false],
  ['充电线断了 有人踩了一脚', false],
  // Locked in by the people who sent others to beat them; a prank between colleagues is not.
  ['老板不发工资还找人揍我 现在被锁在他们厂里', true],
  ['同事把我锁在仓库里开玩笑', false],
  // Thick smoke in a stairwell (冒好大烟) and no way out; a smoker's smell is not a fire.
  ['楼道里冒好大的烟 我们下不去了', true],
  ['有人在楼道抽烟 好大烟味', false],
  // A child called 孩儿 (Henan) not found for hours; a lost key is not a person.
  ['俺家孩儿找不着了 都俩钟头了', true],
  ['俺的钥匙找不着了', false],
  // Hot oil over someone, the skin coming off; a splash while cooking is not.
  ['厨房的锅打翻了 滚油淋到师傅背上 一大块皮都掉了', true],
  ['炒菜时油溅了一下 手上有点红', false],
  ['锅里的热油全洒他腿上了 起了一大片泡', true],
  ['开水倒进杯子里 手上沾了一点', false],
  // A bone through the skin (骨头刺出来, 看到白色的骨头); a soup bone is not.
  ['他摔下来 小臂的骨刺出来了 看到白色的骨头', true],
  ['今天喝骨头汤 看到骨头上还有肉', false],
  // Held down and beaten on and on; an injection held still for is not.
  ['几个人按住他在地上打 打了半天还不停', true],
  ['护士按住他打针 打了好久', false],
  // Groped, then followed, hiding; stroking the cat is not.
  ['刚才地铁里有个男的摸我 一直跟着我 我躲进了便利店', true],
  ['我摸我家猫 它就一直跟着我', false],
  // Thanks and goodbye with the means ready; thanks on leaving a job are not.
  ['谢谢大家这些年照顾 安眠药我已经买好了 别找我', true],
  ['谢谢大家这些年照顾 不用找我了 我辞职回老家了', false],
  ["goodbye everyone, thanks for everything, the pills are ready, don't look for me", true],
  // A baby (bb) or a child (小囡) shut in a car, the face red; a child asleep by its parents is not.
  ['商场门口一辆车里锁了个bb 窗都关着 bb脸通红', true],
  ['车里有个小孩在睡觉 大人在旁边', false],
  // Caught under a shutter; a bag caught in a door gap is not.
  ['快来 有个师傅卡在卷帘门下面', true],
  ['外卖箱卡在门缝里了', false],
  // A drill pretending someone is hurt; a pet stung, for the vet.
  ['今天搞消防演练 假装有人被困在楼上', false],
  ['我家的狗被蜂蛰了 脸肿了 宠物医院几点开门', false],
  ['被马蜂蛰了 喉咙肿了 说话都变声了', true],
  // Shanghainese 压牢 (压住), 卡辣 (卡在); Henan and internet 木有 (没有).
  ['阿拉同事压牢辣货架下头 喊伊勿应', true],
  ['电梯里那人躺地上 喊他木有反应', true],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 19 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
