// The popup's view of the current tab: its findings (getTabVerdicts), a scan on demand, and its
// host for the on/off switch. The background answers {type: 'scanTab', tabId} with
// {ok: true, count} | {ok: false, error} (it injects the content script through activeTab).

import type { TabVerdict } from '../messaging/protocol.ts';

export type ScanReply = { ok: true; count: number } | { ok: false; error: string };

export interface TabAccess {
  load: () => Promise<TabVerdict[]>;
  /** Absent when the tab cannot be scanned (no tab id). */
  scan?: () => Promise<ScanReply>;
  /** The tab's host name; empty for browser pages. */
  host: string;
  /** False for browser and extension pages (chrome://, about:, the popup itself), which no extension may read. */
  readable: boolean;
}

/** Whether a tab's URL is a web page an extension can read (unknown URLs are given the benefit of the doubt). */
export const isReadableUrl = (url: string | undefined): boolean => !url || /^(?:https?|file):/i.test(url);

/** A checked scan reply: anything else (an older background, a dropped message) is an error. */
export function parseScanReply(reply: unknown): ScanReply {
  const r = reply && typeof reply === 'object' ? (reply as Record<string, unknown>) : {};
  if (r.ok === true && typeof r.count === 'number' && Number.isFinite(r.count)) return { ok: true, count: Math.max(0, Math.floor(r.count)) };
  if (r.ok === false) return { ok: false, error: typeof r.error === 'string' && r.error ? r.error.slice(0, 300) : 'unknown error' };
  return { ok: false, error: 'no answer from the extension' };
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 300);
