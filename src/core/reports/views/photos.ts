/**
 * A ticket's evidence photos as staff are sent them after a view: captioned, the first report's then those added
 * later, in one album where the channel has albums.
 */
import type { AlbumPhoto, Card } from '../../card.js';
import type { Ticket } from '../../ports/tickets.js';
import type { View } from './words.js';

/**
 * The evidence photos with their captions, to follow a staff view as they followed the card and the added words in
 * the triage chat: the first report's, then those added later (file ids of the ticket's own channel: photos.ts).
 */
export function evidencePhotos(v: View, ticket: Ticket): AlbumPhoto[] {
  const photos = ticket.evidence.filter((f) => f.kind === 'photo');
  const first = photos.filter((f) => !f.addedAt);
  const added = photos.filter((f) => f.addedAt);
  return [
    ...first.map((f, i) => ({
      fileId: f.fileId,
      caption: v.t('ticket-evidence-photo', { id: ticket.id, n: i + 1, of: first.length }),
    })),
    ...added.map((f, i) => ({
      fileId: f.fileId,
      caption: v.t('ticket-added-photo', { id: ticket.id, n: i + 1, of: added.length }),
    })),
  ];
}

/**
 * Photos with their captions: one album where the channel sends albums (Telegram: 10 photos are one album, not 20
 * messages, QA15; Slack: one message, not one per photo), else a card each, the caption as its text.
 */
export function photoCards(photos: AlbumPhoto[], albums: boolean): Card[] {
  if (!photos.length) return [];
  if (albums) return [{ text: [], album: photos, silent: true }];
  return photos.map((p) => ({ photo: { fileId: p.fileId }, text: [p.caption], silent: true }));
}
