/**
 * A staff chat reads its shared cards in the language the pack gives it (`triage: { console: { chat, locale } }`),
 * whoever presses a button there: a report's triage card and a question passed from the FAQ (both before and after
 * a secretary acts), and the escalation chat's card. Before, reports read a group binding a staff chat can never
 * have, and passed questions were always in zh-CN. Real Redis, the console app, a copy of the sample pack.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, SAMPLE_PACK, type TestApp } from '../../helpers/app.js';
import { fileFrom } from '../reports/drive.js';
import { clock, HOUR, linesIn, press, T0 } from '../reports/helpers.js';

const DAY = 24 * HOUR;

const dir = mkdtempSync(join(tmpdir(), 'waystation-staff-locale-'));
const c = clock();
let app: TestApp;

/** The sample pack with the meituan triage chat in English and the escalation chat in traditional script. */
function writePack(): void {
  cpSync(SAMPLE_PACK, dir, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    writeFileSync(join(dir, file), text.replace(from, to));
  };
  edit('branches.yaml', '{ chat: triage-meituan }', '{ chat: triage-meituan, locale: en }');
  edit('organisers.yaml', '{ chat: district-escalation }', '{ chat: district-escalation, locale: zh-TW }');
}

beforeAll(async () => {
  writePack();
  c.set(T0);
  app = await createTestApp({ contentDir: dir, now: c.now });
  await app.type(':as org-li zh-CN', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a staff chat in the language its pack gives it', () => {
  it('a passed question is announced in English, and stays English when a Chinese secretary replies', async () => {
    await app.type(':as rider-sl zh-CN', ':in riders-meituan', '@waystation_bot 驿站能帮忙代收快递吗');
    await press(app, 'riders-meituan', '转给支部');
    const card = linesIn(app, 'triage-meituan').at(-1)!;
    expect(card.text).toContain('A question the bot could not answer');
    expect(card.text).toContain('代收快递');
    expect(card.choices).toEqual(['✍️ Reply']);

    await app.type(':as sec-meituan zh-CN', ':in triage-meituan');
    await press(app, 'triage-meituan', 'Reply', card.id);
    await app.type(':reply 可以，到驿站找站长登记。');
    const edited = linesIn(app, 'triage-meituan')
      .filter((l) => l.id === card.id)
      .at(-1)!;
    expect(edited.text).toContain('replied: 可以，到驿站找站长登记。');
    expect(edited.text).not.toContain('转来的问题');
  });

  it('a report’s triage card is English; the escalation chat reads traditional script', async () => {
    const id = await fileFrom(app, 'rider-sl2', 'riders-meituan', '站长克扣配送费200元，说是罚款', {
      anonymous: true,
    });
    const card = linesIn(app, 'triage-meituan').find((l) => l.text.includes(id))!;
    expect(card.choices).toContain('✋ Claim');
    expect(card.text).not.toContain('签收');

    expect((await app.app.jobs.sweep(T0 + 3 * DAY)).escalated).toEqual([id]);
    const escalated = linesIn(app, 'district-escalation').find((l) => l.text.includes(id))!;
    expect(escalated.text).toContain('時限');
    expect(escalated.text).not.toContain('时限');
  });
});
