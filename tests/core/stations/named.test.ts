/**
 * A station named by part of its name, in either script or in pinyin, and "X驿站几点开门 / 开着吗 /
 * 有热水吗" answered with that station first (its hours and services), not a list of the nearest.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createAsker, type Asker } from '../../../src/core/faq/ask.js';
import type { Answer } from '../../../src/core/faq/answer.js';
import { askerOn, FAQ_PACKS, PACKS, labels } from '../../helpers/askers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let asker: Asker;
let v2: Asker;
const now = new Date('2026-12-02T10:00:00+08:00');

beforeAll(async () => {
  asker = await askerOn(PACKS.yangpu);
  v2 = createAsker(await loadContentPack(path.join(root, 'tests/fixtures/packs/v2-format')), labels);
});

const first = (a: Answer) => (a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind);
const ask = (q: string, on = asker) => on.ask(q, { now, timeZone: 'Asia/Shanghai' });

describe('named stations', () => {
  it.each([
    ['合生汇驿站几点开门', 'warm-hesheng-hui'],
    ['合生匯那個驛站開著嗎', 'warm-hesheng-hui'],
    ['定海路那个驿站有厕所没', 'warm-dinghai-logistics'],
    ['建行控江路那个接力站有热水吗', 'relay-ccb-kongjiang'],
    ['大连路中行礼拜六开吗', 'relay-boc-dalian-road'],
    // The name part-way stripped, and asked "where is it" (not "what is near it").
    ['大桥街道那个驿站在哪', 'warm-daqiao-community'],
    // A place and a station's alias in one name: the station.
    ['新江湾城农行那个站在哪里', 'relay-abc-xinjiangwan'],
    // An English alias without its generic last word (Wanda Plaza), a weekday in English.
    ['wanda station open on sunday?', 'warm-wanda-wujiaochang'],
    // The name without the job word before its kind (长阳创谷骑手党群服务站).
    ['创谷那个驿站开到几点', 'service-changyang-valley'],
    // An exact name (创智天地) before a station with it in a longer alias (创智天地旁).
    ['创智天地那个驿站几点开门', 'service-kic'],
  ])('%s → %s first', (q, id) => {
    expect(first(ask(q))).toBe(id);
  });

  it('the named station comes first even when it lacks the service asked for', () => {
    const a = ask('测试路暖心驿站有储物柜吗', v2);
    expect(first(a)).toBe('test-warm-1');
    const b = ask('样板路那个接力站有储物柜吗', v2);
    expect(first(b)).toBe('test-relay-1');
  });

  // What the reply is about: one station's card ("「前海司机之家」：…") or the stations nearest to a place.
  it.each([
    ['nanshan', 'when does the qianhai station open', '前海驿站几点开门'],
    ['nanshan', 'haiancheng station opening hours', '海岸城驿站几点开门'],
    // Several stations of 五角场: the stations nearest to it, in English as in Chinese.
    ['yangpu', 'when does the wujiaochang station open', '五角场驿站几点开门'],
  ] as const)('%s: a place in pinyin before "station" (%s) names what %s names', async (pack, en, zh) => {
    const on = await askerOn(PACKS[pack]);
    const about = (a: Answer) => (a.kind === 'stations' ? a.query.anchor : undefined);
    expect(about(ask(en, on))).toBeDefined();
    expect(about(ask(en, on))).toEqual(about(ask(zh, on)));
  });

  // A place typed as one of its aliases (翠湖边 for 翠湖), or "that station near X": the station named after X.
  it.each(['翠湖边上那个驿站几点关门', '翠湖附近那个驿站几点关门'])('wuhua: %s → that station', async (q) => {
    const a = ask(q, await askerOn(FAQ_PACKS.wuhua));
    expect(a.kind === 'stations' && a.named).toBe('rider-home-cuihu');
  });

  it('"near X" without "that station" still lists the stations around it', async () => {
    const a = ask('翠湖附近有驿站吗', await askerOn(FAQ_PACKS.wuhua));
    expect(a.kind === 'stations' && a.named).toBeFalsy();
  });

  it('"near X" still lists the stations around it', () => {
    const a = ask('大连路附近能上网的驿站');
    expect(a.kind).toBe('stations');
    expect(first(a)).not.toBe('relay-boc-dalian-road');
  });

  it('a named station asked about something the FAQ cannot place gets that station, not a refusal', () => {
    expect(first(ask('创智天地骑手党群服务站能借个打气筒吗'))).toBe('service-kic');
  });

  it('a service no station offers is answered by the FAQ when it is sure', () => {
    const a = ask('开货车的 晚上在哪能洗个澡睡一觉');
    expect(a.kind === 'faq' && a.hit.entry.id).toBe('driver-rest-home');
  });

  it('answers an entry that has no example questions from its title and answer', () => {
    const a = ask('法律援助电话多少', v2);
    expect(a.kind === 'faq' && a.hit.entry.id).toBe('legal-aid');
  });

  it('bad input gets a sensible reply, never a crash', () => {
    for (const q of ['站', '1', '3号', '驿站', 'hesheng hui yizhan', 'Wujiaochang 驿站 open?', '？'])
      expect(['faq', 'weak', 'unknown', 'stations', 'invalid']).toContain(ask(q).kind);
  });
});
