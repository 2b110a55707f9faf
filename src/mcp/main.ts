export async function runMcp(_a: readonly string[], _v: string): Promise<number> { return 2 }
