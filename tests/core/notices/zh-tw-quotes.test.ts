/**
 * Traditional-character readers see Taiwan's quotation marks 「…」 (stop 41: /notices quoted a notice's first words
 * “…” in zh-TW too): the zh-TW locale files write none of “ ” ‘ ’ and keep every placeholder zh-CN has, text
 * converted for them turns a pair of “…” into 「…」, and /notices quotes in the reader's marks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forLocale } from '../../../src/core/script.js';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10 } from '../lessons/fixtures.js';

const LOCALES = resolve(import.meta.dirname, '../../../locales');

/** Each message's value (continuation lines included) by id, comments left out. */
function messages(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(resolve(LOCALES, locale))) {
    let id: string | undefined;
    for (const line of readFileSync(resolve(LOCALES, locale, file), 'utf8').split('\n')) {
      const m = /^([a-z][\w-]*)\s*=\s?(.*)$/.exec(line);
      if (m) out.set((id = m[1]!), m[2]!);
      else if (id && /^\s+\S/.test(line) && !line.trimStart().startsWith('#'))
        out.set(id, `${out.get(id)}\n${line}`);
      else if (!line.trim() || line.startsWith('#')) id = undefined;
    }
  }
  return out;
}
/** The variables a message's text fills in (`$platform` only selects words, as `{ group-word }` does). */
const placeholders = (text: string) =>
  [...new Set(text.match(/\$[\w-]+/g) ?? [])].filter((v) => v !== '$platform').sort();

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('zh-TW quotation marks', () => {
  it('the zh-TW locale files quote with 「」 and keep the placeholders zh-CN has', () => {
    const tw = messages('zh-TW');
    const cn = messages('zh-CN');
    expect(tw.size).toBeGreaterThan(500);
    const curly = [...tw].filter(([, v]) => /[“”‘’]/.test(v)).map(([id]) => id);
    expect(curly).toEqual([]);
    const differ = [...tw]
      .filter(([id, v]) => cn.has(id) && placeholders(v).join() !== placeholders(cn.get(id)!).join())
      .map(([id]) => id);
    expect(differ).toEqual([]);
  });

  it('text converted for a zh-TW reader turns “…” into 「…」, and leaves an apostrophe and ASCII quotes alone', () => {
    expect(forLocale('zh-TW', '点“收到”表示已读')).toBe('點「收到」表示已讀');
    expect(forLocale('zh-TW', '他说‘马上到’')).toBe('他說『馬上到』');
    expect(forLocale('zh-TW', 'McDonald’s 门口')).toBe('McDonald’s 門口');
    expect(forLocale('zh-TW', '关注"石家庄发布"')).toBe('關注"石家莊發布"');
    expect(forLocale('zh-CN', '点“收到”')).toBe('点“收到”');
  });

  it('/notices quotes a notice in 「」 for zh-TW and in “” for zh-CN and en', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.type(':as org-test zh-CN', ':dm', '/notice 今晚驿站停电检修', ':press 1', ':press 5', ':press 4');
    await delivered(t, 'notice:n1');
    const list = async (lang: string) => {
      await t!.type(`:as org-test ${lang}`, '/notices');
      return t!.console.transcript.at(-1)!.text;
    };
    expect(await list('zh-TW')).toContain('「今晚驛站停電檢修」');
    expect(await list('zh-CN')).toContain('“今晚驿站停电检修”');
    expect(await list('en')).toContain('“今晚驿站停电检修”');
  });
});
