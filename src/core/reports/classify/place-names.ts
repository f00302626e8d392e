/**
 * A place's name found as itself in a report: not across two everyday words (律师大概), not the gate of
 * something named before it (新疆大学南门), pinyin typed in pieces, a bare stem only with a word of place.
 */

/** What follows a stem when it names a place: 国定那边, 控江附近, 鞍山一带. */
export const PLACE_AFTER =
  /^(那边|这边|那里|这里|那儿|附近|一带|那块|那片|旁边|周边|周围|路口|那段|这段|那个|这个|那几|那些|那条|这条|那家)/;

/** What comes before a stem when it names a place: 在茶光送单, 到科苑, 从留仙过来. */
export const PLACE_BEFORE = /^[在到去从往经]$/;
/** The same in English: "near Keyuan", "at Chaguang". */
export const LATIN_PLACE_BEFORE = /\b(?:near|at|on|in|around|by|from|to|off|along)\s$/;

/**
 * Everyday words a two-character name may sit across (律师大概 holds 师大, 房东站在门口 holds 东站): people and
 * roles, and hedges of amount. None of them goes on into a place's name the way 大门, 门口 or 家属院 do (师大门口,
 * 师大家属院), so these are left out.
 */
const ACROSS_WORDS = [
  ...['律师', '老师', '讲师', '教师', '厨师', '技师', '医师', '导师', '工程师', '设计师', '会计师', '理发师'],
  ...['房东', '股东', '老板', '员工', '职工', '民工', '打工', '学生', '医生', '先生', '护士', '保安', '司机'],
  ...[
    '大概',
    '大约',
    '大致',
    '大多',
    '大都',
    '大部分',
    '大量',
    '大半',
    '大哥',
    '大姐',
    '大叔',
    '大爷',
    '大妈',
  ],
];

/**
 * A two-character name at `at` that is the end of one everyday word and the start of another, or of either
 * (律师大概 for 师大): those words, not the place. Longer names are specific enough as they stand.
 */
export function acrossWord(text: string, at: number, name: string): boolean {
  if (name.length !== 2 || !/^\p{Script=Han}{2}$/u.test(name)) return false;
  return ACROSS_WORDS.some((w) => {
    const before = w.length - 1;
    return (
      (w.endsWith(name[0]!) && at >= before && text.slice(at - before, at + 1) === w) ||
      (w.startsWith(name[1]!) && text.startsWith(w, at + 1))
    );
  });
}

/** An area called after a gate (南门, 东门: neighbourhoods in many cities). */
const GATE_AREA = /^[东西南北正后][门門]$/u;
/** What a gate belongs to when its name comes right before it: 新疆大学南门, 天河城北门, 人民公园东门. */
const GATE_OWNER = /[学院园场城区馆站店厦楼心宫寺校所局府场桥村苑庭湖山]$/u;

/**
 * The gate of a named place, not the area called after a gate: 南门 in "新疆大学南门对面" (a station's address, a
 * report) is the university's south gate (the 天山 pack's author, stop 30).
 */
export function gateOfSomething(text: string, at: number, name: string): boolean {
  return GATE_AREA.test(name) && GATE_OWNER.test(text.slice(Math.max(0, at - 1), at));
}

/** `name` is in `text` as itself, not as the gate of something named before it. */
export function namedIn(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!gateOfSomething(text, i, name)) return true;
  return false;
}

/** Two to four consecutive Latin words run together (hesheng hui → heshenghui), with where they stand. */
export function spacedPinyin(norm: string): Map<string, { start: number; length: number }> {
  const words = [...norm.matchAll(/[a-z]+/g)].map((m) => ({ text: m[0], start: m.index }));
  const out = new Map<string, { start: number; length: number }>();
  for (let i = 0; i < words.length; i++) {
    let joined = words[i]?.text ?? '';
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
      const w = words[j];
      const prev = words[j - 1];
      if (!w || !prev || norm.slice(prev.start + prev.text.length, w.start) !== ' ') break;
      joined += w.text;
      const start = words[i]?.start ?? 0;
      if (!out.has(joined)) out.set(joined, { start, length: w.start + w.text.length - start });
    }
  }
  return out;
}
