/**
 * Emergency round 18: the causes behind the misses and false alarms on fresh wordings in four packs
 * (evals/own/emergency-dev11-*) — Shanghainese and Cantonese speech, someone shut in who neither comes out
 * nor answers, people held against their will, a person pinned under a fallen thing, one eye or one side
 * gone blind, a crowd on one person, belly pain that curls someone up, fumes in a cab, pills and "no wake"
 * in broken English, the morning after, a first-aid class, and a battery feared to catch fire. Checked on
 * variants (not the eval lines) through every pack. Built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = TUNEABLE_PACK_DIRS;

const ROWS: [string, boolean][] = [
  // Shanghainese 拨 (被), 辣 (在), 勿 (不), 伊 (他); 请勿 and 拨打 stay what they are.
  ['阿拉爷叔拨电瓶车撞了 倒辣地上勿动了', true],
  ['伊拨车子压辣下头 脚抽勿出来', true],
  ['请勿靠近 地上有油', false],
  ['拨打客服电话没人接 打了好几次', false],
  // Cantonese 讲嘢讲唔清 (cannot speak clearly).
  ['佢淋到成身湿晒 一直发抖 讲嘢讲唔清', true],
  ['个客讲嘢好大声 好凶', false],
  // Shut in, and inside neither coming out nor answering; a door shut on a parcel or the keys is not.
  ['仓库的门从外头锁上了 小王还在里头 一点动静都没有', true],
  ['冷柜门关上了 老周进去十来分钟了没出来 敲也没人应', true],
  ['门关上了 快递放里面了', false],
  ['门锁上了 钥匙在里面 进不去', false],
  ['小王进去拿货半天没出来 又偷懒了', false],
  // Held against one's will (the 在 dropped, 不给走, 甭想走); a telling-off in an office, or overtime, is not.
  ['工头把我们锁工棚里 不给走 手机也收了', true],
  ['他们把我关仓库 说不还钱甭想走', true],
  ['老板把我关在办公室骂了一个钟头', false],
  ['站长说今天不准走 要加班', false],
  // Pinned under a fallen thing, the thing named between (人压树底下); goods under goods are not.
  ['广告牌砸下来 一个老人压牌子底下了', true],
  ['几箱货压在最下面 拿不出来', false],
  // One eye or one side gone blind; a mirror or a camera that does not show the right side is not.
  ['右眼什么都看不到了 头疼得厉害', true],
  ['左边完全看不见了 骑不了车', true],
  ['右边后视镜看不到 要换一个', false],
  ['这个摄像头右边看不到', false],
  // A crowd on one person; a card game or phone calls are not.
  ['一群人把一个骑手按在地上踹', true],
  ['好几个人围着他揍', true],
  ['好几个人在打牌', false],
  ['一帮人打他电话都不接', false],
  // Belly pain that curls someone up, sweating, unable to answer; a little pain is not.
  ['肚子疼得蜷成一团 满头大汗 问他话也答不上来', true],
  ['肚子有点疼 满头汗是跑的', false],
  ['顾客问我地址 我答不上来', false],
  // Fumes: asleep in a cab with the heater or the engine running, then headache or not waking.
  ['货车里开着暖风睡了一宿 起来头疼恶心', true],
  ['my dad not waking up, we slept in the car with heater on', true],
  ['车里暖风坏了 冻得不行', false],
  // Broken English: pills by the handful, "no wake"; a wife who did not wake the writer is not.
  ['my buddy took too many pills with beer, he no wake up', true],
  ['my wife did not wake me up so I was late', false],
  // A fire feared is not a fire; one burning is.
  ['the phone battery is puffy, afraid it might catch fire, where to recycle', false],
  ['worried the power bank will explode, can I bring it on the bus', false],
  ['the charger is on fire in the hallway', true],
  // The morning after: last night's cause, this morning's state; last night's drink or a past crash is not.
  ['昨晚他在宿舍烧炭 今早叫不醒', true],
  ['昨天晚上睡在车里 早上怎么喊都没反应', true],
  ['昨晚喝多了 早上起来头疼', false],
  ['上周五早上被车撞了 骨折了', false],
  // A first-aid class; doing it on someone now is not a class.
  ['站里组织学心肺复苏 下次什么时候', false],
  ['下周教大家怎么救溺水的人', false],
  ['他没呼吸了 我在给他做心肺复苏 快来人', true],
  // Then, on more wordings of the same dangers: inside for long and silent, locked in, Cantonese 喺…入面;
  // magnets swallowed; about to jump from a roof; hanging in English; a past fire whose "now" is a new rule.
  ['厕所门反锁着 老刘在里面半个多小时了 敲门不应', true],
  ['冷库里面零下二十度 门坏了打不开 人还在里面', true],
  ['佢喺冻房入面成个钟冇出嚟 拍门都冇人应', true],
  ['站里的冷库门老是关不上 能修一下吗', false],
  ['上厕所的时候门锁坏了 出不来 后来保安开了', false],
  ['孩子把吸铁石吞下去了 好几颗', true],
  ['对面楼顶有个人站在边上 好像要跳', true],
  ['楼顶上风景好 大家想跳舞', false],
  ['someone hanging in the stairwell, we need help now', true],
  ['上个月宿舍电瓶车着火 还好没人伤着 现在房东不让充电了', false],
  ['手机电池鼓包了 会不会爆炸啊', false],
  ['我家猫把一颗纽扣电池吞了 去宠物医院了', false],
  // Over the railing of a bridge; locked in by a boss in English; Shanghainese 地浪 (地上); a long day's legs.
  ['天橋上有個人翻過欄杆了', true],
  ['有人翻过护栏横穿马路 差点被撞', false],
  ['boss lock us in factory, take our phone, dont let go', true],
  ['伊拉老婆肚皮痛得来 倒辣地浪 额角头汗老多', true],
  ['跑了一天腿都断了 累死', false],
  ['被车撞了 腿都断了 动不了', true],
  // Behind a door: a customer who does not open, a roommate asleep, said so, are not someone collapsed inside.
  ['顾客明明在里面半天不开门 敲门也没人应', false],
  ['宿舍门反锁了 室友在里面睡觉 敲门没反应 我进不去', false],
  ['宿舍门反锁了 室友在里面 敲门一直没反应 打电话也不接 平时不这样', true],
  ['他在车里睡觉 敲车窗没反应 叫不醒', true],
  // An accent is not a stroke; a car boot is a vehicle to be locked in; a detergent pod bitten open is swallowed.
  ['说话说不清楚是方言问题吗', false],
  ['我被人锁在车后备箱里了 救命', true],
  ['小孩把洗衣凝珠咬破了 满嘴都是', true],
  // Broken English: shut in and silent, down and not moving, a battery eaten, cold and shaking; the order that
  // "kills" the writer is not a threat.
  ['my friend lock inside toilet long time, knock no answer', true],
  ['a man lying on road not move, blood from mouth', true],
  ['kid eat battery, what to do now', true],
  ['old lady fall down stairs, not wake', true],
  ['too cold, the rider shaking and cannot talk, lying on snow', true],
  ['this order kill me, so far', false],
  ['my phone almost die, battery 2%, help', false],
  // Cantonese 畀…卷咗入去 拎唔出嚟; Shanghainese 讲勿出闲话 半边面孔; Xi'an 涝池.
  ['手畀机器卷咗入去 拎唔出嚟', true],
  ['畀钱先 唔该', false],
  ['阿拉娘舅突然讲勿出闲话 半边面孔木脱了', true],
  ['娃掉到涝池里咧 没上来', true],
  // Beijing 心梗了都 after a fine; a how-to asked ahead (防患一下).
  ['哥们儿今儿被罚惨了 心梗了都', false],
  ['啥人晓得 电瓶车充电着火咋处理 防患一下', false],
  // Days behind a door and a smell; a burn that took the skin off; an app that will not wake, or oversleeping, is not.
  ['my roommate not answer the door 2 days, bad smell', true],
  ['楼上老人好几天没开门了 门口有股臭味', true],
  ['小孩被热水烫了 皮都起泡掉了一大片', true],
  ['the app keeps crashing and I can’t wake it up', false],
  ["I can't wake my dad up, he is cold", true],
  ['昨晚加班到两点 早上起不来 迟到了被扣钱', false],
  // Typed in pinyin: shut in a cold store, down in a toilet, a battery swallowed; a bike struck by lightning is a thing.
  ['you ren bei suo zai leng ku li', true],
  ['lao wang dao zai ce suo li jiao bu xing', true],
  ['xiao hai tun le dian chi', true],
  ['wo de dian dong che mei dian le', false],
  ['电动车被雷劈坏了 充不了电', false],
  // Questions workers ask that read like danger: a flat tyre, blood drawn at a check-up, a maternity allowance, fingers
  // numb with cold, where to learn first aid, a claim for a past fall; a body shaking with cold stays one.
  ['驿站能借打气筒吗 轮胎没气了', false],
  ['What time do they draw blood at the free health check?', false],
  ['媳妇要生了，有生育津贴能领吗', false],
  ['腊月里骑车手指头都没知觉了，回屋拿热水泡行不', false],
  ['冬天手指头冻得发紫咋整', false],
  ['人倒地不喘气了该怎么按胸口，想学学，哪儿有课', false],
  ['送单摔骨折了 职业伤害待遇怎么申请', false],
  ['泡了一晚上雨水 浑身发抖停不下来 手脚都没知觉了', true],
  ['他躺在地上不喘气了 我在按胸口', true],
  // Held: no food, no calls, papers kept; shut inside and the door will not open. Washing hung out of a window, or a
  // car struck by lightning, is not a person.
  ['老板把我们锁在仓库里 不给饭吃 不让打电话', true],
  ['中介扣了身份证 把我们关在一间屋子里', true],
  ['冷库门打不开了 我被关在里面 好冷', true],
  ['我被关在门外了 等室友回来', false],
  ['楼下有人在晒被子 挂在窗户外面', false],
  ['楼下有个人挂在窗户外面 手快抓不住了', true],
  ['车被雷劈了一下 熄火了', false],
  ['一个骑手被雷击中 倒在路边 身上冒烟', true],
  // A threat said as a joke, a dream, venting at the platform; locked in a cold room and a load fallen on someone, in
  // English.
  ['customer said "I\'ll kill you" as a joke, we laughed', false],
  ['晚上做梦梦到被车撞了 吓醒了', false],
  ['平台又改规则了 真想死', false],
  ["I'm locked in the cold room, the door won't open, I'm freezing", true],
  ["I'm locked out of the station, who has the key", false],
  ["the forklift fell on his legs, he's screaming", true],
  // A limb caught by a machine, a forklift into a person, someone buried by what fell, current in water with a child in
  // it; a door pinching a hand, or the kind of man who carries a pipe, is not.
  ['他胳膊被传送带卷住了 人被拖着走', true],
  ['叉车叉到人了 腿上一个大洞', true],
  ['货架倒下来把人埋了', true],
  ['积水里的充电桩漏电 一只狗被电死了 旁边还有个小孩在水里', true],
  ['手被门夹了一下 有点红', false],
  ['那个司机开车很猛 拿钢管的那种人', false],
  // Nobody home behind a door; a roof full of people watching fireworks.
  ['里面半天没声音 估计没人在家 餐放门口了', false],
  ['天台上好多人 在看烟花', false],
  // English: a threat for next time, smoke from a cigarette, a faint last year and fine now; someone under a truck.
  ['he said he would beat me next time', false],
  ['the station smells like smoke, someone was smoking', false],
  ["he fainted once last year, now he's fine", false],
  ['a rider got hit and is lying under the truck', true],
  ['the storage room is full of smoke and two workers are inside', true],
];

describe.each(PACKS)('emergency round 18 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
