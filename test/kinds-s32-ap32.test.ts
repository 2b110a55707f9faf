import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Lane ap32, session 28: absolute-promise kinds read from sets BA and BB (and their members in older sets), in our own words.
 */

// 1. The outcome named and then disowned by "nobody can guarantee it" (没人能打包票, 谁也不敢保证, 没有谁能保证) lowers the
//    customer's expectations; it promises nothing. The same outcome said flat, or vouched for by the shop, still counts.
describe('absolute-promise: nobody can guarantee the outcome', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款染发膏完全不刺激', undefined, '完全不刺激', 'error'],
      ['这款面霜用了绝对不过敏', undefined, '绝对', 'error'],
    ],
    [
      ['染发后一点都不褪色没人能打包票，建议用护色洗发水'],
      ['敏感肌完全不泛红没有谁敢保证，先在耳后试一下'],
      ['冬天路上一颗都不冻坏，这个谁也不敢保证，冻坏的拍照找我们'],
      ['百分百合身没有人能保证，不合适可以换'],
    ],
  )
})

// 2. An A-not-A alternative (起不起球, 磨不磨脚) names the outcome as an open question; with a hedge after it, it is the opposite of
//    a promise. Traps: the outcome denied flat (不起球) and a potential complement (洗不掉) still count.
describe('absolute-promise: A-not-A is no statement', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款羊毛衫穿上不起球', undefined, '穿上不起球', 'error'],
      ['这款运动鞋穿上不磨脚', undefined, '穿上不磨脚', 'error'],
    ],
    [
      ['每双脚都不一样，磨不磨脚真不好说，建议先在家试穿'],
      ['掉不掉色要看洗法，第一次建议单独手洗'],
      ['起不起球跟穿着摩擦有关，我们没法说死'],
    ],
  )
})

// 3. The shop owning a defect the buyer reports, judged abnormal with 肯定 (…就裂了肯定不正常，是我们质检的问题) — no outcome is
//    promised. Traps: 肯定 before an outcome (肯定不会再裂) still counts; so does a denial of the defect (肯定不会开胶).
describe('absolute-promise: a defect judged abnormal', () => {
  checkKinds(
    'absolute-promise',
    [
      ['换新的给您，这次肯定不会再裂了', undefined, '肯定', 'error'],
      ['我们这款鞋肯定不会开胶', undefined, '肯定', 'error'],
    ],
    [
      ['才穿三天鞋底就裂了，这肯定不正常，是我们质检没做好，给您换新'],
      ['刚拆开就有异响肯定是不正常的，您拍个视频我们给您退'],
      ['屏幕上有亮点肯定不太正常，我们给您补发一台'],
    ],
  )
})

// 4. Text the customer asked to have written, quoted after a colon (贺卡写：“…”, 刻字：“…”): a mention. Traps: the same words said
//    by the agent, or quoted for emphasis with no writing verb before, still count.
describe('absolute-promise: card or engraving text after a colon', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这对戒指的颜色永远不会变', undefined, '永远', 'warning'],
      ['我们家的银饰：“永远不会氧化”', undefined, '永远', 'error'],
    ],
    [
      ['好的，卡片内容已经备注了：“愿你永远开心”，会手写放在盒子里'],
      ['刻字：“一定要幸福”，三天内做好发出'],
      ['已经按您说的备注了：“保证准时吃药”，会贴在药盒上'],
    ],
  )
})

// 5. The shop's own goods said as they are: freshness of the stock now answered with when it came in, and 保证 about what it packs
//    (净重足秤, 全新料) — the shop's own, at most info. Traps: freshness on arrival after days of transit, and a weight the buyer
//    will lose, still count.
describe('absolute-promise: the shop’s own goods stated as fact', () => {
  checkKinds(
    'absolute-promise',
    [
      ['保证是全新料做的，不是回收料', undefined, '保证', 'info'],
      ['我们保证足斤足两，不信可以称', undefined, '保证', 'info'],
      ['寄过去三天到您手上还是新鲜的', undefined, '到您手上还是新鲜', 'error'],
      ['这款代餐保证一个月瘦十斤', undefined, '保证', 'error'],
    ],
    [['新鲜的，昨天晚上才进的货，包装上有日期', '这批虾新鲜吗']],
  )
})

// 6. A pet that licks or eats it said to be fine (小猫舔了也没事): the animal's body, no shop can promise. Traps: hedged, asked, and
//    a question about which pets the food is for (a product fact).
describe('absolute-promise: harmless to pets said flat', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款驱虫喷雾是植物配方，狗狗舔了也没事', undefined, '狗狗舔了也没事', 'error'],
      ['清洁剂冲干净了，猫咪踩到都没事', undefined, '猫咪踩到都没事', 'error'],
    ],
    [
      ['狗狗舔了一般也没事，不过还是建议擦干净'],
      ['小猫舔了也没事吗？'],
      ['是的，这款猫粮小猫也适合', '这个猫粮小猫能吃吗'],
    ],
  )
})

// 7. The asked fit answered with its 会 (会合适的) and a 放心: a promise, as 合适的 alone already is. Trap: a hedge after it.
describe('absolute-promise: 会合适的 answering a fit question', () => {
  checkKinds(
    'absolute-promise',
    [['会合适的，放心下单', '我腰围二尺一，拍S码会合适吗', '会合适的', 'error']],
    [['会合适的话您就拍S码，不合适可以换', '我腰围二尺一，拍S码会合适吗'], ['一般会合适的，具体看胯宽', '我腰围二尺一，拍S码会合适吗']],
  )
})

// 8. The example rewrite puts the hedge before a verb whose object is a span of time or a weather (一般用一年…, 一般下大雨…), never
//    between them (用一般一年, 下一般大雨, 睡一般一周); it still goes after 机洗 before 也 and inside nothing.
describe('absolute-promise: the hedge before a verb that takes a time or a weather', () => {
  const linter = linterFor('absolute-promise')
  const example = (text: string) => /例如「(.+?)」/.exec(linter.lint(text).messages.find((m) => m.ruleId === 'absolute-promise')?.message ?? '')?.[1]
  it.each([
    ['这条数据线用一年都不会断', '这条数据线一般用一年都不会断'],
    ['这条数据线用两年都不会断', '这条数据线用两年一般都不会断'],
    ['这把伞下大雨也不怕', '这把伞一般下大雨也不怕'],
    ['这个床垫治腰疼，睡半个月腰就不疼了', '一般睡半个月腰就不疼了'],
    ['这个炒锅用一辈子都不会坏', '这个炒锅一般用一辈子都不会坏'],
    ['这件T恤机洗也不会缩水', '这件T恤机洗一般也不会缩水'],
  ])('%s → %s', (text, rewrite) => {
    expect(example(text)).toBe(rewrite)
    expect(linter.lint(rewrite).messages.filter((m) => m.severity !== 'info')).toEqual([])
  })
})

// 9. A lifetime as the span of use (这辈子都不用换, 一辈子都不会坏): a durability outcome with a time. Traps: hedged, asked, and
//    regret for a lifetime (exaggeration's, not a promise of the goods).
describe('absolute-promise: for life', () => {
  checkKinds(
    'absolute-promise',
    [['这把菜刀买回去这辈子都不用换了', undefined, '这辈子都不用换', 'error']],
    [['这把菜刀一般这辈子都不用换'], ['这把菜刀真能一辈子都不用换吗？'], ['这么好的价错过了要后悔一辈子']],
  )
})

// 10. A measured change of the body after a span of use, said flat (穿两个月升一个杯, 涂一周白两个度): the newest set labels it a
//     promise as well as a claim. Traps: hedged, asked, denied, someone's result with 因人而异, and weight lost by a date (a label
//     split in the pool, left to exaggeration).
describe('absolute-promise: a body measure by a span of use', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款塑形内衣穿两个月升一个杯', undefined, '两个月升一个杯', 'error'],
      ['这支美白精华涂十天白两个度', undefined, '十天白两个度', 'error'],
    ],
    [['一般涂十天白两个度'], ['涂十天能白两个度吗？'], ['有的人涂十天白一个度，因人而异'], ['这款代餐粉一个月能瘦十斤']],
  )
})
