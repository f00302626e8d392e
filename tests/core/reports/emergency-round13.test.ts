/**
 * Emergency round 13: the causes behind the misses of a fresh round of wordings (evals/own/emergency-dev5-*),
 * checked on variants of them through both sample packs, so a branch secretary of either district is
 * alerted — and not alerted for the look-alikes. Built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn } from '../../helpers/classifiers.js';

const PACKS = ['content', 'packs/nanshan'];

const ROWS: [string, boolean][] = [
  // Northern "collapsed right there", someone who makes no sound.
  ['我师傅倒那里了 咋整啊', true],
  ['同事倒这儿了 喊他不吱声', true],
  // Elders and small children named the way workers name them.
  ['楼下一个老爷爷摔倒了 后脑磕到台阶 一直在吐', true],
  ['阿婆跌亲 头撞到 冇反应', true],
  // Cantonese: fainted (晕低咗), cannot breathe (喘唔到气), jumped into the sea (跳咗落海); northern 俺娘.
  ['阿爸晕低咗 点叫都唔醒', true],
  ['同事喘唔到气 嘴唇都紫咗', true],
  ['桥上有个后生跳咗落河', true],
  ['俺爹倒那儿了 咋整', true],
  ['周末去海边跳进海里游泳 好爽', false],
  // Sichuan 遭 (was hit) and 咯 (了).
  ['我兄弟遭人砍了 血流不停', true],
  ['刚才撞了头 脑袋痛得要裂开 看东西重影', true],
  // Someone shut in a stuck lift; a worry about one stays calm.
  ['电梯卡在半中间 里面还有人出不来', true],
  ['小区电梯老是坏 怕哪天被困在里面', false],
  ['the order got stuck in the elevator for 20 minutes, customer angry', false],
  // Chased, cornered, hiding while they wait.
  ['那伙人一路跟着我 把我堵在死胡同里了', true],
  ['被人拿着棍子追着打 我逃进超市了 他们还在外面', true],
  // Self-harm said indirectly: despair or a goodbye, with the means or a plan; two goodbyes beyond doubt.
  ['不想再拖累爸妈了 今晚就去江边跳下去', true],
  ['跟兄弟们说声再见 绳子我都买好了', true],
  ['这是最后一条消息 以后别等我了', true],
  ['兄弟们保重 我先走了 明天见', false],
  ['明天见 跟大家说声再见', false],
  // A stroke seen on a live video call is now; a clip or a game is not.
  ['跟我妈视频 她说话说不清 半边脸都耷拉了', true],
  ['刚看了个视频 有人在路边被砍', false],
  ['王者里我被对面砍死三次了 队友全挂了', false],
  // A condition said after the danger word: 要是 / 万一 after it.
  ['心脏病要是犯了 附近哪个医院近', false],
  ['心梗万一发作 驿站有没有急救箱', false],
  // An order, a vehicle or a help desk that "does not move" or "does not wake".
  ['订单卡在那一动不动 刷新也没用', false],
  ['电瓶车倒在路边不动了 哪里能修', false],
  ['商家怎么叫都叫不醒 餐一直不出', false],
  ['累得趴在床上起不来 今天跑了六十单', false],
  ['中暑了怎么办 驿站有藿香正气水吗', false],
  ['屋里闷得很 待几分钟就中暑', false],
  ['积水没过脚脖子了 电动车还能骑吗', false],
  ['真不想活了这破班 又扣钱', false],
  // …while the same words about a person still alert.
  ['老乡倒在路边不动了 叫不醒', true],
  ['一个阿姨被人硬塞进一辆白色面包车里', true],
  ['广告牌被风刮下来 砸到一个送外卖的人', true],
];

describe.each(PACKS)('emergency round 13 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
