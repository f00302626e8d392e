/**
 * The place or station a question is about, settled from the names met: when no full name is met, the station its
 * address describes, a Latin name typed in pieces, a short part of a name, a name typed with a homophone; when several
 * are met, the one station that holds them; a place named as a station's, the station.
 */
import { compactName } from '../../content/names.js';
import { soundAlike } from '../sound-alike.js';
import { byAddress } from './address.js';
import type { HitsRead, NameMet } from './hits.js';
import { bothNamed, holdingAll, offersAll, splitLatin, stationNamed, thatStation } from './named-stations.js';
import { AREA_ID } from './shared-areas.js';
import type { ReaderIndex } from './types.js';

/** The name the question is about, if any; `read.cues.near` is cleared when it turns out to name one station. */
export function settleAnchor(ix: ReaderIndex, text: string, read: HitsRead): NameMet | undefined {
  let { anchor, station } = read;
  const { hits, cues, services, elsewhere, place, weak, named } = read;

  // No full name, a station word: the station its address describes, else a short part of a name.
  if (!anchor && cues.station && !elsewhere) {
    const found = byAddress(ix, text, hits);
    if (found) anchor = { anchor: found, length: 0, text: '' };
  }
  // No station word, services asked at a landmark only one station's address names, which offers them all (开大车的，
  // 鱼化工业园那儿能洗澡停车不: 鱼化寨司机之家, at 鱼化工业园物流园南门, has showers and parking).
  if (!anchor && !cues.station && services.size > 0 && !elsewhere) {
    const found = byAddress(ix, text, hits, true);
    if (found && offersAll(ix, found.id, services)) anchor = { anchor: found, length: 0, text: '' };
  }
  // A name in pinyin split where the pack's form is not (dianzi zhengjie, ci'en road → ci en road): a whole name,
  // before a short part of one (xixi of "xixi bafang city").
  if (!anchor && !elsewhere) {
    const found = splitLatin(ix, text);
    if (found) anchor = { anchor: found, length: 0, text: '' };
  }
  if (!anchor && weak && cues.station) anchor = { anchor: weak, length: 2, text: '' };
  // No name at all, but a station word, hours, "where" or a service: a name typed with a homophone or two
  // (燕装社区 for 燕庄社区, 同子坡 for 桐梓坡, 农商银杭…在哪) — pinyin input's commonest slip.
  if (!anchor && !elsewhere && (cues.station || cues.hours || cues.where || services.size > 0)) {
    const found = soundAlike(text, ix.spoken);
    if (found) anchor = { anchor: found.anchor, length: found.form.length, text: found.text };
  }
  // Names of two stations (or of a station and a place), all in one station's name, aliases or address
  // (长安南路 is 电视塔驿站's road too): that station.
  const where =
    !cues.near && named.length > 0 ? holdingAll(ix, place ? [...named, place] : named) : undefined;
  if (where) [station, anchor] = [where, where];
  // A shared station name and a place (军工路司机之家, where 司机之家 is also 黄兴路's): the one station
  // whose name holds both.
  const both = station && place && !cues.near ? bothNamed(ix, station, place) : undefined;
  if (both) [station, anchor] = [both, both];
  // A station and a place both named, asked about without "near": the station.
  if (station && anchor?.anchor.kind === 'place' && !cues.near) anchor = station;
  // "定海路驿站有厕所没", "建行控江路那个接力站…": a place named as a station's — the station of that name.
  // Said in pinyin ("when does the dashushan station open"): the place's own name is what a station's holds.
  // Typed as an alias the station's name lacks (翠湖边 for 翠湖): the place's own name is what it holds.
  // "Near" with "that station" (翠湖附近那个驿站) points at one station, not at what is around.
  const pointed = cues.near && thatStation(ix, text);
  if (anchor?.anchor.kind === 'place' && (cues.station || cues.hours) && (!cues.near || pointed)) {
    const said = /[a-z]/.test(anchor.text) ? compactName(anchor.anchor.name) : undefined;
    // The area of several stations (盖山): the question's other words pick one (盖山那个货车司机之家), not the one
    // called exactly so (盖山暖心驿站).
    const area = anchor.anchor.id.startsWith(AREA_ID);
    const station = said
      ? stationNamed(ix, said, said)
      : (stationNamed(ix, text, anchor.text, !area) ??
        stationNamed(ix, text, compactName(anchor.anchor.name), !area));
    if (station) {
      anchor.anchor = station;
      cues.near = false;
    }
  }
  // …or a place and what is beside it, as one station's address says (华工北门对面那个驿站: 华工五山校区北门对面).
  if (anchor?.anchor.kind === 'place' && cues.station && (!cues.near || pointed) && !elsewhere) {
    const beside = byAddress(ix, text, hits);
    const at = beside && ix.described.find((d) => d.station.id === beside.id);
    if (beside && at?.text.includes(compactName(anchor.text))) {
      anchor.anchor = beside;
      cues.near = false;
    }
  }

  return anchor;
}
