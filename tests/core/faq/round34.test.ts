/**
 * Round 34 (dev33 on 天河, 岳麓, 余杭, docs/rounds/faq.md): Cantonese 验身 and 唔见咗, 头单 for the day's first order, 不收钱,
 * 学一门手艺, a fine that was not the worker's fault, being treated as an employee, 告一状, songs and ball games, a temper,
 * moving into management, treatment away from one's insured home, a customer who curses, money one cannot raise;
 * English with no employer, what joining brings, a typhoon's extra pay; pinyin with ü typed u (lushi). Where the
 * worker comes from: going home (不回四川家里) and a child brought here to study. A relative who tells (我老婆说我…) is
 * not who the question is for. 休息 as a day off asks for no rest station. Refusals: another city in English (Ningbo,
 * Dongguan), a lost card in Cantonese, singing asked of the bot. The questions are written for these tests, not taken
 * from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Cantonese: a health check (验身); a fine that was not the worker's fault, the money asked back.
  ['tianhe', '验身喺边度做', 'free-health-check'],
  ['tianhe', '畀平台罚咗钱 明明唔关我事 点拎返', 'fine-appeal'],
  ['yuhang', '被平台罚了二十块 明明不关我事 咋申诉', 'fine-appeal'],
  // The day's first order (头单); a trade to learn for free (学一门手艺, 不收钱).
  ['nanshan', '头单就扣了两块 是啥钱', 'platform-accident-insurance'],
  ['nanshan', '想学一门手艺 有没有不收钱的班', 'skills-training'],
  ['chaoyang', '想学一门手艺 有没有不收钱的班', 'jineng-peixun'],
  // Treated as an employee; complaining about the station master without being known.
  ['yuelu', '出了事能不能按员工对待', 'laodong-guanxi'],
  ['yanta', '想告站长一状 又怕他知道是我', 'zhushou-niming-baoshi'],
  // Songs and ball games; a temper that a relative points out; moving into management.
  ['yuelu', '收了工想唱唱歌打下篮球 有冇得活动', 'huodong-jianya'],
  ['tianhe', '我老婆说我最近脾气好大 想揾个懂心理的人倾下', 'counselling-in-person'],
  ['yuelu', '我妈讲我脾气好大 想找心理咨询师聊聊 要钱不', 'xinli-mianduimian'],
  ['hongshan', '跑了两年了 想往管理那边走 有路子不', 'station-master-path'],
  // Treatment away from one's insured home; a customer who curses; money one cannot raise.
  ['yuhang', '户籍地的医保 在外地看病能直接结算吗', 'medical-insurance-away'],
  ['yuhang', '刚被客人骂了一顿 气得手都在抖', 'after-a-bad-customer'],
  ['yuhang', '孩子考上大学了 学费实在凑不出来 工会能帮不', 'study-grant'],
  // English: no employer and paying one's own; a typhoon's extra pay. Pinyin with ü typed u.
  ['nanshan', 'I deliver food with no employer, can I pay my own social insurance?', 'pension-flexible'],
  ['yuhang', 'Is there extra pay for riding in a typhoon?', 'bad-weather-pay'],
  ['nanshan', 'you mianfei lushi ma', 'legal-aid'],
  ['yangpu', 'mianfei lushi zai nali', 'legal-aid'],
  // Where the worker comes from: going home, and a child brought here to study.
  ['yuelu', '过年不回四川家里了 就在这边跑 有没有年货', 'jieri-weiwen'],
  ['hongshan', '过年不回四川家里了 就在这边跑 有没有慰问', 'festival-gifts'],
  ['yuhang', '娃在河南老家读二年级 想接到良渚来读公办 要啥条件', 'kids-school-places'],
  // 休息 as a day off: the scenic spot's tickets, not the stations near it…
  ['yuhang', '我休息想带孩子去良渚古城遗址公园转转 买票能便宜不', 'scenic-spots'],
  // …while a rest asked for still lists stations.
  ['yangpu', '休息的时候哪里能充电', 'stations'],
  ['yuhang', '休息的时候哪里能充电', 'stations'],
  // Refusals: another city in English, a lost card in Cantonese, singing asked of the bot.
  ['yanta', 'I work in Ningbo, is there free legal aid?', 'none'],
  ['nanshan', 'I am in Dongguan now, can I still get the haircut voucher?', 'none'],
  ['tianhe', '医保卡唔见咗 点补办', 'none'],
  ['jinshui', '你会唱歌不', 'none'],
  ['yuhang', '你会唱歌伐', 'none'],
  // Look-alikes kept: a relative asked for, and a hometown's school with nothing said of here.
  ['yuhang', '我妈也想体检 能去吗', 'none'],
  ['yangpu', '河南老家的孩子上小学要准备啥', 'none'],
];

describe('round 34: workers’ words on fresh sets', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
