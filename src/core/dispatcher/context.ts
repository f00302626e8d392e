/**
 * What the dispatcher's parts share, built once from its dependencies, features and options: the update store,
 * the features' commands and button prefixes (`registry.ts`), the updates this process holds (`leases.ts`).
 */
import type { CoreOptions } from '../dispatcher.js';
import type { CommandSpec, CoreDeps, Feature } from '../feature.js';
import type { UpdateRepo } from '../ports/updates.js';
import { createLeases, type Leases } from './leases.js';
import { registerFeatures } from './registry.js';

const DEFAULT_UPDATE_LEASE_MS = 60_000;

export interface DispatcherContext extends Leases {
  deps: CoreDeps;
  features: readonly Feature[];
  options: CoreOptions;
  /** How long a claimed update is this process's before another may handle it again. */
  leaseMs: number;
  updates: UpdateRepo;
  /** Command name → the feature that registered it and its spec. */
  commands: Map<string, { feature: Feature; spec: CommandSpec }>;
  /** Button prefix → the feature that answers its presses. */
  buttons: Map<string, Feature>;
  /** Feature name → feature (a dialog names the feature that owns it). */
  byName: Map<string, Feature>;
}

/**
 * How many times one update's handling spoke (replies, a press answered with words, a card shown, a message a feature
 * sent itself to any chat: build-ctx.ts). Anything said means a replay would say it again: see failure.ts.
 */
/** Whether this replica still takes work: false once it stepped aside for a newer release (core/release.ts). */
export const isWorking = ({ options }: Pick<DispatcherContext, 'options'>): boolean =>
  options.working?.() ?? true;

export interface Said {
  n: number;
}

export function dispatcherContext(
  deps: CoreDeps,
  features: readonly Feature[],
  options: CoreOptions,
): DispatcherContext {
  const leaseMs = options.updateLeaseMs ?? DEFAULT_UPDATE_LEASE_MS;
  const updates = deps.store.updates;
  const leases = createLeases(updates, leaseMs, deps.logger);
  return { deps, features, options, leaseMs, updates, ...registerFeatures(features), ...leases };
}
