import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Mend C of session 31 (review31 findings 8 and 15): curt-reply's done act restated (X了就是X了) read only as the whole reason —
 * not when the second X modifies a noun after 的, not when the buyer is then reassured or the agent helps; its look-back for a
 * condition bounded; and a trip to a shop in person suggested with the buyer's own good as its reason is advice, not a push.
 * Sentences in our own words.
 */

describe('curt-reply mendC31: a done act restated, then reassurance or the agent’s help', () => {
  checkKinds(
    'curt-reply',
    [
      // still the whole reason: nothing after it, a refusal after it, or help refused
      ['用过了就是用过了', '才用了两次，能退吗', '用过了就是用过了', 'warning'],
      ['吃过了就是吃过了，别想着我们给您退', '吃了两口不好吃，能退吗', '吃过了就是吃过了', 'warning'],
      ['洗过就是洗过，不退不换', '洗了一次就缩水了，能退吗', '洗过就是洗过', 'warning'],
      ['贴了膜就是贴了膜，这种没法给你补', '贴歪了能补一张吗', '贴了膜就是贴了膜', 'warning'],
      ['贴了膜就是贴了膜，想让我帮您换是不可能的', '贴上去有气泡，能换一张吗', '贴了膜就是贴了膜', 'warning'],
      // 的 closing the restatement (a particle after it) still restates
      ['下了单就是下了单的呢', '能改成别的颜色吗', '下了单就是下了单', 'warning'],
    ],
    [
      // reassurance after the fact
      ['亲，订单付过了就是付过了，仓库排好单会发的，您放心', '我付完款怎么没动静'],
      ['过了赏味期就是过了赏味期，这种我们不会发出去的，不用担心', '会不会给我发快过期的'],
      ['寄出了就是寄出了，别着急，快递明天能到', '怎么还没到'],
      // the agent's own help after it
      ['已经打包了就是打包了，我帮您跟仓库说一声把里面那件换掉', '还能换个尺码吗'],
      ['出了库就是出了库，我这就给您申请拦截', '我不想要了'],
      ['拆了袋就是拆了袋，我问问仓库能不能帮您换一袋', '打开发现有点潮'],
      // the second A before 的 and a noun: a price tier or a kind named, nothing restated
      ['拆了封就是拆了封的折扣价，没拆的按原价退', '拆开看了一下，能退多少'],
      ['用过的就是用过的成色，我们页面上都写了九成新', '这是新的吗'],
      // asked back, without help after it
      ['您的意思是开了盒就是开了盒吗', '开了盒就不能退了？'],
      // a condition well back in its clause
      ['要是您那边的系统已经签收了就是签收了，快递员会有记录', '我没拿到快递'],
    ],
  )
})

describe('curt-reply mendC31: going to a shop in person with a reason for the buyer’s good', () => {
  checkKinds(
    'curt-reply',
    [
      // the push without a reason, or with a dare after it
      ['不喜欢这个色的话您去商场买吧', '颜色跟图片不一样，不喜欢', '不喜欢这个色的话您去商场买吧', 'warning'],
      ['嫌贵你上超市买试试', '这个价有点高', '嫌贵你上超市买', 'warning'],
      ['不满意您可以去实体店比比', '做工好粗糙', '不满意您可以去实体店比比', 'warning'],
    ],
    [
      ['不喜欢的话可以上商场的专柜看看，试穿了再决定会更合适', '这件穿上不好看，我不喜欢'],
      ['觉得不合适的话可以去线下店逛逛，看看实物心里更有底', '上身效果跟模特差好多，不满意'],
      ['鞋码拿不准又不满意的话，可以去实体店试穿一下，挑到合适的码再来拍', '鞋子买大了，好失望'],
      ['不中意的话也可以去专卖店看看，试戴过再买更安心', '戴着好奇怪，不中意'],
    ],
  )
})

// The look-back for a condition before a done act is bounded (10 characters of the Han run): its cost was quadratic in a
// long run of such clauses; measured by scaling the repeat (20k/40k/80k), not asserted here. What a long run must give:
describe('curt-reply mendC31: a long run of done acts', () => {
  const linter = linterFor('curt-reply')
  it('flags each bare restatement once, at its own span', () => {
    const spans = linter.lint('拆了就是拆了。'.repeat(100)).messages.filter((m) => m.ruleId === 'curt-reply').map((m) => [m.start, m.end])
    expect(spans).toEqual(Array.from({ length: 100 }, (_, i) => [i * 7, i * 7 + 6]))
  })
  it.each(['开了封就是开了封的价格，', '退过就是退过，我帮您看看，'])('%s repeated: nothing to flag', (unit) => {
    expect(linter.lint(unit.repeat(500)).messages.filter((m) => m.ruleId === 'curt-reply')).toEqual([])
  })
})
