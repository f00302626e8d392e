/**
 * Model Markdown is shown as Telegram's own bold and bullets, never as literal asterisks and hashes; in a group an
 * answer longer than its entry (and 300 characters) gives way to the entry (QA25 #7: `**重要**` shown as written, a
 * 1,990-character essay posted in a group). Through the real app on Telegram (Bot API stand-in), real Redis and the
 * real `openai` client against the OpenAI stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

let fake: FakeOpenAI;
let t: TelegramTestApp;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTelegramTestApp({
    openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' },
  });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

function modelSays(answer: string): void {
  fake.setModel(() => ({
    content: JSON.stringify({ answer, used_ids: ['health-check-tour'], known: true }),
  }));
}

async function longFallbacks(): Promise<number> {
  const m = await t.app.deps.metrics.llmFallbacks.get();
  return m.values.find((v) => v.labels.job === 'faq' && v.labels.reason === 'long')?.value ?? 0;
}

const MARKDOWN =
  '**重要**：体检免费，一年一次。\n# 怎么报名\n- 找站长或支部书记登记\n- 当天带身份证，早上空腹';
const ESSAY = `体检免费，一年一次，找站长或支部书记登记。${'当天带身份证，早上空腹，别吃早饭，可以喝少量白开水。'.repeat(30)}`;

describe('model Markdown', () => {
  it('is Telegram bold and bullets, with no literal marks', async () => {
    modelSays(MARKDOWN);
    const rider = t.u.person(7851);
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '骑手体检在哪预约'));
    const [html] = t.api.sentTexts(mark);
    const [shown] = t.api.shownTexts(mark);
    expect(html).toContain('<b>重要</b>：体检免费');
    expect(html).toContain('<b>怎么报名</b>');
    expect(shown).toContain('• 找站长或支部书记登记\n• 当天带身份证');
    expect(shown).not.toMatch(/\*\*|^#|\n#|\n- /);
  });
});

describe('a long model answer', () => {
  it('in a group gives way to the entry; a short one is shown', async () => {
    const group = t.u.group(-1001000007850, '美团杨浦骑手群');
    await t.handle(t.u.groupText(group, t.u.person(1001), '/bind meituan-yangpu'));
    // Each asks other words: a vetted answer is kept for the same question (llm-answer.ts).
    modelSays(ESSAY);
    const before = await longFallbacks();
    let mark = t.api.mark();
    await t.handle(t.u.groupText(group, t.u.person(7852), '@waystation_bot 怎么报名体检'));
    let shown = t.api.shownTexts(mark).join('\n');
    expect(shown).not.toContain('别吃早饭，可以喝少量白开水。当天带身份证');
    expect(shown).toContain('骑手免费巡回体检：时间和报名');
    expect(shown).toContain('021-5566 0801');
    expect(await longFallbacks()).toBe(before + 1);

    modelSays(MARKDOWN);
    mark = t.api.mark();
    await t.handle(t.u.groupText(group, t.u.person(7853), '@waystation_bot 体检要空腹吗'));
    shown = t.api.shownTexts(mark).join('\n');
    expect(shown).toContain('• 找站长或支部书记登记');
    expect(await longFallbacks()).toBe(before + 1);
  });

  it('in private is shown whole', async () => {
    modelSays(ESSAY);
    const rider = t.u.person(7854);
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '骑手体检是免费的吗'));
    expect(t.api.shownTexts(mark)[0]).toContain(ESSAY.slice(-60));
  });
});
