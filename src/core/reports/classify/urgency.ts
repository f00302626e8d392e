/**
 * How urgent a report is beyond its category's default: the pack's emergency and urgent words, the built-in
 * emergency signals, a stated near deadline (../urgency.ts); and the higher of two urgencies.
 */
import { urgentCause } from '../urgency.js';
import type { Analysis } from './analysis.js';
import type { Urgency } from './words.js';

const URGENCY_RANK: Record<Urgency, number> = { normal: 0, urgent: 1, emergency: 2 };

export function maxUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCY_RANK[a] >= URGENCY_RANK[b] ? a : b;
}

/** Urgency raised by emergency/urgent keywords and signals alone (no category default); undefined when none. */
export function keywordUrgency(a: Analysis): 'urgent' | 'emergency' | undefined {
  if (a.emergency.length > 0 || a.signals.length > 0) return 'emergency';
  // The pack's urgent words, or a stated near deadline or a hazard nobody is hurt by yet (urgency.ts).
  if (a.urgent.length > 0 || urgentCause(a.norm)) return 'urgent';
  return undefined;
}
