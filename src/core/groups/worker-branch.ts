/**
 * Which branch a worker belongs to, for a question they ask in private (stop 42). A private chat has no binding, so
 * "pass it on" used to send every private question to the district's triage. Now, in order:
 *
 * 1. the branch of the bound group they last asked in (a message to the bot there: a question, /report), or the
 *    branch they named when the bot last asked them — whichever is later;
 * 2. else, when every bound group they were seen in (a press there: a quiz answer, a 收到) is one branch's, that one;
 * 3. else nobody knows: the question is kept with `askBranch`, and passing it first asks the worker which branch
 *    (`branchPicker` in faq/handoff.ts); their answer goes to that branch and is remembered for the next time.
 *
 * What is kept (`people.groupsOf`, one hash per worker): each bound group's chat, its branch, asked or seen, and
 * when; and the branch chosen. It lives 90 days after the last note (WORKER_GROUPS_KEPT_MS); older notes in it are
 * ignored. Only workers are noted — staff have their own chats.
 *
 *   await noteWorkerGroup(deps, update, role, group);   // build-ctx.ts, each update from a bound group
 *   const branch = await workerBranch(ctx);             // faq/reply.ts, a question in private
 */
import type { ContentPack } from '../content/schema.js';
import type { CoreDeps, Ctx } from '../feature.js';
import type { GroupBinding } from '../ports/groups.js';
import { WORKER_GROUPS_KEPT_MS, type WorkerGroupNote } from '../ports/people.js';
import type { Incoming } from '../types.js';

/** Note a worker's message or press in a bound group: where a question they ask in private later goes. */
export async function noteWorkerGroup(
  deps: CoreDeps,
  update: Incoming,
  role: string,
  group: GroupBinding | undefined,
): Promise<void> {
  if (role !== 'worker' || !group?.active || !group.branch) return;
  if (update.type !== 'message' && update.type !== 'button') return;
  const kind = update.type === 'message' ? 'asked' : 'seen';
  await deps.store.people.noteGroup(
    update.from.channel,
    update.from.id,
    group.chat,
    kind,
    group.branch,
    deps.now().getTime(),
  );
}

/** The worker's branch as far as the bot knows it (see the module's comment); undefined when it does not. */
export async function workerBranch(ctx: Pick<Ctx, 'deps' | 'user' | 'role'>): Promise<string | undefined> {
  if (ctx.role !== 'worker') return undefined;
  const pack = ctx.deps.content.get();
  const now = ctx.deps.now().getTime();
  const notes = await ctx.deps.store.people.groupsOf(ctx.user.channel, ctx.user.id);
  return branchOf(pack, notes, now);
}

export function branchOf(
  pack: ContentPack,
  notes: readonly WorkerGroupNote[],
  now: number,
): string | undefined {
  const live = notes.filter(
    (n) => now - n.at < WORKER_GROUPS_KEPT_MS && pack.branches.some((b) => b.id === n.branch),
  );
  const said = live.filter((n) => n.kind !== 'seen').sort((a, b) => b.at - a.at)[0];
  if (said) return said.branch;
  const seen = new Set(live.map((n) => n.branch));
  return seen.size === 1 ? [...seen][0] : undefined;
}
