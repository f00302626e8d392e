/**
 * "Not sure" is not a dead end: when the bot will not answer outright, the entry the worker meant is among
 * the "did you mean" buttons — one tap away — for questions whose words meet it only weakly.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import { askerOn, AT_WEDNESDAY_10, FAQ_PACKS, PACKS } from '../../helpers/askers.js';

const offered = (a: Answer): string[] => (a.kind === 'weak' ? a.candidates.map((c) => c.entry.id) : []);

describe('a question the bot is not sure of offers the entry meant', () => {
  it.each([
    ['chaoyang', '跟一出租车剐了 人没事儿 现在该干嘛', 'chushi-xianchang'],
    ['jinshui', '刚跟一辆小轿车蹭上了 人没啥事 先打电话还是先拍照', 'shigu-xianchang'],
    ['jinshui', '俺没签合同跑美团 国家那个跟工伤差不多的东西俺有木有', 'zhishang-canbao'],
    ['yanta', '站长拖了额三个月的钱不给 咋要回来', 'qianxin-zenme-tao'],
    ['yanta', '撞了以后对方只肯给两百 额不同意 咋弄', 'shigu-peichang-tiaojie'],
  ] as const)('%s: %s → a button for %s', async (pack, question, entry) => {
    const asker = await askerOn(PACKS[pack]);
    const a = asker.ask(question, AT_WEDNESDAY_10);
    // Answered outright is fine too; what must not happen is a reply that leaves the worker nothing to tap.
    if (a.kind === 'faq') expect(a.hit.entry.id).toBe(entry);
    else expect(offered(a)).toContain(entry);
  });

  it('offers at most three entries, and nothing for a word that says nothing', async () => {
    const asker = await askerOn(PACKS.yangpu);
    expect(offered(asker.ask('跟一辆车刮了 手腕肿了 要先找谁', AT_WEDNESDAY_10)).length).toBeLessThanOrEqual(
      3,
    );
    expect(offered(asker.ask('嗯', AT_WEDNESDAY_10))).toEqual([]);
  });

  it('offers no entry that matched only how the question is framed', async () => {
    const nanshan = await askerOn(PACKS.nanshan);
    // 驿站 is in the stations entry; nothing of 阿姨姓什么 is in the contract or insurance entries.
    expect(offered(nanshan.ask('驿站那个阿姨姓什么', AT_WEDNESDAY_10))).toEqual(['stations-about']);
    const yuhang = await askerOn(FAQ_PACKS.yuhang);
    const lostCard = offered(yuhang.ask('医保卡丢了去哪补', AT_WEDNESDAY_10));
    expect(lostCard).toContain('medical-insurance-away');
    expect(lostCard).not.toContain('say-on-the-rules');
  });
});
