/**
 * Round 15 (docs/rounds/faq.md): a clause of a longer question may answer for it only when it is what the worker
 * asks. A negated circumstance (我没签合同) that asks nothing is background; a story's last clause naming a
 * detail (要租房合同吗) does not answer when the whole question's best entry holds far more of it. The
 * questions are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_MONDAY_10, askerOn, PACKS } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;

/** The entry given as the answer, or "none" with the entries offered (not sure). */
function seen(a: Answer): { answer: string; offered: string[] } {
  if (a.kind === 'faq') return { answer: a.hit.entry.id, offered: [] };
  if (a.kind === 'weak') return { answer: 'none', offered: a.candidates.map((c) => c.entry.id) };
  return { answer: a.kind === 'stations' ? 'stations' : 'none', offered: [] };
}

describe('background clauses (洪山 pack)', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(PACKS.hongshan);
  });

  it('a negated circumstance does not get the contract entry; the injury entry is offered', () => {
    const got = seen(asker.ask('我冇签合同，下雨天送餐摔伤了腿，有冇得人赔', opts));
    expect(got.answer).not.toBe('labour-relation');
    if (got.answer === 'none') expect(got.offered).toContain('occ-injury-cover');
    else expect(got.answer).toBe('occ-injury-cover');
  });
});

describe("a detail in a story's last clause (朝阳 pack)", () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(PACKS.chaoyang);
  });

  it('要租房合同吗 after a question about the residence permit is not the deposit entry', () => {
    const got = seen(asker.ask('我刚来北京，听说要办个证才能算常住，去哪里办，要租房合同吗', opts));
    expect(got.answer).not.toBe('fangdong-yajin');
  });

  it('the same story naming the permit is still answered by it', () => {
    expect(seen(asker.ask('刚到北京跑外卖，听说得办个居住证，找哪儿办，要租房合同吗', opts)).answer).toBe(
      'juzhuzheng',
    );
  });
});
