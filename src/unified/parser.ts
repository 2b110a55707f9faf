import type { Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace } from 'nlcst'
import type { Processor } from 'unified'
import { lineStarts, positionAt } from '../text/lines.js'

/**
 * A retext parser for Chinese (mixed with Latin, digits and emoji): NLCST with exact
 * positions, so any retext plugin can run on a reply. Sentences end at 。！？!?…~ and line
 * breaks; paragraphs at blank lines; words come from Intl.Segmenter (ICU). Every character
 * of the document is in exactly one leaf, so the tree reads back as the document.
 * Segmentation is only for the tree: kefu-lint's own rules match lexicon entries on
 * characters, because ICU splits slang and compounds (绝绝子 → 绝|绝|子).
 */
const SENTENCE_END = /^[。！？!?…~～]+$/
const PUNCT = /^\p{P}+$/u
const SPACE = /^\s+$/u
const BLANK_LINE = /\n[^\S\n]*\n/
const WORDLIKE = /^[\p{L}\p{N}\p{M}]/u

type Point = { line: number; column: number; offset: number }

export function parseChinese(doc: string): Root {
  const starts = lineStarts(doc)
  const point = (offset: number): Point => {
    const [line, column] = positionAt(starts, offset)
    return { line, column, offset }
  }
  const pos = (start: number, end: number) => ({ start: point(start), end: point(end) })

  const root: Root = { type: 'RootNode', children: [], position: pos(0, doc.length) }
  let paragraph: Paragraph | undefined
  let sentence: Sentence | undefined
  const closeSentence = () => {
    sentence = undefined
  }
  const closeParagraph = () => {
    sentence = undefined
    paragraph = undefined
  }
  const openSentence = (start: number): Sentence => {
    if (!paragraph) {
      paragraph = { type: 'ParagraphNode', children: [], position: pos(start, start) }
      root.children.push(paragraph)
    }
    if (!sentence) {
      sentence = { type: 'SentenceNode', children: [], position: pos(start, start) }
      paragraph.children.push(sentence)
    }
    return sentence
  }
  const extend = (end: number) => {
    if (paragraph) paragraph.position!.end = point(end)
    if (sentence) sentence.position!.end = point(end)
  }

  for (const [start, end] of segments(doc)) {
    const segment = doc.slice(start, end)
    if (SPACE.test(segment)) {
      const node: WhiteSpace = { type: 'WhiteSpaceNode', value: segment, position: pos(start, end) }
      if (BLANK_LINE.test(segment)) {
        closeParagraph()
        root.children.push(node as RootContent)
      } else if (segment.includes('\n')) {
        // A line break ends a sentence: chat replies rarely punctuate their last line.
        closeSentence()
        if (paragraph) {
          paragraph.children.push(node)
          paragraph.position!.end = point(end)
        } else root.children.push(node as RootContent)
      } else if (sentence) {
        sentence.children.push(node)
        extend(end)
      } else if (paragraph) {
        paragraph.children.push(node)
        paragraph.position!.end = point(end)
      } else root.children.push(node as RootContent)
      continue
    }
    const target = openSentence(start)
    const position = pos(start, end)
    let node: SentenceContent
    if (PUNCT.test(segment)) node = { type: 'PunctuationNode', value: segment, position }
    else if (WORDLIKE.test(segment)) node = { type: 'WordNode', children: [{ type: 'TextNode', value: segment, position }], position }
    else node = { type: 'SymbolNode', value: segment, position }
    target.children.push(node)
    extend(end)
    if (node.type === 'PunctuationNode' && SENTENCE_END.test(segment)) closeSentence()
  }
  return root
}

/** ICU's word segments, with runs of white space merged (it splits \n\n into two). */
function* segments(doc: string): Generator<[number, number]> {
  let spaceStart = -1
  let spaceEnd = -1
  for (const { segment, index } of getSegmenter().segment(doc)) {
    if (SPACE.test(segment)) {
      if (spaceEnd !== index) spaceStart = index
      spaceEnd = index + segment.length
      continue
    }
    if (spaceEnd === index) yield [spaceStart, spaceEnd]
    yield [index, index + segment.length]
  }
  if (spaceEnd === doc.length && spaceStart >= 0) yield [spaceStart, spaceEnd]
}

let cached: Intl.Segmenter | undefined
function getSegmenter(): Intl.Segmenter {
  return (cached ??= new Intl.Segmenter('zh', { granularity: 'word' }))
}

/** unified plugin: `unified().use(retextChinese)`. */
export function retextChinese(this: unknown): undefined {
  ;(this as Processor<Root>).parser = parseChinese
  return undefined
}
