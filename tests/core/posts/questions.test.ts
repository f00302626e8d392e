/**
 * A worker's reply to a notice or a lesson is a question about it (QA4 #3): answered from the post's own text
 * (the sentence with the date or place asked for), else the text with an offer to pass the question on —
 * never an unrelated FAQ entry. Real Redis, the console app, the delivery engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { asksAboutNamedNotice, asksAboutPost, namesNotice } from '../../../src/core/posts/feature.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10 } from '../lessons/fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const NOTICE = '下周一（3月9日）起，奥体驿站免费领取冬季护膝。每人一副，带上工牌。';

async function sendNotice(app: TestApp): Promise<void> {
  await app.type(':as org-test', ':dm', '/notice', NOTICE, ':press 1', ':press 5');
  await app.type(':press 4'); // confirm (all groups)
  await delivered(app, 'notice:n1');
}

describe('questions about a notice or a lesson', () => {
  it('a reply to a notice is answered from the notice: when, where, and what it means', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await bindGroup(t, 'riders-en', 'riders-test en');
    await sendNotice(t);
    t.take();

    await t.type(':as w1', ':in riders-a', ':reply 哪天开始');
    let out = t.take().join('\n');
    expect(out).toContain('通知里是这样写的');
    // Quoted in zh-CN's own marks, from the locale (stop 41: 「…」 was written in code).
    expect(out).toContain('“下周一（3月9日）起，奥体驿站免费领取冬季护膝。”');
    expect(out).not.toContain('每人一副'); // only the sentence asked about
    expect(out).toContain('转给测试区新就业群体党委');
    expect(t.console.transcript.at(-1)!.choices).toEqual(['📨 转给区里']);

    await t.type(':reply 护膝在哪领');
    expect(t.take().join('\n')).toContain('奥体驿站免费领取冬季护膝');

    await t.type(':reply 这个通知是啥意思');
    out = t.take().join('\n');
    expect(out).toContain('这是区里发的通知');
    expect(out).toContain('每人一副，带上工牌');
    expect(out).toContain('测试区新就业群体党委');

    // Without a reply, a mention naming "the notice" is asked of the group's latest one.
    // An English reader of a notice written only in Chinese is told that, not that it "does not say" (QA12 #7).
    await t.type(':in riders-en', '@waystation_bot what does this notice mean');
    out = t.take().join('\n');
    expect(out).toContain('The notice is in Chinese only; it reads:\n“下周一（3月9日）起，奥体驿站');
    expect(out).not.toContain('does not say');

    // "收到" is not a question: the FAQ's small talk answers it, not the notice.
    await t.type(':in riders-a', ':reply 收到');
    expect(t.take().join('\n')).not.toContain('通知里');
  });

  it('a zh-TW group that got the notice converted is quoted what it received, in traditional (QA7 #2)', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await sendNotice(t);
    const received = t.take().join('\n');
    expect(received).toContain('奧體驛站免費領取冬季護膝');

    await t.type(':as w1', ':in riders-tw', ':reply 哪天開始');
    let out = t.take().join('\n');
    expect(out).toContain('通知裡是這樣寫的');
    expect(out).toContain('「下週一（3月9日）起，奧體驛站免費領取冬季護膝。」');
    expect(out).not.toContain('护膝');

    await t.type(':reply 這個通知是啥意思');
    out = t.take().join('\n');
    expect(out).toContain('這是區裡發的通知');
    expect(out).toContain('每人一副，帶上工牌');
    expect(out).not.toContain('带上工牌');

    // A zh-TW organiser's /notices shows it as zh-TW groups got it (they wrote it in simplified: told to read zh-TW).
    await t.app.deps.store.people.setWrittenLocale('console', 'org-test', 'zh-TW');
    await t.type(':as org-test zh-TW', ':dm', '/notices');
    expect(t.take().join('\n')).toContain('「下週一（3月9日）起，奧體驛站免費領取冬季護膝。');
  });

  it('a zh-TW group is quoted a lesson in traditional, as it was sent (QA7 #2)', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await t.app.lessons.tick();
    await delivered(t, `lesson:weekday-safety:${MONDAY_10}`);
    await t.type(':as w1', ':in riders-tw', ':reply 這課說的啥');
    const out = t.take().join('\n');
    expect(out).toContain('這是微課堂《頭盔要戴好》');
    expect(out).toContain('騎車一定要戴頭盔');
    expect(out).not.toContain('头盔');
  });

  it('the pass button sends the question, with the notice it is about, to the branch', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await sendNotice(t);
    await t.type(':as w1', ':in riders-a', ':reply 我们快递的能领吗');
    t.take();
    await t.type(':press 1');
    const escalation = t.console.transcript
      .filter((l) => l.to.chatId === 'district-escalation' && l.kind === 'send')
      .map((l) => l.text)
      .join('\n');
    expect(escalation).toContain('我们快递的能领吗');
    expect(escalation).toContain('问的是通知');
  });

  it('a question of its own under a notice gets its ordinary answer; the notice only when nothing else answers', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await bindGroup(t, 'riders-b', 'riders-test');
    await sendNotice(t);
    t.take();

    // Pointing at the notice, or asking only when: the notice answers, though the FAQ knows a "哪里".
    // (`:reply` answers the bot's last message; the bot's answer about a notice is about the notice too.)
    await t.type(':as w1', ':in riders-a', ':reply 这个几点开始');
    let out = t.take().join('\n');
    expect(out).toContain('通知里是这样写的');
    expect(out).toContain('下周一（3月9日）起');
    await t.type(':reply 护膝是什么牌子的');
    expect(t.take().join('\n')).toContain('通知里没有直接写到您问的');

    // A question of its own that nothing answers: the notice's "does not say" and the pass button.
    await t.type(':reply 骑车摔了能报工伤吗');
    out = t.take().join('\n');
    expect(out).toContain('通知里没有直接写到您问的');
    expect(t.console.transcript.at(-1)!.choices).toEqual(['📨 转给区里']);

    // Asked under the notice but not about it: stations or the FAQ answer, as they would anywhere (QA4 #3).
    await t.type(':reply 附近哪里能充电');
    out = t.take().join('\n');
    expect(out).toContain('提供充电的驿站');
    expect(out).toContain('测试路暖心驿站');
    expect(out).not.toContain('通知');
    await t.type(':in riders-b', ':reply 哪里可以免费体检呀');
    out = t.take().join('\n');
    expect(out).toContain('每季度在驿站有巡回体检');
    expect(out).not.toContain('奥体驿站');
  });

  it('a reply to a lesson is answered from the lesson', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.app.lessons.tick();
    await delivered(t, `lesson:weekday-safety:${MONDAY_10}`);
    await t.type(':as w1', ':in riders-a', ':reply 这课说的啥');
    const out = t.take().join('\n');
    expect(out).toContain('这是微课堂《头盔要戴好》');
    expect(out).toContain('骑车一定要戴头盔');
  });
});

describe('a post in Chinese only, asked about by an English reader (QA12 #7)', () => {
  it('says the notice or lesson is in Chinese only before quoting it', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-en', 'riders-test en');
    await sendNotice(t);
    t.take();
    await t.type(':as w-en en', ':in riders-en', ':reply when does it start?');
    let out = t.take().join('\n');
    expect(out).toContain(
      'The notice is in Chinese only; this part of it should answer you:\n“下周一（3月9日）起，奥体驿站免费领取冬季护膝。”',
    );

    // The second lesson has no English version; the first has one, and is quoted as it is.
    await t.type(':as org-test', ':in riders-en', '/lesson');
    await t.type(':as w-en', ':reply what does this mean');
    out = t.take().join('\n');
    expect(out).toContain('This is the lesson "Wear your helmet"; it does not say that directly.');
    await t.type(':as org-test', '/lesson');
    await t.type(':as w-en', ':reply what does this mean');
    out = t.take().join('\n');
    expect(out).toContain('The lesson "不闯红灯" is in Chinese only; it reads:\n“赶单再急也不能闯红灯。”');
  });
});

describe('branch names for English and zh-TW readers (QA7 #6)', () => {
  it('a branch the pack names only in Chinese is read out for English readers, converted for zh-TW', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-en', 'riders-test en');
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await sendNotice(t);
    t.take();
    await t.type(':as w1', ':in riders-en', ':reply what does it mean');
    const reading = '测试区新就业群体党委 (Ceshi Qu Xinjiuye Qunti Dangwei)';
    expect(t.take().join('\n')).toContain(`To ask ${reading}, tap the button below.`);
    await t.type(':press 1');
    expect(t.take().join('\n')).toContain(`Passed to ${reading}; they will reply`);

    await t.type(':as w2', ':in riders-tw', ':reply 這個是啥意思');
    expect(t.take().join('\n')).toContain('轉給測試區新就業群體黨委');
  });
});

describe('a lesson quoted back (QA7 #3)', () => {
  it('is quoted as plain text, the way the chat showed it, not its Markdown', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    const pack = t.app.deps.content.get();
    const body =
      '**3月9日起**，骑车一定要戴头盔。\n\n- 扣好_卡扣_\n- 每周检查一次 [详情](https://example.org/helmet)';
    t.app.deps.content.replace({
      ...pack,
      series: pack.series.map((s) => ({
        ...s,
        lessons: s.lessons.map((l) => (l.id === 'safety-helmet' ? { ...l, body } : l)),
      })),
    });
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.app.lessons.tick();
    await delivered(t, `lesson:weekday-safety:${MONDAY_10}`);
    await t.type(':as w1', ':in riders-a', ':reply 哪天开始');
    let out = t.take().join('\n');
    expect(out).toContain('这节课里是这样写的');
    expect(out).toContain('“3月9日起，骑车一定要戴头盔。”');
    expect(out).not.toContain('**');

    await t.type(':reply 这课说的啥');
    out = t.take().join('\n');
    expect(out).toContain('3月9日起，骑车一定要戴头盔。\n\n• 扣好卡扣\n• 每周检查一次 详情');
    expect(out).not.toMatch(/\*\*|_卡扣_|- 扣好|\]\(/);
  });
});

describe('which replies ask about the post', () => {
  const qa = '下周一（12月7日）起，奥体驿站免费领取冬季护膝，每人一副。';
  it('points at it, asks only when or where, or uses its words', () => {
    for (const q of [
      '哪天开始',
      '几点',
      '在哪领',
      '这个通知是啥意思',
      '那我能领吗',
      '护膝在哪领',
      'what does it mean',
    ])
      expect(asksAboutPost(q, qa), q).toBe(true);
  });
  it('a question of its own is not about it', () => {
    for (const q of [
      '附近哪里能充电',
      '骑车摔了能报工伤吗',
      '这附近哪里能充电',
      '哪里可以免费体检',
      'where can I charge my phone',
    ])
      expect(asksAboutPost(q, qa), q).toBe(false);
  });
});

describe('a mention that names the group’s notice (QA28 #2)', () => {
  const CLOSURE = '明天上午九点起平凉路封路施工，请绕行。';

  it('is told by the words workers use for the group’s notice, in zh-CN, zh-TW and English', () => {
    for (const q of [
      '刚才的通知说哪天封路',
      '@waystation_bot 刚刚发的那条公告几点开始',
      '剛才群裡發的通知說什麼',
      '上面那条通知写的啥',
      '最新通知讲的啥',
      '上一条通知说的哪条路',
      '今天的公告说几点',
      '群里置顶的通知',
      '群組公告寫的幾點開始',
      '這則通知是什麼意思',
      '通知上写的哪天施工',
      '刚才发的说几点开始',
      '置顶的说哪天',
      'what did the notice say',
      "what time does today's notice say",
      'what was the latest announcement about',
      'which road is in the pinned message',
    ])
      expect(namesNotice(q), q).toBe(true);
    for (const q of [
      '平台通知我账号被封了怎么办',
      '今天通知我去面试',
      '刚发的工资被扣了两百',
      '这次平台通知说我违规',
      '站长通知明天开会吗',
      'I got a notice from the platform',
    ])
      expect(namesNotice(q), q).toBe(false);
  });

  it('asks about the notice when it asks what it says, when, where or whether one may pass; not when it asks of notices in general', () => {
    for (const q of [
      '刚才的通知说哪天封路',
      '刚才的通知几点开始',
      '今天的公告说车从哪里进出',
      '群公告上说能过吗',
      '剛才的通知呢',
      'what day did the notice say the road closes',
      'what is the latest announcement about',
    ])
      expect(asksAboutNamedNotice(q, CLOSURE), q).toBe(true);
    for (const q of [
      '群通知的收到按钮是干嘛的',
      '刚才的通知收到按钮要点吗',
      '群通知太多了',
      '群通知怎么关掉',
    ])
      expect(asksAboutNamedNotice(q, CLOSURE), q).toBe(false);
  });
});
