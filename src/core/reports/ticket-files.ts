/** A message's files as a ticket keeps them: kind and platform id, stickers left out (they are not evidence). */
import type { TicketFile } from '../ports/tickets.js';
import type { Attachment } from '../types.js';

export const ticketFiles = (attachments: readonly Attachment[] | undefined): TicketFile[] =>
  (attachments ?? []).filter((a) => a.kind !== 'sticker').map((a) => ({ kind: a.kind, fileId: a.fileId }));
