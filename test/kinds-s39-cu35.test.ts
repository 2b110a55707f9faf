import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 39, lane cu35: curt-reply, the misses of the two outside authors of the last round (sets BN, BO) read as constructions,
 * and the false alarms the strict reviewer of the fourth real corpus (CSDS) did not uphold. Each kind probed with other members of
 * its word classes than the sentence read, other positions and a zh-TW form; must-not rows are the look-alikes. Our own sentences.
 */

// 1. The buyer's reaction called excessive (你也太急了吧, 妳也太計較了吧; class fussy.judged): the trouble put down to the buyer's
//    temper. Not reassurance (您别太着急了), not 您太客气了.
describe('curt-reply cu35: the buyer called too fussy or too hasty', () => {
  checkKinds(
    'curt-reply',
    [
      ['就差两天而已，您也太心急了吧', '说好周一到的，今天都周三了', '您也太心急了', 'warning'],
      ['一根线头而已，你这也太挑剔了', '袖口有线头', '你这也太挑剔了', 'warning'],
      ['你也太較真了吧', '顏色跟照片不一樣', '你也太較真了', 'warning'],
      ['你未免太敏感了，别人用都没事', '擦了脸有点红', '你未免太敏感了', 'warning'],
    ],
    [
      ['您别太着急了，我这就帮您催仓库', '怎么还没发货'],
      ['您太客气了，有问题随时找我', '谢谢你啊'],
      ['不会太紧的，您放心', '这个表带会不会太紧'],
    ],
  )
})

// 2. The shop said to be taken for a fool (当我们傻啊, 觉得我们好欺负; class fool.taken): a retort at the buyer's request.
describe('curt-reply cu35: "you take us for fools"', () => {
  checkKinds(
    'curt-reply',
    [
      ['吃了一大半才说不好吃，把我们当冤大头？', '这个蛋糕不好吃我要退', '把我们当冤大头', 'warning'],
      ['穿去旅游一圈回来退，当我们是傻子吗', '我想退货', '当我们是傻子', 'warning'],
      ['用成這樣還要換新，覺得我們好欺負是吧', '我要換新的', '覺得我們好欺負', 'warning'],
    ],
    [
      ['我们不会把您当外人，有问题直接说', '我想退货'],
      ['放心，不会让您吃亏的', '会不会被坑啊'],
    ],
  )
})

// 3. The person the buyer cites scorned (您朋友懂什么; class source.scorned). Not asking what a word means.
describe('curt-reply cu35: the buyer\'s source scorned', () => {
  checkKinds(
    'curt-reply',
    [
      ['网友懂什么，我们家是专柜货', '网上有人说你们是仿的', '网友懂什么', 'warning'],
      ['你同事懂啥，这款本来就是这个颜色', '我同事说这颜色不对', '你同事懂啥', 'warning'],
      ['外行懂個啥，這是工藝的特點', '我朋友說這是瑕疵', '外行懂個啥', 'warning'],
    ],
    [
      ['您朋友懂什么意思我不太明白，能再说一下吗', '我朋友说这不对'],
      ['您朋友说得有道理，我们这边帮您检测一下', '我朋友说是假的'],
    ],
  )
})

// 4. The talk cut off (不要再傳訊息了, 好了别说了, 我比你懂; class talk.stop.told). Not the agent saying no more is needed from the buyer
//    with the work done, not the goods stopped (仓库先别发货).
describe('curt-reply cu35: told to stop messaging, or "I know better"', () => {
  checkKinds(
    'curt-reply',
    [
      ['别再发消息了，看到了', '在吗在吗在吗', '别再发消息', 'warning'],
      ['行了别说了，按规定就是不退', '我觉得应该给我退', '行了别说了', 'warning'],
      ['這個我比你清楚，照我說的做', '我覺得是電池的問題', '我比你清楚', 'warning'],
      ['我比你专业，听我的就行', '我觉得应该先放水', '我比你专业', 'warning'],
    ],
    [
      ['好的，我让仓库先别发货，等您确认地址', '先别发，我地址还没改'],
      ['您不用再发照片了，已经收到，马上给您补寄', '照片发你了'],
    ],
  )
})

// 5. Complaints the shared class did not know (complaint.body, complaint.taste.weak, complaint.again, complaint.exasperated,
//    complaint.ignored): a grunt or an ok to them answers nothing. A question whether it happens is no report.
describe('curt-reply cu35: complaints of the body, of taste, of a fault come back, of being fed up or unread', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯', '这个面膜敷上去好刺痛', '嗯', 'warning'],
      ['哦', '衣柜甲醛味很重，熏得眼睛疼', '哦', 'warning'],
      ['嗯嗯', '咖啡豆一点都不香，是不是放久了', '嗯嗯', 'warning'],
      ['嗯', '吸尘器又不充电了', '嗯', 'warning'],
      ['哦', '氣死我了，又連不上', '哦', 'warning'],
      ['嗯嗯', '你们到底看没看我发的截图', '嗯嗯', 'warning'],
    ],
    [
      ['不会的亲，我们是无醛板材', '这个柜子会刺鼻吗'],
      ['嗯嗯', '好的，那我明天再看看'],
      ['嗯，我马上帮您申请换新', '吸尘器又不充电了'],
    ],
  )
})

// 6. "Then stop using it" as the answer to a complaint about the goods (那你别用了呗; class quit.it.told). With a way offered it is advice.
describe('curt-reply cu35: "then don\'t use it"', () => {
  checkKinds(
    'curt-reply',
    [
      ['那你别戴了呗', '戴了耳朵发痒', '那你别戴了呗', 'warning'],
      ['不习惯就别喝就是了', '这个茶有点苦', '别喝就是了', 'warning'],
      ['那妳別穿了', '鞋子一直磨腳', '那妳別穿了', 'warning'],
    ],
    [
      ['那您先别用了，我帮您申请退货', '用了脸有点红'],
      ['那你别用了吗？还是想换一支', '这支笔不太好写'],
    ],
  )
})

// 7. A bare yes to "have you read my messages at all" (有, 看了): the complaint is not met.
describe('curt-reply cu35: a bare yes to "are you even reading"', () => {
  checkKinds(
    'curt-reply',
    [
      ['看了', '你们到底有没有认真看我写的', '看了', 'warning'],
      ['有啊', '客服是不是根本没看', '有啊', 'warning'],
      ['有', '你們到底有沒有在看訊息', '有', 'warning'],
    ],
    [
      ['有的', '这款还有白色吗'],
      ['看了，抱歉刚才回复慢了，我马上给您改地址', '你到底有没有在看消息'],
    ],
  )
})

// 8. The buyer's 这样 thrown back as a question (你们客服怎么这样 → 哪样). Not to an open question, not a choice answered.
describe('curt-reply cu35: the complaint echoed back as a question', () => {
  checkKinds(
    'curt-reply',
    [
      ['哪样了', '你们怎么这样做生意', '哪样了', 'warning'],
      ['咋了', '快递员怎么这样，扔了就走', '咋了', 'warning'],
      ['哪樣', '你們店怎麼這樣', '哪樣', 'warning'],
    ],
    [
      ['咋了', '怎么回事'],
      ['哪样都可以，看您喜欢', '要这样的还是那样的'],
    ],
  )
})

// 9. "Use more of it" barked at goods too weak or stiff (淡就多喷几下; class fix.step.more), as the whole answer to the complaint.
describe('curt-reply cu35: "use more" as the whole answer', () => {
  checkKinds(
    'curt-reply',
    [
      ['嫌淡就多放点', '这个汤料包一点味道都没有', '嫌淡就多放点', 'warning'],
      ['硬就多穿穿', '皮鞋太硬了磨脚', '硬就多穿穿', 'warning'],
      ['多泡一会', '茶叶泡出来味道好淡', '多泡一会', 'warning'],
    ],
    [
      ['淡的话可以多放点，另外我给您补寄一包浓香款', '这个汤料包一点味道都没有'],
      ['多泡一会儿更香哦', '这个茶怎么泡'],
    ],
  )
})

// 10. Told only to wait, with a bare manner before it (耐心等, 慢慢等吧) or after a status softened by a particle (排队呢，等着).
describe('curt-reply cu35: bare waits', () => {
  checkKinds(
    'curt-reply',
    [
      ['慢慢等吧', '都一个礼拜了还没发货', '慢慢等吧', 'warning'],
      ['乖乖等着', '退款怎么还没到', '乖乖等着', 'warning'],
      ['在審核呢，等著', '為什麼還沒退款', '等著', 'warning'],
    ],
    [
      ['耐心等一下哦，明天上午就到', '怎么还没到'],
      ['在审核呢，预计今晚出结果，您稍等', '为什么还没退款'],
      ['好的，我等着', '明天给你回复'],
    ],
  )
})

// 11. Not curt (CSDS reviewer, kinds with members in our own words): a proxy to take the parcel in is advice (找别人代收); an ack
//     answers "did you get it?" (明白了吗 → 知道了); a reply opened by a condition states when it holds (只要没拆封…); a third person's
//     own act told (客户自己申请了售后); the goods said untouched (没拆也没用) and a fear (怕压坏) report no trouble.
describe('curt-reply cu35: look-alikes the real reviewer did not uphold', () => {
  checkKinds(
    'curt-reply',
    [
      ['你找别人吧', '快递怎么还没到', '你找别人吧', 'warning'],
      ['知道了', '三天了还没发货', '知道了', 'warning'],
      ['你自己申请吧', '我想退货', '自己申请', 'warning'],
    ],
    [
      ['您可以找邻居帮忙代收一下', '我白天不在家'],
      ['建议您找家人代签哦', '明天送货我不在'],
      ['知道了呢', '我说的你明白了吗'],
      ['看到了', '照片你看到了嗎'],
      ['只要没有拆封', '退货的话运费怎么算'],
      ['如果没到付款时间', '还能改价吗'],
      ['买家自己申请了退款', '这单怎么退款了'],
      ['可以的呢', '都没拆也没用'],
      ['好的呢', '家里没人，放快递柜吧，怕压坏'],
    ],
  )
})

// 12. The agent's can't in the 不能V shape after the party that decides (虾皮算的，我不能改), as 改不了 is read. Not with a way, not asked.
describe('curt-reply cu35: a bare 不能改', () => {
  checkKinds(
    'curt-reply',
    [
      ['平台算的，我不能改', '为什么运费这么贵', '不能改', 'warning'],
      ['快遞公司算的，我不能改', '為什麼運費這麼貴', '不能改', 'warning'],
      ['厂家定的价，没办法改', '这个价格太高了', '没办法改', 'warning'],
    ],
    [
      ['地址不能改的话，我帮您联系快递拦截改派', '能改地址吗'],
      ['颜色不能改吗？', '颜色选错了'],
    ],
  )
})
