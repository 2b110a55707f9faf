import { afterEach, describe, expect, it } from 'vitest'
import { setValidatedBuiltins, validatedBuiltin } from '../src/lexicon/validated.js'

/**
 * Built-in data is validated once per process: the CLI's main thread records what validation
 * returned while its bundle loads, and its workers take those results instead of validating the
 * same data again. Outside those two moments every call validates.
 */
describe('validatedBuiltin', () => {
  afterEach(() => setValidatedBuiltins(undefined))

  it('validates on every call when no registry is set (the library, a browser)', () => {
    let calls = 0
    expect(validatedBuiltin('lexicon a', () => ++calls)).toBe(1)
    expect(validatedBuiltin('lexicon a', () => ++calls)).toBe(2)
  })

  it('records each result while recording, and still validates', () => {
    const results = new Map<string, unknown>()
    setValidatedBuiltins({ mode: 'record', results })
    let calls = 0
    expect(validatedBuiltin('lexicon a', () => ({ n: ++calls }))).toEqual({ n: 1 })
    expect(calls).toBe(1)
    expect(results.get('lexicon a')).toEqual({ n: 1 })
  })

  it('takes a recorded result instead of validating when reusing, and validates what was not recorded', () => {
    setValidatedBuiltins({ mode: 'reuse', results: new Map([['lexicon a', { ok: 'from the main thread' }]]) })
    const never = () => {
      throw new Error('validated again')
    }
    expect(validatedBuiltin('lexicon a', never)).toEqual({ ok: 'from the main thread' })
    expect(validatedBuiltin('lexicon b', () => 'validated here')).toBe('validated here')
  })

  it('a validation that fails still throws while recording (nothing is recorded)', () => {
    const results = new Map<string, unknown>()
    setValidatedBuiltins({ mode: 'record', results })
    expect(() =>
      validatedBuiltin('lexicon bad', () => {
        throw new Error('Invalid lexicon')
      }),
    ).toThrow('Invalid lexicon')
    expect(results.has('lexicon bad')).toBe(false)
  })

  it('validates again once the registry is cleared (configs and plugins are read after that)', () => {
    setValidatedBuiltins({ mode: 'reuse', results: new Map([['lexicon a', 'recorded']]) })
    setValidatedBuiltins(undefined)
    expect(validatedBuiltin('lexicon a', () => 'validated')).toBe('validated')
  })
})
