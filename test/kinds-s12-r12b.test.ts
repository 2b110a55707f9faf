import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Twelfth session (r12b): blame-customer kinds that several pool authors wrote independently, in our
 * own words and other domains, each with its traps (reassurance, condition, advice, the shop's own
 * act, a third party, an apology, help after).
 */
describe('blame-customer: the buyer\'s own act + "of course" + the bad result (sets k, m, p, r)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您拿冷水冲奶粉当然会结块', undefined, '您拿冷水冲奶粉', 'error'], // any verb, not a listed handling
      ['你淋着雨骑回去当然会生锈', undefined, '你淋着雨骑回去', 'error'],
      ['您一次喂了三天的量当然拉肚子', undefined, '您一次喂了三天的量', 'error'], // a body reacting
      ['妳沒等它涼就蓋上蓋子，當然會發霉', undefined, '妳沒等它涼就蓋上蓋子', 'error'], // Traditional, the clause before
      ['您直接把新粮全换了，狗狗当然不适应', undefined, '您直接把新粮全换', 'error'],
    ],
    [
      ['您用了当然不会过敏，放心'], // "of course not" + a bad word: a promise, not a cause
      ['您收到后当然没问题，有事随时找我'], // a reassurance
      ['您是老顾客当然优先发货'], // no bad outcome
      ['您要是用冷水冲当然会结块，建议用温水'], // a condition and advice
      ['我们用冷水冲当然会结块，所以说明书写了用温水'], // the shop as the one acting
      ['您喜欢的话当然可以多拍几件'], // a permission
    ],
  )
})

describe('blame-customer: "of course" answering spoilt goods with nobody named (sets a, p)', () => {
  checkKinds(
    'blame-customer',
    [['放在门口晒一天梗系会臭啦', '鱼收到都发臭了', '放在门口晒一天', 'warning']],
    [
      ['在门口放一天当然会臭，我们马上给您补发', '鱼收到都发臭了'], // help after
      ['放在冰箱里当然不会臭', '能放多久'], // a reassurance to a question
    ],
  )
})

describe('blame-customer: told before with no time named, pressed or answering a complaint (sets k, l, m, r)', () => {
  checkKinds(
    'blame-customer',
    [
      ['我在群里提醒过你要选大一码的', '鞋子怎么这么挤脚', '提醒过你', 'error'],
      ['我不是已经跟您讲过要先泡水再用吗', undefined, '跟您讲过', 'error'], // 不是…吗 pressed
      ['这个跟您说过要先充电才能开机', '买回来开不了机', '跟您说过', 'error'],
    ],
    [
      ['我跟您说过的那款今天到货了'], // informs, nothing complained of
      ['不好意思，之前跟您说过会补寄，结果拖到现在', '赠品怎么还没到'], // an apology
      ['之前跟您说过今天到，我再帮您催一下快递', '怎么还没到'], // help after
      ['快递员跟您说过今天送吗？', '怎么还没到'], // a third party told
      ['您跟我说过要红色，我们发的就是红色', '颜色不对'], // the buyer told
    ],
  )
})

describe('blame-customer: did you not hear it, how many times must it be asked (sets k, r)', () => {
  checkKinds(
    'blame-customer',
    [
      ['下单页面上弹窗讲了是定制款，您没听见吗', undefined, '您没听见', 'error'],
      ['跟你讲了卖完了，到底要问几遍', undefined, '问几遍', 'error'],
    ],
    [
      ['我刚才没听清您说的型号，能再打一下吗'], // the agent did not hear
      ['您没听到电话的话我让师傅再打一次'], // a condition, help
      ['您是不是没听到师傅敲门？我帮您再约一次'], // a question with help
    ],
  )
})

describe('blame-customer: installed, stored or used not as it should be (sets m, p, r)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您这个是存放不当导致的受潮', undefined, '存放不当', 'error'],
      ['热水器漏水是您自己安装不当造成的', undefined, '是您自己安装不当', 'error'],
    ],
    [
      ['师傅安装不当导致漏水，我们全责赔付'], // the shop's fitter
      ['如果存放不当容易受潮，建议放阴凉处'], // a condition and advice
      ['经检测不属于安装不当，给您免费换新'], // negated verdict
    ],
  )
})

describe('blame-customer: the page pointed at next to a refusal, or after the buyer\'s own pick (sets l, m, r, real JDDC)', () => {
  checkKinds(
    'blame-customer',
    [
      ['拆封后不支持退货哦，详情页有介绍的', undefined, '详情页有介绍', 'warning'], // the refusal before the pointer
      ['都写在吊牌上了，剪了标不退', undefined, '都写在', 'warning'], // the refusal after it
      ['抱歉哈，您选的是无线版，没有带充电座，主图上标了的', undefined, '主图上标了', 'warning'], // an apology does not undo the pick
    ],
    [
      ['如果详情页有提示不退，我们就按页面执行'], // a condition: the policy
      ['您买的这款包装写了保质期两年'], // a purchase named, not a pick held against them
      ['您选的是蓝色，主图上标了色号，放心', '我选的是什么颜色'], // answering a question
      ['详情页有介绍的，我把链接发给您', '怎么用'], // help
    ],
  )
})

describe('blame-customer: a presumed guess at the buyer\'s handling, then the right way stated against it (sets k, l)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您是放微波炉里热的吧？这款饭盒本来就不能那样用', undefined, '您是放微波炉里热', 'warning'],
      ['您跟毛巾一起洗的吧？这种绒面不能那样洗', undefined, '您跟毛巾一起洗', 'warning'],
    ],
    [
      ['您是放微波炉里热的吧？我帮您换一个'], // help after
      ['您是放微波炉里热的吧？这个可以放微波炉的，没关系'], // reassured
      ['这款饭盒不能放微波炉里热，建议隔水加热'], // advice, nothing guessed
    ],
  )
})

describe('blame-customer: the cost or the fault handed to the buyer after their act or its trouble (sets b, f, n, r)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您拿去海边泡了一下午生锈了，维修费只能您自己负责', undefined, '只能您自己负责', 'error'],
      ['你填的门牌号少了一位，包裹退回了，二次运费要你出', undefined, '要你出', 'error'],
    ],
    [
      ['退货运费您自己出，这是平台规定'], // policy alone (curt at most)
      ['人为损坏需要您自己承担维修费'], // a kind of case, no event
      ['如果超时没取退回了，运费要您出哦'], // a condition
      ['您填错了也没关系，运费我们出，不用您自己出'], // taken off the buyer
      ['运费要您出吗？不用的'], // asked
    ],
  )
})

describe('blame-customer: already sent or written, asked back with 不是…吗 (sets o, r)', () => {
  checkKinds(
    'blame-customer',
    [
      ['我刚才不是给您发了安装视频吗', undefined, '不是给您发了', 'error'],
      ['保修期在保修卡上不是写着吗？', '怎么不保修了', '不是写着', 'error'],
      ['我前面不是发了链接吗，您翻一下', undefined, '不是发了', 'error'], // 吗 closing the clause, no question mark
    ],
    [
      ['我们不是发了假货，是正品'], // a denial
      ['这行字不是写着的，是印上去的'], // describes
      ['不是发了吗？我帮您查一下物流'], // asked in order to help
      ['我前面不是发了链接吗，我再发一次给您'], // resent
    ],
  )
})

describe('blame-customer: the case left with the buyer as hard to judge now, after their omission (sets n, r)', () => {
  checkKinds(
    'blame-customer',
    [['您签收的时候没有当面拆开，现在说少了配件我们很难认定', undefined, '您签收的时候没有当面拆开', 'warning']],
    [
      ['这种划痕我们很难认定是运输造成的，我帮您申请补偿'], // nobody's omission, help
      ['如果您签收时没有当面拆开，之后少了配件会比较难认定'], // a condition
    ],
  )
})

describe('blame-customer: code-mixed "your problem" (sets o, r)', () => {
  checkKinds('blame-customer', [['Sorry 这个是you的问题哦', undefined, 'you的问题', 'error']], [['不是you的问题，是我们发错了'], ['关于you的问题我马上查']])
})

describe('blame-customer: signed already, so now it is hard for the shop (sets m, n)', () => {
  checkKinds(
    'blame-customer',
    [
      ['当时拆开看一眼就好了，现在都签收了我们也没法找快递', undefined, '现在都签收了我们也没法', 'warning'],
      ['这都签了我们很难再去跟物流争', undefined, '这都签了我们很难', 'warning'],
    ],
    [
      ['现在签收了我们也可以帮您联系快递核实'], // help after
      ['现在签收了吗？'], // asked
      ['现在签了不好退的话我帮您申请售后'], // help
    ],
  )
})

describe('blame-customer: "should have asked before buying…的" with nobody named (sets k, n)', () => {
  checkKinds(
    'blame-customer',
    [['每个牌子的码数不一样，下单前应该先量一下脚长的。', undefined, '应该先量一下脚长', 'warning']],
    [
      ['下单前应该核对地址哦'], // advice, no closing 的
      ['我们发货前应该先检查的，抱歉'], // the shop's own duty
      ['下单前应该先问一下客服的，我帮您换一个'], // help after
    ],
  )
})

describe('blame-customer: a question about the buyer\'s act, then others who manage or the right use (sets m, n, o)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您电源线插紧了吗？大部分人都是没插紧就以为坏了', '风扇不转', '大部分人', 'warning'],
      ['您是按视频拼的吗？好多人都是十分钟就拼好了', '书架装不上', '好多人都是', 'warning'],
      ['狗绳断这么快，您家狗是不是太能拽了？正常的狗一根能用一年', undefined, '正常的', 'warning'], // the trouble in the reply
    ],
    [
      ['您电源线插紧了吗？很多人都是没插紧，您再试一下', '风扇不转'], // a retry: help
      ['您收到了吗？大部分人今天都能收到', '坏了吗'], // what they received, not an act
      ['您是按视频拼的吗？我再发一遍视频给您', '书架装不上'], // help
      ['大部分人穿M码就可以'], // no guess
      ['您是几号下单的？正常的话三天内到', '怎么还没到'], // a condition, not a broken thing
    ],
  )
})
