/**
 * Dialogs: which step of a multi-message exchange a person is at (a report draft, a resolution note).
 * Kept by the store so a draft survives a restart; expires on its own when abandoned.
 */
import type { Incoming } from '../types.js';

export interface Dialog {
  /** Feature that owns the dialog; its `onDialog` receives the person's next message. */
  feature: string;
  step: string;
  data: Record<string, unknown>;
  startedAt: number;
}

export interface DialogOwner {
  channel: string;
  chatId: string;
  userId: string;
}

/** Whose dialog (and last words) an update concerns: its sender, in the chat it came from. */
export function dialogOwner(update: Incoming): DialogOwner {
  const { channel, chatId } = update.chat.address;
  return { channel, chatId, userId: update.from.id };
}

export interface DialogRepo {
  get(owner: DialogOwner): Promise<Dialog | undefined>;
  set(owner: DialogOwner, dialog: Dialog, ttlSeconds?: number): Promise<void>;
  /** Open a dialog only if the person has none (SET NX): never replaces one they just started. */
  setIfAbsent(owner: DialogOwner, dialog: Dialog, ttlSeconds?: number): Promise<boolean>;
  clear(owner: DialogOwner): Promise<boolean>;
  /**
   * What a person last said in a chat outside any dialog, and when (the app's clock), kept `ttlSeconds` (or as long
   * as that function says for the words kept), so a
   * fragment sent right after ("200" after "我被罚款了") is read together with it. Read and replaced in one step:
   * `next` is given the words kept (none: undefined) and returns what to keep instead; two messages at once each go
   * on from the other's words, never both from the same. `next` must be pure: it may be called again with words
   * another message kept meanwhile. Returns the words kept now.
   */
  replaceLastWords(
    owner: DialogOwner,
    next: (last: LastWords | undefined) => LastWords,
    ttlSeconds: number | ((kept: LastWords) => number),
  ): Promise<LastWords>;
  /** Forget them: what the person said since went elsewhere (a dialog's answer, a command). */
  forgetLastWords(owner: DialogOwner): Promise<void>;
}

/** A person's last words in a chat: the text as it was read (joined with what came before, if it was), and when. */
export interface LastWords {
  text: string;
  at: number;
  /** The words were left unfinished (ended mid-phrase), so what comes next continues them. */
  open?: boolean;
  /** The text was already read together with words before it. */
  joined?: boolean;
  /** When the first of the pieces read together was said (its own `at` when it stands alone). */
  since?: number;
}
