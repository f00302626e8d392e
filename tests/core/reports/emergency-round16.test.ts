/**
 * Emergency round 16: the causes behind the misses and false alarms on fresh wordings in four packs
 * (evals/own/emergency-dev9-*) — bleeding told by the cloth it soaks, a crowd crush, a shock that holds
 * the hand, a diabetic going low, a child gone in local words, a partner beaten now — and their
 * look-alikes: lips purple from the cold in a request for heating, a customer not answering the door,
 * a safety lesson retold, a fire already out with nobody there. Checked on variants (not the eval
 * lines) through every pack. Built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn } from '../../helpers/classifiers.js';

const PACKS = ['content', 'packs/nanshan', 'packs/chaoyang', 'packs/hongshan'];

const ROWS: [string, boolean][] = [
  // Bleeding told by what soaks it up or where it lies; sweat and rain soak clothes too.
  ['手被刀切了 捂着的纸巾全红了', true],
  ['腿划了个大口子 裹了两层布还是湿透了', true],
  ['摔了一跤 座位上全是血', true],
  ['热得衣服都湿透了 站里有没有空调', false],
  ['下大雨 衣服全湿透了 鞋也进水了', false],
  // A crowd crush: someone down or pinned in it; a vehicle knocked over in a crowd is not.
  ['庙会人挤人 有个老太太被挤倒了', true],
  ['地铁口人太多 有人被踩在下面', true],
  ['商场门口人太多 电动车被挤倒了', false],
  ['地铁上人挤人 差点被挤倒', false],
  ['人挤人 电瓶车都挤倒了一片', false],
  // A shock that holds on: touched a live thing and stuck to it, or shaking by it.
  ['拉电闸的时候手粘在上面了 甩不开', true],
  ['他摸到漏电的插座 人在那一直抖', true],
  ['摸到电动车充电器 手麻了一下 没事', false],
  // A diabetic who skipped a meal, sweating and confused: going low, not hungry.
  ['老婆有糖尿病 没吃晚饭 一身冷汗 说胡话', true],
  ['我有糖尿病 中午没吃饭 有点饿', false],
  // A child gone, in Wuhan and Beijing words; a parcel taken is a lost parcel.
  ['我伢在商场找不到了', true],
  ['我孙女在公园不见了 才四岁', true],
  ['我闺女让人抱走了', true],
  ['快递让人带走了 算丢件吗', false],
  // A partner or a child beaten now; the past or a phone call is not.
  ['楼下那男的正打他老婆呢', true],
  ['隔壁又在打孩子 孩子一直哭叫', true],
  ['他以前经常打老婆 现在离了', false],
  ['正打他电话呢 不接', false],
  // Lips purple from the cold said to ask for heating; a person down or shaking still counts.
  ['冻得嘴唇都紫了 驿站空调能不能开', false],
  ['冻得嘴唇发紫 浑身发抖 话都说不出来了', true],
  ['冻得嘴唇发紫 暖气什么时候来 有个大爷躺地上不动了', true],
  // A customer not answering the door or the phone; someone collapsed who does not answer.
  ['客人喊了半天不答应 外卖放哪', false],
  ['顾客倒在门口 喊了半天不答应', true],
  ['喊了半天不答应 我室友躺床上', true],
  // A safety lesson retold; the same words said of now are an event.
  ['培训时老师讲 有人晕倒要先看呼吸', false],
  ['消防课上讲的 着火了先用湿毛巾捂住口鼻', false],
  ['他在课上突然晕倒了 现在还没醒', true],
  // A fire already out with nobody there is a claim; still burning, or someone burned, is not.
  ['电动车着火了 当时周围没人 火已经扑灭了', false],
  ['电瓶车着火了 旁边没人 火还在烧', true],
  ['电瓶车着火了 已经扑灭了 有人烧伤了', true],
  // A whole limb burned or big blisters; a small blister is not.
  ['厨房油锅翻了 师傅整条胳膊都烫了 起了好大的泡', true],
  ['手指烫了一下 起了个小泡', false],
  // A chemical drunk, said with 把; in English too. Medicine taken as prescribed is not.
  ['小孩把洗衣液喝了', true],
  ['my friend drink pesticide, he vomit', true],
  ['把药吃了 好多了', false],
  // 抽风 of a person by the road; the platform glitching is not.
  ['有个人在路边抽风', true],
  ['平台又抽风了 单子派不出去', false],
  // Wounds on the face; a rip in clothes is not.
  ['狗把小孩咬了 脸上好几个口子', true],
  ['衣服上破了个口子', false],
  // Violence at home with something said between; someone suffocating in a crowd, in English too.
  ['邻居家男人在砸东西打老婆 一直在喊', true],
  ['人群挤压 有人窒息了', true],
  ['crowd pushing, people falling down, kids under', true],
  // Terse calls and typed slips: 触店, 好多学, a bare 血, 压人了; snow is not blood, a question is not an event.
  ['有人触店了', true],
  ['流了好多学', true],
  ['快 三号门 一个人 血', true],
  ['仓库 货 压人了', true],
  ['雪下得好大 路上全是雪', false],
  ['这车压人了吗 问问', false],
  // A drill or a training retold.
  ['消防演练的时候有人晕倒 要怎么抬', false],
  ['我们培训学了 触电要先断电', false],
  // A pack's own phrase (流了好多血) said of a pet is a vet's case.
  ['我家狗被车撞了 流了好多血', false],
  // Regional words: a slide off scaffolding (出溜), turned over onto someone (扣在底下), a child taken
  // (让人给拐了), a crowd treading on people, Cantonese 成身都系血 and 我个仔唔见咗; a deduction is not.
  ['哥们儿从脚手架上出溜下来了 后脑勺磕水泥地上了', true],
  ['三轮儿翻了 人扣在底下', true],
  ['钱扣在下面了', false],
  ['我儿子让人给拐了', true],
  ['地铁口人太多了 踩着人了', true],
  ['佢跌咗落楼梯 成身都系血', true],
  ['我个仔唔见咗', true],
  ['牛仔裤不见了', false],
  // Look-alikes: a thing that fell, a child who cannot find a thing, a slide, a drink, healed "now ok".
  ['my phone fell from 3rd floor, screen broken', false],
  ['my coworker fell from the roof', true],
  ['孩子找不到充电器了', false],
  ['我女儿在商场找不到 急死了', true],
  ['小孩从滑梯上摔下来 哭了一下又去玩了', false],
  ['喝了一整瓶二锅头 有点晕', false],
  ['喝了一整瓶白酒 现在叫不醒', true],
  ['last year I fell from ladder, now ok, can I claim?', false],
  ['cold lips purple, can station open heater?', false],
  // A seizure as a rigid, jerking body; sobbing is not.
  ['他浑身僵硬 一抽一抽的', true],
  ['哭得一抽一抽的 全身发硬', false],
  // A diabetic whose mind slows; a question about diabetes is not.
  ['老人家有糖尿病 现在叫他反应很慢', true],
  ['我糖尿病 想问问医保', false],
  // Blood soaking clothes; a dog's bite at the neck (a mosquito's is not); a terse 倒.
  ['血把裤子都染红了', true],
  ['被流浪狗咬了脖子', true],
  ['蚊子咬了脖子 好痒', false],
  ['外卖员 倒 电梯口 快', true],
  // Broken English: a man hitting her now, "cant breath", shaking on the ground with foam at the mouth.
  ['my wife husband hitting her right now', true],
  ['the guy is hitting the ball', false],
  ['face swelling, throat tight, cant breath', true],
  ['take a breath, no breathing room at the station', false],
  ['he shake on ground, foam mouth', true],
  // Pinyin: a fall from stairs or a ladder, a woman in labour; a lost phone is not.
  ['you ren cong louti shang diao xia lai le', true],
  ['tongshi cong tizi shang shuai xia lai le', true],
  ['you ge yunfu yao sheng le', true],
  ['wo de shouji bu jian le', false],
  // A child found again, a birth ahead or leave for it, lips purple asking to come in and warm up.
  ['孩子不见了 原来在邻居家 虚惊一场', false],
  ['孩子不见了 到现在都没找到', true],
  ['老婆要生了 我请几天假', false],
  ['我老婆下个月要生了', false],
  ['孕妇在路上要生了 快来', true],
  ['冷得嘴唇发紫 站点能不能开门让我们进去暖和下', false],
  // Scalded all over, blood that will not stop said in another clause, flesh torn off; sweat, tears, a meal.
  ['开水壶炸了 烫了一身', true],
  ['热出了一身汗 烧了一身汗', false],
  ['血顺着胳膊往下滴 止不住', true],
  ['哭得止不住', false],
  ['让狗给撕了一块肉下来', true],
  ['撕了一块肉吃', false],
  // Blood as a word, not bleeding: 血拼, 血汗钱.
  ['双十一血拼 买买买 止不住', false],
  ['脑子里全是血汗钱 心疼得止不住', false],
];

describe.each(PACKS)('emergency round 16 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
