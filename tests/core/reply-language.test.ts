/**
 * The reply follows the language and script a question is written in, not only the client's setting:
 * English to a zh-CN client gets English; traditional characters get traditional, with the pack's
 * simplified content (station names, addresses, sources, branch names) converted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('the language of the reply', () => {
  it('English words from a zh-CN client are answered in English', async () => {
    await app.type(':as rider-l1 zh-CN', ':dm', 'where can I get hot water near Wujiaochang');
    const [answer] = app.take();
    expect(answer).toContain('Stations nearest to');
  });

  it('traditional characters from a zh-CN client get traditional, content converted too', async () => {
    await app.type(':as rider-l2 zh-CN', ':dm', '五角場附近哪裡能充電');
    const [answer] = app.take();
    expect(answer).toContain('離「五角場」最近的驛站');
    // Station names and addresses from the pack (written in simplified) are converted, not mixed in.
    expect(answer).toContain('驛站');
    expect(answer).not.toMatch(/驿站|杨浦区|号/);
  });

  it('station names and addresses keep their words in traditional script: 社区 → 社區, never 社群 (QA5 #4)', async () => {
    await app.type(':as rider-l7 zh-TW', ':dm', '控江路附近哪裡能充電');
    const answer = app.take().join('\n');
    expect(answer).toContain('控江路社區暖心驛站');
    expect(answer).toContain('社區黨群服務中心');
    expect(answer).not.toContain('社群');
  });

  it('a FAQ answer to traditional characters shows its source converted as well', async () => {
    await app.type(':as rider-l3 zh-CN', ':dm', '社保怎麼交');
    const answer = app.take().join('\n');
    const source = answer.split('\n').find((l) => l.startsWith('來源') || l.includes('來源'));
    expect(source).toBeDefined();
    expect(source).not.toMatch(/[区会险总]/);
  });

  it('the buttons pressed next keep the language the person wrote in', async () => {
    await app.type(':as rider-l5 zh-CN', ':dm', '/report', 'the station fined me 50 yuan for being late');
    const proposal = app.take().at(-1)!;
    expect(proposal).toContain('I understand this is about');
    await app.type(':press 1');
    expect(app.take().join('\n')).toContain('anonymous');
  });

  it('simplified characters from a zh-TW client get simplified', async () => {
    await app.type(':as rider-l4 zh-TW', ':dm', '五角场附近哪里能充电');
    expect(app.take()[0]).toContain('离「五角场」最近的驿站');
  });

  it('a question typed in pinyin is answered in Chinese, and the next reply stays Chinese', async () => {
    await app.type(':as rider-l6 zh-CN', ':dm', 'tijian zenme baoming');
    const answer = app.take().join('\n');
    expect(answer).toContain('体检');
    expect(answer).not.toContain('health check');
    // Nor is the person taken for an English reader afterwards.
    await app.type('/help');
    const help = app.take().join('\n');
    expect(help).toMatch(/[\u4e00-\u9fff]/);
    expect(help).not.toMatch(/Report a problem/);
  });

  it('English with a little Chinese from an English client stays English, and is remembered so (QA12 #3)', async () => {
    await app.type(':as rider-mx1 en', ':dm', 'my e-bike battery got stolen, 怎么办');
    const answer = app.take().join('\n');
    expect(answer).not.toMatch(/有用|没用|这是要反映的问题/);
    expect(answer).toMatch(/[A-Za-z]{4,} [A-Za-z]{4,}/);
    // The next reply, to words that tell no language, is English too.
    await app.type('/help');
    expect(app.take().join('\n')).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(await app.app.deps.store.people.writtenLocale('console', 'rider-mx1')).toBe('en');
  });

  it('mostly Chinese, or pinyin, from an English client is still Chinese', async () => {
    await app.type(':as rider-mx2 en', ':dm', '我的电瓶昨晚在小区楼下被偷了 help');
    expect(app.take().join('\n')).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(await app.app.deps.store.people.writtenLocale('console', 'rider-mx2')).toBe('zh-CN');
    await app.type(':as rider-mx3 en', ':dm', 'gongshang baoxian zenme ban');
    app.take();
    expect(await app.app.deps.store.people.writtenLocale('console', 'rider-mx3')).toBe('zh-CN');
  });

  it('pinyin from a zh-TW writer keeps traditional characters', async () => {
    await app.type(':as rider-l7 zh-TW', ':dm', '哪裡可以充電', 'tijian zenme baoming');
    const answer = app.take().at(-1)!;
    expect(answer).toContain('體檢');
  });
});

describe('text typed at a prompt does not change the language (QA round 2, #6)', () => {
  it("an organiser's notice with an English line keeps her UI in Chinese", async () => {
    await app.type(':as org-li zh-CN', ':dm', '/notice', '12月10日起五角场驿站夜间开放。');
    app.take();
    await app.type('[en]', 'From 10 Dec the Wujiaochang station opens at night. Call Wang.');
    const afterEnglish = app.take().join('\n');
    expect(afterEnglish).toMatch(/[\u4e00-\u9fff]/);
    expect(afterEnglish).not.toMatch(/Please carry on/);
    await app.type('/cancel', '/help');
    const help = app.take().join('\n');
    expect(help).toMatch(/[\u4e00-\u9fff]/);
    expect(help).not.toMatch(/Report a problem|What I can do/);
  });

  it('staff whose first words at a prompt are English keep their own language', async () => {
    await app.type(':as org-zhang zh-CN', ':dm', '/notice', 'Night opening at Wujiaochang from Monday on.');
    app.take();
    await app.type('/cancel', '/help');
    expect(app.take().join('\n')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a worker whose first words to the bot are English still gets English', async () => {
    await app.type(':as rider-l8 zh-CN', ':dm', 'where can I charge my battery near Wujiaochang');
    expect(app.take().join('\n')).toContain('Stations nearest to');
    await app.type('/help');
    expect(app.take().join('\n')).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('a worker who uses Chinese keeps Chinese after an English line in a report', async () => {
    await app.type(':as rider-l9 zh-CN', ':dm', '哪里能充电', '/report', 'the station fined me 50 yuan');
    const proposal = app.take().at(-1)!;
    expect(proposal).toContain('我理解');
  });
});

describe('a worker who switches language after a list of stations (stop 41: English got Chinese)', () => {
  // A list with no place known asks for a location; what is typed while it waits is a new question, not an answer.
  it('zh-CN → en: an English question after a Chinese list is answered in English, and "2" keeps English', async () => {
    await app.type(':as rider-sw1 zh-CN', ':dm', '附近有驿站吗');
    expect(app.take().join('\n')).toContain('驿站：');
    await app.type('where can I get hot water near Wujiaochang');
    expect(app.take().join('\n')).toContain('Stations nearest to');
    await app.type('2');
    expect(app.take().join('\n')).toContain('Hours: every day');
  });

  it('en → zh-CN: Chinese after an English list is answered in Chinese, and "2" keeps Chinese on an English client', async () => {
    await app.type(':as rider-sw2 en', ':dm', 'are there any stations nearby');
    expect(app.take().join('\n')).toContain('Stations:');
    await app.type('五角场附近哪里有热水');
    expect(app.take().join('\n')).toContain('离「五角场」最近的驿站');
    await app.type('2');
    expect(app.take().join('\n')).toContain('营业时间：每天');
  });

  it('zh-CN → zh-TW: traditional characters after a simplified list get traditional, and "2" keeps it', async () => {
    await app.type(':as rider-sw3 zh-CN', ':dm', '附近有驿站吗');
    app.take();
    await app.type('五角場附近哪裡有熱水');
    expect(app.take().join('\n')).toContain('離「五角場」最近的驛站');
    await app.type('2');
    expect(app.take().join('\n')).toContain('營業時間：每天');
  });
});

describe('the console', () => {
  it('`:as USER` without LANG uses that person’s own language, not the last one’s (QA round 2)', async () => {
    await app.type(':as rider-c1 zh-TW', ':dm', '/help');
    expect(app.take().join('\n')).toContain('我能做什麼');
    await app.type(':as rider-c2', ':dm', '/help');
    expect(app.take().join('\n')).toContain('我能做什么');
    await app.type(':as rider-c1', ':dm', '/help');
    expect(app.take().join('\n')).toContain('我能做什麼');
  });
});

describe("a change of the client's language (stop 41: `:as org-li en` kept zh-CN)", () => {
  it('an organiser who wrote Chinese, then set English, is answered in English, and a Chinese notice keeps it', async () => {
    await app.type(':as org-li zh-CN', ':dm', '哪里有热水');
    expect(app.take().join('\n')).toContain('提供热水的驿站');
    await app.type(':as org-li en', '/help');
    expect(app.take().join('\n')).toContain('What I can do');
    // Chinese typed at a prompt is the notice's text, not a choice of language.
    await app.type('/notice', '明天驿站停电。');
    expect(app.take().join('\n')).toContain('Which groups');
    await app.type('/cancel', '/stats');
    expect(app.take().join('\n')).toContain('Whole district');
    // Back to a Chinese client: Chinese again, and a zh-TW client gets traditional characters.
    await app.type(':as org-li zh-CN', '/stats');
    expect(app.take().join('\n')).toContain('全区');
    await app.type(':as org-li zh-TW', '/help');
    expect(app.take().join('\n')).toContain('我能做什麼');
  });

  it('a worker who writes English from a Chinese client stays English while the client stays as it was', async () => {
    await app.type(':as rider-lang2 zh-CN', ':dm', 'where can I charge my battery near Wujiaochang', '/help');
    expect(app.take().join('\n')).toContain('What I can do');
    await app.type(':as rider-lang2 zh-TW', '/help');
    expect(app.take().join('\n')).toContain('我能做什麼');
  });
});

describe('English FAQ suggestions (QA round 2, #10)', () => {
  it('mark an entry the pack has only in Chinese, and show English titles where the pack has them', async () => {
    await app.type(':as rider-f1 en', ':dm', 'how do I change my bank card for payouts');
    const last = app.console.transcript.at(-1)!;
    const chinese = last.choices.filter((c) => /[\u4e00-\u9fff]/.test(c));
    expect(chinese).toContain('银行网点的“爱心接力站”能用吗 (in Chinese)');
    for (const c of chinese) expect(c).toContain('(in Chinese)');
    // Entries with an English variant keep their English title, unmarked.
    expect(last.choices).toContain('After an injury at work — how to report…');
  });
});
