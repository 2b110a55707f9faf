import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 43 (lane curt, thirty-ninth session): kinds read from the curt-reply misses of the dev pool and para-cb3's dev half,
 * each probed here with other sentences than the ones read.
 */
describe('curt-reply: a grunt to a buyer hurt, a parcel gone or stuck, a promised day passed, days counted out (curt39)', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '晾衣架掉下来砸到我头了', '嗯嗯', 'warning'],
      ['好吧', '孩子被你们的玩具边角划伤了', '好吧', 'warning'],
      ['嗯', '开箱的时候被铁片割伤了手', '嗯', 'warning'],
      ['哦哦', '门口的快递被人拿走了', '哦哦', 'warning'],
      ['了解', '我的快递卡在中转站一个星期', '了解', 'warning'],
      ['嗯。', '定做的沙发都等了三个星期了', '嗯', 'warning'],
    ],
    [
      // asked, not told: the harm only feared is a question the no answers
      ['不会的', '小孩玩会不会被划伤手'],
      // an age, not a wait
      ['好的吧', '宝宝已经两个月了，可以用吗'],
      // the agent acts
      ['嗯嗯，我马上给您登记补发', '快递放门口被人拿走了'],
      ['非常抱歉，我现在就联系师傅上门看看', '柜门掉下来砸到我脚了'],
    ],
  )
})

describe('curt-reply: a vague "soon" or "someone will" as the whole answer to a complaint (curt39)', () => {
  checkKinds(
    'curt-reply',
    [
      ['快到了', '物流卡在转运中心三天不动了', '快到了', 'warning'],
      ['再等等就到了', '说好今天送到的，现在还没影', '再等等就到了', 'warning'],
      ['会有人跟您联系的', '我的售后申请到底有没有人管', '会有人跟您联系的', 'warning'],
    ],
    [
      // to a plain question it is the answer
      ['快到了哦', '我的快递到哪了'],
      // with a time or the agent's own step it is no longer only "wait"
      ['快到了，今天下午五点前派送，我帮您盯着', '物流卡在转运中心三天不动了'],
      ['会有人跟您联系的，我已经转给售后主管，今天下班前回您', '我的售后申请到底有没有人管'],
    ],
  )
})

describe('curt-reply: the buyer put off to later without 再 (curt39)', () => {
  checkKinds(
    'curt-reply',
    [
      ['忙着呢，等会儿说', undefined, '等会儿说', 'warning'],
      ['下班了，有事明天问', undefined, '有事明天问', 'warning'],
      ['节假日不上班，下周再找吧', '洗衣机漏水了', '下周再找吧', 'warning'],
    ],
    [
      // the agent asking, the later time left to the buyer, the agent checking first
      ['我明天问一下仓库，中午前给您答复', undefined],
      ['您晚点说也行，我一直在线', undefined],
      ['晚点说，我先帮您查一下物流', undefined],
      ['下周再找师傅上门给您复查一次', undefined],
    ],
  )
})

describe('curt-reply: the outcome fixed however often or to whomever the buyer turns (curt39, class futility.same)', () => {
  checkKinds(
    'curt-reply',
    [
      ['不换的，您说多少遍都一样', undefined, '说多少遍都一样', 'warning'],
      ['公司定的，谁来也一样', undefined, '谁来也一样', 'warning'],
      ['您投诉都没用，规矩摆在这', undefined, '投诉都没用', 'warning'],
      ['就这么处理，别的不用说了', undefined, '别的不用说了', 'warning'],
    ],
    [
      // with a way offered, or "the same" said of the choices
      ['找谁也一样，我现在就给您登记换货', undefined],
      ['两个颜色价格都一样，您挑喜欢的', undefined],
      ['您不用说了，我这就给您退款', undefined],
    ],
  )
})

describe('curt-reply: told not to come and ask, too many questions said to the buyer (curt39)', () => {
  checkKinds(
    'curt-reply',
    [
      ['没什么事就别来烦客服了', undefined, '别来烦客服', 'warning'],
      ['以后就别来回问了，按页面操作', undefined, '别来回问了', 'warning'],
      ['您问太多了，拍了就知道', undefined, '您问太多了', 'warning'],
    ],
    [
      ['还有不明白的随时来问我', undefined],
      ['抱歉我问得太多了，您方便发个照片吗', undefined],
    ],
  )
})

describe('curt-reply: the go-ahead to return with 申请 or the done 了 (curt39)', () => {
  checkKinds(
    'curt-reply',
    [
      ['噢，那你申请退货吧', '台灯收到就不亮', '那你申请退货吧', 'warning'],
      ['那您退了吧', '鞋子穿着有点挤脚', '那您退了吧', 'warning'],
    ],
    [
      ['那您申请退货吧，我这边第一时间审核，来回运费我们承担', '台灯收到就不亮'],
      ['我给您申请退货吧', '台灯收到就不亮'],
    ],
  )
})
