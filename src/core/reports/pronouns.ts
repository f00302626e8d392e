/**
 * 俺 (Henan, Shandong) and 额 (Shaanxi) as 我, same length so positions hold — for the classifier and the
 * emergency detector alike: 额们, 打额, 跟着额, 额不敢; 额 only where it stands for a person (clause start,
 * after a verb or a preposition: 要额全赔, 罚额, 扣额 too, round 31), not in 额头, 金额, 额度, 名额, 额外.
 */
const PRONOUNS =
  /俺|额(?=们)|(?<=^|[ 着了把给被和跟让叫带追吓撞压咬对帮是打骂推踹踢扇堵找欠拦抓揍说砍捅逼抡砸死要罚扣])额(?![头度外定数满角])/g;

export function foldPronouns(norm: string): string {
  return norm.replace(PRONOUNS, '我');
}
