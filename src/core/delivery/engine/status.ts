/** A broadcast's status (sent, failed, left; the messages sent and withdrawn) from its record in Redis. */
import type { MessageRef } from '../../types.js';
import type { DeliveryRepo } from '../../ports/delivery.js';
import type { BroadcastStatus, CancelReason, Withdrawal } from '../engine.js';

export async function readStatus(
  repo: DeliveryRepo,
  id: string,
  withRefs = true,
): Promise<BroadcastStatus | undefined> {
  const rec = await repo.read(id, { refs: withRefs });
  if (!rec) return undefined;
  const n = (v: string | undefined) => Number(v ?? 0) || 0;
  const failed = Object.entries(rec.failed).map(([chat, raw]) => {
    try {
      const f = JSON.parse(raw) as { reason: string; detail?: string };
      return { chat, reason: f.reason, ...(f.detail ? { detail: f.detail } : {}) };
    } catch {
      return { chat, reason: raw };
    }
  });
  const refs: Record<string, MessageRef> = {};
  const outcomes: Record<string, Withdrawal> = {};
  for (const [chat, raw] of Object.entries(rec.refs)) {
    const { outcome, ...ref } = JSON.parse(raw) as MessageRef & { outcome?: Withdrawal };
    refs[chat] = ref;
    if (outcome) outcomes[chat] = outcome;
  }
  const total = n(rec.meta.total);
  const sent = n(rec.meta.sent);
  const cancelled = n(rec.meta.cancelled);
  const unsure = n(rec.meta.unsure);
  return {
    id,
    kind: rec.meta.kind ?? '',
    total,
    sent,
    failed,
    pending: Math.max(0, total - sent - failed.length - cancelled - unsure),
    cancelled,
    unsure,
    refs,
    outcomes,
    createdAt: n(rec.meta.createdAt),
    ...(rec.meta.finishedAt ? { finishedAt: n(rec.meta.finishedAt) } : {}),
    ...(rec.meta.cancelledAt ? { cancelledAt: n(rec.meta.cancelledAt) } : {}),
    ...(rec.meta.cancelReason ? { cancelReason: rec.meta.cancelReason as CancelReason } : {}),
    ...(rec.meta.reasonChats ? { cancelledFor: chatList(rec.meta.reasonChats) } : {}),
    ...(rec.unsure.length ? { unsureFor: rec.unsure } : {}),
  };
}

/** A JSON list of chats kept by a script; a broken or missing one is no chats. */
function chatList(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}
