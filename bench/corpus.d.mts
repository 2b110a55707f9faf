/** Types of corpus.mjs, for the tests that lint the bench corpus. */
export function prng(seed: number): () => number
export function reply(rand: () => number): string
export function longReply(rand: () => number): string
export function makeCorpus(count?: number, seed?: number): string[]
export function makeDocument(chars: number, seed?: number): string
export function makeDenseDocument(chars: number, seed?: number): string
