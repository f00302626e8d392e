/**
 * Emergency round 17: the causes behind the misses and false alarms on fresh wordings in four packs
 * (evals/own/emergency-dev10-*) — someone followed now, a chemical in the eyes, a child into a pond or a
 * tub, a goodbye from a roof or in a video, a chest pressed "like an elephant", a thumb crushed off,
 * regional 俺/额 for 我 — and the hyperbole workers use every day (饿晕了, 跑断腿); then 雁塔's dev-set
 * look-alikes and the round's other concepts in other words. Checked on variants (not the eval lines)
 * through every pack. Built-in knowledge only.
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
  // A barrier half down on the road is a hazard; a rider who "got shocked" and lies there is an emergency; a threat
  // to come and block the door later is urgent, a rider surrounded and pushed about now is an emergency.
  ['路口的围挡一半倒在马路上 车都绕着走', false],
  ['a rider got shocked by a loose wire and is on the ground', true],
  ['顾客说明天要来站点门口堵我', false],
  ['几个人把骑手围住了 在推他', true],
  // The round's concepts in other words (after the fixes): water and wells, a rider thrown, stroke signs, a chest
  // pressed, asthma, heat told by its effects, cold, charcoal and gas heaters, fire with people in, a knife now,
  // followed and hiding, self-harm told indirectly, choking, a baby not breathing, bone showing, chemicals in the
  // eyes, fingers off, stings and snakes, a lift with someone fainted; pinyin, dialect, zh-TW.
  ['有人掉进窨井里了 喊他不答应', true],
  ['一个小孩掉井里了', true],
  ['俺兄弟掉河里了 冲走了', true],
  ['my coworker fell into the river and he cant swim', true],
  ['someone fell in the pond and is not coming up', true],
  ['骑电动车的大姐被小车撞得飞出去 趴在地上起不来', true],
  ['rider hit by car, flew off, cant get up', true],
  ['他嘴歪了 说话也说不清楚', true],
  ['额爸说话突然不清楚 一边胳膊没劲', true],
  ['老师傅左边身子没劲 嘴也歪了', true],
  ['心口像压了块大石头 喘不上来', true],
  ['胸口压得慌 喘不上气 一身冷汗', true],
  ['心口憋得慌 喘不过来', true],
  ['哮喘犯了 喘不上来 药没带', true],
  ['he is having an asthma attack and has no inhaler', true],
  ['哮喘发作了 说不出话', true],
  ['他不出汗了 浑身发烫 说胡话', true],
  ['人晒得说胡话 身上滚烫 抽筋', true],
  ['工友浑身发烫 开始说胡话了', true],
  ['冻僵了 叫不醒', true],
  ['桥洞底下有个人冻得叫不醒', true],
  ['屋里烧炭取暖 头疼想吐', true],
  ['宿舍用炭火盆取暖 几个人头晕想吐', true],
  ['开着煤气取暖器睡觉 早上头疼得厉害 想吐', true],
  ['楼里着火了 里面还有人', true],
  ['仓库着火了 有人没跑出来', true],
  ['有人拿刀抢劫 就在我面前', true],
  ['有人拿刀顶着我 让我把钱给他', true],
  ['一个男的一直跟着我 我现在躲在便利店', true],
  ['他说不想活了', true],
  ['站在天台边上不肯下来', true],
  ['写好遗书了 人联系不上', true],
  ['吞了一把药', true],
  ['他吞了一大把安眠药', true],
  ['吃东西卡住了 喘不上气 脸憋红', true],
  ['孩子被糖卡住了 脸憋得发紫', true],
  ['小孩吃葡萄噎住了', true],
  ['宝宝不喘气了', true],
  ['婴儿没呼吸了 脸发紫', true],
  ['腿骨头露出来了', true],
  ['骨头都戳出来了', true],
  ['手上骨头都露出来了', true],
  ['消毒水溅到眼睛里了', true],
  ['手指头被切掉了', true],
  ['手指被机器绞掉了一截', true],
  ['被一群马蜂蛰了 脸肿了 喘不上气', true],
  ['被蛇咬了 腿肿了', true],
  ['被毒蛇咬了', true],
  ['电梯卡住了 里面有人晕倒了', true],
  ['困在电梯里 有个老人晕过去了', true],
  ['我同事被马蜂蜇了十几下 头晕', true],
  ['wo tongshi diao he li le', true],
  ['jiuming you ren bei che zhuang fei le', true],
  ['俺娘说话不中了 嘴歪了', true],
  ['么样搞 我屋里老头子嘴歪了 话都讲不清', true],
  ['額同事掉進水溝裡了 爬不上來', true],
  ['他被車撞飛 躺地上起不來', true],
  // Their look-alikes: the past, a drill, a what-if, a film, a pet, mild symptoms, a phone or a lift stuck with
  // nobody in it, and the hyperbole of the trade (要命了这单, 跑到腿断, 订单炸了, 烧钱, 冻死了).
  ['去年掉进河里 被人救上来了 现在好了', false],
  ['消防演练 假装有人被困在楼里', false],
  ['如果有人掉进河里 应该怎么救', false],
  ['电影里有人被困电梯', false],
  ['我家狗掉河里了 捞上来了', false],
  ['有点喘 爬楼爬的', false],
  ['嗓子有点卡 咳一下就好了', false],
  ['这单要命了 超时了', false],
  ['热死了 快中暑了', false],
  ['饿死了 还没吃饭', false],
  ['差评杀手又出现了', false],
  ['跑单跑到腿断 也就这点钱', false],
  ['被平台坑死了 这个月白干', false],
  ['订单炸了 根本跑不过来', false],
  ['这天能把人烤熟 站里开空调没', false],
  ['心态崩了 今天被扣了三单', false],
  ['烧钱 电瓶又换了', false],
  ['手机卡住了 动不了', false],
  ['电梯卡住了 里面没人 物业来修了', false],
  ['冻死了 站里暖气开没', false],
  ['烧烤摊烟太大 呛死了', false],
  ['游戏里被人一刀砍死了', false],
];

describe.each(PACKS)('emergency round 17 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
