/**
 * A product listing's title pasted as the whole reply (12345678901极光蓝牙耳机降噪神器…[商品快照], 闪迪(SanDisk)64GB…至尊高速
 * 存储卡): the listing's words, not the agent's. Real JD traffic (the third real corpus, twenty-second session)
 * sends product cards this way; their 神器 / 至尊 / 旗舰 name the listing and are no claim the agent makes.
 *
 * The reply is read as a title when it is long, holds no clause or sentence punctuation and no word of
 * address or person (a title speaks to nobody), and carries a listing's marks: a snapshot tag, a SKU-like
 * run of digits, or several runs of Latin letters and digits (brand, capacity, model).
 */
import { lastByText } from './memo.js'

const TITLE_MIN = 24
const SNAPSHOT = '[商品快照]'
/** Clause and sentence punctuation, full- and half-width (normalised text keeps either). */
const STOPS = /[，,。！!？?；;：:～~\n]/
/** Words of address or person: a title has none. */
const PERSON = /[您你我亲哦呢吧啊呀哈]/
const SKU = /\d{8,}/
const LATIN_RUN = /[A-Za-z0-9]{2,}/g

/** A reading of the whole reply, asked once per finding: kept for the reply (lastByText). */
export const isPastedTitle: (text: string) => boolean = lastByText(readAsTitle)

function readAsTitle(text: string): boolean {
  if (text.length < TITLE_MIN || STOPS.test(text) || PERSON.test(text)) return false
  if (text.includes(SNAPSHOT) || SKU.test(text)) return true
  return (text.match(LATIN_RUN)?.length ?? 0) >= 3
}
