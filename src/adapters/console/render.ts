import { type Card, plainText } from '../../core/card.js';

/** A card as terminal lines: the text, then each button as a numbered choice. */
export function renderConsole(card: Card): { text: string; choices: string[] } {
  const choices: string[] = [];
  for (const row of card.buttons ?? [])
    for (const b of row) choices.push('url' in b ? `${b.label} → ${b.url}` : b.label);
  let text = plainText(card);
  if (card.photo)
    text = `🖼 [${'fileId' in card.photo ? card.photo.fileId : card.photo.path.split(/[\\/]/).pop()}]\n${text}`;
  if (card.venue)
    text += `\n📍 ${card.venue.title} — ${card.venue.address} (${card.venue.lat.toFixed(5)}, ${card.venue.lon.toFixed(5)})`;
  return { text, choices };
}
