/**
 * Dialogs: which step of a multi-message exchange a person is at (a report draft, a resolution note).
 * Kept by the store so a draft survives a restart; expires on its own when abandoned.
 */

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

export interface DialogRepo {
  get(owner: DialogOwner): Promise<Dialog | undefined>;
  set(owner: DialogOwner, dialog: Dialog, ttlSeconds?: number): Promise<void>;
  /** Open a dialog only if the person has none (SET NX): never replaces one they just started. */
  setIfAbsent(owner: DialogOwner, dialog: Dialog, ttlSeconds?: number): Promise<boolean>;
  clear(owner: DialogOwner): Promise<boolean>;
}
