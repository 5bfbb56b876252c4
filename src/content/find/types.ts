// What the finders hand to the scanner (content/scanner.ts).

import type { Finding } from '../../messaging/protocol.ts';
import type { Flat, Segment, Slicer } from './flat.ts';

/** One thing to classify: a log event, a webmail notice, or a line the generic finder read. */
export interface Unit {
  /** The element it was read from (a log row, a message body); a rescan of it replaces the unit. */
  el: Element;
  /** Sent to the background as is (an `id` is added by the scanner for rows and notices). */
  finding: Finding;
  /** Where to mark it when it is a bounce. */
  segments?: Segment[];
  /** Or elements whose whole text is marked (an ESP log's reason cell), looked up only for bounces. */
  markEls?: () => Element[];
  /** A notice's text: each recipient's reply is looked up in it and marked where it stands. */
  flat?: Flat;
  /** A repeat of a failure shown elsewhere (a detail panel, a generic line): it carries no id. */
  loose?: boolean;
}

/** What a site adapter knows: which elements hold one event or notice each, and how to read them. */
export interface Adapter {
  id: string;
  /** Selector of the elements that each hold one log event or one message (a row, a message body). */
  units: string;
  /** The units of one such element ([] when it shows no failure; the generic finder skips it). */
  read(el: Element): Unit[];
  /** The units of all rows of a long table at once (the rows are `parent`'s children); null: read them one by one. */
  readRows?(parent: Element, slicer: Slicer): Promise<Unit[] | null>;
  /** A webmail adapter: the body of a message frame (one without a body selector match) is a message body. */
  frameBody?: boolean;
  /** What a subtree's text must match for this adapter to find anything in it (besides prefilter.ts QUICK). */
  quick?: RegExp;
  /** Where the site repeats a row's failure (a detail panel): what is read there counts with the row. */
  repeats?: string;
}
