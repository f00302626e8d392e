/**
 * /export in a private chat: the monthly CSV (tickets and the branch summary, export.ts) sent as two
 * files — organisers get the district, secretaries only their own branches' tickets.
 *
 *   /export            this month so far
 *   /export last | 7d | 2026-11
 *
 * The files carry a UTF-8 byte-order mark so Excel reads the Chinese names, like `npm run export --out`.
 */
import type { Feature, MessageCtx } from '../feature.js';
import { ellipsis } from '../text.js';
import { buildExport } from './export.js';
import { parsePeriod, periodToken, ticketsCreatedIn } from './figures.js';

const BOM = '\uFEFF';

export async function exportCommand(ctx: MessageCtx, args: string): Promise<void> {
  const now = ctx.deps.now().getTime();
  const word = args.trim().split(/\s+/)[0] ?? '';
  const period = parsePeriod(word, now, ctx.deps.timezone);
  if (!period)
    return void (await ctx.reply({
      text: [ctx.t('export-unknown', { arg: ellipsis(word, 30) }), '\n', ctx.t('export-usage')],
    }));
  const only = ctx.isOrganiser ? undefined : ctx.secretaryOf;
  if (only && !only.length) return void (await ctx.reply({ text: [ctx.t('error-not-allowed')] }));
  const tickets = await ticketsCreatedIn(ctx.deps.store, period.from, Math.min(period.to, now + 1));
  const out = buildExport(tickets, ctx.deps.content.get(), ctx.deps.timezone, now, only);
  const token = periodToken(period).replace(/\./g, '');
  const csv = (text: string) => Buffer.from(BOM + text, 'utf8');
  await ctx.reply({
    text: [ctx.t('export-summary', { period: token })],
    file: {
      kind: 'document',
      name: `tickets-${token}-branches.csv`,
      mime: 'text/csv',
      data: csv(out.summary),
    },
  });
  await ctx.reply({
    text: [ctx.t('export-tickets', { period: token, n: out.rows })],
    file: { kind: 'document', name: `tickets-${token}.csv`, mime: 'text/csv', data: csv(out.tickets) },
  });
}

export function exportFeature(): Feature {
  return {
    name: 'export',
    commands: [
      {
        name: 'export',
        description: 'cmd-export',
        scope: 'private',
        roles: ['secretary'],
        run: exportCommand,
      },
    ],
  };
}
