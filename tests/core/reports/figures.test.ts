import { describe, expect, it } from 'vitest';
import { computeFigures, ratios, type FigureTicket } from '../../../src/core/reports/figures.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 4, 12, 2);

/** A normal ticket filed at T0: respond within 24 h, resolve within 7 days. */
function ticket(over: Partial<FigureTicket>): FigureTicket {
  return {
    id: 'JN-2026-000001',
    status: 'new',
    category: 'pay',
    branch: 'a',
    createdAt: T0,
    respondBy: T0 + 24 * HOUR,
    resolveBy: T0 + 168 * HOUR,
    ...over,
  };
}
const at = (hours: number) => T0 + hours * HOUR;
const rates = (list: FigureTicket[], now: number) =>
  ratios(computeFigures(list, { confirmWindowDays: 3 }, now));

describe('rates count a ticket against a deadline only once it has passed or been met', () => {
  it('a ticket just filed is in no denominator yet; once its respond deadline passes unanswered it is a miss', () => {
    const fresh = ticket({});
    expect(rates([fresh], at(0.01))).toMatchObject({
      response: { n: 0, of: 0 },
      closure: { n: 0, of: 0 },
      solved: { n: 0, of: 0 },
    });
    expect(rates([fresh], at(24)).response).toEqual({ n: 0, of: 1 });
    expect(rates([fresh], at(168)).closure).toEqual({ n: 0, of: 1 });
  });

  it('a response before the deadline counts at once, a late one counts as late', () => {
    const early = ticket({ status: 'claimed', firstResponseAt: at(1) });
    const late = ticket({ id: 'b', status: 'claimed', firstResponseAt: at(30) });
    expect(rates([early], at(2)).response).toEqual({ n: 1, of: 1 });
    expect(rates([early, late], at(31)).response).toEqual({ n: 1, of: 2 });
  });

  it('办结 counts as soon as staff resolve; 实际解决 waits for the worker or the window', () => {
    const resolved = ticket({ status: 'resolved', firstResponseAt: at(1), resolvedAt: at(5) });
    expect(rates([resolved], at(6))).toMatchObject({
      closure: { n: 1, of: 1 },
      closureOnTime: { n: 1, of: 1 },
      solved: { n: 0, of: 0 },
    });
    // Window of 3 days passed without an objection: solved, on time.
    expect(rates([resolved], at(5 + 72))).toMatchObject({
      solved: { n: 1, of: 1 },
      solvedOnTime: { n: 1, of: 1 },
    });
  });

  it('a reopened ticket (resolution cleared) is neither closed nor solved, and counts once its new deadline passes', () => {
    const reopened = ticket({
      status: 'claimed',
      firstResponseAt: at(1),
      resolveBy: at(21 + 168),
    });
    expect(rates([reopened], at(22)).closure).toEqual({ n: 0, of: 0 });
    expect(rates([reopened], at(190))).toMatchObject({
      closure: { n: 0, of: 1 },
      solved: { n: 0, of: 1 },
    });
  });

  it('the worker saying "solved" late is solved but not on time; 满意率 is over the rated only', () => {
    const late = ticket({
      status: 'closed',
      firstResponseAt: at(1),
      resolvedAt: at(200),
      closedAt: at(201),
      closeReason: 'confirmed',
      solved: true,
      rating: 4,
    });
    const unrated = ticket({ id: 'b', status: 'claimed', firstResponseAt: at(2) });
    expect(rates([late, unrated], at(202))).toMatchObject({
      solved: { n: 1, of: 2 },
      solvedOnTime: { n: 0, of: 2 },
      closureOnTime: { n: 0, of: 2 },
      satisfaction: { n: 1, of: 1 },
    });
  });
});
