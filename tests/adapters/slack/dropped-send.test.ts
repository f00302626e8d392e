/**
 * A post Slack took, then the connection dropped with no answer (the stand-in's `dropAfter`): whether it is in the
 * channel cannot be known. The Web API client's own retries (2 by default, kept here) never post it again — the posts
 * go through a client that does not retry — and the delivery engine's retry marks its copy "↻ 重发 … 以这一条为准";
 * a refusal Slack answered sent nothing and is retried silently, posted once. Real app, real Redis, real Bolt client
 * against the Web API stand-in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { waitFor } from '../../helpers/wait.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const A = 'C0DROPA001';
const B = 'C0DROPB001';

async function notice(n: number) {
  t = await createSlackTestApp({ retries: 2, limits: { backoffBaseMs: 30, backoffMaxMs: 100 } });
  t.app.deps.delivery.start(['slack']);
  const id = `notice:sdrop${n}`;
  const send = () =>
    t!.app.deps.delivery.enqueue({
      id,
      kind: 'notice',
      items: [A, B].map((chatId) => ({
        to: { channel: 'slack' as const, chatId },
        card: { text: ['📢 明天上午九点起平凉路封路施工，请绕行。'] },
      })),
    });
  const finished = async () => {
    await waitFor(
      async () => Boolean((await t!.app.deps.delivery.status(id))?.finishedAt),
      'the notice finished',
    );
    return (await t!.app.deps.delivery.status(id))!;
  };
  return { t, send, finished };
}

/** What the channel holds: every post the stand-in took there since `mark`, answered or not. */
const postsIn = (t: SlackTestApp, channel: string, mark: number) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'chat.postMessage' && !c.error && c.params.channel === channel)
    .map((c) => String(c.params.text));

describe('a notice whose post to a Slack channel had no answer', () => {
  it('is posted again once, marked "↻ 重发 …"; the other channel gets it once; counted as 2 sent, none failed', async () => {
    const { t, send, finished } = await notice(1);
    t.api.dropAfter('chat.postMessage', { when: (p) => p.channel === A });
    const mark = t.api.mark();
    await send();
    const status = await finished();
    const inA = postsIn(t, A, mark);
    expect(inA).toHaveLength(2);
    expect(inA[0]).not.toContain('重发');
    expect(inA[1]).toMatch(/^↻ 重发：上次发到这里时网络断了/);
    expect(inA[1]).toContain('平凉路封路');
    expect(postsIn(t, B, mark)).toHaveLength(1);
    expect(status).toMatchObject({ sent: 2, failed: [], unsure: 0 });
  });

  it('a refusal Slack answered (internal_error) sent nothing: posted once, with no note', async () => {
    const { t, send, finished } = await notice(2);
    t.api.fail('chat.postMessage', { error: 'internal_error', when: (p) => p.channel === A });
    const mark = t.api.mark();
    await send();
    const status = await finished();
    expect(postsIn(t, A, mark)).toEqual(['📢 明天上午九点起平凉路封路施工，请绕行。']);
    expect(status).toMatchObject({ sent: 2, failed: [] });
  });
});
