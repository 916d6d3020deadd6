/**
 * The parsed form of one localized article: pure data, no behaviour.
 * Offsets are UTF-16 indices into the original file text; lines and columns are 1-based.
 */

export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** One translatable string: an sxs pair, or a block of a plain (monolingual) article. */
export interface Segment {
  /** The full id, `<hex>-<n>` for sxs pairs, `plain-<n>` for plain markdown. */
  id: string;
  /** The number that aligns one segment across locales of the same English version. */
  n: number;
  /** Exact markdown between the English (`data-stu-id`) tags. */
  source: string;
  /** Exact markdown between the translated (`data-ttu-id`) tags. */
  target: string;
  /** Where the whole pair starts in the file. */
  line: number;
  column: number;
  /** Offsets of the target and source markdown, for writing back by slicing. */
  targetRange: [number, number];
  sourceRange: [number, number];
}

/** A bold UI label (`**Update**`), paired between the two languages by order of appearance. */
export interface Label {
  source: string;
  /** Missing when the translation has fewer labels than the English (zh-CN often drops `**`). */
  target?: string;
  /** The segment it sits in and its 1-based position there. */
  n: number;
  index: number;
  /** True when the English sentence tells the reader to act on it ("select **Submit**"). */
  action: boolean;
}

export interface Link {
  url: string;
  /** Segment numbers of the link text, when the text is translated. */
  segments: number[];
  line: number;
  column: number;
}

export type NoteKind = 'note' | 'tip' | 'important' | 'caution' | 'warning';

/** What a part of a step is: ordered for display, holding segment numbers only. */
export type Block =
  | { type: 'text'; segments: number[] }
  | { type: 'note'; kind: NoteKind; segments: number[] }
  | { type: 'list'; ordered: boolean; items: number[][] }
  | { type: 'table'; rows: number[][] }
  /** Commands and samples: not translated, but the reader needs them (`index` is 1-based in the step). */
  | { type: 'code'; lang?: string; value: string; index: number };

export interface Step {
  /** `proc-<p>.step-<k>`: stable across locales of one article. */
  key: string;
  /** 1-based position in its procedure. */
  number: number;
  line: number;
  segments: number[];
  blocks: Block[];
  labels: Label[];
  links: Link[];
}

export interface Procedure {
  /** `proc-<p>` */
  key: string;
  /** The heading or bold paragraph that introduces the list, when there is one. */
  titleSegments: number[];
  /** The slug of that title's English text, for addressing the procedure (`add-a-new-customer`). */
  anchor: string;
  line: number;
  steps: Step[];
}

export interface DocumentNote {
  kind: NoteKind;
  segments: number[];
  line: number;
}

export interface Document {
  /** Path as given by the caller, for messages. */
  path: string;
  /** BCP 47 tag, from `ms.contentlocale`, else the folder name, else `en-US`. */
  locale: string;
  /** True for Microsoft Docs side-by-side files, false for plain monolingual markdown. */
  sxs: boolean;
  frontmatter: Record<string, unknown>;
  segments: Segment[];
  /** Segments of the H1. */
  titleSegments: number[];
  /** The "Applies to" label and its items. */
  appliesTo: number[];
  /** Paragraphs between the title and the first procedure or heading. */
  intro: number[];
  /** Notes outside procedures. */
  notes: DocumentNote[];
  procedures: Procedure[];
  links: Link[];
}
