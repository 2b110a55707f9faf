import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Eleventh session (r11bc): kinds behind set Q's blame-customer and curt-reply misses (blame by
 * insinuation, curt to what was asked), in our own words and other domains, each with its traps.
 */
describe('blame-customer: the buyer\'s plain act and its trouble narrated, then the trouble disowned', () => {
  checkKinds(
    'blame-customer',
    [
      ['您把面包放在暖气片上烤了两天，发霉了这个不算质量问题', undefined, '您把面包放在暖气片上烤了两天', 'warning'], // policy verdict after the act
      ['你给仓鼠喂了整把瓜子，胀气了可不能怪到我们粮食上', undefined, '你给仓鼠喂了整把瓜子', 'warning'], // pets, 怪到
      // s37: since bl37 the liability refused after the narrated act (我们不负责) is the denial, an error, and the one report.
      ['您用洗洁精泡了一晚上，结块了我们不负责哦', undefined, '我们不负责哦', 'error'], // 不负责
      ['你把密码输了五次，账号锁了找我们干嘛', undefined, '你把密码输了五次', 'warning'], // a digital act, 找我们干嘛
      ['您放在後車廂曬了一下午，變色了我們不給售後的', undefined, '您放在後車廂曬了一下午', 'warning'], // Traditional
      ['您收到後放了三天才拆，水果壞了怎麼能怪我們', undefined, '您收到後放了三天', 'warning'], // 收到後 frames the act
    ],
    [
      ['这款的色差不属于质量问题哦'], // the verdict alone: no act of the buyer
      ['您反馈的起球不算质量问题，我们送您一个去球器'], // the buyer reporting, not acting
      ['您收到后发现坏了，这个我们不负责吗？当然负责，马上补发'], // a discovery, and help
      ['如果您放在阳台暴晒导致变色，不在保修范围'], // a condition (policy)
      ['您寄回来的时候快递摔坏了，这个我们也没办法看到'], // a third party acting between
      ['您买的这款结块了，我们不负责吗？我帮您换'], // the purchase is no cause; help after
      ['抱歉，您放在阳台一下午就褪色了，是我们面料不耐晒，不算您的问题'], // an apology, the shop owns it
    ],
  )
})

describe('blame-customer: "what has it to do with" the goods, after the buyer is named as the cause', () => {
  checkKinds(
    'blame-customer',
    [
      ['地板起翘那是你自己找的工人没留缝，跟板子有什么关系', undefined, '跟板子有什么关系', 'error'],
      ['墙皮脱落那是您家返潮，和涂料有啥关系', undefined, '和涂料有啥关系', 'error'],
      ['您戴着它去游泳，镜片刮花了跟我们镜片没关系', undefined, '跟我们镜片没关系', 'error'], // the narrated act before 跟我们X没关系
    ],
    [
      ['这个跟尺码有什么关系呢？我帮您查一下'], // asked, with help
      ['色差跟屏幕有什么关系，我给您解释一下'], // nobody named, an explanation offered
      ['您问的这两个型号有什么关系是吧'], // the buyer asking, restated
      ['花纹跟我们面料没关系，是印花工艺决定的'], // no buyer named
    ],
  )
})

describe('blame-customer: the buyer said to have deserved the trouble', () => {
  checkKinds(
    'blame-customer',
    [
      ['鞋子穿去趟水开胶了又来投诉，这不是自找的吗', undefined, '自找的', 'error'],
      ['花泡在水里烂根了，这株死得不冤', undefined, '死得不冤', 'error'],
      ['没看说明就乱装，坏了也怨不得别人', undefined, '怨不得别人', 'error'],
    ],
    [
      ['这次是我们自找的麻烦，给您添堵了'], // the shop owns it
      ['这不是您自找的，是我们没包好'], // denied as a statement
      ['我们怨不得别人，是仓库发错了'], // the shop as subject
    ],
  )
})

describe('curt-reply: the job handed back as a bare imperative opening its clause', () => {
  checkKinds(
    'curt-reply',
    [
      ['自己去楼下找找。', '快递显示签收了但我没收到', '自己去楼下找找', 'warning'], // complaint
      ['自己修呗，配件都寄给你了', '拉链坏了', '自己修', 'warning'], // complaint, with 呗
      ['那你自己再试试吧', '怎么还是连不上', '那你自己再试试', 'warning'], // 那你 + 再
      ['沒有這個服務，自己剪。', '能幫我把標籤剪掉嗎', '自己剪', 'warning'], // request, Traditional
      ['自己去药店问', '这个孕妇能吃吗', '自己去药店问', 'warning'], // a question
    ],
    [
      ['自己装很简单的，视频在详情页', '需要师傅上门装吗'], // a description, not an order
      ['您自己能装的', '好装吗'], // an ability
      ['您选的颜色自己搭配着穿就好看', '怎么搭配'], // a description after 自己, not an order
      ['自己试一下，不行我帮您换', '鞋子有点挤'], // help after
      ['我们自己发顺丰'], // the shop's own doing
      ['您可以自己去驿站取一下', '快递到了吗'], // an option offered
      ['您好，包裹已经放到快递柜了，您下班后自己去取一下，取件码是8812，有问题随时找我'], // help in the reply, no 自己 opening
    ],
  )
})

describe('curt-reply: resigned "A就A点呗" to a complaint, and a grunt to noise or a dent', () => {
  checkKinds(
    'curt-reply',
    [
      ['人多，贵就贵点呗', '怎么比上周贵了', '贵就贵点呗', 'warning'],
      ['旺季嘛，晚就晚些吧', '怎么还没发货', '晚就晚些吧', 'warning'],
      ['嗯', '风扇晚上噪音好大', '嗯', 'warning'], // noise complained of
      ['嗯', '收到的罐子都压瘪了', '嗯', 'warning'], // a dent complained of
    ],
    [
      ['嗯', '风扇静音吗'], // a yes to a yes/no question
      ['嗯嗯，噪音大的话我帮您换一台', '风扇晚上噪音好大'], // help
      ['贵就贵在用料上，您摸一下就知道了'], // 就 + 在: no resignation
      ['快递慢点没关系的，我帮您催一下', '还没到'], // help
    ],
  )
})

describe('curt-reply: a bare "I said" opening the reply to a complaint or an urge', () => {
  checkKinds(
    'curt-reply',
    [
      ['说了下周一', '怎么还没到，都一个礼拜了', '说了', 'warning'],
      ['我讲过了，等仓库通知', '快点处理啊', '我讲过了', 'warning'],
      ['早就說了，週五出貨', '為什麼還沒發貨', '早就說了', 'warning'], // Traditional
    ],
    [
      ['说了周五发', '什么时候发货'], // a plain question answered
      ['说了算的是仓库，我帮您催', '怎么还没发货'], // 说了算, and help
      ['我说了一下情况，仓库今天加急', '怎么还没发货'], // the agent reporting its errand
      ['说了周五发'], // nothing asked before
    ],
  )
})

describe('curt-reply: a thin reason and a bare refusal as the whole reply to a request', () => {
  checkKinds(
    'curt-reply',
    [
      ['特价款，不退', '尺码不合适能退吗', '特价款，不退', 'warning'],
      ['刻了字的不换', '刻字刻错了能换吗', '刻了字的不换', 'warning'],
      ['海外仓的，发不了', '能发顺丰吗', '海外仓的，发不了', 'warning'],
    ],
    [
      ['特价款的哦，不退', '能退吗'], // softened by a particle
      ['特价款，不退', '这个是特价款吗'], // a question of fact answered
      ['抱歉，特价款不退', '尺码不合适能退吗'], // an apology
      ['特价款不退，可以帮您换个尺码', '尺码不合适能退吗'], // a way offered
    ],
  )
})

describe('curt-reply: sent to the takeaway rider', () => {
  checkKinds(
    'curt-reply',
    [['外卖的事问骑手', '送来的汤洒了一半', '问骑手', 'warning']],
    [['骑手已经在路上了，我帮您催一下', '怎么还没送到']],
  )
})

describe('blame-customer: the buyer\'s plain act and its trouble narrated, then the trouble called normal', () => {
  checkKinds(
    'blame-customer',
    [['您把雪糕放在车里一下午，化了也是正常的', undefined, '您把雪糕放在车里一下午，化了也是正常的', 'error']],
    [
      ['您的冰淇淋路上化了，这个也正常，我们给您补发'], // the buyer's thing, not their act; help
      ['您放心，巧克力夏天化了也是正常的，冷藏一下就好'], // reassured, no act
    ],
  )
})

describe('blame-customer: the page\'s note as the whole answer to parts that do not match', () => {
  checkKinds(
    'blame-customer',
    [['这个我们详情页有标注的', '买的滤芯跟我家机器接不上', '详情页有标注', 'warning']],
    [
      ['详情页有标注型号，我帮您核对一下', '配件和我车对不上'], // help
      ['详情页有标注型号的', '这个适配什么车'], // a question answered
    ],
  )
})

describe('curt-reply: haggling shut down, take it or leave it', () => {
  checkKinds(
    'curt-reply',
    [
      ['就这价，一分都不能少', '老板抹个零呗', '一分都不能少', 'warning'],
      ['底价了，要拍就拍', undefined, '要拍就拍', 'warning'],
    ],
    [
      ['这个配方一分都不能少'], // nothing haggled over
      ['要用就用，不用就放着', '这个要一直开着吗'], // when to use it, not a dare
      ['想买就买，我们支持七天无理由'], // an offer (想)
    ],
  )
})
