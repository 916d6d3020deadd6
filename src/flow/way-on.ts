/**
 * Whether the last label a step acts on is its way on ("→ Then: Save", the Enter line): a button
 * pressed, not a value picked. The English sentence decides, read around the label.
 */
import type { PhrasingContent } from 'mdast';
import type { Document, Label } from '../model/document.js';
import { parseInline, plainText } from '../parse/inline.js';
import { MODIFIER, MODIFIERS } from '../parse/label-glossary.js';

/**
 * A clause that picks the label in a drop-down or list, the verb right before it: "in the
 * dropdown list, select", "Under Details, in the Type list, select", "expand the **Type** list and
 * select", "In the dropdown, select **A** and" (B). Not "select from the list of entities and
 * select **Save**": the list is the first verb's.
 */
const IN_LIST = /(?:\b(?:in|from)\s+the\s+[^,.;]*?\b(?:drop-?down|list)\b[^,.;]*,|\b(?:expand|open)\s+the\s+[^,.;]*?\b(?:drop-?down|list)\b\s+and)\s+(?:then\s+)?(?:select|choose|pick)\s+(?:[^,.;]*?\s+and\s+)?$/i;
/** Words right after the label that say where it is picked: "select **X** from the dropdown". */
const FROM_LIST = /^\s*(?:from|in)\s+(?:the|a)\s+(?:[^\s,.;]+\s+){0,3}?(?:drop-?down|list)\b/i;
/**
 * One of several, not a button: "Select a **Role** to assign", "choose a **Recurrence** value",
 * "select a new **Role**". A determiner that names no one thing is a value picked (the label is
 * still acted on, which its pairing needs); "Then: Role" named a value as the way on (he-il
 * permissions, export-destinations).
 */
const ONE_OF_MANY = new RegExp(String.raw`\b(?:a|an|any|each|another)\s+${MODIFIERS}["“]?$|\b(?:a|an|any|each|another)\s*["“]?$`, 'iu');
/**
 * One's own value picked: "select their **Country/Region**" (register-deals.md), "choose your
 * **Region**"; or one told by what describes it: "select the geographic **Location** for the new
 * users" (adding-multiple-users-to-a-customer-account.md), "selecting the chosen **Transfer
 * request ID**". A control named after it is a button: "select its **Quick links** icon", "Select
 * the blue **My Profile** icon".
 */
const OWN_VALUE = new RegExp(String.raw`\b(?:select|choose|pick)\s+(?:their|your|his|her|its)\s+${MODIFIERS}["“]?$|\bthe\s+(?:${MODIFIER}){1,2}["“]?$`, 'iu');
const CONTROL = /^\s*(?:icon|button|link|tab|menu)\b/i;
/** Where a sentence moves on to another action: what comes before is another clause. */
const CLAUSE_BREAK = /^[\s\S]*(?:\bthen\b|[.;])/i;
/** What joins labels of one list: "**A** and **B**", "**A**, **B**, or **C**". */
const JOINER = /^\s*(?:,|,?\s*(?:and|or|and\/or))\s*$/i;

interface Piece {
  text: string;
  bold: boolean;
}

/**
 * Whether a label acted on is a value picked rather than a button that leads on: its clause of the
 * English sentence picks in a drop-down or list ("Expand the **Type of problem** list and select
 * **Help with…**", "In the dropdown, select **A** and **B**", "select **Calculation Details** from
 * the dropdown"), not a clause before it ("Select the user from the dropdown list, then select
 * **Done**") nor a purpose after it ("Select **Customers** to view the list"); it is one of many
 * ("select a **Role**") or one's own ("select their **Country/Region**"); or it is one of
 * alternatives ("Select **Approve** or **Reject**", "select **Monthly** or **Annual**"), of which
 * the reader presses one: none is the way on, where the first was.
 */
export function notAWayOn(label: Label, document: Document): boolean {
  const source = document.segments.find((segment) => segment.n === label.n)?.source;
  if (source === undefined) return false;
  const pieces = sentencePieces(source);
  let seen = 0;
  const at = pieces.findIndex((piece) => piece.bold && piece.text !== '' && ++seen === label.index);
  if (at === -1) return false;
  const before = pieces.slice(0, at).map((piece) => piece.text).join(' ').replace(CLAUSE_BREAK, '');
  const after = pieces.slice(at + 1).map((piece) => piece.text).join(' ');
  return (
    IN_LIST.test(before) ||
    FROM_LIST.test(after) ||
    ONE_OF_MANY.test(before) ||
    (OWN_VALUE.test(before) && !CONTROL.test(after)) ||
    oneOfAlternatives(pieces, at)
  );
}

/** The sentence's words in order, each bold run as one piece, as segmentLabels counts them. */
function sentencePieces(source: string): Piece[] {
  const pieces: Piece[] = [];
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'strong') pieces.push({ text: plainText(node.children).trim(), bold: true });
      else if (node.type === 'text' || node.type === 'inlineCode') pieces.push({ text: node.value, bold: false });
      else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(parseInline(source));
  return pieces;
}

/** Whether the bold piece at `at` is in a list of labels joined by "or" anywhere along it. */
function oneOfAlternatives(pieces: readonly Piece[], at: number): boolean {
  const joiners: string[] = [];
  for (const step of [-1, 1]) {
    for (let i = at + step; pieces[i]?.bold === false && JOINER.test(pieces[i]!.text) && pieces[i + step]?.bold; i += 2 * step) joiners.push(pieces[i]!.text);
  }
  return joiners.some((joiner) => /\bor\b/i.test(joiner));
}
