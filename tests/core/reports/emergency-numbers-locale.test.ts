/**
 * The emergency numbers shown before anything else are read in the worker's language: an English reader
 * learns which number is the ambulance, a traditional-script reader gets traditional characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { emergencyLine } from '../../../src/core/reports/views.js';
import { linesIn } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('emergency numbers in the reader’s language', () => {
  it('an English report of a person down names the services in English', async () => {
    await app.type(
      ':as rider-en1 en',
      ':dm',
      '/report',
      "my friend fell off a ladder, his head is bleeding and he won't wake up",
    );
    const text = linesIn(app, 'rider-en1').at(-1)!.text;
    expect(text).toContain('120 Ambulance');
    expect(text).toContain('110 Police');
    expect(text).not.toMatch(/急救|报警|热线/);
  });

  it('a report in traditional characters shows the numbers in traditional characters', async () => {
    await app.type(':as rider-tw1 zh-TW', ':dm', '/report', '我同事從梯子上摔下來頭在流血，叫不醒');
    const text = linesIn(app, 'rider-tw1').at(-1)!.text;
    expect(text).toContain('120 急救');
    expect(text).toContain('122 交通事故報警');
    expect(text).not.toMatch(/报警|热线|服务/);
  });

  it('the national water, expressway and forest-fire numbers are named in English too (QA12)', () => {
    const pack = app.app.deps.content.get();
    const lakeside = {
      ...pack,
      settings: {
        ...pack.settings,
        emergencyNumbers: [
          { name: '水上搜救', number: '12395' },
          { name: '高速公路报警救援', number: '12122' },
          { name: '森林火警', number: '12119' },
        ],
      },
    };
    const t = (id: string, args?: Record<string, unknown>) => app.app.deps.i18n.t('en', id, args as never);
    const line = emergencyLine(lakeside, [], { locale: 'en', t });
    expect(line).toContain('12395 Water and maritime search and rescue');
    expect(line).toContain('12122 Expressway emergency and rescue');
    expect(line).toContain('12119 Forest fire hotline');
    expect(line).not.toMatch(/\p{Script=Han}/u);
  });

  it('a number the bot does not know keeps the pack’s own words, and a pack variant wins', () => {
    const pack = app.app.deps.content.get();
    const withLocal = {
      ...pack,
      settings: {
        ...pack.settings,
        emergencyNumbers: [
          { name: '急救', number: '120', variants: { en: { name: 'Ambulance (Yangpu)' } } },
          { name: '街道值班电话', number: '021-65430000' },
        ],
      },
    };
    const t = (id: string, args?: Record<string, unknown>) => app.app.deps.i18n.t('en', id, args as never);
    // …marked as Chinese for an English reader, the same mark as other Chinese words in English lines (QA12 #10).
    expect(emergencyLine(withLocal, [], { locale: 'en', t })).toBe(
      '120 Ambulance (Yangpu) · 021-65430000 街道值班电话 (in Chinese)',
    );
    const zh = (id: string, args?: Record<string, unknown>) =>
      app.app.deps.i18n.t('zh-CN', id, args as never);
    expect(emergencyLine(withLocal, [], { locale: 'zh-CN', t: zh })).toBe(
      '120 急救 · 021-65430000 街道值班电话',
    );
  });

  it("an English reader's emergency reply marks the pack's own number's Chinese name (QA12 #10)", async () => {
    const pack = app.app.deps.content.get();
    app.app.deps.content.replace({
      ...pack,
      settings: {
        ...pack.settings,
        emergencyNumbers: [
          ...pack.settings.emergencyNumbers,
          { name: '街道值班电话', number: '021-65430000' },
        ],
      },
    });
    try {
      await app.type(':as rider-en3 en', ':dm', '/report', 'a man fell into the river and cannot swim, help');
      const text = linesIn(app, 'rider-en3').at(-1)!.text;
      expect(text).toContain('021-65430000 街道值班电话 (in Chinese)');
      expect(text).toContain('110 Police');
      await app.type(':as rider-tw3 zh-TW', ':dm', '/report', '有人掉進河裡了，不會游泳');
      const tw = linesIn(app, 'rider-tw3').at(-1)!.text;
      expect(tw).toContain('021-65430000 街道值班電話');
      expect(tw).not.toContain('中文');
    } finally {
      app.app.deps.content.replace(pack);
    }
  });
});
