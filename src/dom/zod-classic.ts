/**
 * The part of zod's chaining ("classic") API that kefu-lint's schemas use, built on `zod/mini`.
 *
 * The browser builds alias `zod` to this module (see scripts/browser-build.ts): classic zod
 * weighs ~90 KB gzipped in a bundle because every schema carries every method, while zod/mini
 * is tree-shaken to the few checks in use. Both share zod's core, so parsing, defaults, issue
 * codes, paths and English messages are zod's own; only the method names are mapped here.
 * Anything unmapped throws at load, so a new method in a schema fails the browser test loudly
 * instead of validating less.
 */
import * as m from 'zod/mini'
import en from 'zod/v4/locales/en.js'

// jitless: zod never tries `new Function` (no eval, and no CSP violation under a strict policy).
m.config({ ...en(), jitless: true })

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = any

function kind(s: Schema): string {
  return s._zod.def.type
}

/** Gives a zod/mini schema the chaining methods of its classic counterpart. */
function wrap(s: Schema): Schema {
  const chain = (check: Schema) => wrap(s.check(check))
  Object.assign(s, {
    optional: () => wrap(m.optional(s)),
    nullable: () => wrap(m.nullable(s)),
    default: (value: unknown) => wrap(m._default(s, value as never)),
    refine: (fn: (v: unknown) => boolean, params?: string | object) => chain(m.refine(fn, params as never)),
    transform: (fn: (v: unknown) => unknown) => wrap(m.pipe(s, m.transform(fn))),
    min: (n: number, params?: string) => chain(kind(s) === 'number' ? m.gte(n, params) : m.minLength(n, params)),
    max: (n: number, params?: string) => chain(kind(s) === 'number' ? m.lte(n, params) : m.maxLength(n, params)),
    length: (n: number, params?: string) => chain(m.length(n, params)),
    regex: (re: RegExp, params?: string) => chain(m.regex(re, params)),
    positive: (params?: string) => chain(m.positive(params)),
    gt: (n: number, params?: string) => chain(m.gt(n, params)),
    lt: (n: number, params?: string) => chain(m.lt(n, params)),
    nonnegative: (params?: string) => chain(m.nonnegative(params)),
    int: (params?: string) => chain(m.int(params)),
  })
  if (kind(s) === 'object') {
    Object.assign(s, {
      strict: () => wrap(m.strictObject(s.shape)),
      extend: (shape: Record<string, Schema>) => wrap(m.extend(s, shape)),
    })
  }
  return s
}

const wrapped =
  <A extends unknown[]>(make: (...args: A) => Schema) =>
  (...args: A): Schema =>
    wrap(make(...args))

export const z = {
  string: wrapped(m.string),
  number: wrapped(m.number),
  boolean: wrapped(m.boolean),
  array: wrapped(m.array),
  object: wrapped(m.object),
  looseObject: wrapped(m.looseObject),
  record: wrapped(m.record),
  partialRecord: wrapped(m.partialRecord),
  union: wrapped(m.union),
  discriminatedUnion: wrapped(m.discriminatedUnion),
  literal: wrapped(m.literal),
  enum: wrapped(m.enum),
  ZodObject: m.ZodMiniObject,
  ZodArray: m.ZodMiniArray,
  ZodRecord: m.ZodMiniRecord,
}

export default z
