/**
 * Emergency round 43 (docs/reports.md, "Emergency round 43"): the kinds of danger behind the misses and false alarms on
 * fresh wordings (evals/own/emergency-dev43-*) — bleeding from the stomach (stools black like tar, blood vomited by the
 * mouthful), a fever with a stiff neck and spots or drowsiness, deep frostbite, breaths coming long apart, foam at the
 * mouth, great gasps from someone down, the legs without feeling after a blow, thirst and pallor after a vehicle, someone
 * hanging outside high up, carried off by the waves or going under, clothes torn at by an attacker, a lightning strike,
 * allergens such as sesame and insect pupae with the voice or the eyes going. Calm: a tooth's or the gums' few drops of
 * blood, a payslip's "cardiac arrest", a drama watched, 雷打不动, snoring, breathlessness after a run, a frostbite long
 * healed. Checked on variants (not the eval lines) through every tuned pack; built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // Bleeding from the stomach: stools black like tar or vomit like coffee grounds with the body faint; blood by the mouthful.
  ['我师傅这两天拉的大便都是黑的 像柏油一样 刚才起身头一晕差点栽倒', true],
  ['同事剛剛吐出來一大灘咖啡色的東西 臉色好白 站不太穩', true],
  ["his poo is black like tar and now he's dizzy and pale", true],
  ['他吐了好几口血 现在脸色发白', true],
  // A fever, the neck gone stiff, and spots or drowsiness.
  ['孩子高烧不退 脖子僵得转不动 身上起了一片红斑点', true],
  ['室友發燒到39度 脖子好硬 一直想睡', true],
  ["my roommate has a high fever and a stiff neck, and there's a purple rash on his legs", true],
  // Deep frostbite: fingers or toes black, hard, numb or blistered.
  ['零下三十度在外头等了一晚上 脚趾头发黑了 硬了 没知觉', true],
  ['凍了一整夜 手指頭變黑 起了血泡', true],
  ["been out in the freezing cold all night, two of my toes have turned black and I can't feel them", true],
  // Breaths long apart; foam at the mouth; great gasps from someone down.
  ['他喝醉了躺在沙发上 好半天才吸一口气', true],
  ['师傅坐在地上 嘴角一直往外流白沫', true],
  ['仓库里那个气体漏了 一个工人倒在门口 大口大口地喘', true],
  ["he's lying by the door gulping for air and his face has gone grey", true],
  // The legs without feeling after a blow; thirst and pallor after a vehicle.
  ['被电动车撞倒了 现在下半身一点知觉都没有', true],
  ['從梯子上摔下來 兩條腿都沒有感覺了', true],
  ["a van hit him, he says he can't feel anything below his waist", true],
  ['被货车挂倒拖了一段 人醒着 一直喊口渴 脸色煞白', true],
  ["got hit by a bus, he's awake but keeps asking for water and he's very pale", true],
  // Someone hanging outside high up; carried off by the waves; going under.
  ['外墙清洗的工人安全绳断了 人悬在十几楼半空', true],
  ["a window cleaner's rope snapped and he's dangling outside the 12th floor", true],
  ["my friend got pulled out by the current at the beach, he's drifting further out", true],
  ['池塘里有个小孩在扑腾 一会儿就沉下去了', true],
  ["there's a man in the river and he keeps going under", true],
  // Clothes torn at by an attacker; a lightning strike.
  ['有个男的把一个女孩摁在地上扒她衣服', true],
  ['a guy has her pinned against the wall and is ripping her clothes', true],
  ['刚才打雷 一个骑手给雷打中了 现在说不出话', true],
  // An allergen eaten, and the voice or the eyes going.
  ['吃了一口芝麻糊 喉咙像被堵住了 说话声音都哑了', true],
  ['吃了蠶蛹之後 眼睛腫到睜不開 全身起疹子', true],
  ['he ate a sesame bun and now his voice sounds hoarse and his eyes are swelling shut', true],
  // Calm: gums, a figure of a payslip, a drama, an idiom, snoring, a run, frostbite healed, a bowel question.
  ['牙龈出血 刷牙的时候有点血丝', false],
  ['看到工资条我直接窒息了', false],
  ['这个月罚款罚得我心脏骤停', false],
  ['追剧看到有人被浪卷走了 吓死我了', false],
  ['雷打不动 每天跑十二个小时', false],
  ['喝多了 呼噜打得震天响 室友嫌吵', false],
  ['跑完步大口大口喘气 累死了', false],
  ['吊在半空的广告牌看着要掉 谁来管管', false],
  [
    "last winter my toes went black from frostbite, they're healed now, can the union help with the bills?",
    false,
  ],
  ['最近吃了猪血 拉的大便有点黑 正常吗', false],
  ['上周在海边被浪打了一下 呛了几口水 现在没事了', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 43 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

/** Typed in pinyin: blood by the mouthful, a fever with a stiff neck and someone going under are heard; a fine is a fine. */
const PINYIN: [string, boolean][] = [
  ['ta tu le yi da kou xue, lian se hen bai', true],
  ['haizi kaishi fashao, bozi ying de di bu xia tou, yizhi xiang shui', true],
  ['shuiku li you ge ren youyong choujin le, zai wang xia chen', true],
  ['kou le wo sanbai kuai, fa de wo yao tu xue', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 43 in pinyin through %s', (dir) => {
  it.each(PINYIN)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
