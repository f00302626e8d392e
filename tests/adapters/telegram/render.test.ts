/**
 * Card → Telegram HTML and keyboards. Every output is also parsed the way the Bot API parses it
 * (`parseTelegramHtml` from the stand-in), so "escaped" means "the server accepts it and shows the original".
 */
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH, renderTelegram } from '../../../src/adapters/telegram/render.js';
import { bold, code, italic, link, type Card } from '../../../src/core/card.js';
import { parseTelegramHtml } from '../../helpers/fake-bot-api.js';

const shown = (card: Card) => parseTelegramHtml(renderTelegram(card).text);

describe('renderTelegram', () => {
  it('escapes every plain span and styles the others', () => {
    const card: Card = {
      text: [
        '<b>&</b> ',
        bold('粗 <i>'),
        ' ',
        italic('斜'),
        ' ',
        code('a<b>&c'),
        '\n<script>alert(1)</script>',
      ],
    };
    const { text } = renderTelegram(card);
    expect(text).toBe(
      '&lt;b&gt;&amp;&lt;/b&gt; <b>粗 &lt;i&gt;</b> <i>斜</i> <code>a&lt;b&gt;&amp;c</code>\n&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(shown(card)).toBe('<b>&</b> 粗 <i> 斜 a<b>&c\n<script>alert(1)</script>');
  });

  it('links: only http(s) and tg: become <a>, with quotes escaped; anything else stays text', () => {
    expect(renderTelegram({ text: [link('驿站地图', 'https://example.org/map?a=1&b="2"')] }).text).toBe(
      '<a href="https://example.org/map?a=1&amp;b=&quot;2&quot;">驿站地图</a>',
    );
    expect(renderTelegram({ text: [link('打开', 'tg://resolve?domain=waystation_bot')] }).text).toBe(
      '<a href="tg://resolve?domain=waystation_bot">打开</a>',
    );
    expect(renderTelegram({ text: [link('点我', 'javascript:alert(1)')] }).text).toBe('点我');
    expect(renderTelegram({ text: [link('<x>', 'ftp://x')] }).text).toBe('&lt;x&gt;');
  });

  it('buttons become an inline keyboard; unsafe URL buttons are dropped, empty rows removed', () => {
    const r = renderTelegram({
      text: ['选择'],
      buttons: [
        [
          { label: '美团', data: 'bind:meituan-yangpu' },
          { label: '私聊', url: 'https://t.me/waystation_bot?start=report-x' },
        ],
        [{ label: 'bad', url: 'console:start=x' }],
      ],
    });
    expect(r.reply_markup).toEqual({
      inline_keyboard: [
        [
          { text: '美团', callback_data: 'bind:meituan-yangpu' },
          { text: '私聊', url: 'https://t.me/waystation_bot?start=report-x' },
        ],
      ],
    });
    expect(renderTelegram({ text: ['x'], buttons: [[]] }).reply_markup).toBeUndefined();
  });

  it('forceReply asks for a selective reply and drops buttons', () => {
    const r = renderTelegram({
      text: ['请写下处理结果'],
      buttons: [[{ label: 'x', data: 'y:z' }]],
      forceReply: true,
    });
    expect(r.reply_markup).toEqual({ force_reply: true, selective: true });
  });

  it('noPreview and silent', () => {
    expect(renderTelegram({ text: ['x'], noPreview: true, silent: true })).toMatchObject({
      link_preview_options: { is_disabled: true },
      disable_notification: true,
    });
    const plain = renderTelegram({ text: ['x'] });
    expect(plain.link_preview_options).toBeUndefined();
    expect(plain.disable_notification).toBeUndefined();
  });

  it('keeps the visible text within 4096 characters, ending with …, without cutting markup or entities', () => {
    const card: Card = { text: [bold('标题'), '\n', '&'.repeat(3000), bold('<'.repeat(3000)), 'tail'] };
    const { text } = renderTelegram(card);
    const visible = parseTelegramHtml(text);
    expect(visible.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(visible.endsWith('…')).toBe(true);
    expect(visible.startsWith('标题\n&&&')).toBe(true);
    expect(text).toMatch(/<b>&lt;(&lt;)*<\/b>…$/);
  });

  it('never splits an emoji (a surrogate pair) when cutting', () => {
    const visible = parseTelegramHtml(renderTelegram({ text: ['a', '😀'.repeat(3000)] }).text);
    expect(visible.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(visible).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(visible.endsWith('😀…')).toBe(true);
  });

  it('short text is untouched', () => {
    expect(shown({ text: ['x'.repeat(MAX_MESSAGE_LENGTH)] })).toBe('x'.repeat(MAX_MESSAGE_LENGTH));
  });
});
