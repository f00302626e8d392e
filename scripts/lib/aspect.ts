/**
 * What is asked OF the thing a question names — its aspect — and which aspects an entry's text covers. "电动车哪里修得
 * 便宜" names e-bikes and asks where a repair is cheap; an entry on charging and swapping batteries names e-bikes too,
 * but says nothing of repairs. The aspects are a small built-in set, written in plain words (simplified Chinese after
 * `normalize`, so zh-TW reads the same), English and the pinyin a worker may type; no pack's words.
 *
 *   askedAspects('电动车哪里修得便宜')            // → ['where', 'price', 'repair']
 *   coveredAspects('换电柜扫码换电，充电每次1元')   // → ['where', 'price', 'apply']
 *   uncoveredAspects('电动车哪里修得便宜', entryText) // → ['repair'] when the entry never names a repair
 *
 * Measured as the decision's features and as a veto, not taken: only scripts/faq-decision-export.ts reads it, for the
 * decision's folds (docs/rounds/faq.md, "The asked aspect (stop 43)").
 */

export type Aspect =
  'where' | 'price' | 'apply' | 'who' | 'hours' | 'repair' | 'takeaway' | 'renew' | 'compensation';

interface AspectWords {
  /** Words that ask for the aspect (in the asking clauses of a question, plain words, lower case). */
  asked: RegExp;
  /** Words by which an entry's text covers it (broader: an entry says a price as 3元 or 免费). */
  covered: RegExp;
}

/** The built-in aspects. Asked: specific words only; covered: any way an entry would state it. */
export const ASPECTS: Record<Aspect, AspectWords> = {
  where: {
    asked:
      /在哪|去哪|到哪|哪里|哪儿|哪个地方|什么地方|地址|位置|\bwhere\b|\baddress\b|\blocation\b|zai ?na|nali\b|nar\b/u,
    covered:
      /路|街|号|楼|层|室|门|地址|位置|位于|附近|旁|对面|中心|站|处|厅|窗口|馆|区|院|店|所|app|小程序|网上|线上|公众号|电话|热线|平台|账户|银行卡|群|首页|页面|入口|点击|\bwhere\b|\baddress\b|\broad\b|\bstreet\b|\bstation\b|\bonline\b|\bcall\b/u,
  },
  price: {
    asked:
      /多少钱|几块钱|几毛|便宜|贵不贵|贵吗|太贵|贵不|价格|价钱|价位|什么价|收多少|花多少|\bhow much\b|\bprice|\bcost|\bcheap|\bexpensive|duoshao ?qian|pianyi/u,
    covered:
      /\d\s*(?:元|块|角|毛)|元|块|[百千万]|免费|收费|价|费|租金|优惠|折|补贴|不要钱|花钱|便宜|实惠|平价|廉|划算|\bfree\b|\bprice|\bcost|\byuan\b|\bfee|\bcheap|\bafford|\bdiscount/u,
  },
  apply: {
    asked:
      /申请|办理|怎么办(?:证|卡|手续)|报名|登记|注册|开户|\bapply|\bapplication|\bsign up\b|\bregister|shen ?qing|bao ?ming/u,
    covered:
      /申请|办理|报名|登记|注册|扫码|提交|材料|携带|带上|凭|办|预约|填|\bapply|\bregister|\bsign\b|\bform\b|\bbring\b/u,
  },
  who: {
    asked:
      /外人|外来人|外地人|非本|校外|社会人员|普通人|什么人(?:能|可以)|哪些人(?:能|可以)|资格|够条件|符合条件|\boutsiders?\b|\beligib|\bnon-?(?:locals?|residents?|members?|students?)\b|wai ?ren/u,
    covered:
      /外人|外来|校外|社会|对外|开放|公众|市民|任何人|所有人|均可|都可以|都能|证件|身份证|条件|资格|仅限|只限|限于|满足|符合|外地|户籍|户口|本地|常住|居住证|\bopen to\b|\banyone\b|\beligib|\bonly\b/u,
  },
  hours: {
    asked:
      /几点|几时开|什么时候开|啥时候开|什么时候关|营业时间|开放时间|上班时间|办公时间|开门[吗不伐没]|关门[吗不伐没]|\b(?:opening|business|office) hours\b|\bwhat time\b|\bopen until\b|\bclosing time\b|ji ?dian/u,
    covered:
      /\d{1,2}\s*[:：\s]\s*\d{2}|\d+\s*点|时间|营业|开放|全天|24小时|周[一二三四五六日末]|工作日|节假日|早上|上午|中午|下午|晚上|\d+\s*[月日号]|每年|每月|期间|日期|\bhours\b|\b\d+\s*(?:am|pm)\b|\bdaily\b|\bopen\b/u,
  },
  repair: {
    asked:
      /(?<![装进必选研退])修(?![改养订正饰建])|补胎|换胎|\brepair|\bfix(?:ing)?\b|\bmechanic|xiu ?li|wei ?xiu/u,
    covered: /(?<![装进必选研])修(?![改养订正饰建])|补胎|换胎|保养|\brepair|\bfix(?:ing)?\b|\bmechanic/u,
  },
  takeaway: {
    asked:
      /打包|带走|外带|\btake ?away\b|\btake (?:it|them|food) (?:away|home)\b|\bfor takeaway\b|\btake\b.{0,30}\bto go\b|da ?bao/u,
    covered: /打包|带走|外带|堂食|内用|带回|自带|餐盒|饭盒|\btake ?away\b|\bto go\b|\btakeout\b|\beat in\b/u,
  },
  renew: {
    asked: /续保|(?<!手)续费|续签|续约|续办|续期|续交|续缴|延期|\brenew|\bextend|xu ?bao|xu ?fei/u,
    covered: /续|延期|到期|过期|\brenew|\bextend|\bexpir/u,
  },
  compensation: {
    asked:
      /赔偿|赔钱|赔多少|理赔|赔付|能赔|给赔|赔不赔|报销|补偿|\bcompensat|\breimburs|\bclaim(?!ing)|pei ?chang|bao ?xiao/u,
    covered: /赔|报销|补偿|补助|补贴|救助|\bcompensat|\breimburs|\bclaim|\bcover/u,
  },
};

const ALL = Object.keys(ASPECTS) as Aspect[];

/** The aspects a question's asking part asks for (plain words: normalised, lower case). */
export function askedAspects(asking: string): Aspect[] {
  return ALL.filter((a) => ASPECTS[a].asked.test(asking));
}

/** The aspects an entry's whole text (title, answer, examples, tags; plain words) covers. */
export function coveredAspects(entryText: string): Aspect[] {
  return ALL.filter((a) => ASPECTS[a].covered.test(entryText));
}

/** The aspects asked that the entry's text does not cover. */
export function uncoveredAspects(asking: string, entryText: string): Aspect[] {
  return askedAspects(asking).filter((a) => !ASPECTS[a].covered.test(entryText));
}
