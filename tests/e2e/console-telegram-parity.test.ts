/**
 * One core, thin channels: the same conversation through the console adapter and through Telegram
 * (real grammY bot against the Bot API stand-in) must read the same to the person. Only identities
 * differ per channel: the organiser is `org-li` on the console and `1001` on Telegram (content/organisers.yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../helpers/fake-bot-api.js';

/** Who speaks where, and what they type. */
const SCRIPT: { where: 'dm' | 'group'; text: string }[] = [
  { where: 'dm', text: '/start' },
  { where: 'dm', text: '/help' },
  { where: 'group', text: '/bind meituan-yangpu' },
  { where: 'group', text: '/group' },
  { where: 'dm', text: '/foo' },
  { where: 'group', text: '/bind' },
];

interface Said {
  text: string;
  buttons: string[];
}

let consoleApp: TestApp;
let telegram: TelegramTestApp;
beforeAll(async () => {
  [consoleApp, telegram] = await Promise.all([createTestApp(), createTelegramTestApp()]);
});
afterAll(async () => {
  await Promise.all([consoleApp?.close(), telegram?.close()]);
});

async function throughConsole(): Promise<Said[]> {
  const out: Said[] = [];
  await consoleApp.type(':as org-li zh-CN');
  for (const step of SCRIPT) {
    await consoleApp.type(step.where === 'dm' ? ':dm' : ':in riders-meituan 美团骑手群');
    const before = consoleApp.console.transcript.length;
    await consoleApp.type(step.text);
    for (const line of consoleApp.console.transcript.slice(before).filter((l) => l.kind === 'send'))
      out.push({ text: line.text, buttons: line.choices });
  }
  return out;
}

async function throughTelegram(): Promise<Said[]> {
  const out: Said[] = [];
  // Same display name as the console identity, so the greeting reads the same.
  const organiser = telegram.u.person(1001, { first_name: 'org-li', language_code: 'zh-hans' });
  const group = telegram.u.group(-1001777000111, '美团骑手群');
  for (const step of SCRIPT) {
    const mark = telegram.api.mark();
    await telegram.handle(
      step.where === 'dm'
        ? telegram.u.privateText(organiser, step.text)
        : telegram.u.groupText(group, organiser, step.text),
    );
    const chatId = step.where === 'dm' ? organiser.id : group.id;
    const texts = telegram.api.shownTexts(mark);
    const last = telegram.api.lastMessage(chatId);
    texts.forEach((text, i) =>
      out.push({ text, buttons: i === texts.length - 1 ? buttonsOf(last).map((b) => b.text) : [] }),
    );
  }
  return out;
}

describe('console and Telegram parity', () => {
  it('the same script produces the same plain texts and the same buttons', async () => {
    const [viaConsole, viaTelegram] = [await throughConsole(), await throughTelegram()];
    expect(viaConsole).toHaveLength(SCRIPT.length);
    expect(viaTelegram).toEqual(viaConsole);
    // And it is the conversation we meant: a greeting, a binding, the group's branch, an unknown command, branch choices.
    expect(viaTelegram[0]!.text).toContain('驿站助手');
    expect(viaTelegram[2]!.text).toContain('已绑定');
    expect(viaTelegram[3]!.text).toContain('美团外卖杨浦骑手支部');
    expect(viaTelegram[4]!.text).toContain('/foo');
    expect(viaTelegram[5]!.buttons.length).toBeGreaterThan(3);
  });
});
