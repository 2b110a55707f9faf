import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 44 (lane curt, fortieth session): curt-reply kinds read from para-40's dev half, BZ and para-cb3, each probed here with
 * other sentences than the ones read.
 */
describe('curt-reply: the talk closed with a farewell or "if nothing else" (curt40, classes talk.end.farewell, talk.end.ifnone)', () => {
  checkKinds(
    'curt-reply',
    [
      ['好了就这样，拜拜', '那我的退款到底怎么办', '好了就这样，拜拜', 'warning'],
      ['先这样吧 88', undefined, '先这样吧 88', 'warning'],
      ['那就這樣，再見', '你們到底要不要處理', '那就這樣，再見', 'warning'],
      ['还有别的问题吗？没事的话就先这样', undefined, '没事的话就先这样', 'warning'],
      ['没别的事我就先撤了', '快递还是没动', '没别的事我就先撤了', 'warning'],
    ],
    [
      // a farewell answering thanks or a farewell closes the chat as it should
      ['就这样，拜拜', '好的谢谢，拜拜'],
      ['那先这样，再见', '好的，谢谢啦'],
      // with the answer or a promise in the reply it is not only a farewell
      ['已经给您补发了，单号稍后发您，就这样，拜拜', '赠品没收到'],
      ['您先试一下，没有的话我再给您申请换货', '充电器好像充不进去'],
    ],
  )
})

describe('curt-reply: the buyer\'s yes/no question thrown back (curt40, class retort.say.you)', () => {
  checkKinds(
    'curt-reply',
    [
      ['你猜', '这件羽绒服是真的鸭绒吗', '你猜', 'warning'],
      ['您觉得呢？', '这个锅能上电磁炉吗', '您觉得呢', 'warning'],
      ['想也知道', '打折的也有保修吗', '想也知道', 'warning'],
      ['那您说呢', '快递压坏了你们赔不赔', '那您说呢', 'warning'],
      ['你以为呢', '发票能开公司抬头吗', '你以为呢', 'warning'],
    ],
    [
      // 您说 with a particle is "go ahead" after a question only announced
      ['您说呢', '我想问下'],
      ['您说哈', '我有个问题想咨询'],
      // asked with advice after it, it is a real question to the buyer
      ['您觉得呢？我个人更推荐黑色，耐脏', '黑色和白色哪个好'],
      ['你猜得没错，这款就是加绒的', '这个是加绒的吧'],
    ],
  )
})

describe('curt-reply: "you\'ll know then" as the whole answer to a when-question (curt40, class time.will.tell)', () => {
  checkKinds(
    'curt-reply',
    [
      ['到时候你就知道了', '这款什么时候能到货', '到时候你就知道了', 'warning'],
      ['等着就知道了', '我的维修什么时候能好', '等着就知道了', 'warning'],
      ['过两天就知道了。', '预售的大概哪天发', '过两天就知道了', 'warning'],
    ],
    [
      ['到时候就知道了，周五上午十点上架，我提前在群里提醒您', '这款什么时候能补货'],
      ['用过就知道了，我们家回购率很高', '这个面膜好用吗'],
    ],
  )
})

describe('curt-reply: "follow the manual" and "next" as the whole reply (curt40, class pointer.follow.manual)', () => {
  checkKinds(
    'curt-reply',
    [
      ['照着视频装就行', '这个书架怎么装啊', '照着视频装就行', 'warning'],
      ['按教程操作', '扫地机器人怎么配网', '按教程操作', 'warning'],
      ['下一位', '我的换货申请怎么还没审核', '下一位', 'warning'],
    ],
    [
      ['按说明书来就行，先把底座卡扣对准，再拧紧两颗螺丝', '这个书架怎么装啊'],
      ['照着视频装一遍，装不上我给您打视频电话', '这个书架怎么装啊'],
      ['下一个问题我帮您查一下', undefined],
    ],
  )
})

describe('curt-reply: the buyer\'s chasing thrown back, "you again" (curt40, classes nag.retort, nag.again)', () => {
  checkKinds(
    'curt-reply',
    [
      ['老是发消息干嘛，在查了', undefined, '老是发消息干嘛', 'warning'],
      ['不停地催有意思吗', '到底什么时候发货', '不停地催有意思吗', 'warning'],
      ['怎么又是你，刚才不是说过了', undefined, '怎么又是你', 'warning'],
      ['又来了？', '我的退款还没到', '又来了', 'warning'],
    ],
    [
      // the agent's own delay owned, a new product announced, the buyer welcomed back
      ['让您一直发消息催，真不好意思，我马上处理', '到底什么时候发货'],
      ['又来了一批新款，您可以看看', undefined],
      ['欢迎您又来光顾，这次需要点什么', undefined],
      ['一直发不出去的话，您重启一下APP试试', '消息一直发不出去'],
    ],
  )
})

describe('curt-reply: "not ours to take charge of", the agent only answers messages (curt40, classes duty.not.ours, desk.reply.only)', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个不归我们负责', '师傅装得歪歪扭扭的', '这个不归我们负责', 'warning'],
      ['这个不是本店负责的', '快递把箱子摔烂了', '不是本店负责', 'warning'],
      ['我这边只管回复', undefined, '只管回复', 'warning'],
    ],
    [
      // a condition, or the agent acting beside it
      ['运费不是我们负责的话，我帮您向平台申请补贴', undefined],
      ['安装不归我们负责，但我现在就帮您联系厂家师傅重新上门', '师傅装得歪歪扭扭的'],
      ['这边负责回复您的所有售后问题，您说', undefined],
    ],
  )
})

describe('curt-reply: complaints the class missed — days since the buyer\'s act, part of the order, goods used, "where is my money" (curt40)', () => {
  checkKinds(
    'curt-reply',
    [
      ['处理中', '申请退款五天了', '处理中', 'warning'],
      ['嗯嗯', '买了三件只收到两件', '嗯嗯', 'warning'],
      ['哦', '收到的手机有使用痕迹', '哦', 'warning'],
      ['审核中', '我的退款呢？说好三天的', '审核中', 'warning'],
      ['👍', '衣服寄回去一个礼拜了', '👍', 'warning'],
    ],
    [
      // a question, not a complaint: the status or the ok answers it
      ['审核中', '退款审核到哪一步了'],
      ['👍', '是今天发货吗'],
      ['嗯嗯', '那我先下单了'],
      // the agent acts
      ['处理中，我再帮您催一下财务，今天之内到账', '申请退款五天了'],
      ['非常抱歉，少发的那件我马上给您补寄', '买了三件只收到两件'],
    ],
  )
})

describe('curt-reply: the buyer\'s hurry called useless even after a status (curt40)', () => {
  checkKinds(
    'curt-reply',
    [
      ['已经给您登记了，什么时候到说不准，耐心等，催也没用', undefined, '催也没用', 'warning'],
      ['急也急不来', '今天能不能发', '急也急不来', 'warning'],
    ],
    [
      ['催也没用的话，我帮您直接找站点负责人', undefined],
      ['您急也没用，不过我现在就帮您联系仓库加急', undefined],
    ],
  )
})
