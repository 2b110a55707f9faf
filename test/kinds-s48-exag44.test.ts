import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 48 (lane exag44, forty-fourth brief): competitor-disparagement — a kind of rival goods named by its origin or its
 * standing with its noun (国产吹风机, 杂牌充电宝, 小厂奶粉) is another seller (src/vocab/classes.yaml competitor.origin.goods).
 * Rows in the lane's own words.
 */
describe('competitor-disparagement: rival goods by origin with their noun (class competitor.origin.goods; exag44)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['国产电动牙刷都不行，刷毛一个月就炸', undefined, '国产电动牙刷都不行', 'warning'],
      ['杂牌充电宝都是虚标的', undefined, '杂牌充电宝都是虚标', 'warning'],
      ['小厂奶粉都是劣质的，您还是选我们家', undefined, '小厂奶粉都是劣质', 'warning'],
      ['地摊上的耳机都是假货', undefined, '地摊上的耳机都是假货', 'warning'],
    ],
    [
      // the shop's own goods, praise of the kind, a question, a denial, advice
      ['我们这款就是国产吹风机，质量很稳定', undefined],
      ['现在国产吹风机也做得很好了', undefined],
      ['国产电动牙刷都不行吗？', undefined],
      ['不能说杂牌充电宝都是虚标的，我们只保证自己家的', undefined],
      ['买充电宝建议认准3C标志，杂牌充电宝尽量别买', undefined],
    ],
  )
})
