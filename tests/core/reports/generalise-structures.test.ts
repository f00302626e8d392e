/**
 * Report wordings that a word list misses but the structure of the sentence gives away, checked on both
 * sample packs (the same knowledge must serve any district): wages held back said either way round,
 * deductions counted in items, the 把 construction of a push, a theft told across two clauses, a
 * place that is locked (not an account), parked-then-locked, and English verbs that mean something
 * else with their object ("kicked us out", "pushing trips to me"). Also places by a stem before 那几/那些
 * and by the other reading of a character (湾厦路 is Wanxia Road).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier, detectArea } from '../../../src/core/reports/classify.js';
import { routeReport } from '../../../src/core/reports/route.js';

const root = resolve(import.meta.dirname, '../../..');
const packs: Record<'yangpu' | 'nanshan', ContentPack> = {} as never;

beforeAll(async () => {
  packs.yangpu = await loadContentPack(resolve(root, 'content'));
  packs.nanshan = await loadContentPack(resolve(root, 'packs/nanshan'));
});

/** The category a worker is shown ("我理解这是「…」方面的问题"), per pack. */
function categoryOf(pack: 'yangpu' | 'nanshan', text: string): string {
  return createClassifier(packs[pack]).classify(text).category;
}

/** Where the report lands, as the intake routes it. */
function branchOf(pack: 'yangpu' | 'nanshan', text: string, group?: string): string {
  const p = packs[pack];
  const { category } = createClassifier(p).classify(text);
  return routeReport({ category, originBranch: group, area: detectArea(text, p) }, p).branch;
}

describe('what the report is about, in both packs', () => {
  it.each([
    // [text, yangpu category, nanshan category]
    ['老板说资金周转不开 工资先欠着 房租都交不起了', 'wage-arrears', 'pay-penalty'],
    ['他们欠了我们三个月的工钱', 'wage-arrears', 'pay-penalty'],
    ['派费又被扣了好几笔 客服说是系统判的', 'pay-penalty', 'pay-penalty'],
    ['顾客嫌慢 一把把我推到墙上', 'safety-threat', 'safety-conflict'],
    ['电瓶放在楼下 第二天就被人撬走了', 'safety-threat', 'safety-conflict'],
    ['someone keeps following me after my night shift', 'safety-threat', 'safety-conflict'],
    ['the app keeps pushing far-away orders to me', 'platform-rules', 'platform-rules'],
    ['the landlord kicked us out last night, nowhere to stay', 'housing', 'housing'],
    ['the rest stop by the metro was locked at noon again', 'station-facility', 'station-facilities'],
    ['电动车停路边一会儿就被锁了', 'parking', 'parking-access'],
    ['膝盖疼得厉害 想去看看中医', 'health', 'health'],
    ['where can I get a cheap health check', 'health', 'health'],
    // Aggression told by a structure decides whatever the setting (a dorm, a bad rating).
    ['回宿舍发现门被撬了 电瓶和头盔都不见了', 'safety-threat', 'safety-conflict'],
    ['有个顾客老是要加我微信 不加就给差评', 'safety-threat', 'safety-conflict'],
    ['someone keeps slashing the seats of our bikes in the parking lot', 'safety-threat', 'safety-conflict'],
    // Tripping over something and getting hurt is the reporter's accident.
    ['被路上的砖头绊倒了 手肘磕破了', 'accident-insurance', 'injury-accident'],
    ['心里憋得慌 下了班跟谁都说不上话', 'health', 'health'],
    ['想考个叉车证 哪里有培训班', 'other', 'other'],
    // A fine with its amount is what the worker complains of, whatever reason was given for it.
    ['站长说这周差评太多 每个人罚两百', 'pay-penalty', 'pay-penalty'],
    ['单量没达标 要扣我全勤奖五百', 'pay-penalty', 'pay-penalty'],
    ['奶茶洒了半杯 顾客非要我赔全款', 'pay-penalty', 'pay-penalty'],
    ['手机快没电了 这附近哪里能充电', 'station-facility', 'station-facilities'],
    ['前天被一个顾客推了一把 想问问怎么处理', 'safety-threat', 'safety-conflict'],
    ['有个师傅突然抽风了 口吐白沫', 'health', 'health'],
    ['包工头拿了我们半年的工钱 现在不见人影', 'wage-arrears', 'pay-penalty'],
    ['有个顾客说知道我住哪 让我小心点 很怕', 'safety-threat', 'safety-conflict'],
    ['商场保安把我的车钥匙拔了 不给就不让走', 'safety-threat', 'safety-conflict'],
    ['where can I see a dentist cheaply', 'health', 'health'],
    ['the guards at the office towers make us sign in every time', 'parking', 'parking-access'],
    // Pain and swelling after a crash are the accident's, even when an emergency sign is read into them.
    ['路口的货车把我带倒了 脚踝肿了', 'accident-insurance', 'injury-accident'],
    ['two men are beating up a rider by the shop right now', 'safety-threat', 'safety-conflict'],
    [
      'a car door opened on me and I came off the bike, my wrist is swollen',
      'accident-insurance',
      'injury-accident',
    ],
    ["I can't sleep and I feel like crying all the time", 'health', 'health'],
    ['派的单全是十公里以外的', 'platform-rules', 'platform-rules'],
    ['跑一单赚不到三块 油钱都不够', 'pay-penalty', 'pay-penalty'],
    ['这个月的全勤奖被站长吞了', 'pay-penalty', 'pay-penalty'],
    ['半夜送餐总有人跟着 不敢走小路', 'safety-threat', 'safety-conflict'],
    // A camera's fine for stopping is about parking; a customer's photo behind a platform fine is not.
    ['接客只能停三十秒 不然就拍照罚款', 'parking', 'parking-access'],
    ['顾客拍照说我餐洒了 平台罚了我二十', 'pay-penalty', 'pay-penalty'],
    ['my phone was stolen at the rest station', 'safety-threat', 'safety-conflict'],
    ['在工地门口被钢筋扎破了轮胎', 'road-hazard', 'road-hazard'],
    // Written Cantonese.
    ['佢哋唔俾我入大廈送外賣', 'parking', 'parking-access'],
    ['老細走佬 人工都未出', 'wage-arrears', 'pay-penalty'],
    ['條路有個大窿 好危險', 'road-hazard', 'road-hazard'],
  ])('%s → %s / %s', (text, yangpu, nanshan) => {
    expect(categoryOf('yangpu', text)).toBe(yangpu);
    expect(categoryOf('nanshan', text)).toBe(nanshan);
  });
});

describe('a road in a place name', () => {
  it('is no hazard: someone falling there is an accident report', () => {
    expect(categoryOf('nanshan', 'someone fell off the footbridge at Keyuan Road and is not moving')).toBe(
      'injury-accident',
    );
    expect(categoryOf('yangpu', 'someone fell off the footbridge at Kongjiang Road and is not moving')).toBe(
      'accident-insurance',
    );
  });
});

describe('places as people name them', () => {
  it('a road by its stem before 那几 / 那些', () => {
    expect(detectArea('鞍山那几个小区都不让外卖进', packs.yangpu)).toBe('鞍山新村');
    expect(detectArea('茶光那些路口红绿灯全坏了', packs.nanshan)).toBe('茶光路');
  });

  it('a road by its stem after 在/到/从, and in pinyin after near/at', () => {
    expect(detectArea('在茶光送单的时候井盖没了', packs.nanshan)).toBe('茶光路');
    expect(detectArea('pothole near Keyuan, almost came off', packs.nanshan)).toBe('科苑路');
    expect(detectArea('从平凉过来那段路灯全坏了', packs.yangpu)).toBe('平凉路');
    expect(detectArea('huge puddle at Pingliang again', packs.yangpu)).toBe('平凉路');
  });

  it('an area named after another one, without it (渔港 for 蛇口渔港)', () => {
    expect(detectArea('渔港那边路面全是鱼腥水 很滑', packs.nanshan)).toBe('蛇口渔港');
    expect(branchOf('nanshan', '渔港门口的井盖被偷了')).toBe('street-shekou');
  });

  it('a worker naming their job or platform names no place, though a station is named after it', () => {
    // 留仙洞货车司机之家, 高新南顺丰小哥之家 and 大冲美团骑手之家 are stations in 南山.
    expect(detectArea('我是顺丰小哥 宿舍漏水好几天了', packs.nanshan)).toBeUndefined();
    expect(detectArea('美团骑手住的地方停电了', packs.nanshan)).toBeUndefined();
    expect(detectArea('货车司机没地方停车', packs.nanshan)).toBeUndefined();
    expect(branchOf('nanshan', '我是顺丰小哥 宿舍漏水好几天了', 'sf-kejiyuan')).toBe('union-nanshan');
    // With the station's kind after it, it is that station.
    expect(detectArea('货车司机之家的厕所坏了', packs.nanshan)).toBe('留仙洞');
    // 网约车司机之家（黄兴路） in 杨浦.
    expect(detectArea('网约车司机没地方住', packs.yangpu)).toBeUndefined();
    expect(detectArea('网约车在五角场接客只能停三十秒', packs.yangpu)).toBe('五角场');
  });

  it('a street written out says where, before a station whose alias comes first in the text', () => {
    // 网约车司机之家（黄兴路） has the alias 司机之家; 货车司机之家（军工路） is on 军工路.
    expect(detectArea('货车司机之家（军工路）没有热水', packs.yangpu)).toBe('军工路');
    expect(branchOf('yangpu', '货车司机之家（军工路）没有热水', 'huolala-yangpu')).toBe('street-dinghai');
  });

  it('a road in English by the other reading of a character, so the street office gets it', () => {
    expect(detectArea('streetlights out all along Wanxia Road', packs.nanshan)).toBe('湾厦路');
    expect(branchOf('nanshan', 'streetlights out all along Wanxia Road, pitch dark')).toBe('street-shekou');
  });

  it('a housing report in English lands at the street office of the place it names', () => {
    expect(branchOf('nanshan', 'landlord near Shekou port kicked us out, nowhere to stay tonight')).toBe(
      'street-shekou',
    );
  });

  it('a locked rest stop goes to the street office of its road, not to the reporter’s platform branch', () => {
    expect(branchOf('yangpu', 'the rest stop on Pingliang Road was locked at 3pm', 'didi-yangpu')).toBe(
      'street-daqiao',
    );
  });
});
