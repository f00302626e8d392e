/**
 * The app's DM with each person: the core addresses a private chat by the user id, and the calls that need the DM's
 * own `D…` id (uploads, pacing, edits, pins, ephemeral messages) ask here.
 */
import type { webApi } from '@slack/bolt';
import { DeliveryError } from '../../../core/outbox.js';
import { toDeliveryError } from './delivery-errors.js';

type WebClient = webApi.WebClient;

/** Where the app's DM with each person is (`U…` → `D…`), learnt from events and conversations.open. */
export interface ImDirectory {
  remember(userId: string, channelId: string): void;
  /** The channel id to use for an address: a DM's `D…` for a user id, the chat id otherwise. */
  resolve(chatId: string): Promise<string>;
}

const USER_ID = /^[UW][A-Z0-9]+$/;

export function createImDirectory(client: WebClient): ImDirectory {
  const ims = new Map<string, string>();
  return {
    remember(userId, channelId) {
      if (USER_ID.test(userId) && /^D[A-Z0-9]+$/.test(channelId)) ims.set(userId, channelId);
    },
    async resolve(chatId) {
      if (!USER_ID.test(chatId)) return chatId;
      const known = ims.get(chatId);
      if (known) return known;
      let res;
      try {
        res = await client.conversations.open({ users: chatId });
      } catch (err) {
        throw toDeliveryError(err, 'conversations.open');
      }
      const id = res.channel?.id;
      if (!id) throw new DeliveryError('slack conversations.open: no channel', 'not-found');
      ims.set(chatId, id);
      return id;
    },
  };
}
