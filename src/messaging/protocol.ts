// The one message protocol between the content script, the popup and the background.
// Every message name, request and response type lives here; a missing handler or validator
// is a compile error (architecture.md lesson 6: darkreader's `any` and uBO's bare `switch`).
// Pure: no polyfill import, so node tests can use it; callers pass their transport to send().

import { REASONS, SETUPS, type ClassifyContext, type Verdict } from '../core/types.ts';

/** Longest text one `classify` reads; the core reads 64 KiB (MAX_CLASSIFY_CHARS) at most. */
export const MAX_TEXT_CHARS = 64 * 1024;
/** Longest snippet a content script reports; a bounce line, even folded, is far shorter. */
export const MAX_FINDING_CHARS = 4 * 1024;
/** Most texts in one `classifyMany` or `reportFindings`. */
export const MAX_ITEMS = 500;
const MAX_FIELD_CHARS = 320; // an address or host name (RFC 5321 §4.5.3.1: path ≤ 256)

/** A snippet the content script found, with what the page showed around it. */
export interface Finding {
  text: string;
  recipient?: string;
  host?: string;
}

/** A verdict found on a tab: the page text it was read from, and the recipient where shown. */
export type TabVerdict = Verdict & { text: string; recipient?: string };

export type Protocol = {
  classify: { req: { text: string; context?: ClassifyContext }; res: Verdict };
  classifyMany: { req: { texts: string[]; context?: ClassifyContext }; res: Verdict[] };
  /** From a content script: the page's findings (all of them; they replace the tab's earlier ones). */
  reportFindings: { req: { items: Finding[] }; res: Verdict[] };
  /** From an extension page: what was found on a tab. */
  getTabVerdicts: { req: { tabId: number }; res: { verdicts: TabVerdict[] } };
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
  reportFindings: 'page',
  getTabVerdicts: 'extension',
};

// ---------------------------------------------------------------------------
// Runtime checks: every payload is shape- and size-checked at the receiver.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
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

function parseFinding(v: unknown): Finding | null {
  if (!isObj(v) || !isText(v.text, MAX_FINDING_CHARS) || !optField(v.recipient) || !optField(v.host)) return null;
  return {
    text: v.text,
    ...(v.recipient !== undefined ? { recipient: v.recipient } : {}),
    ...(v.host !== undefined ? { host: v.host } : {}),
  };
}

function parseList<T>(v: unknown, item: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v) || v.length > MAX_ITEMS) return null;
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
  reportFindings(m) {
    const items = parseList(m.items, parseFinding);
    return items ? { type: 'reportFindings', items } : null;
  },
  getTabVerdicts(m) {
    const id = m.tabId;
    return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? { type: 'getTabVerdicts', tabId: id } : null;
  },
};

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
