/**
 * Where the FAQ hands things to people: a question the bot could not answer (or whose answer got a 👎),
 * passed to a branch, and a one-tap station problem ("closed", "no hot water", "full"), passed to the
 * branch that runs the station.
 *
 * A passed question is announced in the branch's triage chat with a **Reply** button (`fq:r:<id>`); the
 * secretary's answer goes back to the worker (branch-reply.ts). This is also the seam for the report
 * queue: a Handoff that opens a ticket can replace `createHandoff` (pass it to `faqFeature({ handoff })`).
 */
import { assertCallbackData, bold, italic, type Button, type Card, type Span } from '../card.js';
import type { Branch, ContentPack, Station } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import type { Locale } from '../content/schema.js';
import { staffChatAddress } from '../identity.js';
import { maskText } from '../mask.js';
import { DeliveryError } from '../outbox.js';
import { ellipsis } from '../text.js';
import { CHANNELS, type Address, type Channel, type MessageRef } from '../types.js';
import type { StationProblem, StoredQuestion } from '../ports/faq.js';
import { encodeRef } from '../ports/tickets.js';
import { localEntry, passButtonTo, type T } from './cards.js';
import { chatLocale } from '../groups/chat-locale.js';
import { stationAddress, stationName } from '../stations/reading.js';
import { branchName as nameOfBranch } from '../groups/branch-name.js';

export interface QuestionHandoff {
  branch: Branch;
  question: StoredQuestion;
  channel: Channel;
}

export interface StationProblemHandoff {
  station: Station;
  branch: Branch;
  problem: StationProblem;
  /** Reports of this problem today, this one included. */
  count: number;
  channel: Channel;
}

export interface Handoff {
  question(h: QuestionHandoff): Promise<void>;
  stationProblem(h: StationProblemHandoff): Promise<void>;
}

/**
 * Where a passed question or a station problem is announced, in order of preference: the branch's triage chat on
 * the asker's platform, then on its other platforms (a district whose riders are on Telegram while the branch
 * works in Slack, QA17), then the district's, the same way. The first that takes the message is used.
 */
export function triageAddresses(deps: CoreDeps, branch: Branch, channel: Channel): Address[] {
  const pack = deps.content.get();
  const district = pack.branches.find((b) => b.kind === 'district');
  const order = [channel, ...CHANNELS.filter((c) => c !== channel)];
  const out = [branch, district].flatMap((b) => order.map((c) => staffChatAddress(c, b?.triage[c])));
  return out
    .filter((a): a is Address => !!a)
    .filter((a, i, all) => all.findIndex((x) => x.channel === a.channel && x.chatId === a.chatId) === i);
}

/**
 * Where "pass it on" sends a question kept with `branchId`: that branch when the pack has it, else the district's
 * triage (`store.faq.pass` decides alike). `to` is the kind of place, for words that say so: 支部, 街道 or 区里.
 */
export function passTarget(pack: ContentPack, branchId: string | undefined): { id: string; to: string } {
  const b = branchOrDistrict(pack, branchId);
  return { id: b?.id ?? branchId ?? '', to: b?.kind ?? 'district' };
}

/**
 * The words an offer to pass a question on uses: the name of where it goes and its kind (`faq-down-offer`,
 * `faq-pass-offer`, the button), so the button never says 支部 when the district's triage gets it (stop 41).
 */
export function passWords(pack: ContentPack, branchId: string | undefined, locale: Locale) {
  const target = passTarget(pack, branchId);
  return { branch: branchName(pack, target.id, locale), to: target.to };
}

/** The "pass it on" button: "📨 转给支部", "📨 转给街道" or "📨 转给区里", as the question will go. */
export function passButton(t: T, pack: ContentPack, branchId: string | undefined, pendingId: string): Button {
  return passButtonTo(t, passTarget(pack, branchId).to, pendingId);
}

/** The pack's branch `branchId`, or its district's triage when the pack has no such branch (none given, or gone). */
function branchOrDistrict(pack: ContentPack, branchId: string | undefined): Branch | undefined {
  return pack.branches.find((x) => x.id === branchId) ?? pack.branches.find((x) => x.kind === 'district');
}

/** A branch's name in a locale (groups/branch-name.ts), the district's when the pack no longer has the branch. */
export function branchName(pack: ContentPack, branchId: string, locale: Locale): string {
  const b = branchOrDistrict(pack, branchId);
  return b ? nameOfBranch(b, locale) : branchId;
}

/** The branches a worker may name: the pack's workers' branches (not street offices, unions or the district). */
export function pickableBranches(pack: ContentPack) {
  return pack.branches.filter((b) => b.kind === 'branch');
}

/**
 * "Which branch are you in?": one button per workers' branch (`faq:to:<question>:<branch>`) and "not sure" (the
 * district's triage, `faq:to:<question>:-`). Shown to the asker alone, under their question.
 */
export function branchPicker(t: T, pack: ContentPack, locale: Locale, pendingId: string): Card {
  const buttons: Button[][] = pickableBranches(pack).map((b) => [
    { label: nameOfBranch(b, locale), data: assertCallbackData(`faq:to:${pendingId}:${b.id}`) },
  ]);
  buttons.push([{ label: t('faq-pass-branch-unsure'), data: assertCallbackData(`faq:to:${pendingId}:-`) }]);
  return { text: [t('faq-pass-which-branch')], buttons };
}

/** The words of an offer to pass a question whose branch the worker will name: "您所在的支部", a 支部 button. */
export function yourBranchWords(t: T): { branch: string; to: string } {
  return { branch: t('faq-pass-your-branch'), to: 'branch' };
}

/** The announcement of a passed question in a triage chat; once answered, it says by whom and drops the button. */
export function forwardedCard(t: T, locale: Locale, pack: ContentPack, q: StoredQuestion): Card {
  // Masked again: a group's name may hold a phone number, and older kept questions stored it as typed.
  const where = q.chatTitle ? maskText(q.chatTitle) : t('faq-forwarded-private');
  const text: Span[] = [
    bold(t(q.entry ? 'faq-forwarded-title-down' : 'faq-forwarded-title')),
    '\n',
    maskText(q.question),
    '\n',
    t('faq-forwarded-from', { where }),
  ];
  const entry = q.entry ? pack.faq.find((e) => e.id === q.entry) : undefined;
  if (entry) text.push('\n', t('faq-forwarded-bot-said', { title: localEntry(entry, locale).title }));
  if (q.status === 'answered') {
    text.push(
      '\n\n',
      italic(t('faq-forwarded-answered', { who: q.byName ?? '?', answer: ellipsis(q.answer ?? '', 200) })),
    );
    return { text };
  }
  return { text, buttons: [[{ label: t('faq-btn-reply'), data: `fq:r:${q.id}` }]] };
}

/** Store and announce, each triage chat in its own language (`chatLocale`: the pack's, else the default). */
export function createHandoff(deps: CoreDeps): Handoff {
  async function announce(
    branch: Branch,
    channel: Channel,
    card: (t: T, locale: Locale) => Card,
  ): Promise<MessageRef | undefined> {
    const chats = triageAddresses(deps, branch, channel);
    if (!chats.length) deps.logger.warn({ branch: branch.id, channel }, 'no triage chat to announce to');
    for (const to of chats) {
      try {
        const locale = await chatLocale(deps, to);
        return await deps.outbox.send(
          to,
          card((id, args) => deps.i18n.t(locale, id, args), locale),
        );
      } catch (err) {
        // The record is stored; a failed announcement must not lose it or fail the worker's press: try the next.
        // Unless it may have arrived (no answer once the request had left): a second chat would announce it twice,
        // and its Reply button works from wherever it landed.
        if (err instanceof DeliveryError && err.maybeSent) {
          deps.logger.warn(
            { err: err.message, branch: branch.id, chat: to.chatId },
            'triage announcement had no answer: it may be there; not sent to another chat',
          );
          return undefined;
        }
        deps.logger.warn({ err, branch: branch.id, chat: to.chatId }, 'triage announcement failed');
      }
    }
    return undefined;
  }
  return {
    async question({ branch, question, channel }) {
      const ref = await announce(branch, channel, (t, locale) =>
        forwardedCard(t, locale, deps.content.get(), question),
      );
      if (ref) await deps.store.faq.setCard(question.id, encodeRef(ref));
    },
    async stationProblem({ station, branch, problem, count, channel }) {
      // One announcement per problem per day; later reports only raise the count shown to askers.
      if (count !== 1) return;
      await announce(branch, channel, (t, locale) => ({
        text: [
          bold(
            t('faq-report-triage', {
              station: stationName(station, locale),
              what: t(`faq-report-${problem}`),
              count: String(count),
            }),
          ),
          '\n',
          t('faq-report-triage-where', { address: stationAddress(station, locale) }),
        ],
      }));
    },
  };
}
