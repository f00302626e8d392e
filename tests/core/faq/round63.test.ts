/**
 * Round 63 (stop 44; docs/rounds/faq.md): what round 62 left. The forced rest told as the app's order (系统叫我歇,
 * 在线太久, orders stopped with a rest told) is the fatigue rule, not the ban or a fine; kept off the app for a
 * violation told (说我违规 不让上线, 冇得接单) is the ban. A battery dying in the cold
 * (零下二十几度 电瓶一会儿就没了) asks for the winter-battery entry, not the winter gear whose examples share the
 * temperature; what to wear in the same cold stays the gear. An injury told in the rain, on ice or in a storm with its
 * claim or cover asked gets the injury entry, not the riding-in-that-weather one; how to ride stays riding. The questions are written for these tests, not taken
 * from any eval set.
 */
import { describe } from 'vitest';
import { itAnswers, itOffersFirst, type RoundCase } from './round-cases.js';

const FORCED_REST: RoundCase[] = [
  ['hongshan', '系统不给派单了 叫我歇二十分钟', 'fatigue-limit'],
  ['hongshan', '刚才平台突然不派单了 说要强制休息 这是处罚吗', 'fatigue-limit'],
  ['tianhe', '系统唔派单喇 话我要歇二十分钟', 'fatigue-limit'],
  ['shushan', '跑了一下午 系统叫我歇会 这算违规吗', 'rest-rights'],
  // Orders stopped for days with no rest told is still the ban.
  ['chaoyang', '系统突然不给我派单了 说违规暂停三天', 'zhanghao-fengjin'],
];

const KEPT_OFF_FOR_A_VIOLATION: RoundCase[] = [
  ['longhua', 'app说我违规 不让我上线了', 'account-banned'],
  ['yubei', '平台话我违规 上不了线了', 'account-ban'],
  ['guanshanhu', 'app说我违规 没得接单了', 'account-ban'],
  ['nanshan', '说我违规 不让上线', 'account-ban-appeal'],
];

describe('round 63: kept off the app for a violation told', () => {
  itAnswers(KEPT_OFF_FOR_A_VIOLATION);
});

describe("round 63: the forced rest, told as the app's order", () => {
  itAnswers(FORCED_REST);
});

const BATTERY_IN_THE_COLD: RoundCase[] = [
  ['tianshan', '外头零下二十几度 电瓶一会儿就掉没了', 'battery-winter-range'],
  ['hunnan', '天冷 电瓶撑不到中午就没电了', 'battery-winter'],
  ['nangang', '零下二十多度电瓶一会儿就没了咋整', 'battery-cold'],
  // What to wear in the same cold is still the gear.
  ['hunnan', '零下二十多度 手冻得不行 穿啥好', 'winter-gear'],
];

const BATTERY_IN_THE_COLD_OFFERED: RoundCase[] = [
  ['tianshan', '零下二十多度 电瓶撑不到中午', 'battery-winter-range'],
];

describe('round 63: a battery dying in the cold', () => {
  itAnswers(BATTERY_IN_THE_COLD);
  itOffersFirst(BATTERY_IN_THE_COLD_OFFERED);
});

const AFTER_A_FALL: RoundCase[] = [
  ['yubei', '下雨天山路上摔了 膝盖缝了几针 后面要准备啥子材料找平台赔', 'injury-claim-steps'],
  ['hunnan', '路面结冰摔了一跤 手腕骨裂了 接下来咋报销', 'injury-claim'],
  ['tianshan', '冰雪路面上摔了 胳膊骨折 要准备啥材料报销', 'injury-claim'],
  ['xiaodian', '雷雨天骑车摔了 缝了五针 医药费咋报', 'injury-claim'],
  // How to ride in that weather is still the riding entry.
  ['hunnan', '路面结冰 咋骑才不摔', 'icy-road-riding'],
  ['wuhua', '雨季路滑 咋骑才不摔', 'rainy-season-riding'],
];

describe('round 63: a fall in bad weather, its claim asked', () => {
  itAnswers(AFTER_A_FALL);
});
