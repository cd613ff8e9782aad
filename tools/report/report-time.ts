// The time a report says it was generated. SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention) fixes it, so two runs of the same sweep can produce byte-identical HTML.

/** ISO 8601 time of generation: SOURCE_DATE_EPOCH when set to an integer, else now. */
export function reportTimestamp(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}
