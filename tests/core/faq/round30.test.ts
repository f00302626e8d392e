/**
 * Round 30 (dev30 on 岳麓, 余杭, 朝阳, docs/rounds/faq.md): regional forms (剃脑壳, 看毛病, 没开支, 进项, 搭把手); the
 * heat allowance by its everyday names (防暑钱, 高温费); a counsellor to talk things over with (谈心); what to keep
 * ahead of a dispute (要留啥); a sore back or neck with a word between; tuition short; the
 * state's injury scheme as "国家管的伤害险"; a new station asked for; a deduction asked back (the appeal); insurance
 * from home told place first (安徽参的农保); the help request in English at length; a ride-hailing complaint in
 * English. Weather remarks with a greeting are small talk; a lost document to replace, a plate lottery and a
 * sight's hours are beyond the pack. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Regional forms.
  ['hongshan', '哪里可以免费剃脑壳', 'free-haircut'],
  ['tianhe', '哪里可以免费剃个脑壳', 'haircut-free'],
  ['yuelu', '有冇免费剃脑壳的地方', 'lifa-quan'],
  ['yanta', '三个月没开支了 找谁', 'qianxin-zenme-tao'],
  ['jinshui', '站点俩月不开支 咋要', 'qianxin-taoxin'],
  ['yanta', '老家的医保 在西安看毛病能报不', 'kanbing-baoxiao'],
  // The heat allowance by its everyday names.
  ['tianhe', '七八月跑单有冇防暑钱', 'heat-allowance'],
  ['jinshui', '夏天有高温费没', 'gaowen-butie'],
  // A counsellor to talk things over with.
  ['yanta', '想找个老师当面谈谈心', 'xinli-dangmian-zixun'],
  ['tianhe', '想约个老师当面谈心', 'counselling-in-person'],
  // What to keep ahead of a dispute.
  ['chaoyang', '怕以后闹纠纷 平时要留啥', 'weiquan-zhengju'],
  // A sore back or a stiff neck with a word between.
  ['tianhe', '腰一直好酸 脖子也转不过来 有冇理疗', 'back-neck-pain'],
  // Tuition short; help asked as 搭把手.
  ['jinshui', '闺女考上大学 学费差一大截', 'zinv-zhuxue'],
  ['yuhang', '孩子考上大学学费不够 有没有补助', 'study-grant'],
  // A new station asked for.
  ['tianhe', '我哋呢度等单嘅人好多 可唔可以多开一个驿站', 'station-suggest-new'],
  // A deduction asked back is an appeal.
  ['jinshui', '超时扣款能退不', 'fakuan-shensu'],
  ['hongshan', '差评扣款能退么', 'penalty-appeal'],
  // Insurance from home told place first.
  ['yanta', '河南参的农保 在西安看病能报不', 'kanbing-baoxiao'],
  ['yuhang', '江西交的农保 在杭州看病能报伐', 'medical-insurance-away'],
  // English: the help request at length; a ride-hailing complaint.
  ['tianhe', 'what can you do for us riders', 'bot-about'],
  ['jinshui', 'what are you able to do for me', 'jiqiren-nenggan'],
  // Small talk, not a question.
  ['jinshui', '今儿个倍儿热啊 吃了吗', 'none'],
  ['hongshan', '好冷啊 过早了冇', 'none'],
  // Beyond any benefits pack: a lost document to replace, a plate lottery; a sight's hours.
  ['jinshui', '居住证丢了怎么补', 'none'],
  ['yanta', '车牌指标咋摇', 'none'],
  ['yuelu', '岳麓书院几点关门', 'none'],
];

describe('round 30: workers’ words on fresh sets', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
