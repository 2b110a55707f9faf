import { CommanderError } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import { UsageError } from './errors.js'
import { runMerge } from './merge.js'
import { buildProgram, optionsOf } from './options.js'
import { run } from './run.js'

export { runWorker } from './worker.js'

/**
 * kefu-lint command line, started by main.ts (the bundle's entry and the worker script of
 * --jobs, `workerScript`). `validated`: the built-in data this thread validated while the
 * bundle loaded, for the workers (see lexicon/validated.ts).
 */
export async function main(workerScript: URL, validated: Map<string, unknown>): Promise<void> {
  // Long-running subcommands take their own options; their code is loaded only when asked for.
  const subcommand = process.argv[2]
  if (subcommand === 'serve' || subcommand === 'mcp') {
    const { runSubcommand } = await import('./subcommands.js')
    process.exitCode = await runSubcommand(subcommand, process.argv.slice(3), pkg.version)
    return
  }
  // `kefu-lint … | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  const program = buildProgram(pkg.version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  try {
    // `kefu-lint merge …` combines shard reports (see merge.ts).
    if (process.argv[2] === 'merge') {
      process.exitCode = await runMerge(process.argv.slice(3), { cwd: process.cwd(), stdout: process.stdout, version: pkg.version })
      return
    }
    program.parse(process.argv)
    process.exitCode = await run(program.processedArgs[0] as string[], optionsOf(program), {
      cwd: process.cwd(),
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      version: pkg.version,
      workerScript,
      validatedBuiltins: validated,
    })
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, successfully.
      process.exitCode = e.exitCode === 0 ? 0 : 2
    } else if (e instanceof UsageError) {
      process.stderr.write(`kefu-lint: ${e.message}\n`)
      process.exitCode = 2
    } else {
      process.stderr.write(`kefu-lint: ${(e as Error).stack ?? String(e)}\n`)
      process.exitCode = 2
    }
  }
}
