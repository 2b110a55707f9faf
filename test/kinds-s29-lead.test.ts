import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 29 (twenty-fifth working session), the lead. review-manipulation kinds that four outside authors' sets hold
 * (U, V, AD, AU for the first; K and AU for the second), each in our own words, with the traps that must stay clean.
 */

// 1. A changed review paid for with a cost the shop bears or waives (运费…我们这边全额补给您, …给您承担, …就不扣了),
//    and the change verb as the condition of the offer even a clause after the review word (差评…，删了的话…全额退款).
//    The same costs borne without a change asked, or with the change left to the buyer, stay clean.
describe('review-manipulation: a cost borne or waived for a changed review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['中评删掉的话，这趟运费我们这边全额补给您', undefined, '中评删掉的话，这趟运费我们这边全额补给您', 'error'],
      ['差评撤了的话，来回邮费我们给您承担', undefined, '差评撤了的话，来回邮费我们给您承担', 'error'],
      ['追评改一下的话，这单运费我们就不扣了', undefined, '追评改一下的话，这单运费我们就不扣了', 'error'],
      ['您那条差评让我们很难做，撤了的话这单给您全额退款', undefined, '差评让我们很难做，撤了的话这单给您全额退款', 'error'],
    ],
    [
      ['您的差评我们看到了，质量问题的来回运费我们承担'],
      ['差评您删不删都行，运费我们这边全额补给您'],
      ['差评我们已经看到了，删了的话也不影响您的退款'],
      ['这单运费我们给您承担，评价您随意'],
    ],
  )
})

// 2. The reward handed over right after the buyer says the review is done (previous turn: 好评给了 / 差评删了), even
//    with no review word in the reply. Thanks alone, a refund being processed, and a refusal stay clean.
describe('review-manipulation: a reward paid for a review the buyer says is done', () => {
  checkKinds(
    'review-manipulation',
    [
      ['好嘞，截图发过来，马上给您返个红包', '五星好评已经给了', '给您返个红包', 'error'],
      ['收到亲，十五块晚点转您', '那条中评我删掉了', '转您', 'error'],
      ['谢谢您，给您发个小红包当心意', '已经给你们好评了', '给您发个小红包当心意', 'error'],
    ],
    [
      ['谢谢亲的认可，欢迎下次再来', '五星好评已经给了'],
      ['好的，您的退款已经在处理了，请留意到账', '差评我删了'],
      ['好评返现是平台禁止的，我们不做哦，谢谢您', '好评我已经给了'],
      ['说好的发货时间我们记着呢，放心', '评价写好了'],
      ['您的退款已经转到支付宝了，请查收', '差评已经删了'],
      ['谢谢，给您返个红包', undefined],
    ],
  )
})

// 3. exaggeration: an ache or discomfort said to be gone for good after use (腰再也不酸了, 眼睛再也不会酸胀了, 膝盖再也不疼:
//    sets AV, AR and the pool). The shop's own conduct (不会再麻烦您, 再也不会让您等) and a question stay clean.
describe('exaggeration: an ache gone for good', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个颈枕用上以后，脖子再也不会酸痛了', undefined, '再也不会酸痛', 'error'],
      ['贴上这款暖贴，肚子再也不胀了', undefined, '再也不胀', 'error'],
      ['穿这双鞋走一天，脚再也不疼', undefined, '再也不疼', 'error'],
    ],
    [
      ['给您补发的已经在路上了，不会再麻烦您跑一趟'],
      ['以后再也不疼了吗？'],
      ['我们再也不会让您等这么久了'],
      ['我们不会再酸溜溜地比别家了'],
    ],
  )
})

// 4. off-platform: a phone number spelled in number words to slip past the platform's filter (幺五八，三二一零，七七四九;
//    一八八…; 零七五五…: sets M, V, AD, AP, AQ). Years, counting, a short figure, and another person's number (privacy-leak's)
//    stay clean here.
describe('off-platform: a phone number spelled in number words', () => {
  checkKinds(
    'off-platform',
    [
      ['着急的话记一下，幺三六，七七零二，八八一九', undefined, '幺三六，七七零二，八八一九', 'error'],
      ['店长的号一五二零三三四八八六七，有事说', undefined, '一五二零三三四八八六七', 'error'],
      ['总部电话零二一六八八八二三四五，报订单号', undefined, '零二一六八八八二三四五', 'error'],
    ],
    [
      ['二〇二五年三月一号开始发货'],
      ['颜色有一二三四五号五种，您看喜欢哪个'],
      ['送货的是物业的张师傅，他的号码是一三八零零七二八八四六'],
      ['一件三十九，两件七十五'],
    ],
  )
})
