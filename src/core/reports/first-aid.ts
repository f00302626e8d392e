/**
 * One short, safe first-aid line under the emergency numbers (QA9 #9: CO poisoning got the numbers and nothing on
 * what to do meanwhile). Built in, in every locale (`first-aid-<kind>`), and given only where the signal that fired
 * says which — a line for a danger the text does not name could do harm (rolling someone hurt in a fall onto their
 * side, opening windows for a wound). None for violence, someone trapped, electric shock, drowning, cold, a missing
 * person, a stroke or a seizure, choking, poison swallowed: the numbers alone, as before.
 *
 *   firstAidFor('宿舍里烧煤气 人晕过去了 叫不醒', ['unconscious'])   // → 'gas'
 *
 * One line only, the most pressing first: gas before whatever it caused, a fire, a wound to press, someone who
 * may harm themselves, heat stroke, someone unconscious, chest pain.
 */
import { normaliseReportText } from './classify.js';

export type FirstAid =
  'gas' | 'fire' | 'bleeding' | 'self-harm' | 'heat-stroke' | 'unconscious' | 'chest-pain';

/**
 * Gas or carbon monoxide in the air: a gas named as present (not its bill or company), a gas smell or leak, or
 * charcoal or a stove burning where people are (the poisoning signal's own setting).
 */
const GAS =
  /(?:煤气|燃气|天然气|液化气|沼气)(?!费|公司|站|卡|表|管理|涨价|灶具?店)|一氧化碳|臭鸡蛋味|烧炭|炭火|炭盆|木炭|煤炉|蜂窝煤|(?:烧|生|点)了?个?炉子|\b(gas (leak\w*|smell\w*)|smell(s|ed|ing)? (of |like )?gas|leak\w* gas|carbon monoxide|co poisoning|charcoal|brazier)\b/;
/** An engine or heater running in a shut vehicle where someone sleeps (the poisoning signal's setting): carbon monoxide. */
const VEHICLE_FUMES =
  /(?:车里|车上|车内|驾驶室|驾驶座|货车|面包车)[^ ]{0,8}(?:暖风|打着火|发动机)|睡[^ ]{0,6}(?:开着|打着)(?:暖风|火|发动机)|\b(heater|engine) (on|running)\b/;
/** Flames or an explosion: a fire, whatever fed it. */
const FLAMES =
  /着火|起火|失火|火灾|烧起来|大火|火苗|火光|火势|冒火|爆炸|炸了|\b(on fire|flames?|blaze|explo(ded|sion))\b/;
/** The signals a gas line answers: what gas does to people, or the leak or fire signal itself. */
const GAS_SIGNALS = new Set(['poisoning', 'fire', 'unconscious', 'breathing', 'medical', 'moderate']);
/** Blood from inside the body (coughed, vomited, passed) or in pregnancy: no wound to press. */
const NO_WOUND =
  /吐血|咳血|咯血|便血|尿血|痰|大便|拉出来|吐出来|咳出来|吐白沫|口吐白沫|怀孕|孕|流产|月经|下体|阴道|鼻血|\b(vomit\w* (up )?blood|cough\w* (up )?blood|blood in (his|her|my|the) (urine|stool|poo|vomit)|pregnan\w*|miscarr\w*|nosebleed)\b/;
/** No breath or pulse: not a case for the recovery position. */
const NOT_BREATHING =
  /没(?:有)?(?:了)?(?:呼吸|气息|心跳|脉搏)|不(?:喘气|呼吸|出气)了?|没气了|没了气|停止呼吸|断气|\b(not breathing|isn ?t breathing|stopped breathing|no (pulse|heartbeat)|no breath\w*)\b/;
/** Signals whose danger the recovery position could worsen or not reach: a fall or crash, a live current, water. */
const DO_NOT_MOVE = new Set(['serious-injury', 'trapped', 'electric', 'violence']);
/** The chest or heart hurting, tight or pressed: breathing's signal, read as chest pain. */
const CHEST_PAIN =
  /(?:胸口|心口|胸|心脏)[^ ]{0,6}(?:疼|痛|闷|压|堵|紧|绞|刀割|针扎|撕)|胸痛|胸闷|心绞痛|心梗|心肌梗|心脏病|\b(chest (pains?|hurts?|hurting|tight\w*|pressure|heavy|crushing)|heart attack|(clutch|hold|grabb|gripp)(ing|ed)? (his|her|my) chest)\b/;

export function firstAidFor(text: string, signals: readonly string[]): FirstAid | undefined {
  if (!signals.length) return undefined;
  const norm = normaliseReportText(text);
  const has = (s: string) => signals.includes(s);
  const flames = FLAMES.test(norm);
  if (GAS.test(norm) && !flames && signals.some((s) => GAS_SIGNALS.has(s))) return 'gas';
  if (has('poisoning') && VEHICLE_FUMES.test(norm)) return 'gas';
  if (has('fire')) return 'fire';
  if (has('bleeding') && !NO_WOUND.test(norm)) return 'bleeding';
  if (has('self-harm')) return 'self-harm';
  if (has('heat-stroke')) return 'heat-stroke';
  if (has('unconscious') && !NOT_BREATHING.test(norm) && !signals.some((s) => DO_NOT_MOVE.has(s)))
    return 'unconscious';
  if (has('breathing') && CHEST_PAIN.test(norm) && !has('unconscious')) return 'chest-pain';
  return undefined;
}
