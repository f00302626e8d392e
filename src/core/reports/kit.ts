/**
 * What the reports handlers share, built once per app: the classifier (offline rules, rebuilt when the
 * pack is reloaded; a model-backed one can be passed in), the voice-note transcriber (only with an
 * endpoint) and the effects engine.
 */
import type { ContentPack } from '../content/schema.js';
import type { CoreDeps, MessageCtx } from '../feature.js';
import { transcribeVoice, type Transcriber } from '../llm/transcribe.js';
import type { Channel } from '../types.js';
import type { Logger } from '../logger.js';
import { createClassifier, type Classifier, type ReportClassification } from './classify.js';
import { createEffects, type Effects } from './effects.js';

/** What the FAQ made of a line typed mid-report (faq/aside.ts `Aside`). */
export type Aside = 'answered' | 'unsure' | 'talk' | undefined;

/** A classification, with the one-line summary a model may add (shown on the triage card). */
export type Classification = ReportClassification & { summary?: string };

export interface ReportsKit {
  classify(pack: ContentPack, text: string): Promise<Classification>;
  /** Urgency the words alone raise a report to (used when the worker picks the category). */
  keywordUrgency(pack: ContentPack, text: string): 'urgent' | 'emergency' | undefined;
  /**
   * A voice note's words (fetched through the outbox), or undefined when it could not be transcribed
   * (counted as a fallback). Absent when no endpoint is configured: voice notes are evidence only.
   */
  transcribe?(deps: CoreDeps, channel: Channel, fileId: string): Promise<string | undefined>;
  effects(deps: CoreDeps): Effects;
  /**
   * Perform a ticket's pending effects now, after a state change. Never throws: a failure is logged, and the ticket
   * stays pending for `recover()`.
   */
  flushEffects(deps: CoreDeps, id: string, log: Logger): Promise<void>;
  /** True when classification asks a model (slow enough to show "typing…"). */
  slowClassify: boolean;
  /**
   * A line typed mid-report read by the FAQ (its `answerAside`): a question it answered, one it offered its closest
   * entries for, or small talk.
   */
  aside?(ctx: MessageCtx, text: string): Promise<Aside>;
}

export interface ReportsKitOptions {
  /** A classifier to use instead of the offline rules: `modelClassify(…)` from llm-classify.ts. */
  classify?: (pack: ContentPack, text: string) => Promise<Classification>;
  /** Speech to text for voice notes: `createTranscriber(…)` from llm/transcribe.ts. */
  transcriber?: Transcriber;
  /** Another job that answers questions asked mid-report (the FAQ), so they are not taken into the report. */
  aside?: (ctx: MessageCtx, text: string) => Promise<Aside>;
}

export function createReportsKit(options: ReportsKitOptions = {}): ReportsKit {
  const classifiers = new WeakMap<ContentPack, Classifier>();
  // One effects engine per app, keyed by its store: each update hands features a view of the app's deps of its own (its
  // outbox counts what the update said: dispatcher/build-ctx.ts), and a ticket's effects must run one after another
  // whichever update asks. app.ts builds it from the app's deps before the first update.
  const effects = new WeakMap<CoreDeps['store'], Effects>();
  const offline = (pack: ContentPack): Classifier => {
    let c = classifiers.get(pack);
    if (!c) {
      c = createClassifier(pack);
      classifiers.set(pack, c);
    }
    return c;
  };
  function effectsOf(deps: CoreDeps): Effects {
    let e = effects.get(deps.store);
    if (!e) {
      e = createEffects(deps);
      effects.set(deps.store, e);
    }
    return e;
  }
  return {
    async classify(pack, text) {
      return options.classify ? options.classify(pack, text) : offline(pack).classify(text);
    },
    keywordUrgency: (pack, text) => offline(pack).keywordUrgency(text),
    slowClassify: Boolean(options.classify),
    ...(options.aside ? { aside: options.aside } : {}),
    ...(options.transcriber
      ? {
          transcribe: (deps: CoreDeps, channel: Channel, fileId: string) =>
            transcribeVoice(deps, options.transcriber!, channel, fileId),
        }
      : {}),
    effects: effectsOf,
    flushEffects: (deps, id, log) =>
      effectsOf(deps)
        .flush(id)
        .catch((err: unknown) => log.error({ err, ticket: id }, 'report effects failed')),
  };
}
