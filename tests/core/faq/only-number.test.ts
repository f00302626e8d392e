/**
 * A message that is only a number (2, ２号, 第二个, 5号站) asks nothing: the worker is told how to ask,
 * not answered with an entry whose sums or dates share the digits — unless a station has that name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, answerId, labels, packAt, PACKS } from '../../helpers/askers.js';
import { startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a message that is only a number', () => {
  it.each(['2', '２号', '12', '１２', '第二个'])('"%s" gets a pointer, not an entry', async (text) => {
    await h.type(':dm', ':as rider-n1 zh-CN', text);
    const [line] = h.take();
    expect(line?.text).toContain('我不知道您想问什么');
    expect(line?.text).toContain('/mytickets');
    expect(line?.card.buttons ?? []).toEqual([]);
  });

  it('"1号驿站" with no list yet gets the numbered list, and then picks from it (QA4 #13)', async () => {
    await h.type(':as rider-n4 zh-CN', ':in riders-n 群', '@waystation_bot 1号驿站');
    const said = h.take();
    expect(said[0]?.text).toContain('“1号”是列表里的序号');
    expect(said.map((l) => l.text).join('\n')).not.toContain('我不知道您想问什么');
    const list = said.find((l) => /^1\. /m.test(l.text))!;
    const first = /^1\. (.+)$/m.exec(list.text)![1]!;
    await h.type('@waystation_bot 1号驿站');
    expect(h.take()[0]?.text).toContain(first);
  });

  it('is told in the reader’s language', async () => {
    await h.type(':dm', ':as rider-n2 en', '3');
    expect(h.take()[0]?.text).toContain('Just a number');
    await h.type(':as rider-n3 zh-TW', '２號');
    expect(h.take()[0]?.text).toContain('只有一個數字');
  });

  it('a number with words is still a question, and a station named by a number is that station', async () => {
    const pack = await packAt(PACKS.yangpu);
    const first = pack.stations[0]!;
    const numbered = {
      ...pack,
      stations: [{ ...first, name: '3号驿站', aliases: [] }, ...pack.stations.slice(1)],
    };
    const asker = createAsker(numbered, labels);
    expect(answerId(asker.ask('3号驿站几点开门', AT_WEDNESDAY_10))).toBe('stations');
    expect(answerId(asker.ask('3号驿站', AT_WEDNESDAY_10))).toBe('stations');
    expect(answerId(createAsker(pack, labels).ask('12元爱心餐在哪吃', AT_WEDNESDAY_10))).toBe('caring-meals');
  });
});

describe('a worker’s own phone or ID number inside a question', () => {
  it.each(['yangpu', 'nanshan', 'chaoyang'] as const)(
    '%s: is answered as the question without it',
    async (pack) => {
      const asker = createAsker(await packAt(PACKS[pack]), labels);
      const ask = (q: string) => answerId(asker.ask(q, AT_WEDNESDAY_10));
      expect(ask('身份证５３０１０２１９９００１０１１２３４丢了咋办')).toBe(ask('身份证丢了咋办'));
      expect(ask('我电话13812345678 跑单摔伤了医药费谁出')).toBe(ask('我电话 跑单摔伤了医药费谁出'));
    },
  );
});
