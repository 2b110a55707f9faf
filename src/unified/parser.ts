import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst'
import type { Processor } from 'unified'

/**
 * A retext parser for Chinese (mixed with Latin, digits and emoji): NLCST with exact
 * positions, so any retext plugin can run on a reply. Sentences end at 。！？!?…~ and line
 * breaks; paragraphs at blank lines; words come from Intl.Segmenter (ICU). Segmentation is
 * only for the tree: kefu-lint's own rules match lexicon entries on characters, because ICU
 * splits slang and compounds (绝绝子 → 绝|绝|子).
 */
const SENTENCE_END = /[。！？!?…~～]/
const PUNCT = /^[\p{P}]+$/u
const SPACE = /^\s+$/u

type Point = { line: number; column: number; offset: number }

export function parseChinese(doc: string): Root {
  const lineStarts = [0]
  for (let i = 0; i < doc.length; i++) if (doc.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const point = (offset: number): Point => {
    let line = 0
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++
    return { line: line + 1, column: offset - lineStarts[line]! + 1, offset }
  }
  const pos = (start: number, end: number) => ({ start: point(start), end: point(end) })
  const segmenter = getSegmenter()
  const paragraphs: Paragraph[] = []
  let paragraph: Paragraph | undefined
  let sentence: Sentence | undefined
  const closeSentence = (end: number) => {
    if (sentence && paragraph) {
      sentence.position!.end = point(end)
      paragraph.children.push(sentence)
    }
    sentence = undefined
  }
  const closeParagraph = (end: number) => {
    closeSentence(end)
    if (paragraph) {
      paragraph.position!.end = point(end)
      paragraphs.push(paragraph)
    }
    paragraph = undefined
  }
  for (const { segment, index } of segmenter.segment(doc)) {
    const start = index
    const end = index + segment.length
    if (SPACE.test(segment)) {
      if (/\n\s*\n/.test(segment) || (segment.includes('\n') && paragraph)) {
        // A line break ends a sentence (chat replies rarely punctuate their last line).
        closeSentence(start)
        if (/\n\s*\n/.test(segment)) closeParagraph(start)
      }
      if (sentence) sentence.children.push({ type: 'WhiteSpaceNode', value: segment, position: pos(start, end) })
      continue
    }
    paragraph ??= { type: 'ParagraphNode', children: [], position: pos(start, start) }
    sentence ??= { type: 'SentenceNode', children: [], position: pos(start, start) }
    let node: SentenceContent
    if (PUNCT.test(segment)) node = { type: 'PunctuationNode', value: segment, position: pos(start, end) }
    else if (/^[\p{L}\p{N}\p{M}]/u.test(segment)) {
      node = { type: 'WordNode', children: [{ type: 'TextNode', value: segment, position: pos(start, end) }], position: pos(start, end) } as Word
    } else node = { type: 'SymbolNode', value: segment, position: pos(start, end) }
    sentence.children.push(node)
    if (node.type === 'PunctuationNode' && SENTENCE_END.test(segment)) closeSentence(end)
  }
  closeParagraph(doc.length)
  return { type: 'RootNode', children: paragraphs, position: pos(0, doc.length) }
}

let cached: Intl.Segmenter | undefined
function getSegmenter(): Intl.Segmenter {
  return (cached ??= new Intl.Segmenter('zh', { granularity: 'word' }))
}

/** unified plugin: `unified().use(retextChinese)`. */
export function retextChinese(this: Processor<Root>): void {
  this.parser = parseChinese
}
