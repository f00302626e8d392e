/** Cheap drops before any Redis work: noise, and group chatter not meant for the bot; what is kept is cleaned. */
import type { DispatcherContext } from './context.js';
import { cleanInput, cleanLabel, cleanWhole } from '../text.js';
import type { CoreDeps } from '../feature.js';
import { staffChatOf } from '../identity.js';
import type { Channel, Incoming } from '../types.js';

/**
 * Updates the bot does not act on: other bots, channel posts, edits in groups and edits with no words (a live
 * location's updates arrive as edits), an edit into a command. Cheap checks, no Redis.
 */
function ignorable(update: Incoming): boolean {
  // A rename is taken whoever made it (a group's admin bot too).
  if (update.from.isBot && update.type !== 'retitled') return true;
  if (update.chat.kind === 'channel') return true;
  if (update.type === 'message' && update.edited) {
    if (update.chat.kind !== 'private' || update.command || update.location) return true;
    if (!cleanWhole(update.text).trim()) return true;
  }
  return false;
}

/** A person's name and a chat's title lose their bidirectional controls, as typed text does (QA30). */
function cleanLabels(update: Incoming): void {
  const { name, ...from } = update.from;
  if (name !== undefined && cleanLabel(name) !== name) {
    const kept = cleanLabel(name);
    update.from = kept ? { ...from, name: kept } : from;
  }
  const { title, ...chat } = update.chat;
  if (title !== undefined && cleanLabel(title) !== title) {
    const kept = cleanLabel(title);
    update.chat = kept ? { ...chat, title: kept } : chat;
  }
}

/**
 * Whether words typed in a chat itself, not meant for the bot, may still concern it: in a staff chat a prompt's answer
 * can be typed beside its thread (`IncomingMessage.aside`, Slack). Read from the content pack, no Redis.
 */
export function hearsAside(deps: CoreDeps, channel: Channel, chatId: string): boolean {
  return staffChatOf(deps.content.get(), channel, chatId) !== undefined;
}

/** Cheap drops before any Redis work: noise, and group chatter not meant for the bot. */
export function screen({ deps }: DispatcherContext, update: Incoming): boolean {
  const channel = update.chat.address.channel;
  if (ignorable(update)) {
    deps.metrics.updates.inc({ channel, outcome: 'ignored' });
    return false;
  }
  cleanLabels(update);
  if (update.type === 'message') {
    const whole = cleanWhole(update.text);
    update.text = cleanInput(whole);
    if (whole.length > update.text.length) update.cutFrom = [...whole].length;
    // A dialog step in a group (e.g. a resolution note in a triage chat) asks with force-reply, so
    // the answer arrives addressed.
    // Words typed beside a staff chat's threads go on only there; admit() reads whether a prompt waits for them.
    const aside = update.aside && hearsAside(deps, channel, update.chat.address.chatId);
    if (!update.addressed && !update.command && update.chat.kind !== 'private' && !aside) {
      deps.metrics.updates.inc({ channel, outcome: 'ignored' });
      return false;
    }
  }
  return true;
}
