import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 23, lane bl23 (issue 8): blame-customer and curt-reply kinds read from two new authors (sets AG, AH),
 * written here in other words, products and registers (Taiwan and Hong Kong wording, live commerce, rentals,
 * furniture, food). Each kind with its traps. The sentences are ours.
 */
describe('blame-customer: the trouble handed over as the buyer\'s own affair (是你的事)', () => {
  checkKinds(
    'blame-customer',
    [
      ['地址写错是您自己的事，包裹退回来运费不退', undefined, '您自己的事', 'error'],
      ['不补，忘了领券是你的事', undefined, '你的事', 'error'],
      ['錯過取件時間是妳自己的事情', undefined, '妳自己的事情', 'error'],
    ],
    [
      ['您的事就是我们的事，马上帮您查'],
      ['这不是您的事，我们来联系快递'],
      ['您的事情我已经记下了，明天回复您'],
      ['如果是你的事情比较急，可以先备注'],
    ],
  )
})

describe('blame-customer: the buyer\'s own place or device named as the cause (你家地板不平)', () => {
  checkKinds(
    'blame-customer',
    [
      ['你家地面不平才会晃，不是我们桌子的问题', undefined, '你家地面不平', 'warning'],
      ['您家里放的地方太潮了，我们的茶叶出厂是好的', '茶叶发霉了', '您家里放的地方太潮', 'warning'],
      ['應該是您家的插座電壓不穩，我們的產品不可能有問題', undefined, '您家的插座電壓不穩', 'warning'],
      ['您家阳台太晒了吧', '花盆裂了', '您家阳台太晒', 'warning'],
    ],
    [
      ['如果您家地面不平，可以用垫片垫一下'],
      ['我们家里放的地方太潮了，所以换了防潮包装'],
      ['您家的插座不稳的话我们可以送一个转换头'],
      ['您家阳台朝南吗？'],
    ],
  )
})

describe('blame-customer: the buyer\'s sensitivity, standard or habit as the trouble; their knowing scorned', () => {
  checkKinds(
    'blame-customer',
    [
      ['新皮鞋都有点皮味，你是不是太敏感了', '鞋子味道好大', '太敏感了', 'error'],
      ['二手的你要求别太高', undefined, '你要求别太高', 'error'],
      ['您吃不惯而已，我们的酱都是老配方', '酱的味道怪怪的', '您吃不惯而已', 'error'],
      ['這就是實木的味道，你懂不懂啊', undefined, '你懂不懂啊', 'error'],
      ['自己不了解就别乱说，我们这是正品', undefined, '不了解就别乱说', 'error'],
      ['不会用就别说质量有问题，按视频装一遍就好', undefined, '不会用就别说质量有问题', 'error'],
    ],
    [
      ['皮肤太敏感的话建议先在耳后试用'],
      ['要求太高的话可以选我们的旗舰款'],
      ['不知道您懂不懂这些参数，我简单说一下'],
      ['我们对品控要求太高了，所以发货慢一点'],
      ['刚开始可能不太习惯，过两天就好了'],
      ['不懂的话别担心，我一步步教您'],
    ],
  )
})

describe('blame-customer: the asking held against the buyer (问这么多遍, 不看就来问, 现在跟我吵)', () => {
  checkKinds(
    'blame-customer',
    [
      ['同一个问题你问那么多遍干嘛', undefined, '问那么多遍', 'error'],
      ['说明书你不看就来问我？', '这个怎么开机', '不看就来问', 'error'],
      ['活动早就结束了，现在跟我嚷也没用', undefined, '现在跟我嚷', 'error'],
    ],
    [
      ['抱歉让您问这么多遍，是我没说清楚'],
      ['您不看也没关系，我直接告诉您：长按三秒开机'],
      ['我现在跟仓库确认一下'],
    ],
  )
})

describe('blame-customer: a counterfactual about the buyer, the trouble named after it (要是…就不会…)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您当时要是在家等着，就不会被退回了', undefined, '您当时要是在家等着', 'error'],
      ['其实您当初要是选了顺丰，就不会有后面这些麻烦了', undefined, '您当初要是选了顺丰', 'error'],
    ],
    [
      ['下次您提前说，我们就不会发错了'],
      ['如果我们当时早点发货，就不会被退回了，抱歉'],
      ['您要是着急的话，可以选顺丰'],
    ],
  )
})

describe('blame-customer: "it is written clearly", 得 dropped (写很清楚)', () => {
  checkKinds(
    'blame-customer',
    [
      ['盒子上标很清楚了，一次一粒', undefined, '标很清楚了', 'warning'],
      ['規格寫很清楚了', undefined, '寫很清楚了', 'warning'],
    ],
    [
      ['我们以后会把尺码写很清楚，抱歉'],
      ['详情页没写很清楚，是我们的问题'],
    ],
  )
})

describe('curt-reply: the asking asked back as pointless (问我干嘛, 讲那么多干嘛)', () => {
  checkKinds(
    'curt-reply',
    [
      ['保修的事你找厂家啊，问我干嘛', undefined, '问我干嘛', 'warning'],
      ['不包邮的，讲那么多干嘛', undefined, '讲那么多干嘛', 'warning'],
      ['跟我说这些有什么用？又不是我定的价', undefined, '跟我说这些有什么用', 'warning'],
      ['這個你問銀行啊，問我幹嘛', '退款什麼時候到', '問我幹嘛', 'warning'],
    ],
    [
      ['我问我们主管干嘛用的，他说是防滑垫'],
      ['您想问我干什么都可以'],
      ['是您自己把充电器插错了口，现在问我们有什么用'],
      // Arguing now is held against the buyer: blame-customer's, not a curt retort.
      ['当时都确认过了，现在跟我吵有什么用'],
    ],
  )
})

describe('curt-reply: asking about so small a thing mocked (这个也要问)', () => {
  checkKinds(
    'curt-reply',
    [
      ['拧紧就行了，这个也要问？', '水龙头有点松', '这个也要问', 'warning'],
      ['這種事都要問喔', undefined, '這種事都要問', 'warning'],
      ['这么简单的也问，看视频', undefined, '这么简单的也问', 'warning'],
    ],
    [
      ['这个也要问一下仓库，我马上回复您'],
      ['这个我们也要问一下厂家'],
      ['这个也要问清楚再下单哦'],
    ],
  )
})

describe('curt-reply: scorn, "not begging you to buy", the trouble waved off with 又, sent to buy new', () => {
  checkKinds(
    'curt-reply',
    [
      // 開什麼玩笑，這價格還嫌貴 now also carries the price retort (s43): asserted with both findings in test/kinds-s43-lead.test.ts.
      ['没证据别来跟我扯', undefined, '别来跟我扯', 'warning'],
      ['要退就退，又不是非卖你', '太慢了我要退款', '又不是非卖你', 'warning'],
      ['我们又不是求你买', undefined, '我们又不是求你买', 'warning'],
      ['一点线头而已，又不影响穿', '衣服有线头', '又不影响', 'warning'],
      ['翻新机就这样，嫌旧就去买新的', undefined, '嫌旧就去买新的', 'warning'],
    ],
    [
      ['我们不是开玩笑的，真的是买一送一'],
      ['不影响使用的话可以先用着，我们给您补偿'],
      ['喜欢新的可以选全新款，价格贵一点'],
      ['这个不是非买不可的，您看需要'],
    ],
  )
})

describe('curt-reply: the buyer\'s request handed back, "up to the person", the agent\'s 又不知道', () => {
  checkKinds(
    'curt-reply',
    [
      ['想知道合不合适就自己去试啊', '这件外套我穿会不会显胖', '自己去试', 'warning'],
      ['窗帘要多宽自己去量一下嘛', '我家窗户要买多宽的', '自己去量一下', 'warning'],
      ['看个人吧', '这个口红颜色我涂会不会显黑', '看个人吧', 'warning'],
      ['因人而異吧', '這個面膜敷了會不會刺痛', '因人而異吧', 'warning'],
      ['我又看不到你家的插座', '插头插不进去', '我又看不到', 'warning'],
      ['看您怎么用了', '这个电池能撑几年', '看您怎么用了', 'warning'],
      ['你不买，有的是人买', '再便宜十块卖不卖', '有的是人买', 'warning'],
    ],
    [
      ['您可以自己试一下，不合适七天无理由退换'],
      ['自己量的尺寸可能有误差，我帮您再核对一下'],
      ['看个人肤质，干皮的话建议选滋润款', '这款粉底会不会卡粉'],
      ['效果因人而异，我们建议先用小样'],
      ['我又看了一下订单，已经在派送了'],
      ['看您怎么用，一天两小时的话能用三年左右', '这个电池能撑几年'],
      ['这款很多人买，回购率挺高的'],
    ],
  )
})

describe('blame-customer: told to keep quiet about what they do not know, the thing between (不懂X就别乱说)', () => {
  checkKinds(
    'blame-customer',
    [
      ['普洱就是这个味，你不懂普洱就别瞎说是霉了', undefined, '你不懂普洱就别瞎说', 'error'],
      ['不了解实木就别说是开裂', '桌面有裂纹', '不了解实木就别说', 'error'],
    ],
    [
      ['有不懂的地方您别着急，我来教您'],
      ['不了解的话您就别着急下单，我先给您讲讲'],
    ],
  )
})

describe('blame-customer: "come earlier next time" after a chance the buyer missed (下次早点来)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您没赶上这批团购，下回早点来', undefined, '下回早点来', 'warning'],
      ['下次手快点哦', '抢购一下就没了，我没抢到', '下次手快点', 'warning'],
      ['優惠券錯過了，下次早點來喔', undefined, '下次早點來', 'warning'],
    ],
    [
      ['下次上新早点来抢哦'],
      ['没抢到的话下次早点来，我给您留意着', '没抢到'],
      ['名额满了，下次我们早点开团'],
      ['欢迎下次早点来逛'],
      // Goods gone is no failure of the buyer's.
      ['这个色号卖光了，下次早点来哦'],
    ],
  )
})
