/** The features' commands and button prefixes, registered once: a name or a prefix taken twice is refused at start. */
import type { CommandSpec, Feature } from '../feature.js';

export function registerFeatures(features: readonly Feature[]): {
  commands: Map<string, { feature: Feature; spec: CommandSpec }>;
  buttons: Map<string, Feature>;
  byName: Map<string, Feature>;
} {
  const commands = new Map<string, { feature: Feature; spec: CommandSpec }>();
  const buttons = new Map<string, Feature>();
  for (const f of features) {
    for (const c of f.commands ?? []) {
      if (commands.has(c.name)) throw new Error(`command /${c.name} registered twice`);
      commands.set(c.name, { feature: f, spec: c });
    }
    for (const b of f.buttons ?? []) {
      // Two features answering one prefix would silently steal each other's presses.
      if (buttons.has(b.prefix)) throw new Error(`button prefix "${b.prefix}" registered twice`);
      buttons.set(b.prefix, f);
    }
  }
  const byName = new Map(features.map((f) => [f.name, f]));
  return { commands, buttons, byName };
}
