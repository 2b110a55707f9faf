import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Session 30, lane ap30. Kinds of miss and false alarm of absolute-promise read on the outside authors' sets AV, AW, AX
 * and the dev pool, in our own words, with the traps that must stay clean; and the rewrite of the smallest-amount frames
 * (一点…都没有, 丝毫不…), which put the hedge inside the frame (一点一般色差都没有).
 */

// 1. 包 said as the yes to the buyer's question about an outcome (AX; pool U, AF): the guarantee word is the answer.
//    包的 to a question about what the shop's terms include (包邮, 包安装, 包退) says what is included.
describe('absolute-promise: 包的 / 包过的 as the yes', () => {
  checkKinds(
    'absolute-promise',
    [
      ['包的', '我平常穿L，这件拍L会合身吗', '包的', 'error'],
      ['包过的，您放心', '这个表拿去专柜鉴定能验过吗', '包过的', 'error'],
      ['包的亲～', '这双鞋下雨天穿会不会开胶？能穿一年吗', '包的', 'error'],
    ],
    [
      ['包的亲', '这个是包邮的吗？'],
      ['包的，师傅上门装', '你们包安装吗'],
      ['包的，七天无理由', '不合适能包退吗？'],
      ['包的话不用补差价', '拍L会合身吗'],
      ['包的拉链是进口的'],
      ['一般合身的，具体看肩宽', '拍L会合身吗'],
    ],
  )
})

// 2. Frozen goods said to arrive still frozen (AW twice, pool S): a short yes to 还是冻着的吧, a short no to 会不会退冰,
//    and the state stated after the goods reach the buyer (送到您手上是冻的状态). Advice to check it, a hedge or a
//    condition stay clean.
describe('absolute-promise: frozen on arrival', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会的亲', '寄到我这里还是冻着的吧？', '会的', 'error'],
      ['不会的喔', '夏天寄冷凍水餃會不會退冰？', '不会的', 'error'],
      ['保温箱里放足了冰袋，到你手上是冰冻状态', undefined, '到你手上是冰冻状态', 'error'],
    ],
    [
      ['一般到你手上是冰冻状态，偏远地区可能会软一点'],
      ['收到时请您确认一下是不是冻的状态'],
      ['要是到你手里是冰冻状态就直接放冰箱'],
      ['夏天路程远的话可能会有一点退冰，收到后尽快冷冻起来就好', '寄過來會退冰嗎？'],
      ['一般还是冻着的，路上久了会软一点', '寄到我这里还是冻着的吧？'],
    ],
  )
})

// 3. An arrival asked as A-not-A (到底能不能到？): 能不能 there is the question, not a request (能不能帮我…), so a bare
//    yes still vouches for the arrival (pool; AW asks the same with 什么时候能到). A request in the question stays one.
describe('absolute-promise: a yes to 能不能到', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能到能到', '这礼拜究竟能不能到啊？', '能到', 'error'],
      ['会的', '周五前能不能到？', '会的', 'error'],
    ],
    [
      ['可以的，已经给您备注了', '能不能帮我备注一下周五前送到？'],
      ['一般能到的，我帮您催一下', '这礼拜究竟能不能到啊？'],
      ['可以的', '能不能开个发票给公司报销？'],
    ],
  )
})

// 4. A guarantee limited to the shop's own part (我们只能保证…，路上没法控制; AX, and three clean pool replies of the shape):
//    a limit, not a promise. A certainty word of its own later in the sentence still counts.
describe('absolute-promise: 只能保证 limits the guarantee', () => {
  checkKinds(
    'absolute-promise',
    [['我们只能保证发出去的是好的，明天一定到', undefined, '一定', 'error']],
    [
      ['我们只能保证出库时每个都是好的，路上磕碰没法控制，坏了按个数赔'],
      ['别家的我们不清楚，只能保证自己店里的是正品'],
      ['仅保证发货前检测过，运输中的情况以签收为准'],
    ],
  )
})

// 5. No bad outcome under use to any degree (戴再久都不缺氧, 下再大的雨都不漏; AX, pool R, S, H, AE): 再 + a degree before
//    都不/也不 + a bad outcome. A shop's own terms (买再多也不包邮) and a bound (再久也不超过三天) name no outcome.
describe('absolute-promise: 再久 / 再大 … 都不 + a bad outcome', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款月抛戴再长都不缺氧', undefined, '再长都不缺氧', 'error'],
      ['这双徒步鞋走再久都不磨脚', undefined, '再久都不磨脚', 'error'],
    ],
    [['买再多也不包邮哦'], ['物流再慢也不超过五天'], ['一般走再久都不磨脚'], ['走再久都不磨脚吗？']],
  )
})

// 6. The eyes or the eyesight said never to get worse (近视就不会再加深, 视力不再下降, 双眼再也不会酸涩; AM, AO, AR ×3, pool
//    V, AA), and lenses said never to dry the eyes over a long wear (戴十个小时也不干; AM, AR). Hedged, asked, conditional or
//    disowned stay clean, and so do goods whose names start with 眼 (眼镜盒, 眼霜, 眼影).
describe('absolute-promise: eyes that never get worse', () => {
  checkKinds(
    'absolute-promise',
    [
      ['儿子换了这副离焦镜片，近视就不会再加深', undefined, '近视就不会再加深', 'error'],
      ['这款读写台灯开着写作业，视力不再下降', undefined, '视力不再下降', 'error'],
      ['这副日抛戴十个小时也不干', undefined, '戴十个小时也不干', 'error'],
    ],
    [
      ['坚持户外活动的话，一般近视不会再加深那么快'],
      ['换了以后近视就不会再加深吗？'],
      ['我们没法说换了镜片近视就不会再加深'],
      ['用眼习惯好的话视力不再下降'],
      ['一般戴十个小时也不干'],
      // Not the eyes: a bare 眼 starts the names of goods (眼镜盒, 眼霜, 眼影).
      ['这款眼镜盒不会再涨价了'],
      ['这支眼霜放久了也不会干'],
      ['这盘眼影不会干'],
    ],
  )
})

// 7. A yes to seeing clearly with the glasses asked about (戴了能看清吗 — 能的; AO, AR); whether a screen reads in the sun
//    is a spec of the goods, and a hedged yes leaves room.
describe('absolute-promise: a yes to seeing clearly with the glasses', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能的，放心', '我散光200，戴上能看清吗', '能的', 'error'],
      ['看得清的', '配了这副晚上开车看得清吗', '看得清的', 'error'],
    ],
    [['可以的', '这块屏幕太阳底下能看清吗'], ['一般能看清的，度数要按验光单配', '我散光200，戴上能看清吗']],
  )
})

// 8. A fishy taste denied outright (一点腥味都没有; 腥不腥？— 不腥的: AR, pool): the batch and the buyer's palate decide. A
//    little fishiness admitted with a tip, or advice, stays clean.
describe('absolute-promise: no fishy taste at all', () => {
  checkKinds(
    'absolute-promise',
    [
      ['今早到的带鱼，半点腥味都没有', undefined, '腥味都没有', 'error'],
      ['不腥的，放心买', '这个虾干腥不腥啊？', '不腥的', 'error'],
    ],
    [['会有一点点腥味，炖的时候放两片姜就好', '这个虾干腥不腥啊？'], ['腥味重的话可以加点料酒'], ['一般没什么腥味，个别批次会淡淡的']],
  )
})

// 9. The example rewrite of a smallest-amount frame: the hedge takes the frame's place (一点色差都没有 → 一般没什么色差,
//    丝毫不会掉色 → 一般不会掉色, 一点水都不会漏 → 水一般不会漏), with a promise word before it too (保证一点色差都没有 →
//    一般没什么色差); a counting frame keeps the hedge before it (一颗坏果都不会有 → 一般一颗坏果都不会有). Each rewrite
//    re-lints clean for the rule.
describe('absolute-promise: rewrites of 一点…都 / 丝毫 frames', () => {
  const linter = createLinter({ profile: 'marketplace' })
  const rewrite = (text: string) =>
    linter
      .lint(text)
      .messages.filter((m) => m.ruleId === 'absolute-promise')
      .map((m) => /例如「(.+?)」/.exec(m.message)?.[1])
  it.each([
    ['这块布一点色差都没有', '这块布一般没什么色差'],
    ['放心，丝毫不会掉色', '一般不会掉色'],
    ['这款一点也不会起球的', '这款一般不会起球的'],
    ['盖子拧紧一点水都不会漏', '盖子拧紧水一般不会漏'],
    ['我们保证一点色差都没有', '我们一般没什么色差'],
    ['肯定一点异味都不会有', '一般不会有什么异味'],
    ['孕妇用了一点刺激都没有', '孕妇用了一般没什么刺激'],
    ['这箱一颗坏果都不会有', '这箱一般一颗坏果都不会有'],
    // The frame ends at a sentence end with more text after it: the rewrite is the frame's still, not 色差一般没有.
    ['这条床单一点色差都没有。放心下单', '这条床单一般没什么色差'],
    ['这款保温杯一点异味都没有…您放心用', '这款保温杯一般没什么异味'],
  ])('%s → %s', (text, expected) => {
    expect(rewrite(text)).toEqual([expected])
    expect(linter.lint(expected).messages.filter((m) => m.ruleId === 'absolute-promise')).toEqual([])
  })
})
