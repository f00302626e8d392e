/**
 * A phone number told in pieces (我电话是： / 138 / 1234 / 5678) is read together as "138，1234，5678"
 * (core/fragments.ts); the FAQ gap log kept that whole, and an organiser's /gaps showed the worker's number (QA30).
 * The mask now reads a comma or 、 between a mobile's 3-4-4 groups as it reads a space. Real app, console, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock } from '../reports/helpers.js';

let app: TestApp;
const c = clock();

beforeAll(async () => {
  app = await createTestApp({ now: c.now });
});
afterAll(async () => app.close());

/** `rider` sends `pieces` one by one in private, 3 seconds apart (so they are read together as one message). */
async function sendInPieces(rider: string, pieces: string[]): Promise<void> {
  await app.type(`:as ${rider} zh-CN`, ':dm');
  for (const piece of pieces) {
    await app.type(piece);
    c.advance(3_000);
  }
  app.take();
}

/** What an organiser's /gaps shows. */
async function organiserGaps(): Promise<string> {
  await app.type(':as org-li', ':dm', '/gaps');
  return app.take().join('\n');
}

describe('a phone number sent in pieces', () => {
  it('reaches an organiser’s /gaps masked', async () => {
    await sendInPieces('rider-pieces', ['我电话是：', '138', '1234', '5678']);
    const seen = await organiserGaps();
    expect(seen).toContain('138****5678');
    expect(seen).not.toMatch(/1234\D{0,3}5678/);
    // Each piece was a gap of its own: the whole replaced them, so no line gives back what the mask hid (QA31 #1).
    expect(seen).not.toMatch(/138\D{0,3}1234/);
  });

  it('typed with commas or 、, is masked wherever a number is', async () => {
    await app.type(
      ':as rider-commas zh-CN',
      ':dm',
      '电话138，1234，5678 身份证没带',
      '手机 139、8765、4321 在哪体检',
    );
    app.take();
    const seen = await organiserGaps();
    expect(seen).not.toMatch(/8765|1234\D{0,3}5678/);
  });

  it('an ID number sent in pieces reaches /gaps masked too (QA31)', async () => {
    await sendInPieces('rider-id-pieces', ['我身份证号是', '310101', '19900307', '1234']);
    const seen = await organiserGaps();
    expect(seen).toContain('310***********1234');
    expect(seen).not.toMatch(/19900307\D{0,3}1234/);
    expect(seen).not.toMatch(/310101|19900307/);
  });

  it('another person’s same words stay in /gaps, counted once: only the pieces are withdrawn', async () => {
    await app.type(':as rider-other zh-CN', ':dm', '我电话是：，138');
    app.take();
    await sendInPieces('rider-phone2', ['我电话是：', '138', '1234', '5678']);
    const seen = await organiserGaps();
    // rider-other's own question stays; rider-phone2's pieces are gone, so it is counted once, not twice.
    expect(seen).toMatch(/1\D{0,6}我电话是：，138(?!\d|\*|，)/);
    expect(seen).not.toMatch(/138\D{0,3}1234/);
  });
});
