import yauzl from 'yauzl'

/** Limits on what a workbook may expand to: far above any shop's phrase book, far below a zip bomb. */
export const ZIP_LIMITS = { entries: 10_000, bytes: 256 * 1024 * 1024 }

/**
 * Inflates every entry of a zip (discarding the output) and counts what comes out, with yauzl
 * checking each entry against the size its header declares. Returns why the archive is refused,
 * or undefined when it stays within the limits. exceljs's reader trusts the archive; this runs
 * first so a 600 KB file that expands to gigabytes never reaches it.
 */
export function zipProblem(bytes: Uint8Array, limits = ZIP_LIMITS): Promise<string | undefined> {
  const mb = Math.round(limits.bytes / 1024 / 1024)
  return new Promise((resolve) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return resolve(`unreadable XLSX workbook: ${err?.message ?? 'not a zip archive'}`)
      let total = 0
      let entries = 0
      const fail = (why: string) => {
        zip.close()
        resolve(why)
      }
      zip.on('error', (e: Error) => fail(`unreadable XLSX workbook: ${e.message}`))
      zip.on('end', () => resolve(undefined))
      zip.on('entry', (entry: yauzl.Entry) => {
        if (++entries > limits.entries) return fail(`XLSX workbook has more than ${limits.entries} parts; not read`)
        if (total + entry.uncompressedSize > limits.bytes) return fail(`XLSX workbook expands to more than ${mb} MB (a zip bomb?); not read`)
        if (entry.fileName.endsWith('/')) return zip.readEntry()
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(`unreadable XLSX workbook: ${e?.message ?? 'entry cannot be read'}`)
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length
            if (total > limits.bytes) {
              stream.destroy()
              fail(`XLSX workbook expands to more than ${mb} MB (a zip bomb?); not read`)
            }
          })
          stream.on('error', (se: Error) => fail(`unreadable XLSX workbook: ${se.message}`))
          stream.on('end', () => zip.readEntry())
        })
      })
      zip.readEntry()
    })
  })
}
