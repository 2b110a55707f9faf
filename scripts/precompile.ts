import { compileLexicon } from '../src/lexicon/schema.js'
import { validateVariation } from '../src/lexicon/variation.js'
import { validateVocab } from '../src/vocab/index.js'

/**
 * The build side of src/lexicon/precompiled.ts, bundled and run by tsup (scripts/precompile-build.ts):
 * what the library's own parsers return for a shipped YAML file of built-in data, or undefined
 * for any other file. A file the parser rejects is not compiled (undefined too): loading it then
 * fails at run time with the parser's own message, as before.
 */
export function precompileYaml(file: string, raw: unknown): { data: object; result?: unknown } | undefined {
  const path = file.replaceAll('\\', '/')
  try {
    const rule = /\/(rules\/[^/]+\/lexicon\.yaml)$/.exec(path)
    if (rule) {
      const { parsed, lexicon } = compileLexicon(raw, rule[1]!)
      return { data: parsed, result: lexicon }
    }
    const validate = path.endsWith('/src/vocab/classes.yaml') ? validateVocab : path.endsWith('/src/lexicon/variation.yaml') ? validateVariation : undefined
    if (!validate) return undefined
    const result = validate(raw)
    // The result is zod's { success: true, data } around `data`: made again when the module loads.
    return result.success ? { data: result.data } : undefined
  } catch {
    return undefined
  }
}
