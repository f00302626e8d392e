/**
 * Words told where they cannot be reported reach the private report (found by QA: "/report 站点扣了我500块…" in a group,
 * or an emergency told to the bot there, opened an empty report; a story over the FAQ's length limit was told to use
 * /report and lost). They are kept server-side for half an hour, never shown again in the group, and the private
 * report starts with them, classified at once.
 */
import { describe, expect, it } from 'vitest';
import { useReportsApp } from './drive.js';
import { lastTicketId, linesIn, press } from './helpers.js';

const setup = useReportsApp({ bind: true });

const tickets = () => setup.app.app.deps.store.tickets;

describe('/report with words in a group', () => {
  it('the private report starts with them, classified, at the group’s branch', async () => {
    await setup.app.type(':as rider-gw1', ':in riders-meituan', '/report 站点扣了我500块，没有任何说明');
    const group = linesIn(setup.app, 'riders-meituan').at(-1)!;
    expect(group.text).toContain('带进反映里');
    expect(group.text).not.toContain('500');
    await press(setup.app, 'riders-meituan', '私下反映');
    const dm = linesIn(setup.app, 'rider-gw1')
      .map((l) => l.text)
      .join('\n');
    expect(dm).toContain('站点扣了我500块');
    expect(dm).toContain('我理解这是');
    await press(setup.app, 'rider-gw1', '对，下一步');
    await press(setup.app, 'rider-gw1', '匿名反映');
    await press(setup.app, 'rider-gw1', '提交');
    const t = (await tickets().get(lastTicketId(setup.app, 'rider-gw1')))!;
    expect(t.text).toBe('站点扣了我500块，没有任何说明');
    expect(t.branch).toBe('meituan-yangpu');
  });

  it('the words start one report only: the link pressed again starts empty', async () => {
    await setup.app.type(':as rider-gw2', ':in riders-meituan', '/report 站长天天骂人');
    await press(setup.app, 'riders-meituan', '私下反映');
    await setup.app.type('/cancel');
    setup.app.take();
    await press(setup.app, 'riders-meituan', '私下反映');
    expect(linesIn(setup.app, 'rider-gw2').at(-1)!.text).toContain('请说说');
  });
});

describe('an emergency told to the bot in a group', () => {
  it('gives the numbers there, and the private report starts with the words as an emergency', async () => {
    await setup.app.type(
      ':as rider-gw3',
      ':in riders-meituan',
      '@waystation_bot 救命 兄弟被车撞了 在地上动不了',
    );
    expect(setup.app.take().join('\n')).toContain('120');
    await press(setup.app, 'riders-meituan', '私下反映');
    const dm = linesIn(setup.app, 'rider-gw3')
      .map((l) => l.text)
      .join('\n');
    expect(dm).toContain('兄弟被车撞了');
    expect(dm).toMatch(/特急/);
  });
});

describe('/report with words in private', () => {
  it('starts with them at once', async () => {
    await setup.app.type(':as rider-gw4', ':dm', '/report 宿舍热水器坏了一个礼拜');
    expect(linesIn(setup.app, 'rider-gw4').at(-1)!.text).toContain('我理解这是');
  });
});

describe('a story too long for the FAQ', () => {
  it('is offered as a report with its words', async () => {
    const story = `我在站点干了两年，${'每天跑五十单，'.repeat(80)}现在站长说我违规要扣我三个月的工资，我不服。`;
    await setup.app.type(':as rider-gw5', ':dm', story);
    expect(linesIn(setup.app, 'rider-gw5').at(-1)!.text).toContain('消息有点长');
    await press(setup.app, 'rider-gw5', '把这些反映给支部');
    await press(setup.app, 'rider-gw5', '对，下一步');
    await press(setup.app, 'rider-gw5', '匿名反映');
    await press(setup.app, 'rider-gw5', '提交');
    const t = (await tickets().get(lastTicketId(setup.app, 'rider-gw5')))!;
    expect(t.text).toBe(story);
  });
});
