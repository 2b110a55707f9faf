import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, eighth session, short round (ra9): classes behind real JD agent replies that
 * absolute-promise missed, each with its traps. Replies in our own words.
 */

describe('absolute-promise: a day of the month stated as the arrival (都是15号送达)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['都是20号送达的哦亲', '能早点到吗', '20号送达', 'error'],
      ['亲，8号给您送到的', '我9号要出门，能保证到吗', '8号给您送到', 'error'],
      ['二十三号送达哦', undefined, '三号送达', 'error'],
      ['这单18日送达', undefined, '18日送达', 'error'],
    ],
    [
      // Estimate, tracking, a booking the customer asked for, an address, a question.
      ['预计20号送达哦', '什么时候到'],
      ['物流显示15号送达'],
      ['好的，给您预约到12号送达', '能推迟到12号吗'],
      ['请放到3号楼门口', '送到了吗'],
      ['5号送到的话您方便签收吗'],
    ],
  )
})

describe('absolute-promise: the courier\'s next step vouched for with 会…的', () => {
  checkKinds(
    'absolute-promise',
    [
      ['已经跟站点说了，今天会给您派送的', '催一下，怎么还没送', '会给您派送的', 'error'],
      ['放心，快递小哥会尽早给您送过去的', '都三天了', '会尽早给您送过去的', 'error'],
      ['網點今天會給您配送的', '怎麼還沒到', '會給您配送的', 'error'],
    ],
    [
      // Reported, hedged, conditional, the shop's own chasing, a question.
      ['快递员说下午会给您派送的'],
      ['一般今天会给您配送的'],
      ['到站就会给您派送的'],
      ['我们会帮您催站点优先配送的'],
      ['站点今天会给您配送吗？'],
      ['站点不会给您配送的，需要您自提'],
    ],
  )
})

describe('absolute-promise: a bare time as the whole answer to when the parcel arrives', () => {
  checkKinds(
    'absolute-promise',
    [
      ['晚上', '那今天几点能送到', '晚上', 'error'],
      ['明天上午哦', '啥时候能到货啊', '明天上午', 'error'],
    ],
    [
      ['明天', '什么时候发货'],
      ['明天下午左右', '什么时候送到'],
      ['晚上的话要提前打电话确认', '几点送到'],
      ['下午', '你们几点下班'],
    ],
  )
})

describe('absolute-promise: a short no to the worry that the parcel never comes', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的亲，放心', '已经点了确认收货，快递该不会不送了吧', '不会的', 'error'],
      ['放心吧', '这么久没动静，会不会寄丢了啊', '放心吧', 'error'],
    ],
    [
      ['一般不会的，到站后会有快递员联系您', '会不会寄丢啊'],
      ['不会的话您联系我们', '发货了吗'],
    ],
  )
})

describe('absolute-promise: a troubleshooting step declared sure to fix the customer\'s fault', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您到官网下载最新的声卡驱动装上就可以了', '电脑插上耳机没声音', '驱动装上就可以了', 'error'],
      ['把耳机复位一下，重新配对就行了', '耳机连不上手机了', '配对就行了', 'error'],
      ['長按電源鍵重啟就好了', '平板開不了機', '重啟就好了', 'error'],
    ],
    [
      // A hedge, a try, a how-to question, a negation.
      ['您重启一下试试，一般就好了', '开不了机'],
      ['重装驱动应该就可以了', '没声音'],
      ['在设置里切换成中文就可以了', '怎么切换语言'],
      ['这个不是重启就能解决的，需要寄回检测', '开不了机'],
      ['重启一下就好了，您先试一下', '开不了机'],
    ],
  )
})
