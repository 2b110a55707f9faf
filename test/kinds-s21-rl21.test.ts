import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 21, lane rl21 (issue 8): recall on real agent text for curt-reply and absolute-promise. Kinds, in our own
 * words; every case below was written here, none is copied from a transcript.
 *
 * curt-reply reads the reply against the buyer's previous turn (rules/curt-reply/turns.yaml):
 * - reply kind `page`: the buyer sent to read the storefront (以…页面显示为准, 在详情页上查看, 前台能看到), curt to any question;
 * - reply kind `praise`: the goods or the membership praised instead of what was asked for (退 → 这个商品很好的);
 * - turn kind `askDo`: a request put as a can-question with an order-changing verb (能帮我改…吗, 可以推迟…吗): a bare no is a
 *   refusal of a request, not a polite no to a factual question; `ruleAsk`, read first, keeps a can-question under a stage
 *   of the order (发货之后还能改地址吗) a question about the rule;
 * - turn kind `other`: a detail or counter-offer; a bare refusal to it refuses what the buyer presses for;
 * - widened: the job named as another department's, the rule stated as the whole answer, a pasted tracking record, the
 *   interim line before the answer (稍等, 正在为您查询), indignation (居然, 凭什么) and an unreachable party as complaints.
 */
describe('curt-reply: sent to read the page instead of an answer', () => {
  checkKinds(
    'curt-reply',
    [
      ['请以商品详情页显示为准哦', '这款冰箱能送到乡下吗', '请以商品详情页显示为准哦', 'warning'],
      ['亲，具体价格以订单页面展示为准', '怎么我付款时比刚才贵了二十块', '具体价格以订单页面展示为准', 'warning'],
      ['您可以在商品页上查看一下哦', '这个还有现货吗', '您可以在商品页上查看一下哦', 'warning'],
      ['您在详情页上就能看到的', '什么时候有货', '您在详情页上就能看到的', 'warning'],
    ],
    [
      // The page named and the answer given too.
      ['这个价格以页面显示为准，今天的活动价是199，我帮您核对过了', '怎么我付款时比刚才贵了二十块'],
      // After thanks there is nothing to answer.
      ['以页面显示为准', '好的谢谢'],
      // A condition on the buyer, not a pointer.
      ['页面显示有货的话就可以下单哦', '这个还有现货吗'],
    ],
  )
})

describe('curt-reply: a bare no to a request put as a can-question, or to a counter-offer', () => {
  checkKinds(
    'curt-reply',
    [
      ['不支持的哦', '能帮我把收货地址改成公司吗', '不支持的哦', 'warning'],
      ['这边无法修改的呢', '可以把配送时间推迟到周六吗', '这边无法修改的呢', 'warning'],
      ['不支持的哦', '我就一件，省内寄过去', '不支持的哦', 'warning'],
      ['下单成功后是不支持修改的', '还能帮我改一下规格吗', '下单成功后是不支持修改的', 'warning'],
      // The interim line before the answer is no answer: the no stands alone.
      ['还请您稍等，正在为您查询 这个不可以哦', '能帮我改成周日送吗', '这个不可以哦', 'warning'],
    ],
    [
      // A polite no to a factual question about the goods.
      ['不可以的呢', '这个杯子能进微波炉吗'],
      // A can-question under a stage of the order asks what the rule is (ruleAsk): the no answers it.
      ['这边无法修改的呢', '发货之后还能改地址吗'],
      ['不支持的哦', '签收了的话还可以换颜色吗'],
      // The no with its reason and a way forward.
      ['不支持的，因为已经出库了，您可以拒收后重新下单', '能帮我把收货地址改成公司吗'],
      // A bare OK takes a detail in.
      ['好的呢', '我就一件，省内寄过去'],
      // Only the interim line: the answer is still coming.
      ['还请您稍等，正在为您查询', '能帮我改成周日送吗'],
    ],
  )
})

describe('curt-reply: the job handed to another department, the rule as the whole answer', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个是售后审核的', '换新怎么还没审核', '这个是售后审核的', 'warning'],
      ['这个您得找销售经理催一下哦', '开票怎么还没好', '这个您得找销售经理催一下哦', 'warning'],
      ['有些偏远地区是无法配送的呢', '为什么我这里送不了', '有些偏远地区是无法配送的呢', 'warning'],
      ['非质量问题退货需要扣除运费的', '退个货居然还要我出运费', '非质量问题退货需要扣除运费的', 'warning'],
    ],
    [
      // The agent takes it on after naming who decides.
      ['这个是售后审核的，我帮您催一下', '换新怎么还没审核'],
      // The rule with its reason and a way to lower the cost.
      ['非质量问题退货需要扣除运费的，这是平台规定，运费险可以抵扣', '退个货居然还要我出运费'],
    ],
  )
})

describe('curt-reply: praise in place of what the buyer wants', () => {
  checkKinds(
    'curt-reply',
    [
      ['这个商品也是很好的呢', '颜色拍错了，想退', '这个商品也是很好的呢', 'warning'],
      ['咱们会员的福利还是很多的哦', '我要退掉会员', '咱们会员的福利还是很多的哦', 'warning'],
    ],
    [
      // Praise is the answer to a question about the goods.
      ['很划算的哦', '这个好用吗'],
      ['会员权益很多的', '会员有什么权益'],
    ],
  )
})

describe('curt-reply: a tracking record pasted to a buyer whose courier cannot be reached', () => {
  checkKinds(
    'curt-reply',
    [
      ['您的订单正在配送途中，请您准备签收', '打了三次快递员电话都没人接', '您的订单正在配送途中', 'warning'],
      // Told not to worry, and nothing done.
      ['您先别着急哦', '三天了还没发货', '您先别着急哦', 'warning'],
    ],
    [
      // The same record answers a where-is-it question.
      ['您的订单正在配送途中，请您准备签收', '到哪了'],
      ['您先别着急哦', '好的谢谢'],
    ],
  )
})

/**
 * absolute-promise:
 * - the escalated tier (专员, 工作人员) named with a deadline in a reply that hands the case on (反馈站点, 登记, 保持手机畅通);
 * - a yes to a tag question (…对吧, …是吧) wherever the tag clause stands; the problem solved and safety asked about;
 * - the station's handling of a stopped parcel stated as certain (配送不会再送, 站点会拦截);
 * - the written and regional forms of near days (今日, 明日) in the arrival-date construction.
 */
describe('absolute-promise: a deadline for the escalated tier after the case is handed on', () => {
  // Twenty-second session: reported at info (kinds-s16-rt16 gives the reason: the domain brief's borderline "shop's
  // own action"; the first real corpus upheld 40 of 40, the third corpus 0 of 34, five blind authors wrote it clean).
  checkKinds(
    'absolute-promise',
    [
      ['已经帮您反馈站点了，专员会在两小时内联系您', undefined, '会在两小时内联系', 'info'],
      ['已经为您登记，工作人员会在三个工作日内联系您处理', undefined, '会在三个工作日内联系', 'info'],
      ['您保持手机畅通，专员明天上午给您回复', undefined, '明天上午给您回复', 'info'],
    ],
    [
      // Hedged.
      ['专员预计会在两小时内联系您，已经帮您反馈站点了'],
      // The tier named alone: the follow-up of good service (kinds-s16-rt16).
      ['售后专员会在24小时内联系您'],
      ['工作人员会在三个工作日内联系您处理'],
      // No deadline.
      ['已经帮您反馈了，专员联系您的时候请注意接听'],
      // The agent's own desk (客服) keeps it.
      ['您保持手机畅通，专属客服明天上午给您回复'],
    ],
  )
})

describe('absolute-promise: a yes to a tag question about an outcome', () => {
  checkKinds(
    'absolute-promise',
    [
      ['是的', '我的快递今天能到对吧 在吗', '是的', 'error'],
      ['是的', '就是说周五之前能解决是吧', '是的', 'error'],
      // ap26: the bare reassurance entry (放心 / 放心的 as the whole answer) reports the reassurance with its 的.
      ['放心的亲', '孩子玩这个安全吗', '放心的', 'error'],
    ],
    [
      // The shop's own refund route: policy.
      ['是的', '退款是原路退回对吧'],
      // No question about an outcome.
      ['是的', '你好 在吗'],
      // 好吧 agrees, it is no tag question and no yes.
      ['好吧', '今天能到对吧'],
    ],
  )
})

describe("absolute-promise: the station's handling of a stopped parcel stated as certain", () => {
  checkKinds(
    'absolute-promise',
    [
      ['配送那边不会再送的，您放心', undefined, '配送那边不会再送', 'error'],
      ['站点收到后就会拦截的', undefined, '站点收到后就会拦截', 'error'],
    ],
    [
      // The shop's own doing.
      ['我们这边会拦截的'],
      // Hedged, conditional, asked.
      ['配送一般不会再送了'],
      ['如果拦截成功配送就不会送了'],
      ['快递会拦截吗'],
    ],
  )
})

describe('absolute-promise: an arrival date in its written form', () => {
  checkKinds(
    'absolute-promise',
    [
      ['今日可以送到的', undefined, '今日可以送到', 'error'],
      ['明日下午给您送达', undefined, '明日下午给您送达', 'error'],
      // Received on the date, and a certain soon.
      ['您的包裹后天是可以收到的', undefined, '后天是可以收到', 'error'],
      ['包裹很快为您送达', undefined, '很快为您送达', 'error'],
    ],
    [
      // Reported from the tracking, or hedged.
      ['物流显示明日送达'],
      ['预计明日可以送到'],
      ['预计很快就能收到'],
      // 马上 of the agent's own look-up; a question.
      ['马上为您查询一下物流'],
      ['后天能收到吗'],
    ],
  )
})
