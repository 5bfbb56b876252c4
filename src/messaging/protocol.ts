// The one message protocol between the content script, the popup and the background.
// Every message name, request and response type lives here; a missing handler or validator
// is a compile error (architecture.md lesson 6: darkreader's `any` and uBO's bare `switch`).
// Pure: no polyfill import, so node tests can use it; callers pass their transport to send().

import { REASONS, SETUPS, type ClassifyContext, type Reason, type SendingSetup, type Verdict } from '../core/types.ts';

/** Longest text one `classify` reads; the core reads 64 KiB (MAX_CLASSIFY_CHARS) at most. */
export const MAX_TEXT_CHARS = 64 * 1024;
/** Longest snippet a content script reports; a bounce line, even folded, is far shorter. */
export const MAX_FINDING_CHARS = 4 * 1024;
/** Longest notice (the visible text of one bounce email) a content script sends for decoding. */
export const MAX_NOTICE_CHARS = 32 * 1024;
/** Most texts in one `classifyMany` or `classifyFindings`. */
export const MAX_ITEMS = 500;
/** Most findings in one `reportFindings`: a long ESP log page (one per event row). */
export const MAX_REPORT_ITEMS = 20_000;
const MAX_FIELD_CHARS = 320; // an address or host name (RFC 5321 §4.5.3.1: path ≤ 256)
const MAX_ID_CHARS = 400;

/** What the page showed around a snippet: the recipient, the receiving host, the event's outcome. */
export interface FindingContext {
  recipient?: string;
  host?: string;
  /** RFC 3464 Action as the page states it: `failed` or `delayed` (a deferral row). */
  action?: string;
  /** An RFC 3463 status shown apart from the text (an ESP's status column). */
  status?: string;
  /** A reason the structure decided (a decoded notice), passed back as classify's reasonHint. */
  reasonHint?: Reason;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A snippet the content script found, with what the page showed around it. */
export interface Finding extends FindingContext {
  text: string;
  /**
   * Set when `text` is the visible text of a whole bounce email (a webmail notice) rather than one
   * reply: the background decodes it like an email (src/core/email) into one verdict per recipient.
   */
  notice?: { subject?: string; from?: string };
  /**
   * Set when `text` is a block of JSON as an ESP console shows it (event JSON): the background
   * reads the failure events in it (the core's ESP readers, src/core/esp-events), one verdict per failed recipient.
   */
  json?: true;
  /**
   * The failure's identity on the page (a log row, a notice's recipient): findings with different
   * ids are different failures even with the same text. Findings without one (a line the generic
   * finder read, a detail panel) are the same failure as one with equal text (contract.md badge rules).
   */
  id?: string;
}

/** What a mark and its card need of a verdict (a slim copy: thousands cross the message channel). */
export type SlimVerdict = Pick<
  Verdict,
  'bounce' | 'reason' | 'category' | 'permanence' | 'hardBounce' | 'actor' | 'provider' | 'providerName' | 'title' | 'summary' | 'setup'
> & {
  recipient?: string;
  /**
   * For a notice or event JSON: the text this verdict was read from (a recipient's reply, an event's
   * code and message), which the content script reports, and the strings to find on the page and mark.
   */
  text?: string;
  find?: string[];
  host?: string;
  action?: string;
  status?: string;
  reasonHint?: Reason;
};

/** A verdict found on a tab: the page text it was read from, and the recipient where shown. */
export type TabVerdict = Verdict & { text: string; recipient?: string };

/**
 * From the background to a tab's content script (tabs.sendMessage to the top frame): answers with
 * the page's bounce count once the scan in progress is done ("Scan this page", scanTab).
 */
export const SETTLED_MESSAGE = 'bounceLensSettled';

/** storage.session key of the last "Explain this bounce" (context menu) request; see takeExplainRequest. */
export const EXPLAIN_REQUEST_KEY = 'explainRequest';

/**
 * Text selected on a page and sent to "Explain this bounce". The background stores it under
 * EXPLAIN_REQUEST_KEY, then opens the popup (action.openPopup) or, where that fails, the popup page
 * in a tab with `?explain=1`. The popup reads it once with `takeExplainRequest`.
 */
export interface ExplainRequest {
  text: string;
  /** The verdict for `text` under the user's sending setup. */
  verdict: Verdict;
  /** The tab the text was selected in. */
  tabId?: number;
  /** Date.now() when it was made; a request older than a few minutes is stale. */
  at: number;
}

/** Settings (storage.sync, key SETTINGS_KEY), written by the options page, read by content and background. */
export const SETTINGS_KEY = 'settings';
export interface Settings {
  setup: SendingSetup;
  /** Host names where the content script must not scan (a match also covers their subdomains). */
  disabledSites: string[];
}
export const DEFAULT_SETTINGS: Settings = { setup: 'shared', disabledSites: [] };

/** Settings from storage, with defaults for what is missing or malformed. */
export function parseSettings(v: unknown): Settings {
  if (!isObj(v)) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  const setup = SETUPS.includes(v.setup as never) ? (v.setup as SendingSetup) : DEFAULT_SETTINGS.setup;
  const sites = Array.isArray(v.disabledSites) ? v.disabledSites : [];
  const disabledSites = sites.filter((s): s is string => typeof s === 'string').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return { setup, disabledSites };
}

/** Whether `host` is one of the disabled sites or below one. */
export function isSiteDisabled(host: string, settings: Settings): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((s) => h === s || h.endsWith(`.${s}`));
}

export type Protocol = {
  classify: { req: { text: string; context?: ClassifyContext }; res: Verdict };
  classifyMany: { req: { texts: string[]; context?: ClassifyContext }; res: Verdict[] };
  /**
   * From a content script: verdicts for snippets it found (a line gives one; a notice gives one per
   * recipient, or none). Nothing is stored; the user's sending setup applies.
   */
  classifyFindings: {
    req: { items: Finding[] };
    /** results[i]: indexes into `verdicts` for items[i] (thousands of log rows share a few verdicts). */
    res: { verdicts: SlimVerdict[]; results: number[][] };
  };
  /**
   * From a content script: the bounces now on its frame (all of them; they replace that frame's
   * earlier ones). The background counts each failure once and sets the tab's badge.
   */
  reportFindings: { req: { items: Finding[] }; res: { count: number } };
  /** From an extension page: what was found on a tab. */
  getTabVerdicts: { req: { tabId: number }; res: { verdicts: TabVerdict[] } };
  /**
   * From an extension page ("Scan this page" in the popup): inject the content script into the tab
   * (scripting.executeScript under the activeTab grant) and return the number of bounces found.
   */
  scanTab: { req: { tabId: number }; res: { ok: true; count: number } | { ok: false; error: string } };
  /** From an extension page: the pending "Explain this bounce" request (see ExplainRequest), removed once read. */
  takeExplainRequest: { req: Record<never, never>; res: { request: ExplainRequest | null } };
};

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = { type: K } & Protocol[K]['req'];
export type Response<K extends MessageType> = Protocol[K]['res'];
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];

/** The parts of runtime.MessageSender the checks read (structurally compatible with the polyfill's). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** The frame a content script runs in (0: the top frame). */
  frameId?: number;
}

export type Handlers = { [K in MessageType]: (req: Request<K>, sender: Sender) => Promise<Response<K>> };

/**
 * Who may send each message. `page`: a content script in a tab; `extension`: the extension's own
 * pages (popup, options); `any`: both.
 */
export type Origin = 'page' | 'extension' | 'any';
export const ALLOWED_FROM: { [K in MessageType]: Origin } = {
  classify: 'any',
  classifyMany: 'any',
  classifyFindings: 'page',
  reportFindings: 'page',
  getTabVerdicts: 'extension',
  scanTab: 'extension',
  takeExplainRequest: 'extension',
};

// ---------------------------------------------------------------------------
// Runtime checks: every payload is shape- and size-checked at the receiver.

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optField = (v: unknown): v is string | undefined => v === undefined || isText(v, MAX_FIELD_CHARS);

/** A clean ClassifyContext with only known keys, or null when a field is malformed. */
export function parseContext(v: unknown): ClassifyContext | null {
  if (v === undefined) return {};
  if (!isObj(v)) return null;
  const out: ClassifyContext = {};
  for (const key of ['host', 'recipient', 'command', 'action', 'status'] as const) {
    const value = v[key];
    if (!optField(value)) return null;
    if (value !== undefined) out[key] = value;
  }
  if (v.setup !== undefined) {
    if (!SETUPS.includes(v.setup as never)) return null;
    out.setup = v.setup as ClassifyContext['setup'];
  }
  if (v.reasonHint !== undefined) {
    if (!REASONS.includes(v.reasonHint as never)) return null;
    out.reasonHint = v.reasonHint as ClassifyContext['reasonHint'];
  }
  return out;
}

function parseNotice(v: unknown): Finding['notice'] | null {
  if (!isObj(v) || !optField(v.subject) || !optField(v.from)) return null;
  return { ...(v.subject !== undefined ? { subject: v.subject } : {}), ...(v.from !== undefined ? { from: v.from } : {}) };
}

function parseFinding(v: unknown): Finding | null {
  if (!isObj(v)) return null;
  const notice = v.notice === undefined ? undefined : parseNotice(v.notice);
  const json = v.json === true;
  if (notice === null || (v.json !== undefined && !json) || !isText(v.text, notice || json ? MAX_NOTICE_CHARS : MAX_FINDING_CHARS)) return null;
  const out: Finding = { text: v.text };
  if (json) out.json = true;
  for (const key of ['recipient', 'host', 'action', 'status'] as const) {
    const value = v[key];
    if (!optField(value)) return null;
    if (value !== undefined) out[key] = value;
  }
  if (v.id !== undefined) {
    if (!isText(v.id, MAX_ID_CHARS)) return null;
    out.id = v.id;
  }
  if (v.reasonHint !== undefined) {
    if (!REASONS.includes(v.reasonHint as never)) return null;
    out.reasonHint = v.reasonHint as Reason;
  }
  if (notice) out.notice = notice;
  return out;
}

function parseList<T>(v: unknown, item: (x: unknown) => T | null, max = MAX_ITEMS): T[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  const out: T[] = [];
  for (const x of v) {
    const parsed = item(x);
    if (parsed === null) return null;
    out.push(parsed);
  }
  return out;
}

const VALIDATORS: { [K in MessageType]: (m: Obj) => Request<K> | null } = {
  classify(m) {
    const context = parseContext(m.context);
    return isText(m.text, MAX_TEXT_CHARS) && context ? { type: 'classify', text: m.text, context } : null;
  },
  classifyMany(m) {
    const context = parseContext(m.context);
    const texts = parseList(m.texts, (t) => (isText(t, MAX_TEXT_CHARS) ? t : null));
    const total = texts?.reduce((n, t) => n + t.length, 0) ?? 0;
    return texts && context && total <= 4 * MAX_TEXT_CHARS ? { type: 'classifyMany', texts, context } : null;
  },
  classifyFindings(m) {
    const items = parseList(m.items, parseFinding);
    const total = items?.reduce((n, t) => n + t.text.length, 0) ?? 0;
    return items && total <= 4 * MAX_TEXT_CHARS ? { type: 'classifyFindings', items } : null;
  },
  reportFindings(m) {
    const items = parseList(m.items, (x) => (isObj(x) && x.notice === undefined && x.json === undefined ? parseFinding(x) : null), MAX_REPORT_ITEMS);
    return items ? { type: 'reportFindings', items } : null;
  },
  getTabVerdicts(m) {
    return isTabId(m.tabId) ? { type: 'getTabVerdicts', tabId: m.tabId } : null;
  },
  scanTab(m) {
    return isTabId(m.tabId) ? { type: 'scanTab', tabId: m.tabId } : null;
  },
  takeExplainRequest() {
    return { type: 'takeExplainRequest' };
  },
};

function isTabId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;
}

/** The request with only known fields, or null when it is no valid message. */
export function parseRequest(message: unknown): AnyRequest | null {
  if (!isObj(message) || typeof message.type !== 'string' || !Object.hasOwn(VALIDATORS, message.type)) return null;
  return VALIDATORS[message.type as MessageType](message);
}

/** Cuts a text to what a `classify` accepts (the core would read no further anyway). */
export const capText = (text: string, max = MAX_TEXT_CHARS): string => (text.length > max ? text.slice(0, max) : text);

// ---------------------------------------------------------------------------
// send() and handle()

export type Transport = (message: unknown) => Promise<unknown>;

/** Sends one typed message; the reply is typed by the message name. */
export function send<K extends MessageType>(transport: Transport, message: Request<K>): Promise<Response<K>> {
  return transport(message) as Promise<Response<K>>;
}

export interface HandleEnv {
  /** browser.runtime.id */
  runtimeId: () => string;
  /** browser.runtime.getURL(''): the origin of the extension's own pages, with a trailing slash. */
  extensionBase: () => string;
}

/**
 * An extension page is a document from the extension's origin. A content script's `sender.url` is
 * the web page's; the popup opened in a tab has a `sender.tab` but still the extension's URL.
 */
export function isExtensionPage(sender: Sender, env: HandleEnv): boolean {
  return sender.url !== undefined ? sender.url.startsWith(env.extensionBase()) : sender.tab === undefined;
}

function allowed(origin: Origin, sender: Sender, env: HandleEnv): boolean {
  const fromExtension = isExtensionPage(sender, env);
  if (origin === 'extension') return fromExtension;
  if (origin === 'page') return !fromExtension && typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
  return true;
}

/**
 * A runtime.onMessage listener. A message from anyone but this extension is dropped (undefined: no
 * reply); a malformed one, or one from a context that may not send it, is refused with an error.
 */
export function handle(handlers: Handlers, env: HandleEnv) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!sender || sender.id !== env.runtimeId()) return undefined;
    const req = parseRequest(message);
    if (!req) return Promise.reject(new Error('Bounce Lens: malformed message'));
    if (!allowed(ALLOWED_FROM[req.type], sender, env)) {
      return Promise.reject(new Error(`Bounce Lens: ${req.type} is not allowed from this context`));
    }
    // TypeScript cannot correlate req.type with handlers[req.type]; VALIDATORS guarantees it.
    const handler = handlers[req.type] as (r: AnyRequest, s: Sender) => Promise<unknown>;
    return handler(req, sender);
  };
}
