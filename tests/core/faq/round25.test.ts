/**
 * Round 25 (dev25, docs/rounds/faq.md): entry questions on packs without example questions, in Cantonese and Central
 * Plains words. The insurance taken from the day's first order, heat felt in the body (the sun fierce, about to
 * retch), a report kept from the one it is about, a phone to talk to, wages not paid (木发), a hospital stay (入院),
 * a fine felt as unjust and a place one can afford to sleep meet their entries. The questions are written for
 * these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

/** The project's packs and 天河 (not in the shared list: the report tests run over every pack in it). */
const ALL = { ...PACKS, tianhe: resolve(import.meta.dirname, '../../../packs/tianhe') };
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, or "none" (not sure / small talk)]. */
const CASES: [Pack, string, string][] = [
  // The insurance taken from the day's first order, however the worker counts it.
  ['tianhe', '每日第一单就扣咗我三蚊 系咩保险', 'per-order-insurance'],
  ['jinshui', '头一单就扣俺一块多 这买的啥', 'pingtai-yiwaixian'],
  ['hongshan', '每天头一单就少了两块钱 是么钱', 'daily-accident-premium'],
  // Heat told through the body.
  ['tianhe', '日头好猛 晒到想呕', 'heatstroke'],
  ['jinshui', '中午晒得迷迷糊糊的 还想哕', 'zhongshu-chuli'],
  // A report about the station master, kept from him.
  ['tianhe', '想反映下站长 但唔想佢知道系我', 'bot-report-how'],
  ['yanta', '我想反映站长的问题 又怕他知道是我说的', 'zhushou-niming-baoshi'],
  // A phone to talk to; wages not paid; a hospital stay; a fine felt as unjust; a bed one can afford.
  ['jinshui', '有没有电话能聊聊 心里难受', 'xinli-rexian'],
  ['jinshui', '站长俩月木发工资', 'qianxin-taoxin'],
  ['tianhe', '入院咗一个礼拜 工会有冇得补', 'union-mutual-aid'],
  ['tianhe', '罚咗我二十蚊 好冤', 'fine-appeal'],
  ['tianhe', '租唔起屋 有冇平啲嘅床位', 'rider-apartment'],
  // A hospital stay with its length inside; the other side offering too little; a deposit held back; nowhere
  // to leave the bike; the health certificate by what it is; government flats and a residence card in English.
  ['yanta', '住了半个月医院 工会管报销不', 'yiliao-huzhu'],
  ['yanta', '撞了我 对方只肯给三百 额咋办', 'shigu-peichang-tiaojie'],
  ['chaoyang', '房东不让住了 押的钱也不退', 'fangdong-yajin'],
  ['jinshui', '送到写字楼 车没处搁咋整', 'zhuanyong-tingche'],
  ['jinshui', '送外卖要办那个查身体的证不', 'jiankangzheng'],
  ['jinshui', 'can people from other cities rent the government flats', 'baozhangfang'],
  ['chaoyang', 'where do i apply for a residence card', 'juzhuzheng'],
  // A sum told in the question is not a topic the pack lacks; a like paid for is the task scam whatever it pays.
  ['nanshan', '罚了我三十块 能申诉不', 'penalty-appeal'],
  ['hongshan', '点一个赞就给三块 能做不', 'task-scam'],
  ['tianhe', '一个赞给五毛 做唔做得', 'scam-side-jobs'],
  // A trade one wants to learn; the fake-police call; a bonus for a number of orders; hired without papers;
  // a brush with a taxi and what to do next.
  ['nanshan', '想学电焊 有免费的班吗', 'skills-training'],
  ['yanta', '想学挖掘机 有不要钱的培训不', 'jineng-peixun-butie'],
  ['yanta', '有人来电话说我涉嫌洗钱 让我把钱转到安全账户', 'jia-jingcha-anquanzhanghu'],
  ['yanta', '平台说跑满三百单奖两百 一直没到账', 'chongdan-jiangli'],
  ['yanta', '站长管我考勤 我算不算他雇的人', 'hetong-guanxi'],
  ['tianhe', '啱啱同架车擦咗 人冇事 跟住要做乜', 'injury-after-crash'],
  // A bike to fix by what is wrong with it; a compound in Beijing words; a ruling asked of the authorities.
  ['chaoyang', '电动车刹车不灵了 哪有免费修的', 'bianmin-ri'],
  ['chaoyang', '保安不让我进院儿送餐', 'jin-xiaoqu'],
  ['jinshui', '跟老板闹掰了 想找官方裁决', 'laodong-zhongcai'],
  // The state's injury scheme by its everyday name; the insurance taken on going online; the health certificate
  // as the hygiene one — while the state paying for a certificate stays the skills subsidy.
  ['jinshui', '骑车摔了腿 国家那个保障咋申请', 'zhishang-shenqing'],
  ['jinshui', '一上线就扣我两块 这是啥钱', 'pingtai-yiwaixian'],
  ['jinshui', '没有卫生的证能跑外卖不', 'jiankangzheng'],
  ['chaoyang', '想考个电工证 考下来国家给钱吗', 'jineng-peixun'],
  // A place to warm a meal or rest one's feet near a named place is a station question; a hot meal is the meals
  // entry.
  ['jinshui', '曼哈顿那边哪能热个饭', 'stations'],
  ['tianhe', '猎德村边度可以歇下脚', 'stations'],
  ['jinshui', '中午想吃口热饭 有便宜的吗', 'aixin-can'],
  // Chit-chat about the weather is small talk, not a question for the pack.
  ['chaoyang', '今儿天气真好啊', 'none'],
  ['tianhe', '天气不错哦', 'none'],
];

describe('round 25: entry questions in workers’ words on packs without example questions', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
