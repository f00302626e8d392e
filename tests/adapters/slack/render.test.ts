import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, renderSlack } from '../../../src/adapters/slack/render.js';
import { bold, code, italic, link, type Card } from '../../../src/core/card.js';

type Section = { type: 'section'; text: { type: string; text: string; verbatim?: boolean } };
type Actions = {
  type: 'actions';
  elements: { action_id: string; value?: string; url?: string; text: { text: string } }[];
};

const sections = (card: Card) =>
  renderSlack(card).blocks.filter((b) => b.type === 'section') as unknown as Section[];
const actions = (card: Card) =>
  renderSlack(card).blocks.filter((b) => b.type === 'actions') as unknown as Actions[];
const mrkdwn = (card: Card) =>
  sections(card)
    .map((s) => s.text.text)
    .join('');

describe('Slack rendering', () => {
  it('escapes &, < and > so nothing a worker wrote can ping or link', () => {
    const worker = '大家看 <!channel> <!here> <@U123> <http://evil.example|点我> & 5>3';
    const text = mrkdwn({ text: ['问题：', worker] });
    expect(text).toBe(
      '问题：大家看 &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;http://evil.example|点我&gt; &amp; 5&gt;3',
    );
    expect(text).not.toMatch(/<[!@#h]/);
    // The notification fallback is escaped the same way.
    expect(renderSlack({ text: [worker] }).text).not.toContain('<!channel>');
  });

  it('is verbatim, so bare URLs and @here words are not turned into links or mentions', () => {
    for (const s of sections({ text: ['see http://x.example @here #general'] }))
      expect(s.text.verbatim).toBe(true);
  });

  it('puts style markers only around escaped text, padded for CJK neighbours', () => {
    expect(mrkdwn({ text: ['请', bold('<b>重要</b>'), '看'] })).toBe(
      '请\u200b*&lt;b&gt;重要&lt;/b&gt;*\u200b看',
    );
    expect(mrkdwn({ text: [italic(' 斜体 '), code('a<b')] })).toBe(
      ' \u200b_斜体_\u200b \u200b`a&lt;b`\u200b',
    );
  });

  it('renders safe links as <url|label> and drops unsafe ones to text', () => {
    expect(mrkdwn({ text: [link('办事指南 <1>', 'https://example.gov.cn/a?b=1&c=2')] })).toBe(
      '<https://example.gov.cn/a?b=1&c=2|办事指南 &lt;1&gt;>',
    );
    expect(mrkdwn({ text: [link('x', 'javascript:alert(1)')] })).toBe('x');
    expect(mrkdwn({ text: [link('x', 'https://a.example/|<!channel>')] })).toBe('x');
  });

  it('turns rows of buttons into actions blocks whose value is the callback data', () => {
    const card: Card = {
      text: ['答案'],
      buttons: [
        [
          { label: '👍', data: 'faq:up:health' },
          { label: '👎', data: 'faq:down:health' },
        ],
        [
          { label: '打开', url: 'https://example.org' },
          { label: 'bad', url: 'tg://nope' },
        ],
      ],
    };
    const [row1, row2] = actions(card);
    expect(row1!.elements.map((e) => [e.action_id, e.value])).toEqual([
      ['ws:0:0', 'faq:up:health'],
      ['ws:0:1', 'faq:down:health'],
    ]);
    expect(row2!.elements).toHaveLength(1);
    expect(row2!.elements[0]).toMatchObject({ action_id: 'ws-link:1:0', url: 'https://example.org' });
  });

  it('splits long text into sections of at most 3000 characters without cutting an entity', () => {
    const long = '&'.repeat(2000) + '字'.repeat(5000);
    const parts = sections({ text: [long, bold('尾')] });
    expect(parts.length).toBeGreaterThan(2);
    for (const s of parts) {
      expect(s.text.text.length).toBeLessThanOrEqual(3000);
      expect(s.text.text).not.toMatch(/&(?!amp;)/);
    }
    expect(
      parts
        .map((s) => s.text.text)
        .join('')
        .replace(/&amp;/g, '&'),
    ).toContain('字'.repeat(5000));
  });

  it('keeps buttons within the 50-block limit of a very long card', () => {
    const rendered = renderSlack({ text: ['x'.repeat(200_000)], buttons: [[{ label: 'ok', data: 'a:b' }]] });
    expect(rendered.blocks.length).toBeLessThanOrEqual(50);
    expect(rendered.blocks[rendered.blocks.length - 1]!.type).toBe('actions');
  });

  it('shows a venue as a context line and honours noPreview', () => {
    const r = renderSlack({
      text: ['最近的驿站'],
      venue: { lat: 31.3, lon: 121.5, title: '五角场<驿站>', address: '国定路' },
      noPreview: true,
    });
    expect(JSON.stringify(r.blocks)).toContain('五角场&lt;驿站&gt;');
    expect(r).toMatchObject({ unfurl_links: false, unfurl_media: false });
  });

  it('escapeMrkdwn leaves other characters alone', () => {
    expect(escapeMrkdwn('*_~`"\'')).toBe('*_~`"\'');
  });
});
