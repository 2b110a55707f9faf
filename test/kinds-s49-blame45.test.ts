import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 49 (lane blame45, forty-fifth brief): blame-customer kinds that recur in the misses of the five new authors (DH, M1–M4),
 * written as constructions over word classes. Rows in the lane's own words.
 */
describe('blame-customer: a guess at the buyer with the goods defended after it (cleft.ts, cue defend; blame45: DH, M2)', () => {
  checkKinds(
    'blame-customer',
    [
      ['毛衣洗成这样，一定是您用了洗衣机，我们的羊毛是不会变形的', undefined, '是您用了洗衣机', 'error'],
      ['靴子磨脚是因为您平时穿惯了平底鞋', undefined, '是因为您平时穿惯了平底鞋', 'error'],
      ['电脑很卡是因为你开了太多网页，不是机器的问题。', undefined, '是因为你开了太多网页', 'error'],
      ['凉鞋开胶的话是您穿着去海边泡水了吧？我们这款正常穿都没事', undefined, '是您穿着去海边泡水', 'warning'],
    ],
    [
      // the shop or a courier guessed, help after, a reason with no trouble, a real condition, a question that helps
      ['毛衣洗成这样，一定是快递压的，我们的羊毛是不会变形的', undefined],
      ['一定是您用了洗衣机吧？没关系，我们帮您换一件', '毛衣变形了'],
      ['发货慢是因为您选的是预售款，所以要等十天', undefined],
      ['开胶的话是您自己想退还是想换呢？', undefined],
      ['磨脚是因为新鞋需要磨合，不是鞋子的问题', undefined],
      ['靴子磨脚的话可以垫个后跟贴，我们送您一对', undefined],
    ],
  )
})

describe('blame-customer: handling named as the cause with nobody named (class fault.handling.more; blame45: M2, M4)', () => {
  checkKinds(
    'blame-customer',
    [
      ['米粉结块肯定是水温不对。', undefined, '肯定是水温不对', 'warning'],
      ['充电宝鼓包一看就是长期过充导致的', undefined, '长期过充', 'warning'],
    ],
    [
      // advice, a condition, in general, the shop's own, help after the guess
      ['建议水温不要太高，四十度左右就好', undefined],
      ['冲的时候水温太高的话容易结块', undefined],
      ['我们这款有保护芯片，不会过充', undefined],
      ['结块可能是水温不对，您试试用四十度的温水冲', undefined],
    ],
  )
})

describe('blame-customer: a pointed accusation stays asserted before a later condition (context.ts pointedInClause, reassured; blame45: M2)', () => {
  checkKinds(
    'blame-customer',
    [
      ['这个是您自己没把盖子拧紧造成的，所以不在免费保修范围内', undefined, '是您自己没把盖子拧紧', 'error'],
      ['是您自己没按说明书接线造成的，要修的话得走付费维修', undefined, '是您自己没按说明书', 'error'],
    ],
    [
      // comfort, the free repair offered, a condition before the fault, the shop owning it
      ['您不小心弄坏了也没关系，我们免费保修', undefined],
      ['如果是您自己没拧紧，也没关系，我们免费再寄一个', undefined],
      ['是我们自己没拧紧造成的，需要的话我们上门维修', undefined],
    ],
  )
})

describe('blame-customer: told so — consent said, a channel said it clearly, read it yourself first (blame45: M1, M2)', () => {
  checkKinds(
    'blame-customer',
    [
      ['提醒过会起皱，您自己说无所谓才下单的', undefined, '您自己说无所谓才下单的', 'error'],
      ['视频里讲得很清楚了，自己去看', '怎么安装', '讲得很清楚', 'warning'],
      ['您先自己把使用说明读一遍好吗', undefined, '自己把使用说明读一遍好吗', 'error'],
    ],
    [
      // a compliment, a pointer to where it is taught, a condition, a request, help after
      ['您说得很清楚，我马上帮您改', undefined],
      ['老师在视频里讲得很清楚，跟着做就行', undefined],
      ['直播间说得很清楚的话就不用再问了', undefined],
      ['您自己把订单号发我一下好吗', undefined],
      ['您自己把说明书看一遍好吗？我也给您发个视频', undefined],
      ['您当时说无所谓的话，我们就按原样发了？', undefined],
    ],
  )
})
