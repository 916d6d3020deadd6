/**
 * The parsed form of one localized article: pure data, no behaviour.
 * Offsets are UTF-16 indices into the original file text; lines and columns are 1-based.
 * A long article's strings are its own, not views on that text (see src/text/own-copy.ts and
 * detachSegments): the text goes once parsed, however long the document is kept.
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
  /** Offsets of the target markdown, start and end, for writing back by slicing (numbers, not a pair: a long article has 100,000 segments). */
  targetStart: number;
  targetEnd: number;
  /** Offsets of the source markdown. */
  sourceStart: number;
  sourceEnd: number;
}

/** How a UI label of the English was found in the translation. */
export type LabelMatch =
  /** The translation's own bold (or repaired bold), the only candidate or confirmed by meaning. */
  | 'bold'
  /** Quotation marks or brackets of the target's script (“…”, «…», 「…」, [編集]). */
  | 'quoted'
  /** The English label kept as is in the translation (product names). */
  | 'verbatim'
  /** A translation of the same English label elsewhere in the article, found in this sentence. */
  | 'glossary';

/** A bold UI label (`**Update**`) of the English, and its translation where it can be told. */
export interface Label {
  source: string;
  /** Missing when no words of the translation can be told to be this label with confidence. */
  target?: string;
  match?: LabelMatch;
  /** The segment it sits in and its 1-based position there. */
  n: number;
  index: number;
  /** True when the English sentence tells the reader to act on it ("select **Submit**"). */
  action: boolean;
  /**
   * True when it tells the reader to fill it in: a field's name or the value to type ("enter the
   * **Account name**", "type **licensing**"). No button: the step does not go on by it.
   */
  filled?: true;
}

export interface Link {
  url: string;
  /** Segment numbers of the link text, when the text is translated. */
  segments: number[];
  line: number;
  column: number;
}

export type NoteKind = 'note' | 'tip' | 'important' | 'caution' | 'warning';

/**
 * A run of inline text: a translated segment, or markdown outside any pair (a URL, a command). A
 * segment that is a link's text (`[<pair>](url)`: the link's markup is outside the pair) carries
 * the link's target; one that is a reference link's (`[<pair>][o]`) the label of the definition
 * that says it (`[o]: url`, read once the whole article is: see Document.linkDefinitions).
 */
export type Part = ({ n: number; href?: string; ref?: string } | { literal: string }) & { opens?: CellBreak };

/**
 * Where a table cell's part starts a line of its own: after a `<br>` or a paragraph (`line`), or
 * as a list item (`item`, `<td><ul><li>`). A cell is one run of parts; without this its lines and
 * items ran together ("OneTwo").
 */
export type CellBreak = 'line' | 'item';

/** What a part of the article is: ordered for display, holding segment numbers, never strings to translate. */
export type Block =
  | { type: 'text'; parts: Part[] }
  | { type: 'note'; kind: NoteKind; blocks: Block[] }
  /** Substeps and bullets: each item is blocks of its own. */
  | { type: 'list'; ordered: boolean; items: Block[][] }
  /** Rows of cells, each cell a run of parts; the first row is the header but where `header` is false (an HTML table without one). */
  | { type: 'table'; rows: Part[][][]; header?: false }
  /** Commands and samples: not translated, but the reader needs them. */
  | { type: 'code'; lang?: string; value: string }
  /** Code Docs takes from another file (a DocFX code include), or a step's whole text (`[!INCLUDE]`, `markdown`): its name as the article gives it. */
  | { type: 'include'; file: string; lang?: string; markdown?: true }
  /** `ordinal` is the image's place among the file's images: its alt text is per locale. */
  | { type: 'image'; src: string; ordinal: number };

export interface Step {
  /** `proc-<p>.step-<k>`: stable across locales of one article. */
  key: string;
  /** 1-based position in its procedure. */
  number: number;
  line: number;
  /** Every segment of the step, in reading order (notes and substeps included). */
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
  /** The DocFX zone pivot it stands in (`::: zone pivot="windows"`): what tells apart one procedure per platform. */
  pivot?: string;
  /**
   * In a DocFX tab (`# [Bash](#tab/bash)`): the title of the section its tab group stands in
   * (empty when none), titled with the tab's, which is `titleSegments`.
   */
  tabOf?: number[];
  line: number;
  /** What the procedure's section says before its first step (notes, prerequisites). */
  preamble: Block[];
  steps: Step[];
  /** What the section says after the last step, before the next heading or procedure. */
  epilogue: Block[];
}

/** A note that belongs to no procedure (a section without steps). */
export interface DocumentNote {
  kind: NoteKind;
  segments: number[];
  /** What it says, as a note in a procedure says it. */
  blocks?: Block[];
  /** How many of the article's procedures stand before it. */
  after?: number;
}

/** An image of the file, in file order; the same order in every locale of one English version. */
export interface Image {
  src: string;
  /** The alt text in the file's own language (translated without an English pair in sxs files). */
  alt: string;
  /** Where its markdown starts in the file, and how long it is. */
  offset: number;
  length: number;
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
  /** What the article says before its first section: paragraphs, notes, lists. Every flow shows it. */
  intro: Block[];
  /** Notes in sections that have no procedure. */
  notes: DocumentNote[];
  images: Image[];
  procedures: Procedure[];
  links: Link[];
  /**
   * The labels of its footnotes (lower-cased, as GFM matches them) in the order it first refers
   * to them: a note's number is its place here plus one, as Docs and GitHub number them.
   */
  footnotes?: string[];
  /** Its link definitions (`[ref]: url`), label (as CommonMark matches it) and address: where its reference links lead. */
  linkDefinitions?: [label: string, url: string][];
}
