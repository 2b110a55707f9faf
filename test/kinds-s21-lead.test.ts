import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 21, the lead (issue 8). competitor-disparagement by composed classes (src/vocab/classes.yaml,
 * `compose`): another platform pointed at by any marker (platform name × 上/那边/的/卖的…), any aspect of
 * their goods or service × any bad verdict (物流 × 一言难尽), theirs measured against the shop with a margin
 * (比我们 × 慢 × 多了), and the shop ahead of them by a margin (比他们 × 耐用 × 太多) as a `promote` cue. The sentences are ours;
 * the words reach them only through the classes' products.
 */
describe('competitor-disparagement: composed platforms, aspects and verdicts', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['唯品会上卖的那款，做工真的一言难尽', undefined, '唯品会上卖的那款，做工真的一言难尽', 'warning'],
      ['拼多多那边的售后也不咋地，出了事找不着人', undefined, '拼多多那边的售后也不咋地', 'warning'],
      ['某宁那边的冷链比我们差一大截', undefined, '某宁那边的冷链比我们差一大截', 'warning'],
      ['蝦皮那邊的包裝比我們粗糙多了', undefined, '蝦皮那邊的包裝比我們粗糙多了', 'warning'],
      ['亚马逊上那几家的充电头，续航拉胯得很', undefined, '亚马逊上那几家的充电头，续航拉胯', 'warning'],
      ['快手上卖的同款，配送比我们慢不少', undefined, '快手上卖的同款，配送比我们慢不少', 'warning'],
    ],
    [
      // The shop's own goods and faults, a neutral comparison, a question, a margin over the shop's own older model.
      ['这次的包装做得不好，是我们的问题，马上给您补发'],
      ['我们跟京东自营是同一批货，质量差不多的'],
      ['拼多多那边的售后怎么样？您说说具体情况'],
      ['新款续航比我们上一代强多了'],
      ['别家的物流也不算差，我们主要是发货快一点'],
      ['您在淘宝上下单也可以，价格一样的'],
      // A plain comparison without a margin is information, not running them down.
      ['这款比他们那款轻一点，看您更在意哪个'],
    ],
  )
})

/**
 * absolute-promise rewrites: the 到 of a potential complement after a verb of sensing or finding (看不到,
 * 找不到, 闻不到) is no arrival, so the hedge is the outcome's 一般都, not the delivery estimate 预计 (预计看不到 is not how
 * anyone says it, and read alone it is a curt "can't see it"). After a verb of carrying (送不到) it stays 预计.
 */
describe('absolute-promise: the hedge for a sensed 到 is 一般都, for a carried one 预计', () => {
  const lint = (text: string) => linterFor('absolute-promise').lint(text).messages
  it.each([
    ['这款遮光帘拉上以后，外面绝对看不到屋里', '绝对', ['一般都', '大多']],
    ['香薰放在衣柜里，衣服上肯定闻不到烟味', '肯定', ['一般都', '大多']],
    ['这么偏的地址快递绝对送不到', '绝对', ['预计', '一般']],
  ])('%s', (text, actual, expected) => {
    const m = lint(text).find((x) => x.actual === actual)
    expect(m?.expected).toEqual(expected)
  })
})
