/**
 * Where the worker comes from is not what is asked. "医保在河南老家，在西安住院咋报" names another province,
 * but only as the home of the worker's insurance: the question is about being treated here. A place named
 * as a household registration (户口在安徽, 河南户口) or as where insurance was issued (医保卡是安徽办的, 定西的医保在兰州…) is
 * always read as origin; one named as a hometown or where someone came from (老家河南, 河南老家, 我是四川人,
 * 我是甘肃的, 从湖南过来, 不回湘西家里) only when the question also says "here" (这边, 本地, the pack's own city,
 * district or one of its places) — "河南老家的孩子上小学要准备啥" asks about schooling there. Only the other places a question
 * names make it another city's matter (docs/rounds/faq.md, "Refusals round (stop 20)", "Round 28"). General
 * Chinese, not any pack's wording.
 *
 *   const origins = new Origins(['河南', '安徽'], ['西安', '雁塔']);
 *   origins.strip('医保在河南老家 在西安住院怎么报')   // → '医保在  在西安住院怎么报'
 */
/**
 * Words that put the worker here; 来的 too (我是广西来的, 我系江西嚟嘅): who came from X is no longer there; and a
 * child brought to study (想接到仓前来读): the school asked about is here.
 */
const HERE = /这边|这里|这儿|在这|本地|过来|来这|来的|来读|来上学|来念/u;

export class Origins {
  private readonly registered: RegExp | undefined;
  private readonly hometown: RegExp | undefined;
  private readonly home: RegExp | undefined;

  /**
   * `names`: other cities and provinces; `home`: the pack's own city and district (both as questions are
   * read: normalised, simplified).
   */
  constructor(names: readonly string[], home: readonly string[]) {
    const alt = (list: readonly string[]) =>
      [...new Set(list.filter((n) => /^\p{Script=Han}{2,}$/u.test(n)))]
        .sort((a, b) => b.length - a.length)
        .join('|');
    const others = alt(names);
    const ours = alt(home);
    if (ours) this.home = new RegExp(ours, 'u');
    if (!others) return;
    const place = `(?:${others})(?:省|市|县)?`;
    // 户口在安徽, 户籍是四川的, 河南户口, 河南的户口
    // …and insurance issued there (医保卡是安徽办的, 社保在河南交的, 医保是河北的, 安徽参的农保): the worker's, wherever treated.
    this.registered = new RegExp(
      [
        `(?:户口|户籍)(?:在|是)?${place}(?:的)?`,
        `${place}(?:的)?(?:户口|户籍)`,
        `(?:医保|社保|农保|新农合|农合)(?:卡)?(?:是|在)${place}(?:办|交|缴|参保|买)?的`,
        // …and told place first (安徽参的农保, 河南交的社保): the insurance word stays, it is what is asked about.
        `${place}(?:参|参保|交|缴|办|买)的(?=医保|社保|农保|新农合|农合)`,
        // …and that place's insurance used here (定西的医保在兰州能用吗, 河南的医保在这边能报吗, 安徽的农村医保来南昌看病)
        // — not 湖南的医保怎么交.
        `${place}的(?=(?:农村)?(?:医保|社保|农保|新农合|农合)(?:卡)?(?:在|到|来|拿到|带到)(?:这边|这里|这儿|本地${ours ? `|${ours}` : ''}))`,
      ].join('|'),
      'gu',
    );
    // 老家河南, 老家在安徽, 河南老家, 四川人, 湖南来的, 从湖南过来, 来自河南
    this.hometown = new RegExp(
      [
        `(?:老家|家乡|家在)(?:在|是)?${place}(?:的|人)?`,
        `${place}(?:的)?(?:老家|人|来的|过来的)`,
        `(?:从|来自)${place}(?:过来|来的|来)?`,
        // 我是甘肃的, and without 是 (我湖南的，老家新农合…; 俺/额 are read as 我)
        `我是?${place}的`,
        // 过年不回湘西家里, 回河南老家: the home one goes back to (屋里 and 屋企 are read as 家里).
        `(?:不回|没回|回不了|回)${place}(?:老家|家里|家)`,
        // 过年不打算回湖南了 留在这边: a home one is not going back to (round 49) — with "here" said, as for every hometown.
        `(?:不打算|不准备|不想|没打算|不)回${place}(?!(?:老家|家里|家))`,
        // 以前在阜阳交过几年养老, 在河南交了社保: insurance paid in before coming here (what is asked is carrying it on).
        `在${place}(?:交|缴|参保|参|买|上)(?:过|了)?(?=.{0,4}?(?:养老|社保|医保|保险|农保|新农合))`,
      ].join('|'),
      'gu',
    );
  }

  /** The text with every place named as someone's origin blanked out. */
  strip(plain: string): string {
    if (!this.registered || !this.hometown) return plain;
    const out = plain.replace(this.registered, ' ');
    const here = HERE.test(out) || (this.home?.test(out) ?? false);
    return here ? out.replace(this.hometown, ' ') : out;
  }
}
