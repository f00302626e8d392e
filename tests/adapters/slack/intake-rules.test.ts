/**
 * The Slack report form decides nothing itself: the hourly limit and the urgency come from the same core
 * intake rules as the step-by-step report in a Telegram private chat (core/reports/decide.ts).
 * A form opened before its metadata got readable names still files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, type OpenedView, type SlackTestApp } from '../../helpers/fake-slack-api.js';

const RIDERS = 'C0MTRIDERS';
const organiser = { id: 'U07ORGLI001', name: '李老师' };

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
  await t.command(
    t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: RIDERS, name: 'meituan-riders' }),
  );
  await t.settle();
});
afterAll(async () => {
  await t?.close();
});

const values = (text: string, category?: string) => ({
  desc: { text: { type: 'plain_text_input', value: text } },
  category: { choice: { type: 'static_select', selected_option: category ? { value: category } : null } },
  photos: { files: { type: 'file_input', files: [] } },
  options: { flags: { type: 'checkboxes', selected_options: [] } },
});

async function openForm(user: { id: string; name: string }): Promise<OpenedView> {
  const mark = t.api.mark();
  await t.command(t.p.command(user, '/report', '', { channel: RIDERS, name: 'meituan-riders' }));
  await t.api.waitFor('views.open', () => true, { after: mark });
  await t.settle();
  return t.api.views.at(-1)!;
}

/** Everything posted to the worker's DM since `mark`, once the first post has arrived. */
async function toldSince(user: { id: string }, mark: number): Promise<string> {
  const dm = t.api.imOf(user.id);
  const inDm = (p: Record<string, unknown>) => p.channel === user.id || p.channel === dm;
  await t.api.waitFor('chat.postMessage', inDm, { after: mark });
  await t.settle();
  return t.api
    .since(mark)
    .filter((c) => c.method === 'chat.postMessage' && !c.error && inDm(c.params))
    .map((c) => `${String(c.params.text ?? '')}${JSON.stringify(c.params.blocks ?? [])}`)
    .join('\n');
}

/** Submit a form and return what the worker was told in the DM afterwards. */
async function submit(user: { id: string; name: string }, form: OpenedView, text: string, category?: string) {
  const mark = t.api.mark();
  await t.interact(t.p.submit(user, form, values(text, category)));
  return toldSince(user, mark);
}

describe('the Slack report form uses the core intake rules', () => {
  it('words of an emergency make the report an emergency even under a calm chosen category', async () => {
    const worker = { id: 'U0WORKER31', name: '小刘' };
    const receipt = await submit(
      worker,
      await openForm(worker),
      '送餐路上被车撞了，腿受伤流血了',
      'pay-penalty',
    );
    const id = /([A-Z]+-\d{4}-\d+)/.exec(receipt)![1]!;
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      category: 'pay-penalty',
      urgency: 'emergency',
    });
  });

  it('over the hourly limit a report is refused, with the limit and the emergency numbers', async () => {
    const worker = { id: 'U0WORKER32', name: '小陈' };
    const limit = t.app.deps.content.get().settings.reportsPerHour;
    // Forms opened while still under the limit; the one submitted past it is refused when filed.
    const forms: OpenedView[] = [];
    for (let i = 0; i <= limit; i++) forms.push(await openForm(worker));
    for (let i = 0; i < limit; i++)
      expect(await submit(worker, forms[i]!, `第${i}次：站点扣钱不给理由`)).toContain('已受理');
    const refused = await submit(worker, forms[limit]!, '又一次：站点扣钱不给理由');
    expect(refused).toContain(String(limit));
    expect(refused).toContain('110');
    expect(await t.app.deps.store.tickets.countSince('slack', worker.id, 0)).toBe(limit);
    // A new form is not even opened; the refusal comes to the DM at once.
    const views = t.api.views.length;
    const mark = t.api.mark();
    await t.command(t.p.command(worker, '/report', '', { channel: RIDERS, name: 'meituan-riders' }));
    expect(await toldSince(worker, mark)).toContain('110');
    expect(t.api.views.length).toBe(views);
  });

  it('over the hourly limit, words telling of danger still open the form and file an emergency', async () => {
    const worker = { id: 'U0WORKER34', name: '小赵' };
    const limit = t.app.deps.content.get().settings.reportsPerHour;
    for (let i = 0; i < limit; i++)
      expect(await submit(worker, await openForm(worker), `第${i}次：站点扣钱不给理由`)).toContain('已受理');
    const refused = await (async () => {
      const mark = t.api.mark();
      await t.command(t.p.command(worker, '/report', '', { channel: RIDERS, name: 'meituan-riders' }));
      return toldSince(worker, mark);
    })();
    expect(refused).toContain('仍然可以用 /report');
    const danger = '同事被车撞了 头一直在流血 叫不醒';
    const mark = t.api.mark();
    await t.command(t.p.command(worker, '/report', danger, { channel: RIDERS, name: 'meituan-riders' }));
    await t.api.waitFor('views.open', () => true, { after: mark });
    await t.settle();
    const receipt = await submit(worker, t.api.views.at(-1)!, danger);
    const id = /([A-Z]+-\d{4}-\d+)/.exec(receipt)![1]!;
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({ urgency: 'emergency' });
    expect(await t.app.deps.store.tickets.countSince('slack', worker.id, 0)).toBe(limit + 1);
  });
});

describe('forms opened before the metadata got readable names', () => {
  it('a form carrying the old one-letter metadata still files its report, with its origin', async () => {
    const worker = { id: 'U0WORKER33', name: '小王' };
    const form = await openForm(worker);
    const meta = JSON.parse(form.view.private_metadata!) as { draft: string; origin: unknown };
    const old = {
      ...form,
      view: { ...form.view, private_metadata: JSON.stringify({ d: meta.draft, l: 'zh-CN', o: meta.origin }) },
    };
    const receipt = await submit(worker, old, '站点扣钱不给理由', 'pay-penalty');
    const id = /([A-Z]+-\d{4}-\d+)/.exec(receipt)![1]!;
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      draft: meta.draft,
      category: 'pay-penalty',
      originBranch: 'meituan-yangpu',
    });
  });
});
