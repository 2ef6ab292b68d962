// How one GraphQL answer of a chaos run ended, and the tally of all of them.

export interface Tally {
  data: number;
  partial: number;
  /** Error codes seen in responses with partial data. */
  partialCodes: Record<string, number>;
  /** Responses with errors and no data, by error code (first error's). */
  errorsByCode: Record<string, number>;
  malformed: number;
}

export const emptyTally = (): Tally => ({ data: 0, partial: 0, partialCodes: {}, errorsByCode: {}, malformed: 0 });

/** A GraphQL response: data and/or errors, every error with a message and a code. */
export function wellFormed(body: any): boolean {
  if (typeof body !== 'object' || body === null || (!('data' in body) && !('errors' in body))) return false;
  return (body.errors ?? []).every((e: any) => typeof e.message === 'string' && typeof e.extensions?.code === 'string');
}

/** True when at least one field of the answer carries data (not just nulls). */
function hasSomeData(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  if (typeof data !== 'object') return true;
  return Object.values(data).some(hasSomeData);
}

/** Counts one answer's body text into `tally`; returns its first error code, if any. */
export function classify(text: string, tally: Tally): string | undefined {
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    tally.malformed += 1;
    return undefined;
  }
  if (!wellFormed(body)) {
    tally.malformed += 1;
    return undefined;
  }
  if (!body.errors?.length) {
    tally.data += 1;
    return undefined;
  }
  if (hasSomeData(body.data)) {
    tally.partial += 1;
    for (const code of new Set<string>(body.errors.map((e: any) => e.extensions.code))) {
      tally.partialCodes[code] = (tally.partialCodes[code] ?? 0) + 1;
    }
  } else {
    const code = body.errors[0].extensions.code;
    tally.errorsByCode[code] = (tally.errorsByCode[code] ?? 0) + 1;
  }
  return body.errors[0].extensions.code;
}
