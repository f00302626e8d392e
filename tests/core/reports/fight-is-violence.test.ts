/**
 * QA8: "we got into a fight, his nose is bleeding" was filed "Accident or injury" where the pack has a personal-safety
 * category — the bleeding voted for the accident, and a fight is no blow the emergency reading names. A blow between
 * people is violence first: those a fight left bleeding or knocked out are its report, as in a crowd crush (FIGHT in
 * topics-scenes.ts). Built-in knowledge, through every tuned pack and 甘井子; what the branch sees is the category.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';
import { useReportsApp } from './drive.js';
import { lastTicketId, linesIn, press } from './helpers.js';

const setup = useReportsApp({ bind: true });

describe('a fight with a bloody nose', () => {
  it('is proposed to an English worker as Personal safety, and reaches the branch so', async () => {
    await setup.app.type(':as rider-fg1 en', ':in riders-meituan', '/report');
    await press(setup.app, 'riders-meituan', 'privately');
    await setup.app.type('we got into a fight at the pickup point, his nose is bleeding');
    const proposal = linesIn(setup.app, 'rider-fg1').at(-1)!.text;
    expect(proposal).toContain('Personal safety and disputes');
    expect(proposal).not.toContain('Accidents and insurance');
    await press(setup.app, 'rider-fg1', 'Yes, next');
    await press(setup.app, 'rider-fg1', 'Anonymously');
    await press(setup.app, 'rider-fg1', 'Submit');
    const id = lastTicketId(setup.app, 'rider-fg1');
    const card = linesIn(setup.app, 'triage-meituan').find((l) => l.text.includes(id));
    expect(card?.text).toContain('人身安全与纠纷');
  });
});

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/ganjingzi'] as const;
/** How each pack files a plain assault: its personal-safety category. */
const ASSAULT = '保安推了我 还骂人';

describe.each(PACKS)('fights, through %s', (dir) => {
  it.each([
    'we got into a fight, his nose is bleeding',
    'there was a fight at the station, one guy is bleeding from the head',
    '两个骑手在站门口打架 一个鼻子出血了',
    '跟顾客打起来了 他鼻子流血了',
    '俩人干起来了 满脸是血',
    '跟保安动手了 我嘴角流血',
    '兩個騎手在站門口打架 一個鼻子出血了',
  ])('%s → the safety category', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe(classifier.classify(ASSAULT).category);
  });

  // Not a fight: surgery, a repair done oneself, work that got going.
  it.each([
    ['做完手术 伤口一直在出血', '伤口一直在出血'],
    ['我自己动手修车 手被划破了 流了好多血', '修车手被划破了 流了好多血'],
  ])('%s → as %s', async (text, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe(classifier.classify(plain).category);
  });
});
