import { z } from 'zod'
import data from './classes.yaml'
import { validatedBuiltin } from '../lexicon/validated.js'
import { precompiledResult } from '../lexicon/precompiled.js'

/**
 * The shared vocabulary: named word classes (outcomes the shop does not control, hedges,
 * speech-act markers, subjects…) that every rule's lexicon refers to as `@name`. One list
 * per meaning, so a word added for one rule is known to all of them.
 */
/** A reference to a class inside a word list: `@outcome.delivery`. */
export function isClassRef(word: string): boolean {
  return word.startsWith('@')
}

const CLASS_NAME = /^[a-z]+(\.[a-z][a-z-]*)*$/

const VocabSchema = z
  .object({
    classes: z.record(
      z.string().regex(CLASS_NAME, 'class names are lower-case words joined by dots (outcome.delivery)'),
      z
        .object({
          /** What the class means, for the person extending it. */
          description: z.string().min(1),
          words: z.array(z.string().min(1)).min(1).optional(),
          /**
           * A class generated as the product of its parts, in order: each part a list of words and
           * `@class` references (`''` makes a part optional). `[[@competitor.platform.name], [上, 那边]]`
           * is every platform name followed by 上 or 那边: a field enumerated by its structure instead
           * of by the phrasings someone happened to write.
           */
          compose: z.array(z.array(z.string()).min(1)).min(2).optional(),
        })
        .strict()
        .refine((c) => c.words !== undefined || c.compose !== undefined, 'a class needs words, compose, or both'),
    ),
  })
  .strict()

/** A composed class larger than this is almost surely a mistake (a part that should have been optional twice). */
const MAX_COMPOSED = 20000

export type WordClasses = ReadonlyMap<string, readonly string[]>

/** The word classes' own validation (zod's result); the build runs it on the shipped classes. */
export const validateVocab = (input: unknown) => VocabSchema.safeParse(input)

export function parseVocab(input: unknown, source: string, additions: Readonly<Record<string, readonly string[]>> = {}): WordClasses {
  // Only the word classes' own validation is shared between threads (see lexicon/validated.ts);
  // additions are applied below, in every thread.
  // The shipped classes come validated in the Node builds (src/lexicon/precompiled.ts).
  const result = precompiledResult<ReturnType<typeof validateVocab>>(input) ?? validatedBuiltin(`word classes ${source}`, () => validateVocab(input))
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      // zod reports a bad record key as "Invalid key in record" and keeps the reason inside.
      const inner = i.code === 'invalid_key' ? i.issues.map((x) => x.message).join('; ') : i.message
      return `${source}: classes.${i.path.slice(1).join('.')}: ${inner}`
    })
    throw new Error(`Invalid word classes:\n${lines.join('\n')}`)
  }
  const raw = new Map(Object.entries(result.data.classes).map(([name, c]) => [name, [...(c.words ?? []), ...(additions[name] ?? [])]]))
  const composed = new Map(Object.entries(result.data.classes).flatMap(([name, c]) => (c.compose ? [[name, c.compose] as const] : [])))
  // A class may name other classes (outcome.bad = @outcome.damage + …); a cycle is an error.
  const done = new Map<string, string[]>()
  const fail = (at: string, problem: string): never => {
    throw new Error(`Invalid word classes:\n${source}: classes.${at}: ${problem}`)
  }
  const resolve = (name: string, path: string[]): string[] => {
    const ready = done.get(name)
    if (ready) return ready
    if (path.includes(name)) fail(name, `refers to itself through ${[...path, name].join(' → ')}`)
    const expand = (list: readonly string[], at: string) =>
      list.flatMap((w, i) => {
        if (!isClassRef(w)) return [w]
        const ref = w.slice(1)
        if (!raw.has(ref)) fail(`${at}.${i}`, `unknown word class ${JSON.stringify(ref)}`)
        return resolve(ref, [...path, name])
      })
    const words = expand(raw.get(name)!, `${name}.words`)
    const parts = composed.get(name)
    if (parts) {
      let product = ['']
      parts.forEach((part, k) => {
        const options = [...new Set(expand(part, `${name}.compose.${k}`))]
        product = product.flatMap((head) => options.map((w) => head + w))
        if (product.length > MAX_COMPOSED) fail(`${name}.compose`, `generates more than ${MAX_COMPOSED} words; split it into smaller classes`)
      })
      words.push(...product.filter((w) => w.length > 0))
    }
    const unique = [...new Set(words)]
    done.set(name, unique)
    return unique
  }
  // The shipped classes in the Node builds were resolved, every one, when the package was built
  // (the build's own parse of src/vocab/classes.yaml, without a precompiled result, takes the
  // eager path below and fails the build on an unknown name, a cycle or an oversized product).
  // There a class is resolved when first asked for: the lexicons come expanded, and the ~30,000
  // words of composed classes no rule's code reads are never generated in a process.
  if (precompiledResult(input) !== undefined && Object.keys(additions).length === 0) return new LazyClasses(raw, composed, (name) => resolve(name, []))
  for (const name of raw.keys()) resolve(name, [])
  return done
}

/**
 * Word classes resolved on first look-up. Iteration resolves them all first, so the order of
 * names and words is the eager resolution's (a class after the classes it names).
 */
class LazyClasses implements ReadonlyMap<string, readonly string[]> {
  private ordered: Map<string, readonly string[]> | undefined
  constructor(
    private readonly declared: ReadonlyMap<string, readonly string[]>,
    private readonly composed: ReadonlyMap<string, readonly (readonly string[])[]>,
    private readonly resolve: (name: string) => readonly string[],
  ) {}

  /** Every class, in the eager resolution's order: each declared name in turn, after the classes it names. */
  private all(): Map<string, readonly string[]> {
    if (!this.ordered) {
      const ordered = new Map<string, readonly string[]>()
      const visit = (name: string) => {
        if (ordered.has(name)) return
        const lists = [this.declared.get(name)!, ...(this.composed.get(name) ?? [])]
        for (const list of lists) for (const w of list) if (isClassRef(w)) visit(w.slice(1))
        ordered.set(name, this.resolve(name))
      }
      for (const name of this.declared.keys()) visit(name)
      this.ordered = ordered
    }
    return this.ordered
  }

  get(name: string): readonly string[] | undefined {
    return this.declared.has(name) ? this.resolve(name) : undefined
  }
  has(name: string): boolean {
    return this.declared.has(name)
  }
  get size(): number {
    return this.declared.size
  }
  keys(): MapIterator<string> {
    return this.all().keys()
  }
  values(): MapIterator<readonly string[]> {
    return this.all().values()
  }
  entries(): MapIterator<[string, readonly string[]]> {
    return this.all().entries()
  }
  forEach(callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void, thisArg?: unknown): void {
    this.all().forEach((value, key) => callback.call(thisArg, value, key, this))
  }
  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.all()[Symbol.iterator]()
  }
}

export const vocab: WordClasses = parseVocab(data, 'src/vocab/classes.yaml')

/**
 * The shared classes with a config's own words added (`classes: {outcome.damage: [脱胶]}`);
 * unions that name a class (outcome.bad) take its new words too. Unknown names are listed.
 */
export function extendVocab(additions: Readonly<Record<string, readonly string[]>>): { classes: WordClasses; unknown: string[] } {
  const unknown = Object.keys(additions).filter((name) => !vocab.has(name))
  return { classes: parseVocab(data, 'src/vocab/classes.yaml', additions), unknown }
}


/** The words of a class, or an error that names the place and the classes that exist. */
export function classWords(name: string, where: string, classes: WordClasses = vocab): readonly string[] {
  const words = classes.get(name)
  if (!words) throw new Error(`${where}: unknown word class ${JSON.stringify(name)}; known classes: ${[...classes.keys()].join(', ')}`)
  return words
}

/** Expands `@class` references in a word list (in place of the reference, keeping order). */
export function expandWords(words: readonly string[], where: string, classes: WordClasses = vocab): string[] {
  if (!words.some(isClassRef)) return words as string[]
  return words.flatMap((w, i) => (isClassRef(w) ? classWords(w.slice(1), `${where}.${i}`, classes) : [w]))
}
