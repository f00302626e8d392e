/**
 * Gaps (`/board/gaps`): questions the FAQ could not answer, and entries people voted 👎. Organisers close
 * them with the chat's /gaps functions (core/faq/curate.ts): "this is entry X", a written answer, YAML.
 */
import {
  ANSWER_MAX,
  closestEntries,
  confirmDraft,
  exportYaml,
  entryOf,
  learnFromGap,
  learnedAskers,
  liveDrafts,
  saveDraft,
  TITLE_MAX,
} from '../../core/faq/curate.js';
import { localEntry } from '../../core/faq/cards.js';
import { gapEvidence } from '../../core/faq/gaps.js';
import { gapText } from '../../core/faq/setup.js';
import type { DraftEntry, Gap } from '../../core/ports/faq.js';
import { personKey } from '../../core/ports/groups.js';
import { localDay } from '../../core/stations/hours.js';
import { hasWords } from '../../core/text.js';
import { esc, wideBox } from './html.js';
import { PageError, type Board, type Ctx, type Shell } from './shell.js';

/** Unanswered questions a page (the page showed the top 50 and no more, QA18: 450 of 500 unreachable). */
export const GAPS_PAGE_SIZE = 50;

export function mountGaps(board: Board, s: Shell): void {
  const { deps, t, pack, render, csrfField, pager } = s;

  const askers = learnedAskers();
  const byOf = (c: Ctx) => personKey(c.get('session')!.user.channel, c.get('session')!.user.id);
  function organiserOnly(c: Ctx) {
    if (c.get('who')!.isOrganiser) return;
    deps.logger.warn({ user: byOf(c), path: c.req.path }, 'refused: board gaps action by a non-organiser');
    throw new PageError(403, 'board-error-organisers-only');
  }
  const gapIdOf = (c: Ctx) => {
    const id = c.req.param('id') ?? '';
    if (!/^[0-9a-f]{1,40}$/.test(id)) throw new PageError(404, 'board-error-not-found');
    return id;
  };
  /**
   * The list's page a gap was opened from (`?page=3` on the gap, its forms and the list after an action): a person
   * working down page 3 goes back to page 3, not to the top of the list (page 1 says nothing).
   */
  const fromPage = (c: Ctx): number => {
    const asked = c.req.query('page') ?? '';
    return /^[1-9]\d{0,5}$/.test(asked) ? Number(asked) : 1;
  };
  const gapsHref = (path: string, page: number, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams(extra);
    if (page > 1) q.set('page', String(page));
    const qs = q.toString();
    return qs ? `${path}?${qs}` : path;
  };
  const message = (c: Ctx, text: string) =>
    render(
      c,
      t(c, 'board-nav-gaps'),
      `<div class="card"><p class="ok" id="done">${esc(text)}</p><p><a href="${esc(gapsHref('/board/gaps', fromPage(c)))}">← ${esc(t(c, 'board-nav-gaps'))}</a></p></div>`,
      '/gaps',
    );

  /**
   * A cell's column name, shown before it on a phone, where each of the page's tables is a card per row (html.ts,
   * table.cards): the question first, then each figure after its name. The tables scrolled inside their boxes, and
   * what a question was about (its signals, the 处理 link) was off the screen (stop 44).
   */
  const label = (c: Ctx, column: string) => ` data-label="${esc(t(c, `board-gaps-col-${column}`))}"`;

  /**
   * Questions answered by a draft confirmed here: in use, not yet in the pack (until the exported YAML is
   * pasted in), so the list says where the question went instead of it vanishing.
   */
  const liveHtml = (c: Ctx, live: readonly DraftEntry[]) =>
    live.length
      ? `<h2>${esc(t(c, 'board-gaps-live'))}</h2><p class="muted">${esc(t(c, 'board-gaps-live-note'))}</p>${wideBox(t(c, 'board-gaps-live'), `<table id="live-drafts" class="cards"><thead><tr>${['question', 'answered'].map((h) => `<th>${esc(t(c, `board-gaps-col-${h}`))}</th>`).join('')}</tr></thead><tbody>${live.map((d) => `<tr data-draft="${esc(d.id)}"><td>${esc(gapText(d.question))}</td><td${label(c, 'answered')}>${esc(d.title)} <span class="muted">${esc(d.id)}</span></td></tr>`).join('')}</tbody></table>`)}`
      : '';

  board.get('/gaps', async (c) => {
    const p = pack();
    const org = c.get('who')!.isOrganiser;
    // Paged as the queue is: a page past the end shows the last one and says so (400), a page that is not
    // a number is named and page 1 shown.
    const asked = c.req.query('page') ?? '';
    const bad: string[] = [];
    if (asked && !/^[1-9]\d{0,5}$/.test(asked))
      bad.push(t(c, 'board-filter-bad', { field: t(c, 'board-filter-name-page'), value: asked }));
    const total = await deps.store.faq.gapCount();
    const pages = Math.max(1, Math.ceil(total / GAPS_PAGE_SIZE));
    const wanted = bad.length || !asked ? 1 : Number(asked);
    const page = Math.min(wanted, pages);
    // Back from an action, the handled question may have taken the last page with it: the new last page, no error.
    const afterAction = !!(c.req.query('learned') || c.req.query('draft'));
    if (wanted > pages && !afterAction)
      bad.push(t(c, 'board-filter-bad-page', { page: wanted, pages, shown: page }));
    const [gaps, top, live] = await Promise.all([
      deps.store.faq.topGaps(GAPS_PAGE_SIZE, (page - 1) * GAPS_PAGE_SIZE),
      // The questions behind the 👎 entries stay those of the top of the list, whatever the page.
      page === 1 ? undefined : deps.store.faq.topGaps(GAPS_PAGE_SIZE),
      liveDrafts(deps),
    ]);
    const votes = await Promise.all(p.faq.map(async (e) => ({ e, v: await deps.store.faq.votes(e.id) })));
    const down = votes.filter((x) => x.v.down > 0).sort((a, b) => b.v.down - a.v.down);
    // The 👎, passed-over answers and picks behind each count, as the chat's /gaps writes them.
    const evidence = (g: Gap) =>
      gapEvidence((id, args) => t(c, id, args), p, c.get('locale'), g)
        .join('')
        .replace(/^\s*·\s*/, '');
    const actHref = (id: string) => esc(gapsHref(`/board/gaps/${id}`, page));
    // Every row's link reads "处理": each is described by its question (aria-describedby), so a screen reader's
    // list of links says which question each one handles.
    const actLink = (id: string, about: string) =>
      `<a class="act" href="${actHref(id)}" aria-describedby="${about}">${esc(t(c, 'board-gaps-act'))}</a>`;
    const act = (id: string) => (org ? `<td>${actLink(id, `q-${esc(id)}`)}</td>` : '');
    // A 👎 in chat records the question whose answer it was (a gap with that entry), as the chat's /gaps
    // lists it: those questions get the same action, so an organiser can say which entry should have
    // answered or write the answer. Votes whose questions are handled (or past the list) have none.
    const behind = (entry: string) => {
      const downed = (top ?? gaps).filter((g) => g.entry === entry && g.down > 0);
      if (!downed.length) return `<span class="muted">${esc(t(c, 'board-gaps-down-none'))}</span>`;
      return `<ul class="plain">${downed
        .map(
          (g) =>
            `<li data-gap="${esc(g.id)}"><span id="d-${esc(g.id)}">${esc(gapText(g.text || g.question))}</span>${org ? ` ${actLink(g.id, `d-${esc(g.id)}`)}` : ''}</li>`,
        )
        .join('')}</ul>`;
    };
    // After an action (POST/redirect/GET, so a reload sends nothing again): what was done. Only ids go
    // through the URL; the words are the pack's and the locale's.
    const learnedId = c.req.query('learned') ?? '';
    const learned = learnedId ? await entryOf(deps, learnedId) : undefined;
    const draft = /^draft-[0-9a-f]{1,40}$/.test(c.req.query('draft') ?? '') ? c.req.query('draft')! : '';
    const done = learned
      ? t(c, 'board-gaps-learned-done', { title: localEntry(learned, c.get('locale')).title })
      : draft
        ? t(c, 'board-gaps-drafts-saved', { id: draft })
        : '';
    // Under the list, and above it when there are more pages (50 questions are a long page on a phone; stop 43).
    const paging = (id: string) =>
      gaps.length
        ? pager(c, id, page, pages, t(c, 'board-gaps-page', { page, pages, total }), (pg) =>
            gapsHref('/board/gaps', pg),
          )
        : '';
    const problems = bad.length
      ? `<div class="card" id="filter-error"><p class="err">${bad.map(esc).join('<br>')}</p></div>`
      : '';
    if (bad.length) c.status(400);
    const body = `${done ? `<p class="ok" id="done">${esc(done)}</p>` : ''}${problems}<h1>${esc(t(c, 'board-nav-gaps'))}</h1><p class="muted" id="gaps-note">${esc(t(c, org ? 'board-gaps-note' : 'board-gaps-note-readonly'))}${org ? ` ${esc(t(c, 'board-gaps-handle-note'))}` : ''}</p>${org ? `<p><a id="export" href="/board/gaps/export.yaml">${esc(t(c, 'board-gaps-export'))}</a></p>` : ''}
<h2>${esc(t(c, 'board-gaps-unanswered'))}</h2>${gaps.length ? `${pages > 1 ? paging('gaps-pager-top') : ''}${wideBox(t(c, 'board-gaps-unanswered'), `<table id="gaps" class="cards"><thead><tr>${['question', 'count', 'evidence', ...(org ? ['action'] : [])].map((h) => `<th>${esc(t(c, `board-gaps-col-${h}`))}</th>`).join('')}</tr></thead><tbody>${gaps.map((g) => `<tr data-gap="${esc(g.id)}"><td id="q-${esc(g.id)}">${esc(gapText(g.text || g.question))}</td><td${label(c, 'count')}>${g.count}</td><td class="evidence"${label(c, 'evidence')}>${esc(evidence(g))}</td>${act(g.id)}</tr>`).join('')}</tbody></table>`)}${paging('gaps-pager')}` : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`}
${liveHtml(c, live)}
<h2>${esc(t(c, 'board-gaps-down'))}</h2>${down.length ? `${wideBox(t(c, 'board-gaps-down'), `<table id="downvoted" class="cards"><thead><tr>${['title', 'votes', 'asked'].map((h) => `<th>${esc(t(c, `board-gaps-col-${h}`))}</th>`).join('')}</tr></thead><tbody>${down.map((x) => `<tr data-entry="${esc(x.e.id)}"><td>${esc(localEntry(x.e, c.get('locale')).title)} <span class="muted">${esc(x.e.id)}</span></td><td${label(c, 'votes')}>👎 ${x.v.down} · 👍 ${x.v.up}</td><td${label(c, 'asked')}>${behind(x.e.id)}</td></tr>`).join('')}</tbody></table>`)}` : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`}`;
    return render(c, t(c, 'board-nav-gaps'), body, '/gaps');
  });

  board.get('/gaps/export.yaml', async (c) => {
    organiserOnly(c);
    const out = await exportYaml(deps, (id, args) => deps.i18n.t(c.get('locale'), id, args));
    if (!out) return message(c, t(c, 'faq-export-empty'));
    return c.body(`${out.yaml}\n`, 200, {
      'content-type': 'text/yaml; charset=utf-8',
      'content-disposition': `attachment; filename="faq-drafts-${localDay(deps.now(), deps.timezone).date}.yaml"`,
    });
  });

  board.get('/gaps/:id', async (c) => {
    organiserOnly(c);
    const found = await closestEntries(deps, await askers(deps), gapIdOf(c));
    if (!found) return message(c, t(c, 'faq-gaps-gone'));
    const { gap, entries } = found;
    const question = gapText(gap.text);
    const page = fromPage(c);
    const form = (path: string, inner: string) =>
      `<form method="post" action="${esc(gapsHref(`/board/gaps/${gap.id}/${path}`, page))}" class="card">${csrfField(c)}${inner}</form>`;
    const pickedBy = new Map(gap.picks.map((p) => [p.entry, p.count]));
    const picks = entries
      .map((e) => {
        const n = pickedBy.get(e.id);
        const picked = n
          ? ` <span class="picked" title="${esc(t(c, 'board-gaps-picked'))}">👆 ${n}</span>`
          : '';
        return form(
          'learn',
          // Each "就是这条" is described by its entry's title: four buttons of one name said nothing apart.
          `<input type="hidden" name="entry" value="${esc(e.id)}"><b id="entry-${esc(e.id)}">${esc(localEntry(e, c.get('locale')).title)}</b>${picked} <span class="muted">${esc(e.id)}</span> <button aria-describedby="entry-${esc(e.id)}">${esc(t(c, 'board-gaps-learn'))}</button>`,
        );
      })
      .join('');
    const body = `<p><a href="${esc(gapsHref('/board/gaps', page))}">← ${esc(t(c, 'board-nav-gaps'))}</a></p>
<h1>${esc(t(c, entries.length ? 'faq-gaps-which' : 'faq-gaps-none-close', { question }))}</h1>${entries.length ? `<p class="muted">${esc(t(c, 'board-gaps-which-note'))}</p><div id="closest">${picks}</div>` : ''}
<h2>${esc(t(c, 'board-gaps-write'))}</h2>${form(
      'write',
      `<label>${esc(t(c, 'board-gaps-field-title'))}<input name="title" maxlength="${TITLE_MAX}" required></label><label>${esc(t(c, 'board-gaps-field-answer'))}<textarea name="answer" maxlength="${ANSWER_MAX}" required></textarea></label><button>${esc(t(c, 'board-gaps-write-save'))}</button>`,
    )}`;
    return render(c, t(c, 'board-nav-gaps'), body, '/gaps');
  });

  board.post('/gaps/:id/:action', async (c) => {
    organiserOnly(c);
    const id = gapIdOf(c);
    const form = await c.req.parseBody();
    const str = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
    switch (c.req.param('action')) {
      case 'learn': {
        const r = await learnFromGap(deps, id, str('entry'), byOf(c));
        if (!r.ok)
          throw new PageError(
            r.why === 'gone' ? 409 : 400,
            r.why === 'gone' ? 'faq-gaps-gone' : 'board-error-bad-input',
          );
        deps.logger.info({ entry: r.entry.id, version: r.version }, 'faq example learned (board)');
        return c.redirect(gapsHref('/board/gaps', fromPage(c), { learned: r.entry.id }), 303);
      }
      case 'write': {
        const title = str('title');
        const answer = str('answer');
        if (!hasWords(title) || !hasWords(answer)) throw new PageError(400, 'board-error-need-text');
        const gap = await deps.store.faq.gap(id);
        if (!gap) throw new PageError(409, 'faq-gaps-gone');
        const draft = await saveDraft(deps, {
          title,
          answer,
          question: gapText(gap.text),
          gap: gap.id,
          by: byOf(c),
        });
        const confirmed = await confirmDraft(deps, draft.id, gap.id);
        if (!confirmed) throw new PageError(409, 'faq-gaps-gone');
        return c.redirect(gapsHref('/board/gaps', fromPage(c), { draft: confirmed.id }), 303);
      }
      default:
        throw new PageError(404, 'board-error-not-found');
    }
  });
}
