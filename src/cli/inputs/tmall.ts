import { chatTextReader } from './chat-text.js'

/**
 * Tmall / 千牛 log lines: `店铺名:子账号:内容` for the shop side (`店铺名:服务助手:…` is the bot,
 * left out) and a masked buyer id `t******7:内容` for the buyer. A line that starts with
 * neither continues the message before it.
 */
export const BUYER = /^([^\s:：]*\*{2,}[^\s:：]*)[:：]/
const SHOP = /^([^\s:：]+)[:：]([^\s:：]+)[:：]/

export const tmallReader = chatTextReader({
  format: 'tmall',
  start(line) {
    const buyer = BUYER.exec(line)
    if (buyer) return { speaker: buyer[1]!, role: 'customer', body: { text: line.slice(buyer[0].length), column: buyer[0].length } }
    const shop = SHOP.exec(line)
    if (!shop) return undefined
    const speaker = `${shop[1]}:${shop[2]}`
    return { speaker, role: 'agent', body: { text: line.slice(shop[0].length), column: shop[0].length }, ...(shop[2] === '服务助手' ? { skip: true } : {}) }
  },
  ignore: () => false,
})
