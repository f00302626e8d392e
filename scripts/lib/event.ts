/**
 * What HAPPENED in a question — the event it tells or asks about — and whether an entry's text speaks of that event at
 * all. "电瓶被人拔走了…能找回来吗" names a battery and tells a theft; an entry on charging a battery safely names the
 * battery too, but says nothing of a theft. "车行押金不退…打哪个电话投诉" names a deposit and tells a dispute with a
 * private shop; an entry on registering a plate holds neither. The aspect (aspect.ts) reads what is asked OF a thing
 * named; the event reads what happened to the worker, which no aspect covers. A small built-in set, written in plain
 * words (simplified Chinese after `normalize`, so zh-TW reads the same), English and the pinyin a worker may type; no
 * pack's words.
 *
 *   toldEvents('早上起来电瓶被人拔走了，能找回来吗')   // → ['theft']
 *   toldEvents('车行押金不退，打哪个电话投诉')         // → ['dispute']
 *   untoldEvents('早上起来电瓶被人拔走了', entryText)  // → ['theft'] when the entry never speaks of a theft or a loss
 *
 * Measured as a veto beside the aspect's, not taken: only scripts/faq-decision-export.ts reads it, for the decision's
 * folds (docs/rounds/faq.md, "The event asked (stop 44)").
 */

export type WorkerEvent = 'theft' | 'dispute';

interface EventWords {
  /** Words that tell the event (anywhere in a question, plain words, lower case). */
  told: RegExp;
  /** Words by which an entry's text speaks of it (broader: what to do about it, where to turn). */
  spoken: RegExp;
}

/** The built-in events. Told: specific words only; spoken: any way an entry would speak of the event. */
export const EVENTS: Record<WorkerEvent, EventWords> = {
  // Something of the worker's taken or lost: a theft, a loss, getting it back.
  theft: {
    told: /(?<!怕被?|防|偷|小)偷(?!偷|摸|懒|跑|拍|看|听|工)|被盗|盗走|失窃|被人(?:拔|拿|骑|推|顺|撬|剪)走|(?:拔|顺|撬)走了|丢了|弄丢|丢失|\bstol(?:e|en)\b|\bsteal|\btheft\b|\bthie(?:f|ves)\b|\brobbed\b|\blost my\b|\bgone missing\b|bei ?tou|tou ?le|diu ?le/u,
    spoken: /偷|盗|失窃|丢|遗失|找回|\bstolen\b|\bsteal|\btheft\b|\bthie(?:f|ves)\b|\blost\b/u,
  },
  // A dispute with a party the worker names, or a complaint about them: money not returned, a refusal, a complaint.
  dispute: {
    told: /(?<!被[^，。！？,.!?\s]{0,3}|怕)投诉|举报|告他|告它|告他们|纠纷|(?<!能|可以|会)不(?:给)?退(?!休|租|出|回|货)|不肯退|不还|赖账|赖帐|耍赖|扣着不|(?<!(?:get|gets|got|getting|had|received?) (?:\w+ )?)\bcomplain(?!ts? (?:from|about me|against me))|\b(?:file|make|lodge) a complaint\b|\bwon'?t (?:give|pay) (?:it |me |my )?(?:back|refund)|\brefuses? to (?:refund|return|pay)\b|\bdispute\b|tou ?su|ju ?bao/u,
    spoken:
      /投诉|举报|反映|纠纷|争议|不付|不给|维权|申诉|仲裁|调解|协商|起诉|12315|12345|12351|12333|法律援助|律师|退还|退回|不退|拒不|赖账|\bcomplain|\bdispute\b|\bappeal\b|\blegal aid\b|\blawyer\b|\brefund/u,
  },
};

const ALL = Object.keys(EVENTS) as WorkerEvent[];

/** The events a question tells or asks about (plain words: normalised, lower case). */
export function toldEvents(question: string): WorkerEvent[] {
  return ALL.filter((e) => EVENTS[e].told.test(question));
}

/** The events an entry's whole text (title, answer, examples, tags; plain words) speaks of. */
export function spokenEvents(entryText: string): WorkerEvent[] {
  return ALL.filter((e) => EVENTS[e].spoken.test(entryText));
}

/** The events a question tells that the entry's text does not speak of. */
export function untoldEvents(question: string, entryText: string): WorkerEvent[] {
  return toldEvents(question).filter((e) => !EVENTS[e].spoken.test(entryText));
}
