/**
 * A grievance: someone charging, fining or refusing the worker, or the worker asking whether that is fair
 * ("保安不让俺们进，非要收二十块钱停车费，这合理不", "凭什么扣我钱", "is it fair they fined me"). It tells of a problem,
 * however it is asked: the services it names (停车费 is not a search for parking) are what it is about, not what it
 * looks for — so no station list answers it (QA9 #4), and a question asked this way in the middle of a report is
 * more of that report, not a question of its own.
 *
 *   grievance('东站蓄车场的保安非要收二十块钱停车费，这合理不')   // → true
 *   grievance('东站附近哪里能停车')                           // → false
 */
import { normalize } from './normalize.js';

/** Whether it is fair, asked or denied (simplified script, after normalising). */
const UNFAIR =
  /不合理|合理不|合理吗|合不合理|合理么|凭什么|凭啥|没天理|有没有天理|欺负人|太过分|过分了|不讲理|讲不讲理|霸王条款|不公平|公平吗|黑心|坑人|坑我|坑钱|宰人|敲诈|讹人|讹钱|讹我|给个说法|讨个说法|要个说法/u;

/** Money taken against the worker's will: charged, fined, deducted (乱收费, 非要收, 被罚, 扣了我). */
const CHARGED =
  /乱收|乱要|乱罚|乱扣|乱开罚单|多收|(?:非要|非得|硬要|强行|强制|逼着?)\S{0,8}?(?:收|交|给|掏|罚|扣)|被(?:收|罚|扣|贴条|开罚单)|(?:收|罚|扣|讹)了?(?:我|俺|咱|我们|俺们|咱们|司机|骑手)\S{0,6}?(?:钱|块|元|费|分)|罚了|罚款了|贴了?条|开了?罚单/u;

/** Turned away or kept out by someone (不让俺们进, 把我们赶走, 拒载). */
const REFUSED =
  /不让(?:我|俺|咱|人|司机|骑手|我们|俺们|咱们)|不许(?:我|俺|咱|我们|俺们|咱们)|不准(?:我|俺|咱|我们|俺们|咱们)|不给(?:我|俺|咱|我们|俺们|咱们)?(?:进|停|走|用|上|退)|(?:赶|撵|轰)(?:我|俺|咱|人|走|出)|拒绝(?:我|俺|咱|我们|俺们|咱们)|不放(?:我|俺|咱|我们|俺们|咱们)?(?:进|行)/u;

const ENGLISH =
  /\b(?:unfair|not fair|(?:is|was) (?:this|that|it) fair|rip(?:ped)? ?off|overcharg\w*|charg(?:ed|ing) (?:me|us)|fined (?:me|us)|(?:got|was|were|been) fined|(?:won'?t|wouldn'?t|doesn'?t|didn'?t|don'?t) let (?:me|us)|refus\w* to let|kick(?:ed|ing) (?:me|us) out|turn(?:ed|ing) (?:me|us) away)\b/iu;

export function grievance(text: string): boolean {
  if (ENGLISH.test(text)) return true;
  const s = normalize(text);
  return UNFAIR.test(s) || CHARGED.test(s) || REFUSED.test(s);
}
