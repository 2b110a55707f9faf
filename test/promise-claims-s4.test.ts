import { describe } from 'vitest'
import { checkKinds as check } from './support/harness.js'

// Rules-p, fourth session: kinds behind the absolute-promise and exaggeration errors of sets H and I
// (JD/Tmall templates; live-commerce and cross-border agents), each across other products and
// registers, with its traps. Sentences written for this file (none is taken from an eval set).

describe('absolute-promise: every item turns out well', () => {
  check(
    'absolute-promise',
    [
      ['柚子每个都很甜，放心买', undefined, '每个都很甜', 'error'],
      ['车厘子颗颗脆甜 坏果包赔', undefined, '颗颗脆甜', 'error'],
      ['发去的月季苗棵棵都能活', undefined, '棵棵都能活', 'error'],
      ['每一箱都新鲜到家', undefined, '每一箱都新鲜', 'error'],
    ],
    [['我们的坚果颗颗饱满'], ['荔枝一般个个都甜'], ['每个都单独装了网套'], ['个个都甜吗？'], ['不能保证每颗都甜哦'], ['仓库检查过了每个都完好']],
  )
})

describe('absolute-promise: abuse no product is sure to survive', () => {
  check(
    'absolute-promise',
    [
      ['这款保温壶从二楼摔下去都没事', undefined, '摔下去都没事', 'error'],
      ['行李箱扔地上都不会坏', undefined, '扔地上都不会坏', 'error'],
      ['收纳凳站上去都没问题', undefined, '站上去都没问题', 'error'],
      ['这款支架怎么推都不会倒', undefined, '不会倒', 'error'],
      ['这台笔记本玩啥游戏都不卡', undefined, '啥游戏都不卡', 'error'],
      ['加厚冲锋衣暴雨天穿都不会湿', undefined, '暴雨天穿都不会湿', 'error'],
      // ap38 (session 38): the from-misses-A taxonomy's convention 1 and kind extreme-condition-still-fine — both outside authors
      // behind it label an extreme temperature survived (零下三四十度…都不冷) a promise; this row passed before.
      ['零下四十度都不冷', undefined, '零下四十度都不冷', 'error'],
    ],
    // A spec (泡水里一天), a question, a condition, a plain description of stability.
    [['泡水里一天都没事'], ['这个手机壳摔下去没事吧？'], ['如果扔下去都没事的话我就买'], ['缺点是有点重，优点是很稳，不会晃']],
  )
})

describe('absolute-promise: an effect by a stated time', () => {
  check(
    'absolute-promise',
    [
      ['这个精华三天提亮', undefined, '三天提亮', 'error'],
      ['吃了一周不便秘', undefined, '吃了一周不便秘', 'error'],
    ],
    // A hedge, a floor, a question; a cure or a weight by a date is exaggeration's claim.
    [['这个面霜一般一个月见效'], ['至少两周才见效'], ['两周见效吗？'], ['疗效显著，三天治好湿疹'], ['这款茶一周掉秤5斤']],
  )
})

describe('absolute-promise: certainty that a bad thing follows warns, it does not promise', () => {
  check(
    'absolute-promise',
    [
      ['放心 这个肯定不变形', undefined, '肯定', 'error'],
      ['这个绝对坏不了', undefined, '绝对', 'error'],
    ],
    [['这样洗肯定缩水'], ['洗衣机洗肯定变形的'], ['放常温肯定坏啊']],
  )
})

describe('absolute-promise: dispatch is the shop\'s own doing', () => {
  check(
    'absolute-promise',
    [
      ['我们明天一定给您发出', undefined, '一定', 'info'],
      ['今天一定发 放心', undefined, '一定', 'info'],
      // Predicted with 能, or guaranteed with 保证, it is no longer a plain commitment.
      ['明天肯定能发货', undefined, '肯定', 'warning'],
      ['我保证今天发货', undefined, '保证', 'warning'],
      ['我们保证寄出的都是新鲜日期', undefined, '保证', 'info'],
      ['肯定的 我们三点前的单都当天发', '今天能发出吗', '肯定', 'info'],
    ],
    // 实 ends another word: 核实到, 落实到.
    [['核实到您的地址了'], ['落实到位了']],
  )
})

describe('absolute-promise: a short yes to an asked cure or body change', () => {
  check(
    'absolute-promise',
    [
      ['是的', '吃了能治胃炎吗', '是的', 'error'],
      ['对的亲', '这个能淡斑吗', '对的', 'error'],
      ['会哦', '这个能长高吗', '会哦', 'error'],
      ['放心吧 修得好', '师傅能修好吗', '放心吧', 'error'],
    ],
    // Not an outcome asked; a yes given within a stated limit.
    [['是的', '是正品吗'], ['可以的 但别泡水哦', '下雨天能戴吗'], ['不会 只要不暴晒就行', '会褪色吗']],
  )
})

describe('exaggeration: a claim denied, a caveat, a typo and a pick are no claims', () => {
  check(
    'exaggeration',
    [['这款锅不粘锅算我输', undefined, '算我输', 'warning']],
    [
      ['效果因人而异，这个真不是万能的'],
      ['我们也不算顶级大牌，胜在用料实在'],
      ['唯一要注意的是别用钢丝球刷'],
      ['唯一不方便的是没有提手'],
      ['补货了第一事件告诉您'],
      ['几个链接您对比一下，挑最便宜的就行'],
    ],
  )
})

describe('exaggeration: a yes to a cure or a body function makes the claim', () => {
  check(
    'exaggeration',
    [
      ['是的呢', '喝这个茶能降血压吗', '是的', 'error'],
      ['会的 一般半个月能感觉到', '孩子吃了能增强体质吗', '会的', 'error'],
    ],
    // A cosmetic result (absolute-promise's), a yes taken back, a question that is no claim.
    [['会的', '用了能淡斑吗'], ['可以的，但因人而异', '能治鼻炎吗'], ['是的', '这款是无糖的吗']],
  )
})

describe('exaggeration: everyone, and the sensitive with certainty', () => {
  check(
    'exaggeration',
    [
      ['这个驱虫药卖了几千盒，没有一个说没效果的', undefined, '没有一个说没效果', 'warning'],
      ['孕妇用了也绝对安全', undefined, '孕妇用了也绝对安全', 'error'],
    ],
    [['没有说没效果的话就先用着'], ['孕妇也能用吗？'], ['婴儿用也不会过敏吗？']],
  )
})

describe('absolute-promise: whoever uses it, not a single one, a plant by a date', () => {
  check(
    'absolute-promise',
    [
      ['这款眼霜谁抹谁年轻', undefined, '谁抹谁年轻', 'error'],
      ['二十个鸡蛋一个都不会少', undefined, '一个都不会少', 'error'],
      ['这株葡萄苗种下去明年就会挂果', undefined, '就会挂果', 'error'],
      // A set phrase of certainty closing a sentence whose outcome came first.
      ['海鲜寄到都新鲜的，冰袋加泡沫箱，十拿九稳', undefined, '十拿九稳', 'warning'],
    ],
    [['好不好喝谁喝谁知道'], ['一般一个都不会少'], ['勤浇水的话明年就会挂果'], ['停工三天就恢复发货了']],
  )
})

describe('absolute-promise: years of use, 妥妥, and the shop\'s own reply', () => {
  check(
    'absolute-promise',
    [
      ['实木砧板用五年没问题', undefined, '用五年没问题', 'error'],
      ['按平时的码拍妥妥合身', undefined, '妥妥', 'error'],
      // The shop carrying out its own policy, its own reply, not repeating its own mistake.
      ['七天无理由的话我们一定给您办理', undefined, '一定', 'info'],
      ['您放心，一定给您一个满意的交代', undefined, '一定', 'info'],
      ['实在抱歉，保证下回不会再漏发了', undefined, '保证', 'info'],
    ],
    [['一般用五年没问题'], ['妥妥当当地包好了'], ['今天下午到的货明天发']],
  )
})

describe('exaggeration: probed kinds — instant without 就, brands matched, everyone owns one, body words', () => {
  check(
    'exaggeration',
    [
      ['这个眼霜一擦去皱', undefined, '一擦去皱', 'error'],
      ['这款咖啡喝了立马精神', undefined, '立马精神', 'error'],
      ['这款粉底做工不输专柜', undefined, '不输专柜', 'warning'],
      ['今年最火的保温杯，人手一个', undefined, '人手一个', 'warning'],
      ['这款羊奶粉跟母乳一样', undefined, '跟母乳一样', 'error'],
      ['坚持喝两个月血糖就稳了', undefined, '血糖就稳了', 'error'],
      ['这款除垢剂去垢能力无人能敌', undefined, '无人能敌', 'warning'],
    ],
    [['一抹红色很显气色'], ['马上给您安排发货'], ['喝了立马精神吗？'], ['我们不敢说不输专柜'], ['奶粉不能替代母乳']],
  )
})

describe('absolute-promise: a short yes to whether the sensitive may use it', () => {
  check(
    'absolute-promise',
    [
      ['能吃的', '三岁宝宝能吃这个米饼吗', '能吃的', 'error'],
      ['放心喝', '哺乳期可以喝这个咖啡吗？', '放心喝', 'error'],
    ],
    [['可以的，不过建议先咨询医生', '孕妇能用这个精油吗'], ['可以的', '小孩的衣服能烘干吗'], ['能吃的', '这个饼干保质期内能吃吗']],
  )
})
