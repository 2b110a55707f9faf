import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Eleventh session, lane rt14: a reply made only of templates (an ack, a closing, a wait, an apology, a bare
 * status, a pointer, a bare refusal, a can't-tell) read against the customer's turn (rules/curt-reply/turns.yaml,
 * previous-turn.ts). Replies and turns in our own words.
 */

describe('curt-reply: templates only, to a complaint or a chaser', () => {
  checkKinds(
    'curt-reply',
    [
      // An ack takes a complaint in and does nothing with it.
      ['好的呢', '台灯收到就是坏的，灯罩都裂了', '好的呢', 'warning'],
      ['好的 理解您的心情', '这件外套洗了一次就掉色了', '好的', 'warning'],
      // A closing run answering a complaint.
      ['您太客气啦 祝您生活愉快', '鞋子才穿三天就开胶了，太差了', '您太客气啦', 'warning'],
      // Told to wait, to a chaser.
      ['还请您再耐心等待一下哦', '麻烦快点，我急着用', '还请您再耐心等待一下哦', 'warning'],
      ['建议您耐心等候', '都三天了怎么样了', '建议您耐心等候', 'warning'],
      // A bare status line to a chaser.
      ['已经反馈站点了', '快点行不行，到底怎么样了', '已经反馈站点了', 'warning'],
      ['正在处理中呢 请问还有其他问题吗', '请尽快，明天就要用', '正在处理中呢', 'warning'],
      // Sent to someone else.
      ['您直接和配送员联系一下就行了', '快递三天了还没送到', '您直接和配送员联系一下就行了', 'warning'],
      ['您和商家沟通一下就可以了', '衣服的拉链是坏的', '您和商家沟通一下就可以了', 'warning'],
      // A refusal with no reason and no way, to a request.
      ['这边暂时不支持修改的呢', '帮我把收货地址改成公司那边', '这边暂时不支持修改的呢', 'warning'],
      ['我们目前没有别的办法了', '那能不能帮我换个新的', '我们目前没有别的办法了', 'warning'],
    ],
    [
      // The agent acts, or says why and when.
      ['好的呢，我这边马上帮您申请换新', '台灯收到就是坏的，灯罩都裂了'],
      ['已经反馈站点了，有消息第一时间通知您', '快点行不行，到底怎么样了'],
      ['您可以联系配送员，我这边也帮您催一下', '快递三天了还没送到'],
      ['定制的商品暂时不支持修改的呢，因为已经开始生产了', '帮我把尺寸改小一号'],
      // The same templates after thanks, an ok or a pause are the close of the chat.
      ['好的呢', '行，那就这样吧，谢谢'],
      ['您太客气啦 祝您生活愉快', '好的，麻烦你了'],
      ['请问还有什么可以帮您的吗？', '没有了'],
      ['请问还有其他问题吗', '嗯嗯，我先问问家里人再说'],
      ['请您耐心等待哦', '好的 我等等看'],
      // An ok to a request takes it on; an ok to a complaint that also asks for a return takes the return in.
      ['好的 请问还有什么可以帮您的吗', '帮我备注一下周末再送'],
      ['好的呢', '申请一下换货吧，风扇声音特别大'],
      // A polite no or a yes to a yes/no question answers it.
      ['这边暂时不支持的呢', '这个杯子能进洗碗机吗？'],
      ['是的呢', '这款是包邮的吧？'],
      ['是的亲', '所以是过了七天就只能保修?'],
      // A greeting back to a greeting.
      ['您好', '你好，在吗'],
      // No previous turn: nothing ignored.
      ['请您耐心等待哦'],
      // A negation or a wish cancels the complaint word (不会给差评的, 但愿别让我等太久).
      ['好的呢', '放心，不会给差评的'],
      ['请您耐心等待哦', '但愿别让我等太久'],
      // A bare "?" says too little to be ignored.
      ['请问还有其他可以帮到您的吗', '？'],
    ],
  )
})

describe('curt-reply: templates only, to an open question', () => {
  checkKinds(
    'curt-reply',
    [
      // A closing, a yes or a can't-tell does not answer what, how or when.
      ['感谢您的支持，祝您购物愉快', '这个加湿器的滤芯多久换一次？', '感谢您的支持', 'warning'],
      ['是的呢', '赠品要去哪里领？', '是的呢', 'warning'],
      ['具体时间我们也无法确定的', '师傅大概几点能上门', '具体时间我们也无法确定的', 'warning'],
    ],
    [
      // The question answered, or a detail checked at the end (…是吧) that a yes answers.
      ['一般三个月换一次哦', '这个加湿器的滤芯多久换一次？'],
      ['是的呢', '赠品在订单页领，是吧'],
      // Asked whether it can be told: a polite no answers it.
      ['这个不能确认的呢', '几点到能确认吗'],
      // An emoji after the question takes the answer already given.
      ['请问还有其他问题吗', '那什么时候发货? 👌'],
    ],
  )
})

describe('curt-reply: templates of other registers (Taiwan, Cantonese, formal) and the reply that is only an address', () => {
  checkKinds(
    'curt-reply',
    [
      // Formal closing to a complaint; Cantonese closing and ack; a notice as the only word.
      ['感謝您的耐心等待，祝您有美好的一天', '包裹寄丟了，到現在都沒消息', '感謝您的耐心等待', 'warning'],
      ['仲有咩可以帮到你', '条裙洗完缩晒水，太离谱了', '仲有咩可以帮到你', 'warning'],
      ['处理结果以系统通知为准', '退款一直没到账，太慢了', '处理结果以系统通知为准', 'warning'],
      ['审核中', '都一周了还没退款', '审核中', 'warning'],
      // Sent to the brand or the original maker, formally.
      ['請洽原廠客服', '耳機左邊沒聲音', '請洽原廠客服', 'warning'],
      // Can't, with nothing else, to a request.
      ['我们这边暂时没法取消的', '麻烦帮我把订单取消掉', '我们这边暂时没法取消的', 'warning'],
    ],
    [
      // The same words after thanks or a goodbye, or with the agent's step.
      ['感謝您的耐心等待，祝您有美好的一天', '好的 謝謝'],
      ['审核中，今天下班前给您答复', '都一周了还没退款'],
      ['我们这边暂时没法取消的', '下单以后还能取消吗'],
      // A plain no to a request for the agent's private contact is the right answer.
      ['这边不可以的哦', '方便加个微信吗，给我发一下'],
      ['亲爱的~', '在吗'],
      // Session 26 (cr26, the lead's convention): a lone vocative opens the turn; was must-flag here.
      ['亲爱的~', '这个电热毯一晚上耗多少电？'],
      // A reply that quotes a template back is no template (您说的“请耐心等待”是哪位同事说的).
      ['您说的“请耐心等待”是哪位同事说的呢', '客服一直让我等，太慢了'],
    ],
  )
})
