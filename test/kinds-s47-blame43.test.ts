import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 47 (lane blame43, forty-third brief): blame-customer and curt-reply kinds named from design misses of DF (with DA, BZ,
 * DC beside them), written as classes. Rows in the lane's own words.
 */
describe('blame-customer: 不 + a check at the buyer\'s own past moment, asked back (omission.ts omit; blame43)', () => {
  checkKinds(
    'blame-customer',
    [
      ['你拍的时候不看尺码表吗？', undefined, '你拍的时候不看尺码表', 'error'],
      ['您购买时不问问客服吗？', undefined, '您购买时不问问客服', 'error'],
    ],
    [
      // 没 there asks what happened; no past moment; help after; the shop as subject
      ['您下单的时候没选颜色吗？', undefined],
      ['你平时不看说明书吗？', undefined],
      ['我们发货的时候不检查吗？当然检查的', undefined],
    ],
  )
})

describe('blame-customer: a guess at the buyer\'s mishap, error or one thing used as another (shapes.ts guessCleared; blame43)', () => {
  checkKinds(
    'blame-customer',
    [
      ['我们出库都检查过的，您是不是拆快递的时候刮到了？', undefined, '您是不是拆快递的时候刮到了', 'warning'],
      ['您是不是把真空袋当成收纳箱用了？', '袋子破了', '您是不是把真空袋当成收纳箱用了', 'warning'],
      ['您是不是取错别人的快递了？', '我没收到货', '您是不是取错别人的快递了', 'warning'],
      ['一般都是没拧紧才会漏，您是不是装的时候太用力了？', undefined, '您是不是装的时候太用力了', 'warning'],
    ],
    [
      // a diagnostic question, help after, no complaint and nothing defended, the shop's own error
      ['请问您是不是拆快递的时候刮到了？', '镜面有划痕'],
      ['您是不是看错单号了？我再发您一遍正确的', '物流一直不动'],
      ['您是不是把它当成收纳盒用了？', undefined],
      ['是不是我们拿错别人的包裹了？我马上查', '收到的不是我买的'],
    ],
  )
})

describe('blame-customer: the buyer\'s act, the trouble, then "and you come to us?" (lexicon refusal/narrated; blame43)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您拿去机洗，变形了来找我们？', undefined, '您拿去机洗', 'warning'],
    ],
    [
      // an invitation, nobody's act before, a statement of what to do
      ['有问题了来找我们哦', undefined],
      ['收到了来找我们领赠品', undefined],
      ['坏了来找我们，我们包换', undefined],
    ],
  )
})

describe('curt-reply: the go-ahead to return as "just … then", and "so what?" asked back (blame43)', () => {
  checkKinds(
    'curt-reply',
    [
      ['嫌小你退就是了', '鞋子有点挤脚', '退就是了', 'warning'],
      ['然后呢？你想让我们怎样', '盒子压扁了', '然后呢？', 'warning'],
    ],
    [
      ['我们给您退就是了，运费我们出', '鞋子有点挤脚'],
      ['然后呢，把滤网装回去就好了', '第一步拆下滤网'],
      ['所以呢，建议您先试一下另一根线', '充不进电'],
      // a limit stated, then the shop paying for breakage itself
      ['天气的事我们控制不了，不过路上压坏了包赔', '会不会压坏'],
    ],
  )
})

describe('curt-reply: after-sales tied to the review, regret and not-knowing closed off (blame43)', () => {
  checkKinds(
    'curt-reply',
    [
      ['给差评就不退了哦', undefined, '给差评就不退了', 'warning'],
      ['款式是您挑的，后悔也没用', undefined, '后悔也没用', 'warning'],
      ['这个谁都不知道', '下一批什么时候到', '谁都不知道', 'warning'],
    ],
    [
      ['就算给了差评，售后也照样处理', undefined],
      ['后悔的话七天内可以无理由退', undefined],
      ['具体时间谁都不知道的话，我先帮您登记到货提醒', '下一批什么时候到'],
    ],
  )
})
