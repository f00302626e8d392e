/**
 * The content pack: everything organisers edit lives in files under CONTENT_DIR, validated here.
 * Each schema describes one file (or one kind of file); `loader.ts` reads and checks a whole pack.
 * The format is documented for organisers in content/README.md — keep the two in step.
 */
import * as z from 'zod';

import { LOCALES, type Locale } from '../locales.js';

export { LOCALES, type Locale };

/**
 * The longest a content id may be. Ids ride in Telegram's button data, which holds 64 bytes; the longest data that
 * carries one is moving a ticket to another branch, `tk:tb:<ticket number>:<branch>` — 23 bytes before the id with
 * a four-letter ticket prefix (`tk:tb:ABCD-2026-000123:`), which leaves 41. Every other button with an id has more
 * room or a shorter form to fall back on.
 */
export const MAX_ID_LENGTH = 40;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes, e.g. "meituan-yangpu"')
  .max(MAX_ID_LENGTH, {
    error: (issue) =>
      `ids are at most ${MAX_ID_LENGTH} characters (this one has ${String(issue.input).length}): they travel in Telegram button data, 64 bytes, e.g. moving a ticket to a branch ("tk:tb:JN-2026-000123:<branch id>")`,
  });

/** Chat/user ids per channel. Telegram ids are numbers written as strings ("-1001234"). */
const perChannelIds = z
  .object({
    telegram: z.array(z.string()).default([]),
    slack: z.array(z.string()).default([]),
    console: z.array(z.string()).default([]),
  })
  .strict()
  .default({ telegram: [], slack: [], console: [] });

/**
 * One chat per channel, optionally a forum topic / thread inside it, and the language the staff there read (the
 * cards the bot posts for everyone in it: tickets, reminders, the digest, passed questions); zh-CN when unset.
 */
const chatRef = z
  .object({ chat: z.string(), thread: z.string().optional(), locale: z.enum(LOCALES).optional() })
  .strict();
export type StaffChatRef = z.infer<typeof chatRef>;
const perChannelChat = z
  .object({ telegram: chatRef.optional(), slack: chatRef.optional(), console: chatRef.optional() })
  .strict()
  .default({});

/** Localised variants of a text field; the main field is zh-CN. */
const variants = <T extends z.ZodTypeAny>(shape: T) =>
  z.object({ 'zh-TW': shape.optional(), en: shape.optional() }).strict().optional();

const timeRange = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/,
    'range must be "HH:MM-HH:MM", e.g. "08:00-20:00"',
  );
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

// ---------- pack.yaml ----------
export const PackSettingsSchema = z
  .object({
    district: z.object({ id, name: z.string().min(1) }).strict(),
    /** Ticket number prefix, e.g. "JN" → JN-2026-000123. */
    ticketPrefix: z
      .string()
      .regex(/^[A-Z]{1,4}$/, 'ticket prefix must be 1-4 capital letters, e.g. "JN"')
      .default('JN'),
    emergencyNumbers: z
      .array(
        z
          .object({
            name: z.string(),
            number: z.string(),
            variants: variants(z.object({ name: z.string() }).strict()),
          })
          .strict(),
      )
      .min(1),
    /** Hours to first response and to resolution, per urgency. */
    deadlines: z
      .object({
        normal: z
          .object({ respondHours: z.number().positive(), resolveHours: z.number().positive() })
          .strict(),
        urgent: z
          .object({ respondHours: z.number().positive(), resolveHours: z.number().positive() })
          .strict(),
        emergency: z
          .object({ respondHours: z.number().positive(), resolveHours: z.number().positive() })
          .strict(),
      })
      .strict(),
    /** Days after which resolved tickets are anonymised. */
    retentionDays: z.number().int().positive().default(180),
    /** Days a worker has to object to a resolution before it counts as solved. */
    confirmWindowDays: z.number().int().positive().default(3),
    /** Reports one worker may file per hour. */
    reportsPerHour: z.number().int().positive().default(5),
    /**
     * Emergency reports one worker may file in that hour beyond `reportsPerHour`: danger to a person is not
     * turned away by the ordinary limit, yet one sender still cannot flood a triage chat.
     */
    extraEmergencyReports: z.number().int().min(0).default(3),
    /** Windows in which no scheduled push may be sent (BOT_TIMEZONE). */
    quietWindows: z.array(timeRange).default(['11:00-13:30', '17:00-20:00', '22:00-08:00']),
    /** Dates on which no scheduled push is sent. */
    holidays: z.array(isoDate).default([]),
  })
  .strict();

// ---------- branches.yaml ----------
export const INDUSTRIES = [
  'delivery',
  'express',
  'ride-hailing',
  'freight',
  'live-streaming',
  'territorial',
] as const;

/** What a branch is: a platform's branch, a street office, the district, or a trade-union service point. */
export const BRANCH_KINDS = ['branch', 'street', 'district', 'union'] as const;
/**
 * Kinds of group a routing rule's `origin` may name: a group's kind is its branch's industry for
 * `kind: branch`, else the branch's kind.
 */
export const GROUP_KINDS = [
  'delivery',
  'express',
  'ride-hailing',
  'freight',
  'live-streaming',
  'street',
  'district',
  'union',
] as const;

/** An area: a name, or a name with the nicknames the bot cannot derive from it. */
const AreaSchema = z.union([
  z.string().min(1),
  z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }).strict(),
]);

export const BranchSchema = z
  .object({
    id,
    name: z.string().min(1),
    /** Shorthand for variants.en.name / variants['zh-TW'].name. */
    name_en: z.string().min(1).optional(),
    name_zh_tw: z.string().min(1).optional(),
    variants: variants(z.object({ name: z.string() }).strict()),
    /** Required for kind `branch`; street offices, unions and the district default to `territorial`. */
    industry: z.enum(INDUSTRIES).optional(),
    /** branch = a platform/company branch; street = a street office (属地兜底); district = the district itself; union = a trade-union service point. */
    kind: z.enum(BRANCH_KINDS).default('branch'),
    /** Streets/areas the branch covers (used by routing rules with `area`): names, or `{name, aliases}`. */
    areas: z.array(AreaSchema).default([]),
    secretaries: perChannelIds,
    triage: perChannelChat,
  })
  .strict()
  .refine((b) => b.kind !== 'branch' || b.industry !== undefined, {
    message:
      'a branch of kind "branch" needs an industry (delivery, express, ride-hailing, freight, live-streaming)',
    path: ['industry'],
  })
  .transform(({ name_en, name_zh_tw, areas, industry, ...b }) => {
    const names = areas.map((a) => (typeof a === 'string' ? a : a.name));
    const aliases = Object.fromEntries(
      areas.flatMap((a) => (typeof a === 'string' || a.aliases.length === 0 ? [] : [[a.name, a.aliases]])),
    ) as Record<string, string[]>;
    const variantsOut = { ...b.variants };
    if (name_en && !variantsOut.en) variantsOut.en = { name: name_en };
    if (name_zh_tw && !variantsOut['zh-TW']) variantsOut['zh-TW'] = { name: name_zh_tw };
    return {
      ...b,
      industry: industry ?? ('territorial' as const),
      ...(Object.keys(variantsOut).length ? { variants: variantsOut } : {}),
      areas: names,
      /** Area name → the nicknames written for it (derived short forms are not listed here). */
      ...(Object.keys(aliases).length ? { areaAliases: aliases } : {}),
    } as {
      id: string;
      name: string;
      variants?: { 'zh-TW'?: { name: string }; en?: { name: string } };
      industry: (typeof INDUSTRIES)[number];
      kind: (typeof BRANCH_KINDS)[number];
      areas: string[];
      areaAliases?: Record<string, string[]>;
      secretaries: { telegram: string[]; slack: string[]; console: string[] };
      triage: {
        telegram?: StaffChatRef;
        slack?: StaffChatRef;
        console?: StaffChatRef;
      };
    };
  });
export const BranchesFileSchema = z.object({ branches: z.array(BranchSchema).min(1) }).strict();

// ---------- organisers.yaml ----------
export const OrganisersFileSchema = z
  .object({
    organisers: perChannelIds,
    /** The district escalation chat (督办). */
    escalation: perChannelChat,
  })
  .strict();

// ---------- faq/*.yaml ----------
export const FaqEntrySchema = z
  .object({
    id,
    title: z.string().min(1),
    /** Example questions in workers' words; they feed retrieval. Optional: title, answer and tags are searched too. */
    questions: z.array(z.string().min(1)).default([]),
    answer: z.string().min(1).max(1500),
    tags: z.array(z.string()).default([]),
    /** Where the answer comes from (a policy, an office) and when it was last checked. */
    source: z.string().min(1).optional(),
    updated: isoDate.optional(),
    /** A branch that owns the topic (questions passed on go there). */
    branch: id.optional(),
    variants: variants(z.object({ title: z.string(), answer: z.string() }).strict()),
  })
  .strict();
export const FaqFileSchema = z.object({ entries: z.array(FaqEntrySchema).min(1) }).strict();

// ---------- stations.yaml ----------
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const STATION_SERVICES = [
  'hot-water',
  'rest',
  'charging',
  'toilet',
  'microwave',
  'wifi',
  'cooling',
  'warming',
  'first-aid',
  'reading',
  'training',
  'jobs',
  'counselling',
  'parking',
  'repair',
  'drinking-water',
  'medicine',
  'lockers',
  'umbrella',
  'shower',
  'washing',
] as const;
/** `"24h"`, `"closed"`, or one or more ranges "08:00-12:00,13:00-20:00". */
const dayHours = z
  .string()
  .regex(
    /^(24h|closed|([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)(,([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00))*)$/,
    'hours must be "24h", "closed" or "HH:MM-HH:MM[,HH:MM-HH:MM]"',
  );
export const StationSchema = z
  .object({
    id,
    name: z.string().min(1),
    kind: z.enum(['warm-station', 'volunteer-point', 'service-station', 'relay-station', 'service-site']),
    address: z.string().min(1),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** Either one rule for every day, or per weekday (missing days are closed). */
    hours: z.union([
      dayHours,
      z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, dayHours.optional()]))).strict(),
    ]),
    /** Dates the station is closed, e.g. public holidays. */
    closedOn: z.array(isoDate).default([]),
    services: z.array(z.enum(STATION_SERVICES)).min(1),
    phone: z.string().optional(),
    /** The branch that runs the station (problem reports go there). */
    branch: id,
    /** Other names workers use for it or its landmark. */
    aliases: z.array(z.string()).default([]),
    /**
     * Its name and address for readers of another locale; without one, zh-TW readers see the characters
     * converted and English readers the Chinese followed by its pinyin (stations/reading.ts).
     */
    variants: variants(
      z.object({ name: z.string().min(1).optional(), address: z.string().min(1).optional() }).strict(),
    ),
  })
  .strict();
export const StationsFileSchema = z.object({ stations: z.array(StationSchema).min(1) }).strict();

// ---------- places.yaml: landmarks a worker may name instead of sharing a location ----------
export const PlaceSchema = z
  .object({
    id,
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    lat: z.number(),
    lon: z.number(),
  })
  .strict();
export const PlacesFileSchema = z.object({ places: z.array(PlaceSchema).default([]) }).strict();

// ---------- synonyms.yaml: groups of words that mean the same to retrieval ----------
export const SynonymsFileSchema = z
  .object({ synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]) })
  .strict();

// ---------- categories.yaml ----------
export const URGENCIES = ['normal', 'urgent', 'emergency'] as const;
export const CategorySchema = z
  .object({
    id,
    name: z.string().min(1),
    /** What reports belong here, in a sentence: the classifier reads it (required). */
    description: z.string().min(1),
    variants: variants(z.object({ name: z.string(), description: z.string().optional() }).strict()),
    /** Words and phrases (simplified or traditional) that point to this category (optional). */
    keywords: z.array(z.string().min(1)).default([]),
    urgency: z.enum(URGENCIES).default('normal'),
    /** Phrases that make a report in this category an emergency. */
    emergencyWhen: z.array(z.string().min(1)).default([]),
  })
  .strict();
export const CategoriesFileSchema = z
  .object({
    /** Category ids, first wins when two categories fit a report equally well; unlisted ones rank after, in file order. */
    precedence: z.array(id).default([]),
    categories: z.array(CategorySchema).min(1),
    /** Phrases that mark a report as an emergency whatever its category (injury, violence). */
    emergencyKeywords: z.array(z.string()).default([]),
    /** Phrases that raise a report to urgent. */
    urgentKeywords: z.array(z.string()).default([]),
  })
  .strict();

// ---------- routing.yaml ----------
export const RoutingRuleSchema = z
  .object({
    /** Category id, or "*" for any. */
    category: z.union([id, z.literal('*')]),
    /** Origin branch id, industry or group kind (GROUP_KINDS), when the rule applies only to reports from there. */
    origin: z.string().optional(),
    /** Area (street) name or one of its aliases / derived short forms, when the rule applies only there. */
    area: z.string().optional(),
    /**
     * Branch id that owns matching problems. "origin" routes to the reporter's own branch; "area" to the branch
     * whose `areas` hold the report's area (a street office first).
     */
    to: z.union([z.literal('origin'), z.literal('area'), id]),
  })
  .strict();
export const RoutingFileSchema = z.object({ rules: z.array(RoutingRuleSchema).default([]) }).strict();

// ---------- lessons/<series>/series.yaml and lessons/<series>/*.md ----------
/**
 * A month (1–12) or a range of months written "6-9"; a range may wrap the year ("11-2" is Nov–Feb).
 * Undefined when the value is neither.
 */
export function monthsOfSpec(spec: unknown): number[] | undefined {
  if (typeof spec === 'number') return Number.isInteger(spec) && spec >= 1 && spec <= 12 ? [spec] : undefined;
  if (typeof spec !== 'string') return undefined;
  const m = /^\s*(\d{1,2})\s*(?:[-–~至到]\s*(\d{1,2}))?\s*$/.exec(spec);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || from > 12 || to < 1 || to > 12) return undefined;
  const out: number[] = [];
  for (let k = from; ; k = (k % 12) + 1) {
    out.push(k);
    if (k === to) break;
  }
  return out;
}

const monthSpec = z.union([z.number(), z.string()]).superRefine((v, ctx) => {
  if (!monthsOfSpec(v))
    ctx.addIssue({
      code: 'custom',
      message: `month ${JSON.stringify(v)} is not a month 1–12 or a range such as "6-9" (summer) or "11-2" (winter, across the new year)`,
    });
});

/**
 * When and to whom a series (or one lesson) applies: `months` it may be pushed in, `audience` the kinds of
 * group (GROUP_KINDS, as routing's `origin` knows them) it is meant for. Leaving either out means "any".
 */
const applicability = {
  months: z.array(monthSpec).min(1, 'list at least one month, or leave the field out').optional(),
  audience: z
    .array(
      z.enum(GROUP_KINDS, {
        error: (iss) => `${JSON.stringify(iss.input)} is not a kind of group; use ${GROUP_KINDS.join(', ')}`,
      }),
    )
    .min(1, 'list at least one kind of group, or leave the field out')
    .optional(),
};

export const SeriesSchema = z
  .object({
    id,
    title: z.string().min(1),
    variants: variants(z.object({ title: z.string() }).strict()),
    theme: z.string().min(1),
    tags: z.array(z.string()).default([]),
    ...applicability,
  })
  .strict();
export const QuizSchema = z
  .object({
    /** Telegram caps a quiz poll question at 300 characters. */
    question: z.string().min(1).max(300),
    options: z.array(z.string().min(1).max(60)).min(2).max(4),
    /** Index of the right option (0-based). */
    answer: z.number().int().min(0),
    explanation: z.string().min(1).max(200),
  })
  .strict()
  .refine((q) => q.answer < q.options.length, {
    message: 'quiz answer must be the index of one of the options (0 = the first)',
    path: ['answer'],
  });
/** Front matter of one lesson Markdown file; the body follows it. */
export const LessonFrontSchema = z
  .object({
    id,
    title: z.string().min(1),
    order: z.number().int().min(1),
    image: z.string().optional(),
    tags: z.array(z.string()).default([]),
    quiz: QuizSchema.optional(),
    variants: variants(
      z.object({ title: z.string(), body: z.string(), quiz: QuizSchema.optional() }).strict(),
    ),
    /** Narrow the series' own `months` / `audience` for this lesson (an e-bike lesson in a storm series). */
    ...applicability,
  })
  .strict();

// ---------- schedules.yaml ----------
export const ScheduleSchema = z
  .object({
    id,
    series: z.array(id).min(1),
    /** Groups to reach, by branch id, industry or audience tag; empty means every bound group. */
    audience: z
      .object({
        branches: z.array(id).default([]),
        industries: z.array(z.enum(INDUSTRIES)).default([]),
        tags: z.array(z.string()).default([]),
      })
      .strict()
      .default({ branches: [], industries: [], tags: [] }),
    /** node-cron expression (minute hour day month weekday), in BOT_TIMEZONE. */
    cron: z.string().min(1),
  })
  .strict();
export const SchedulesFileSchema = z.object({ schedules: z.array(ScheduleSchema).default([]) }).strict();

export type PackSettings = z.infer<typeof PackSettingsSchema>;
export type Branch = z.infer<typeof BranchSchema>;
export type Organisers = z.infer<typeof OrganisersFileSchema>;
export type FaqEntry = z.infer<typeof FaqEntrySchema> & {
  /** How many of `questions`, at their end, were learned from workers (/gaps) rather than written by the author. */
  readonly learned?: number;
  /** A draft an organiser confirmed in /gaps: answering already, not yet in the pack (curate.ts exports it). */
  readonly draft?: true;
};
export type Station = z.infer<typeof StationSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type CategoriesFile = z.infer<typeof CategoriesFileSchema>;
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;
export type Series = z.infer<typeof SeriesSchema>;
export type Quiz = z.infer<typeof QuizSchema>;
export type LessonFront = z.infer<typeof LessonFrontSchema>;
export type Lesson = LessonFront & { series: string; body: string; file: string };
export type Schedule = z.infer<typeof ScheduleSchema>;

/** A whole, validated content pack. */
export interface ContentPack {
  dir: string;
  settings: PackSettings;
  branches: Branch[];
  organisers: Organisers;
  faq: FaqEntry[];
  stations: Station[];
  places: Place[];
  synonyms: string[][];
  categories: CategoriesFile;
  routing: RoutingRule[];
  series: (Series & { lessons: Lesson[] })[];
  schedules: Schedule[];
  /**
   * What this pack no longer names but tickets and groups still may (a branch or category removed or renamed):
   * the name each id last had in an earlier pack, and the words for one whose name was never recorded. Filled
   * after the pack loads (content/left-behind.ts); absent in a pack nobody has checked.
   */
  former?: FormerNames;
}

export interface FormerNames {
  branches: Record<string, Partial<Record<Locale, string>>>;
  categories: Record<string, Partial<Record<Locale, string>>>;
  /** The bot's words for them (locales/…/content-reload.ftl `content-former-*`), in `locale`. */
  t: (locale: Locale, id: string, args?: Record<string, string>) => string;
}
