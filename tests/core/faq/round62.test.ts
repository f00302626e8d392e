/**
 * Round 62 (stop 43; docs/rounds/faq.md): situations told by what happened. An account stopped told by what the app
 * stopped doing (不给派单, 不让我接单, 一单都派不过来, 暂停三天) is the ban, and an account told abnormal (账户异常,
 * 说我异常 — a scammer's line too) with orders no longer coming is the ban as well; a caller telling the account is
 * abnormal and asking for money is still the scam. An injury told and the platform's duty asked in other forms
 * (平台那边能不能管, 平台能管吗) asks whether one is covered. A machine asked for with blood pressure or sugar
 * (驿站有机器没) is the self-service health corner, not the bot (机器人). The questions are written for these tests, not taken from any
 * eval set.
 */
import { describe } from 'vitest';
import { itAnswers, type RoundCase } from './round-cases.js';

const ACCOUNT_STOPPED: RoundCase[] = [
  ['longhua', '系统突然不给我派单了 说违规暂停三天', 'account-banned'],
  ['honggutan', 'app一直不让我接单 显示账户异常', 'account-banned'],
  ['yubei', '被平台暂停五天 不让接单 怎么申诉', 'account-ban'],
  ['tianshan', '一大早app就不让我接单 说我异常', 'account-blocked'],
  ['nanshan', '一大早app就不让我接单 说我异常', 'account-ban-appeal'],
  ['guanshanhu', '从昨天起一单都派不过来 是不是把我限了', 'account-ban'],
  // A caller's 账户异常 with money asked is the scam, as before.
  ['nangang', '有人打电话说我账户异常 让我转账到安全账户', 'anti-fraud'],
];

const PLATFORM_DUTY: RoundCase[] = [
  ['longhua', '送餐路上摔了一跤 手骨裂了 平台那边能不能管', 'occupational-injury-cover'],
  ['xiaodian', '跑单让车撞了 腿肿了 平台能管吗', 'injury-cover'],
  ['honggutan', '送单被电动车撞了 手擦伤了 平台能不能管', 'injury-protection'],
  // 能不能管 alone asks whoever is named: the street office, not the injury cover.
  ['nangang', '小区保安不让进 街道能不能管', 'compound-access'],
];

const MACHINE: RoundCase[] = [
  ['yubei', '想量个血压 哪里有机器', 'health-corner'],
  ['chengguan', '想量个血压 驿站有机器没', 'health-corner'],
  // A pack without a health corner: the free-services day that takes blood pressure.
  ['chaoyang', '量血压的机器哪儿有', 'bianmin-ri'],
];

describe('round 62: an account stopped, told by what happened', () => {
  itAnswers(ACCOUNT_STOPPED);
});

describe("round 62: an injury told, the platform's duty asked", () => {
  itAnswers(PLATFORM_DUTY);
});

describe('round 62: a machine to take blood pressure', () => {
  itAnswers(MACHINE);
});
