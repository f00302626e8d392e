/**
 * What the reports handlers share, built once per app: the classifier (offline rules, rebuilt when the
 * pack is reloaded; a model-backed one can be passed in) and the effects engine.
 */
import type { ContentPack } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import { createClassifier, type Classifier, type ReportClassification } from './classify.js';
import { createEffects, type Effects } from './effects.js';

/** A classification, with the one-line summary a model may add (shown on the triage card). */
export type Classification = ReportClassification & { summary?: string };

export interface ReportsKit {
  classify(pack: ContentPack, text: string): Promise<Classification>;
  /** Urgency the words alone raise a report to (used when the worker picks the category). */
  keywordUrgency(pack: ContentPack, text: string): 'urgent' | 'emergency' | undefined;
  effects(deps: CoreDeps): Effects;
}

export interface ReportsKitOptions {
  /** A classifier to use instead of the offline rules: `modelClassify(…)` from llm-classify.ts. */
  classify?: (pack: ContentPack, text: string) => Promise<Classification>;
}

export function createReportsKit(options: ReportsKitOptions = {}): ReportsKit {
  const classifiers = new WeakMap<ContentPack, Classifier>();
  const effects = new WeakMap<CoreDeps, Effects>();
  const offline = (pack: ContentPack): Classifier => {
    let c = classifiers.get(pack);
    if (!c) {
      c = createClassifier(pack);
      classifiers.set(pack, c);
    }
    return c;
  };
  return {
    async classify(pack, text) {
      return options.classify ? options.classify(pack, text) : offline(pack).classify(text);
    },
    keywordUrgency: (pack, text) => offline(pack).keywordUrgency(text),
    effects(deps) {
      let e = effects.get(deps);
      if (!e) {
        e = createEffects(deps);
        effects.set(deps, e);
      }
      return e;
    },
  };
}
