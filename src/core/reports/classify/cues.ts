/**
 * What a report tells that several parts read: a lift, a home, a deposit and who holds it (the employer or the
 * landlord), being sent away, the worker's own body hurt in their own fall.
 */

/** A lift: at a delivery an access rule, where workers live the home's, stuck with someone in it nobody's. */
export const LIFT = /电梯|\b(?:lift|elevator)\b/;

/** Where someone lives (see DRIVEN_OFF). */
export const HOME = /住|房|屋|宿舍|公寓|家里|床位|\b(?:landlord|rent|dorm|flat|apartment|room|home)\b/;

/** A deposit, who may hold it as an employer, and who as a landlord. */
export const DEPOSIT = /押金|deposit/;
/** Being sent away (被赶走, 赶出来, kicked out): from a home an eviction, from a kerb or a gate parking. */
export const DRIVEN_OFF = /被赶|赶走|赶出来|赶我走|\bkick(?:ed|s|ing)? (?:\w+ ){0,2}out\b/;

/** The employer, or the job left and the kit it lent (离职了装备钱押金不退): whose deposit it is. */
export const EMPLOYER =
  /站点|站长|老板|公司|车队|加盟商|包工头|离职|辞职|不干了|装备|工服|头盔|餐箱|\b(?:employer|company|boss|contractor|quit|uniform|equipment|gear)\b/;
const LANDLORD = /房东|房租|宿舍|出租屋|公寓|租房|退租|\b(?:landlord|rent|dorm|flat|apartment)\b/;
/** Rent the worker has to pay (没钱交房租): why money is needed, not whose deposit it is. */
const RENT_TO_PAY = /(?:交|付|缴|凑)(?:房租|租金)|(?:房租|租金)[^ ]{0,6}(?:交|付|缴)/g;
export const landlordTold = (norm: string): boolean => LANDLORD.test(norm.replace(RENT_TO_PAY, ' '));

/** The worker's own body hurt (膝盖肿得老高, 腿摔破了, 受伤了): the fall or the crash is what the report is about. */
const WORKER_HURT =
  /(?:膝盖|腿|胳膊|胳膊肘|手肘|手腕|手|脚踝|脚|腰|头|脸|下巴|肩膀?)[^ ]{0,3}(?:肿|疼|痛|破|流血|出血|擦|蹭|骨折|伤)|受伤|摔伤|撞伤/;

/** 我差点摔, 还没人受伤: a near miss or nobody hurt is the hazard's report alone. */
const NOT_HURT = /差点|差一点|险些|没(?:有)?人?受伤|没(?:有)?伤着|人没事|没事/;

/** The worker is the one who fell or crashed (我…卡进去摔了, 我摔车了). */
const OWN_FALL = /我[^ ]{0,16}(?:摔|撞|翻车|栽|跌|滑倒)/;

export const workerHurt = (norm: string): boolean => WORKER_HURT.test(norm) && !NOT_HURT.test(norm);
export const ownFallHurt = (norm: string): boolean => OWN_FALL.test(norm) && workerHurt(norm);
