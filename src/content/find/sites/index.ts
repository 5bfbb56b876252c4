// The site adapters, by host. The webmail and ESP adapters ship in separate content scripts
// (content/webmail.ts, content/esp.ts); a page on any other host (scanned on demand) gets the
// generic finder and the JSON reader only.

import type { Adapter } from '../types.ts';

export type Site = Adapter & { hosts: string[] };

/** The adapter for a host (the AWS console: any region's host). */
export function siteFor(host: string, sites: Site[]): Site | undefined {
  const h = host.toLowerCase();
  return sites.find((s) => s.hosts.includes(h) || (s.id === 'ses' && h.endsWith('.console.aws.amazon.com')));
}
