import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 34 (thirtieth brief), lane ex34: exaggeration, competitor-disparagement and internet-slang on the fresh sets BE
 * and BF and the older incoming sets, grouped into kinds of language; each kind fixed here has members from at least two
 * sources (fixtures/eval/lanes-s30/LANE-ex34.md). The sentences are ours. Traps: a denial, a question, a term of validity,
 * the shop's own batch, a maker shared with a brand, advice on use, the plain superlative claim that must still flag.
 */

describe('exaggeration: the best setting of a way of making it (最佳水温) and how far it is cooked (七分熟口感最好)', () => {
  checkKinds(
    'exaggeration',
    [
      // The claim against everyone else still flags.
      ['我们家牛排的口感是最好的', undefined, '最好', 'warning'],
      ['这款茶叶品质最佳', undefined, '最佳', 'warning'],
    ],
    [
      ['白茶泡的时候最佳水温大概九十度'],
      ['这款咖啡豆手冲的最佳火候要看研磨度'],
      ['奶粉冲调的最佳比例是一勺配三十毫升水'],
      ['牛排煎到五分熟最嫩，别煎太久'],
      ['羊排烤的时候别太久，七分熟口感最好'],
    ],
  )
})

describe('competitor-disparagement: sharing a maker with a brand is the shop\'s boast, not a rival run down', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家那双其实是小厂代工的，做工差很多', undefined, '别家那双其实是小厂代工的，做工差很多', 'warning'],
      ['他们家的都是代工厂贴牌', undefined, '他们家的都是代工厂贴牌', 'warning'],
    ],
    [
      ['我们这款毛巾跟大牌是同一家代工厂出的'],
      ['和那个进口牌子是同一个代工厂，价格便宜一半'],
      ['我们和他们家用的是一样的代工厂，区别在售后'],
    ],
  )
})

describe('competitor-disparagement: dried goods said to be bulked with sugar or glue (糖干, 一半是糖, 泡发加胶)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家那些便宜鲍鱼干都是糖干的', undefined, '别家那些便宜鲍鱼干都是糖干的', 'warning'],
      ['外面卖的花胶好多是加胶的', undefined, '外面卖的花胶好多是加胶', 'warning'],
    ],
    [
      ['我们的海参是淡干的，不是糖干的'],
      ['泡发的时候不要加胶水之类的东西'],
      ['这款糖干的果脯偏甜，介意的话选低糖款'],
    ],
  )
})

describe('internet-slang: a superlative before 的一批 picks a batch (最甜的一批), the degree meme still counts', () => {
  checkKinds(
    'internet-slang',
    [['这款面霜好用的一批', undefined, '的一批', 'warning']],
    [['这些荔枝是今年最甜的一批'], ['您收到的是我们最好吃的一批'], ['这批比较大的一批已经发完了']],
  )
})
