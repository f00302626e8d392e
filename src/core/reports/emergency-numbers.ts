/**
 * Which emergency number to call first for what the report describes: police for violence or a missing
 * person, fire and rescue for fire, gas or someone trapped, an ambulance for the rest. The pack lists
 * its numbers (pack.yaml `emergencyNumbers`); a number's service is known from the number itself
 * (110/120/119/122 on the mainland, 999/112/911 elsewhere) or from its name, so any pack works.
 * The emergency services come first, most relevant first; other hotlines keep their order after them.
 *
 *   orderEmergencyNumbers(pack.settings.emergencyNumbers, ['fire'])  // → 119 火警, 120 急救, 110 报警, …
 */

type Service = 'ambulance' | 'police' | 'fire' | 'traffic';

interface EmergencyNumber {
  name: string;
  number: string;
}

const BY_NUMBER: Record<string, Service[]> = {
  '120': ['ambulance'],
  '110': ['police'],
  '119': ['fire'],
  '122': ['traffic'],
  // Numbers that reach every service.
  '999': ['ambulance', 'police', 'fire'],
  '112': ['ambulance', 'police', 'fire'],
  '911': ['ambulance', 'police', 'fire'],
};

const BY_NAME: [RegExp, Service][] = [
  [/急救|救护|医疗|ambulance|medical/i, 'ambulance'],
  [/报警|報警|警察|公安|police/i, 'police'],
  [/火警|消防|fire/i, 'fire'],
  [/交通事故|交警|traffic/i, 'traffic'],
];

/** The service each signal needs, most needed first. */
const NEEDS: Record<string, Service[]> = {
  violence: ['police', 'ambulance'],
  'missing-person': ['police'],
  'self-harm': ['ambulance', 'police'],
  fire: ['fire', 'ambulance'],
  trapped: ['fire', 'ambulance'],
  'serious-injury': ['ambulance', 'traffic', 'police'],
};
const DEFAULT_NEED: Service[] = ['ambulance', 'police', 'fire'];

function services(e: EmergencyNumber): Service[] {
  const byNumber = BY_NUMBER[e.number.replace(/\D/g, '')];
  if (byNumber) return byNumber;
  return BY_NAME.filter(([re]) => re.test(e.name)).map(([, s]) => s);
}

export function orderEmergencyNumbers<T extends EmergencyNumber>(
  numbers: readonly T[],
  signals: readonly string[] = [],
): T[] {
  const need = [...new Set([...signals.flatMap((s) => NEEDS[s] ?? []), ...DEFAULT_NEED, 'traffic'])];
  const rank = (e: T): number => {
    const own = services(e);
    const best = Math.min(...own.map((s) => need.indexOf(s as Service)).filter((i) => i >= 0));
    return Number.isFinite(best) ? best : need.length;
  };
  // Stable: equal ranks keep the pack's order.
  return numbers
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}

/** The pack's number for the fire service (119 on the mainland), if it lists one. */
export function fireNumber(numbers: readonly EmergencyNumber[]): string | undefined {
  return numbers.find((e) => services(e).includes('fire'))?.number;
}
