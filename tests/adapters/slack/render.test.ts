import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, renderSlack } from '../../../src/adapters/slack/render.js';
import { bold, code, italic, link, type Card } from '../../../src/core/card.js';
import { shownText } from '../../helpers/fake-slack-api.js';

type Element = { type: string; text?: string; url?: string; style?: Record<string, boolean> };
type Rich = { type: 'rich_text'; elements: { type: string; elements: Element[] }[] };
type Actions = {
  type: 'actions';
  elements: { action_id: string; value?: string; url?: string; text: { text: string } }[];
};

const richBlocks = (card: Card) =>
  renderSlack(card).blocks.filter((b) => b.type === 'rich_text') as unknown as Rich[];
const actions = (card: Card) =>
  renderSlack(card).blocks.filter((b) => b.type === 'actions') as unknown as Actions[];
/** Every text or link element of the card's rich text, in order. */
const elements = (card: Card) => richBlocks(card).flatMap((b) => b.elements.flatMap((s) => s.elements));
const shown = (card: Card) => shownText(renderSlack(card).blocks as never);

describe('Slack rendering', () => {
  it('shows what a worker wrote as it is: no mention, link or markup can come of it', () => {
    const worker = '大家看 <!channel> <!here> <@U123> <http://evil.example|点我> & 5>3';
    expect(elements({ text: ['问题：', worker] })).toEqual([
      { type: 'text', text: '问题：' },
      { type: 'text', text: worker },
    ]);
    expect(shown({ text: ['问题：', worker] })).toBe(`问题：${worker}`);
    // The notification fallback (mrkdwn-ish, sent with parse: none) is escaped.
    const fallback = renderSlack({ text: [worker] }).text;
    expect(fallback).not.toMatch(/<[!@#h]/);
    expect(fallback).toContain('&lt;!channel&gt;');
  });

  it("keeps a worker's *, _, ~ and ` as typed: nothing turns bold, italic, struck or code", () => {
    const worker = '*急* 工资_没发_ ~三个月~ `欠薪`';
    expect(elements({ text: [worker] })).toEqual([{ type: 'text', text: worker }]);
    expect(shown({ text: ['内容：', worker] })).toBe(`内容：${worker}`);
    expect(shown({ text: [worker] })).not.toContain('⟦');
  });

  it('draws our own styles as element styles, around the text exactly', () => {
    expect(elements({ text: ['请', bold('<b>重要</b>'), '看'] })).toEqual([
      { type: 'text', text: '请' },
      { type: 'text', text: '<b>重要</b>', style: { bold: true } },
      { type: 'text', text: '看' },
    ]);
    expect(elements({ text: [italic(' 斜体 '), code('a<b')] })).toEqual([
      { type: 'text', text: ' 斜体 ', style: { italic: true } },
      { type: 'text', text: 'a<b', style: { code: true } },
    ]);
    expect(shown({ text: [bold('JN-2026-000001'), ' · *工资*'] })).toBe('⟦JN-2026-000001⟧ · *工资*');
  });

  it('renders safe links as link elements and drops unsafe ones to text', () => {
    expect(elements({ text: [link('办事指南 <1>', 'https://example.gov.cn/a?b=1&c=2')] })).toEqual([
      { type: 'link', url: 'https://example.gov.cn/a?b=1&c=2', text: '办事指南 <1>' },
    ]);
    expect(elements({ text: [link('x', 'javascript:alert(1)')] })).toEqual([{ type: 'text', text: 'x' }]);
    expect(elements({ text: [link('x', 'https://a.example/|<!channel>')] })).toEqual([
      { type: 'text', text: 'x' },
    ]);
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

  it('splits long text into blocks of at most 3000 characters without splitting a character', () => {
    const long = '&'.repeat(2000) + '字'.repeat(5000) + '😀'.repeat(1000);
    const parts = richBlocks({ text: [long, bold('尾')] });
    expect(parts.length).toBeGreaterThan(2);
    for (const b of parts) {
      const text = b.elements.flatMap((s) => s.elements).map((e) => e.text ?? '');
      expect(text.join('').length).toBeLessThanOrEqual(3000);
      for (const piece of text) expect(piece).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(
      elements({ text: [long, bold('尾')] })
        .map((e) => e.text)
        .join(''),
    ).toBe(`${long}尾`);
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
    expect(shownText(r.blocks as never)).toContain('📍 五角场<驿站> — 国定路');
    expect(r).toMatchObject({ unfurl_links: false, unfurl_media: false });
  });

  it('escapeMrkdwn leaves other characters alone', () => {
    expect(escapeMrkdwn('*_~`"\'')).toBe('*_~`"\'');
  });
});
