/** Notices and lessons (`/board/notices`): 收到 coverage per notice and group, quiz results, silent groups. */
import { branchLabel } from '../../core/reports/views.js';
import { maskText } from '../../core/mask.js';
import { lessonStats } from '../../core/lessons/stats.js';
import { noticeText } from '../../core/notices/compose.js';
import { NOTICE_BROADCAST } from '../../core/notices/release.js';
import { joinList } from '../../core/words.js';
import { esc, wideBox } from './html.js';
import type { Board, Shell } from './shell.js';

export function mountNotices(board: Board, s: Shell): void {
  const { deps, t, pack, view, render, branchesOf, when } = s;

  board.get('/notices', async (c) => {
    const who = c.get('who')!;
    const p = pack();
    const v = view(c);
    const mine = branchesOf(who, p);
    const groups = (await deps.store.groups.list()).filter((g) => g.active && mine.includes(g.branch));
    const inScope = new Set(groups.map((g) => g.chat));
    const title = (chat: string) => groups.find((g) => g.chat === chat)?.title ?? chat;
    const notices = (await deps.store.notices.recent(20)).filter((n) => n.ack && n.status === 'queued');
    const acked = new Map<string, number>();
    /** Groups asked something: a notice wanting 收到 reached them (below: or a lesson with its quiz). */
    const asked = new Set<string>();
    const noticeRows: string[] = [];
    const shown = notices
      .map((n) => ({ n, chats: n.chats.filter((ch) => inScope.has(ch)) }))
      .filter(({ chats }) => chats.length);
    // The notices' counts asked all at once, not one round trip after another; and the groups each one's end came
    // before their copy went, which the cancel kept with the notice's broadcast (its sent messages not read).
    const [countsOf, statusOf] = await Promise.all([
      Promise.all(shown.map(({ n }) => deps.store.notices.ackCounts(n.id))),
      Promise.all(shown.map(({ n }) => deps.delivery.status(`${NOTICE_BROADCAST}${n.id}`, { refs: false }))),
    ]);
    for (const [i, { n, chats: addressed }] of shown.entries()) {
      const counts = countsOf[i]!;
      const cancelled = new Set(statusOf[i]?.cancelledFor);
      // Groups whose copy was never sent (the notice ended first) are not groups where nobody pressed 收到:
      // named apart, out of the coverage, as the chat's /notices says "已过期未发 N".
      const unsent = addressed.filter((ch) => cancelled.has(ch));
      // Groups whose send had no answer (the connection dropped, docs/delivery.md "A send with no answer"): it may be
      // there or not, so without a 收到 they are not groups where nobody pressed it either — named apart and counted
      // beside the figure, as the chat's "另有 N 个群…". A 收到 from one shows it arrived: it counts as any other.
      const maybe = new Set(statusOf[i]?.unsureFor);
      const unsure = addressed.filter((ch) => maybe.has(ch) && !(counts[ch] ?? 0));
      const chats = addressed.filter((ch) => !unsent.includes(ch) && !unsure.includes(ch));
      const covered = chats.filter((ch) => (counts[ch] ?? 0) > 0);
      for (const ch of chats) {
        acked.set(ch, (acked.get(ch) ?? 0) + (counts[ch] ?? 0));
        asked.add(ch);
      }
      const missing = esc(joinList(v.locale, chats.filter((ch) => !covered.includes(ch)).map(title)));
      const apart = [
        unsent.length
          ? esc(t(c, 'board-notices-unsent', { groups: joinList(v.locale, unsent.map(title)) }))
          : '',
        unsure.length
          ? `<span class="unsure">${esc(t(c, 'board-notices-unsure-groups', { groups: joinList(v.locale, unsure.map(title)) }))}</span>`
          : '',
      ].filter(Boolean);
      const notSent = apart.length ? `${missing ? '<br>' : ''}${apart.join('<br>')}` : '';
      const unsureCount = unsure.length
        ? `<br><span class="muted unsure-count">${esc(t(c, 'board-notices-unsure', { unsure: unsure.length }))}</span>`
        : '';
      // The reader's version of the notice (its [en] block, or traditional characters), as groups of their
      // language got it, and the groups listed the reader's way (QA12: "A、B" on an English page).
      // A corrected notice shows its latest words, marked (QA19); a withdrawn one is left out above, as a cancelled one.
      const text = `${maskText(noticeText(n, v.locale)).slice(0, 60)}${n.corrected ? ` ${t(c, 'notice-corrected-mark')}` : ''}`;
      noticeRows.push(
        `<tr><td>${esc(when(c, n.sendAt))}</td><td>${esc(text)}</td><td data-label="${esc(t(c, 'board-col-coverage'))}">${covered.length}/${chats.length}${unsureCount}</td><td class="muted" data-label="${esc(t(c, 'board-col-missing'))}">${missing}${notSent}</td></tr>`,
      );
    }
    const lessons = await lessonStats(deps, { branches: mine });
    // Each figure named by its column (data-label), shown before it on a phone's card.
    const label = (id: string) => ` data-label="${esc(t(c, id))}"`;
    const quizRows = lessons.branches.flatMap((b) =>
      b.groups.map(
        (g) =>
          `<tr><td>${esc(branchLabel(p, b.branch, v.locale))}</td><td${label('board-col-group')}>${esc(g.title ?? g.chat)}</td><td${label('board-col-lessons')}>${g.delivered}</td><td${label('board-col-takers')}>${g.takers}</td><td${label('board-col-correct')}>${g.correctRate === undefined ? '—' : `${Math.round(g.correctRate * 100)}%`}</td></tr>`,
      ),
    );
    const takers = new Map(lessons.branches.flatMap((b) => b.groups.map((g) => [g.chat, g.takers] as const)));
    for (const b of lessons.branches) for (const g of b.groups) if (g.delivered) asked.add(g.chat);
    // Silent: asked something (a notice wanting 收到, a lesson with its quiz) and no answer. A group sent nothing is
    // not silent: it is named apart, as not reached (orgmonth: a group no notice or lesson had reached was listed
    // among the silent ones, as if its workers ignored them).
    const silent = groups.filter(
      (g) => asked.has(g.chat) && !(acked.get(g.chat) ?? 0) && !(takers.get(g.chat) ?? 0),
    );
    const unreached = groups.filter((g) => !asked.has(g.chat));
    // On a phone each row is a card (html.ts, table.cards), its cells one under another after their columns' names:
    // the quizzes' five columns scrolled inside their box, the takers and the rate off the screen (stop 44).
    const table = (id: string, title: string, head: string[], rows: string[]) =>
      rows.length
        ? wideBox(
            t(c, title),
            `<table id="${id}" class="cards"><thead><tr>${head.map((h) => `<th>${esc(t(c, h))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
          )
        : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`;
    const body = `<h1>${esc(t(c, 'board-nav-notices'))}</h1>
<h2>${esc(t(c, 'board-notices-ack'))}</h2>${table('coverage', 'board-notices-ack', ['board-col-sent', 'board-col-notice', 'board-col-coverage', 'board-col-missing'], noticeRows)}
<h2>${esc(t(c, 'board-notices-quiz'))}</h2>${table('quizzes', 'board-notices-quiz', ['board-col-branch', 'board-col-group', 'board-col-lessons', 'board-col-takers', 'board-col-correct'], quizRows)}
<h2>${esc(t(c, 'board-notices-silent'))}</h2><p class="muted">${esc(t(c, 'board-notices-silent-note'))}</p>${silent.length ? `<ul id="silent">${silent.map((g) => `<li>${esc(g.title ?? g.chat)} · ${esc(branchLabel(p, g.branch, v.locale))}</li>`).join('')}</ul>` : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`}${
      unreached.length
        ? `<p class="muted" id="unreached">${esc(
            t(c, 'board-notices-unreached', {
              groups: joinList(
                v.locale,
                unreached.map((g) => g.title ?? g.chat),
              ),
            }),
          )}</p>`
        : ''
    }`;
    return render(c, t(c, 'board-nav-notices'), body, '/notices');
  });
}
