/**
 * A second /report (or the help button, or the group's link) while a report is half-written: the worker is
 * asked whether to carry on with it or drop it — the words and photos already given are never dropped unsaid.
 */
import { describe, expect, it } from 'vitest';
import { lastTicketId, linesIn, press } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: 'meituan' });

const tickets = () => setup.app.app.deps.store.tickets;

describe('/report while a report is open', () => {
  it('offers to carry on with the open report, which then files with its photo and words', async () => {
    await setup.app.type(':as rider-od1', ':dm', '/report', ':photo 邯郸路这里井盖没了');
    setup.app.take();
    await setup.app.type('/report');
    const offer = linesIn(setup.app, 'rider-od1').at(-1)!;
    expect(offer.text).toContain('还有一份没提交的反映');
    expect(offer.text).toContain('邯郸路这里井盖没了');
    expect(offer.choices.join(' ')).toMatch(/继续填写.*重新开始/);

    await press(setup.app, 'rider-od1', '继续填写');
    // The question the worker had reached, asked again.
    expect(linesIn(setup.app, 'rider-od1').at(-1)!.text).toContain('我理解这是「道路隐患」');
    await press(setup.app, 'rider-od1', '对，下一步');
    await press(setup.app, 'rider-od1', '匿名反映');
    await press(setup.app, 'rider-od1', '提交');
    const t = (await tickets().get(lastTicketId(setup.app, 'rider-od1')))!;
    expect(t.text).toBe('邯郸路这里井盖没了');
    expect(t.evidence).toHaveLength(1);
  });

  it('starting afresh says the old one was dropped, and only the new one is filed', async () => {
    await setup.app.type(':as rider-od2', ':dm', '/report', '站长扣了我200块钱');
    await setup.app.type('/report');
    await press(setup.app, 'rider-od2', '重新开始');
    const said = setup.app.take().join('\n');
    expect(said).toContain('已放弃上一份反映');
    expect(said).toContain('请说说遇到了什么问题');
    await setup.app.type('驿站的热水器坏了');
    await press(setup.app, 'rider-od2', '对，下一步');
    await press(setup.app, 'rider-od2', '匿名反映');
    await press(setup.app, 'rider-od2', '提交');
    const t = (await tickets().get(lastTicketId(setup.app, 'rider-od2')))!;
    expect(t.text).toBe('驿站的热水器坏了');
  });

  it('the group link while a report is open asks too, in the worker’s language', async () => {
    await setup.app.type(':as rider-od3 en', ':dm', '/report', 'my boss has not paid me for two months');
    await setup.app.type(':in riders-meituan', '/report');
    await press(setup.app, 'riders-meituan', 'Report privately');
    const offer = linesIn(setup.app, 'rider-od3').at(-1)!;
    expect(offer.text).toContain('not sent yet');
    expect(offer.text).toContain('my boss has not paid me');
    // Starting afresh from the link keeps the group the new report came from.
    await press(setup.app, 'rider-od3', 'start again');
    await setup.app.type('the station manager fined me 50 yuan for being late');
    await press(setup.app, 'rider-od3', 'Yes, next');
    await press(setup.app, 'rider-od3', 'Anonymously');
    expect(linesIn(setup.app, 'rider-od3').at(-1)!.text).toContain("Meituan Delivery Riders' Branch");
  });

  it('a report just opened, with nothing in it yet, simply starts again', async () => {
    await setup.app.type(':as rider-od4 zh-CN', ':dm', '/report', '/report');
    const said = setup.app.take();
    expect(said.at(-1)).toContain('请说说遇到了什么问题');
    expect(said.join('\n')).not.toContain('没提交');
  });
});

describe('another command while a report is open', () => {
  it('/mytickets mid-report keeps the report and says so; the words typed next join it', async () => {
    await setup.app.type(':as rider-od5 zh-CN', ':dm', '/report', ':photo 控江路这里井盖没了');
    setup.app.take();
    await setup.app.type('/mytickets');
    const said = setup.app.take().join('\n');
    expect(said).toContain('您还没有反映过问题');
    expect(said).toContain('正在写的反映还在');
    await setup.app.type('就在公交站旁边');
    expect(linesIn(setup.app, 'rider-od5').at(-1)!.text).toContain('已补充到您的反映里');
    await press(setup.app, 'rider-od5', '对，下一步');
    await press(setup.app, 'rider-od5', '匿名反映');
    await press(setup.app, 'rider-od5', '提交');
    const t = (await tickets().get(lastTicketId(setup.app, 'rider-od5')))!;
    expect(t.text).toBe('控江路这里井盖没了\n就在公交站旁边');
    expect(t.evidence).toHaveLength(1);
  });

  it('/cancel still drops it', async () => {
    await setup.app.type(
      ':as rider-od6 en',
      ':dm',
      '/report',
      'my boss has not paid me for two months',
      '/cancel',
    );
    expect(setup.app.take().join('\n')).not.toContain('still here');
    await setup.app.type('/report');
    expect(setup.app.take().join('\n')).not.toContain('not sent yet');
  });
});

describe('a report that is only a number', () => {
  it('a phone number alone is kept, and the worker asked what happened before any category is guessed', async () => {
    await setup.app.type(':as rider-od7 zh-CN', ':dm', '/report', '13812345678');
    const said = linesIn(setup.app, 'rider-od7').at(-1)!.text;
    expect(said).toContain('请再用一两句话说说遇到了什么问题');
    expect(said).not.toContain('我理解这是');
    await setup.app.type('站长扣了我200块钱');
    await press(setup.app, 'rider-od7', '对，下一步');
    await press(setup.app, 'rider-od7', '匿名反映');
    await press(setup.app, 'rider-od7', '提交');
    const t = (await tickets().get(lastTicketId(setup.app, 'rider-od7')))!;
    expect(t.text).toBe('138****5678\n站长扣了我200块钱');
    expect(t.category).toBe('pay-penalty');
  });
});
