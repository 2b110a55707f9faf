import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 44 (lane blame, fortieth brief): blame-customer kinds read from para-40's focused set, blind BZ, para-cb3 and the pool,
 * written as constructions over word classes (src/vocab/classes.yaml `# --- blame40 ---`). Rows in the lane's own words.
 */
describe('blame-customer: the buyer\'s expectation belittled after a low price (price.cheap × expect.belittled; blame40)', () => {
  checkKinds(
    'blame-customer',
    [
      ['二十块钱的耳机您还指望音质多好吗', '耳机音质太差了', '二十块钱的耳机您还指望', 'error'],
      ['这个价钱您就别要求那么高了', undefined, '这个价钱您就别要求那么高', 'error'],
      ['一分钱一分货，你不能期待太多', undefined, '一分钱一分货，你不能期待太多', 'error'],
      ['清仓价的衣服本来就这样', undefined, '清仓价的衣服本来就这样', 'warning'],
      ['特价的苹果有点小斑点很正常的', '苹果有斑', '特价的苹果有点小斑点很正常', 'warning'],
    ],
    [
      // a price described, praised or reassured about, a condition, the shop's own expectation, the price itself called normal
      ['这个价位的羽绒服充绒量是150克', undefined],
      ['这个价位的面料是正常的纯棉', undefined],
      ['如果您对这个价位要求太高的话，建议看看旗舰款', undefined],
      ['这个价位我们也不能要求工厂用进口面料', undefined],
      ['这个价格很正常，不算贵', undefined],
      ['您还指望我们今天发货吗？可以的，四点前付款就能发', undefined],
    ],
  )
})

describe('blame-customer: the buyer said to act on purpose or for gain (intent.accused, intent.gain; blame40)', () => {
  checkKinds(
    'blame-customer',
    [
      ['你是不是存心来找茬的？', undefined, '你是不是存心来找茬', 'error'],
      ['您是故意写错地址的吧', undefined, '您是故意写错地址', 'error'],
      ['您分明是想白嫖', undefined, '您分明是想白嫖', 'error'],
    ],
    [
      // denied, the shop's own, a condition
      ['我知道您不是故意的，别着急', undefined],
      ['我们真不是故意的，抱歉', undefined],
      ['您想省运费的话可以选自提', undefined],
    ],
  )
})

describe('blame-customer: other mothers, parents or owners held up, the trouble pointed back at (others.more, others.said.fine, troubleAnaphor; blame40)', () => {
  checkKinds(
    'blame-customer',
    [
      ['别的宝妈都没反馈过这种情况', undefined, '别的宝妈都没反馈', 'error'],
      ['其他车主都说刚好，就您觉得紧', undefined, '其他车主都说刚好，就您觉得', 'error'],
    ],
    [
      // pre-sale reassurance and invitations
      ['其他宝妈都没反映过这个问题，您放心下单', undefined],
      ['别的家长都说好用，您放心拍', undefined],
      ['我们卖了上万单都没人说过敏', undefined],
    ],
  )
})

describe('blame-customer: told earlier, closed on a reproachful 了啊 or with the buyer sent to leaf back (blame40)', () => {
  checkKinds(
    'blame-customer',
    [
      ['我刚开始就说过这是样品了啊', undefined, '刚开始就说过', 'error'],
      ['聊天记录里我有提醒您要提前预约的，您往回翻一下', undefined, '聊天记录里我有提醒您', 'error'],
    ],
    [
      // a promise recalled, an event announced
      ['我一开始就说过会给您补发的，放心', undefined],
      ['上次跟您说过的活动今天开始了哦', undefined],
    ],
  )
})

describe('blame-customer: next time, do your homework or finish the instructions first (lectureCare; blame40)', () => {
  checkKinds(
    'blame-customer',
    [
      ['以后买家具前多做做功课', undefined, '以后买家具前多做做功课', 'warning'],
      ['下回装之前先把教程看完', undefined, '下回装之前先把教程', 'warning'],
    ],
    [
      // a step of the process asked for, the shop's own next time
      ['以后您先把单号发我，我帮您查', undefined],
      ['下次我们先把说明书放在最上面', undefined],
    ],
  )
})

describe('blame-customer: a guess at the handling answering goods that came out smaller or hot (cue damaged; blame40)', () => {
  checkKinds(
    'blame-customer',
    [['您是不是用烘干机烘了？', '毛衣洗完小了一圈', '您是不是用烘干机烘', 'warning']],
    [
      // help after, no trouble reported
      ['您是不是用烘干机烘了？我们给您换一件', '毛衣洗完小了一圈'],
      ['您平时怎么洗的？', undefined],
    ],
  )
})

describe('blame-customer: what the buyer wrote in, then the courier could not reach them called normal (blame40)', () => {
  checkKinds(
    'blame-customer',
    [['您留的是旧号码，快递员联系不上您很正常', undefined, '您留的是旧号码，快递员联系不上您很正常', 'error']],
    [
      // fixed by the shop, a wish rather than an entry
      ['您留的是旧号码，我们已经帮您改好了', undefined],
      ['您要的是黑色，我们发的就是黑色', undefined],
    ],
  )
})

describe('blame-customer: the check on receipt left out with a manner between (neglect.check; blame40)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您收货的时候没有当场验货吗？', undefined, '没有当场验货', 'error'],
      ['师傅在的时候您没开箱，现在不好判断了', undefined, '您没开箱', 'warning'],
    ],
    [
      // the shop's own check, a condition with comfort, a check still to come
      ['我们还没开箱检查，稍等一下', undefined],
      ['如果您没当面验货也没关系，拍照给我们', undefined],
      ['您还没试穿吗？试试看合不合适', undefined],
    ],
  )
})
