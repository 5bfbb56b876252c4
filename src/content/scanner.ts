// Finds, classifies, marks and reports the bounces of one page (and its same-origin frames), then
// keeps them current: a throttled MutationObserver collects the changed subtrees and only those are
// read again (opening another message in Gmail, paging an ESP log). Work is cut into slices of a
// few milliseconds so no main-thread task grows long on a 10,000-row log.

import { send, type SlimVerdict } from '../messaging/protocol.ts';
import { sendMessage } from '../platform/browser.ts';
import { Classifier } from './classifier.ts';
import { blockOf } from './find/flat.ts';
import type { Unit } from './find/types.ts';
import { allDocuments } from './frames.ts';
import { createCard, type Card } from './mark/card.ts';
import { createMarkLayer } from './mark/highlight.ts';
import { clamp, timeSlices } from './report.ts';
import { trackUnit, type Tracked } from './track.ts';
import { readUnits, type Reader } from './units.ts';

const RESCAN_MS = 300;
const MAX_ROOTS = 40;
const BATCH = 400;

export class Scanner {
  private readonly layer = createMarkLayer(!(globalThis.CSS && 'highlights' in CSS));
  /** Made with the first mark: a page without bounces gets no element of ours. */
  private card: Card | null = null;
  private readonly classifier = new Classifier();
  private readonly byEl = new Map<Element, Tracked[]>();
  private readonly ids = new WeakMap<Element, number>();
  private nextId = 1;
  private readonly docs = new Set<Document>();
  private readonly observers: MutationObserver[] = [];
  private readonly dirty = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  /** What the background last heard ("[]" at first: a page without bounces sends nothing). */
  private lastReport = '[]';
  private count = 0;
  private stopped = false;

  constructor(private readonly reader: Reader) {}

  private ui(): Card {
    if (!this.card) {
      this.card = createCard(this.layer, document);
      for (const doc of this.docs) if (doc !== document) this.card.attach(doc);
    }
    return this.card;
  }

  start(): void {
    this.watch(document);
    this.queue([document.body]);
  }

  /** Resolves with the bounce count once pending work is done (scanTab). */
  async settled(): Promise<number> {
    while (this.timer !== undefined || this.dirty.size) {
      if (this.timer !== undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
        this.run();
      }
      await this.running;
    }
    await this.running;
    return this.count;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const o of this.observers) o.disconnect();
    this.layer.clear();
    this.card?.destroy();
    this.byEl.clear();
    void send(sendMessage, { type: 'reportFindings', items: [] }).catch(() => undefined);
  }

  private watch(doc: Document): void {
    if (this.docs.has(doc) || !doc.documentElement) return;
    this.docs.add(doc);
    if (doc !== document) this.card?.attach(doc);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (this.card?.element.contains(r.target)) continue;
        const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
        if (!el) continue;
        const block = el.matches('body, html') ? el : blockOf(el.firstChild ?? el) ?? el;
        this.dirty.add(block.parentElement && !block.matches('body, html') ? block.parentElement : block);
      }
      this.schedule();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
    // A frame's document loads after its element is added; load events reach the parent in the capture phase.
    doc.addEventListener('load', (e) => e.target instanceof Element && e.target.matches('iframe, frame') && this.queue([]), true);
  }

  /** Reads `roots` soon; with none, only looks for frames that loaded since. */
  private queue(roots: Element[]): void {
    for (const r of roots) this.dirty.add(r);
    this.schedule(0);
  }

  private schedule(delay = RESCAN_MS): void {
    if (this.stopped || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, delay);
  }

  private run(): void {
    this.running = this.running.then(() => this.pass()).catch(() => this.stop());
  }

  private uid(el: Element): string {
    let id = this.ids.get(el);
    if (id === undefined) this.ids.set(el, (id = this.nextId++));
    return `u${id}`;
  }

  /** The changed subtrees, without those inside another; the whole page when there are many. */
  private takeRoots(): Element[] {
    let all = [...this.dirty].filter((r) => r.isConnected);
    this.dirty.clear();
    if (all.length > 4 * MAX_ROOTS) all = [document.body];
    for (const doc of allDocuments(document)) {
      if (!this.docs.has(doc)) {
        this.watch(doc);
        all.push(doc.body);
      }
    }
    const roots = all.filter((r) => !all.some((o) => o !== r && o.contains(r)));
    return roots.length > MAX_ROOTS ? [...this.docs].map((d) => d.body).filter(Boolean) : roots;
  }

  private async pass(): Promise<void> {
    if (this.stopped) return;
    const start = performance.now();
    // What changes the DOM between waits is this script (<mark> wrappers where the Highlight API
    // is missing; the page runs no code meanwhile): those records are dropped before they arrive.
    const { slicer, wait, busy } = timeSlices(() => {
      for (const o of this.observers) o.takeRecords();
    });
    const roots = this.takeRoots();
    // Units go to the background a slice at a time: it classifies while this script reads on,
    // and marking starts with the first answers.
    const batches: Array<{ units: Unit[]; ready: Promise<SlimVerdict[][]> }> = [];
    let open: Unit[] = [];
    const send = () => {
      if (!open.length) return;
      const batch = open;
      open = [];
      batches.push({ units: batch, ready: this.classifier.verdicts(batch.map((u) => u.finding)) });
    };
    for (const root of roots) {
      const read = await readUnits(root, this.reader, slicer, (u) => {
        open.push(u);
        if (open.length >= BATCH) send();
      });
      for (const [el, list] of this.byEl) if (read.has(el) || root.contains(el)) this.drop(el, list);
    }
    send();
    // Gone, or in a frame document that was replaced (its nodes stay connected to the dead document).
    for (const [el, list] of this.byEl) if (!el.isConnected || !el.ownerDocument.defaultView) this.drop(el, list);
    for (const doc of this.docs) if (!doc.defaultView) this.docs.delete(doc);
    const second: Unit[] = [];
    let count = 0;
    for (const batch of batches) {
      const results = await wait(batch.ready);
      if (this.stopped) return;
      for (let i = 0; i < batch.units.length; i++) {
        this.track(batch.units[i]!, results[i]!, second);
        if ((i & 15) === 15 && slicer.due()) await slicer.pause();
      }
      count += batch.units.length;
    }
    if (second.length) {
      const results = await wait(this.classifier.verdicts(second.map((u) => u.finding)));
      second.forEach((u, i) => this.track(u, results[i]!, []));
    }
    // Marks go on the page once per pass (MarkLayer.commit): the frame after a change to the
    // highlights costs in proportion to every mark on the page (some 50 ms for 4,000 in Chromium).
    this.layer.commit();
    if (this.layer.marks.size) this.ui();
    const measure = (name: string) => performance.measure(`bounce-lens:${name}`, { start, detail: { busy: busy(), units: count, marks: this.layer.marks.size } });
    if (count) measure('marked');
    // Reporting a long log serialises every finding: not in the same task as the marks.
    if (slicer.due()) await slicer.pause();
    const reported = this.report();
    if (reported) await wait(reported);
    measure('scan');
  }

  private drop(el: Element, list: Tracked[]): void {
    for (const t of list) for (const m of t.marks) {
      this.layer.remove(m);
      this.card?.forget(m);
    }
    this.byEl.delete(el);
  }

  /** Marks and counts one unit; a notice the decoder found nothing in is read line by line. */
  private track(u: Unit, results: SlimVerdict[], fallback: Unit[]): void {
    if (!u.el.isConnected) return;
    const t = trackUnit(u, results, () => this.uid(u.el), fallback);
    if (!t) return;
    for (const m of t.marks) this.layer.add(m);
    const list = this.byEl.get(u.el);
    if (list) list.push(t);
    else this.byEl.set(u.el, [t]);
  }

  /** Tells the background the page's bounces when they changed. */
  private report(): Promise<void> | null {
    const items = [...this.byEl.values()].flat().flatMap((t) => t.counted.map(clamp));
    const key = JSON.stringify(items);
    if (key === this.lastReport) return null;
    this.lastReport = key;
    return send(sendMessage, { type: 'reportFindings', items }).then(({ count }) => void (this.count = count));
  }
}
