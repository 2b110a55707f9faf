import { chatClauseEnd, chatClauseStart, chatSentenceEnd, chatSentenceStart, isQuestion as isAskedSentence } from '../../src/context/text.js'

/**
 * Clause and sentence bounds for chat replies (blame-customer, curt-reply): the engine's chat
 * reading (src/context/text.ts), where a space typed between two Chinese characters ends a
 * sentence (非常抱歉 小妹刚才看错了) and a bracket opens an aside ((产品私自拆装…是没有售后的)).
 * Without these cuts 您 in one sentence becomes the subject of 看错 in the next. The engine
 * decides what a space ends, once for every rule; this module only names the reading.
 */
export const clauseStart = chatClauseStart
export const clauseEnd = chatClauseEnd
export const sentenceStart = chatSentenceStart
export const sentenceEnd = chatSentenceEnd

/** Whether the chat sentence holding [start, end) is asked (one ended by a space asks only if its own last word does). */
export const isQuestion = (text: string, start: number, end: number): boolean => isAskedSentence(text, start, end, true)
