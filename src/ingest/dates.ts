// Publication dates from metadata: ISO dates keep the calendar day as written; other formats
// (RFC 822 in RSS) are parsed and taken in UTC.

/** 'YYYY-MM-DD' from an ISO date/date-time or an RFC 822 date; null when it is not a date. */
export function toDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return validDay(`${m[1]}-${m[2]}-${m[3]}`);
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

function validDay(d: string): string | null {
  const dt = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === d ? d : null;
}

/**
 * A publication date written in a file name (…-2025-05-08-… or …-20250508…), between 1990 and
 * 2100; null when there is none.
 */
export function dayFromFileName(name: string): string | null {
  const re = /(?:^|[^0-9])((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?![0-9])/g;
  for (const m of name.matchAll(re)) {
    const d = validDay(`${m[1]}-${m[2]}-${m[3]}`);
    if (d && d >= '1990-01-01') return d;
  }
  return null;
}
