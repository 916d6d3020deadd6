/**
 * A flow's strings as its reader sees them on the page: markup that refers to the rest of the
 * article read with it, since each string was parsed on its own. Footnote markup is numbered
 * (footnote-marks.ts); reference links lead where the article defines them (reference-links.ts);
 * a link with no words says where it leads (wordless-links.ts); DocFX icons and HTML `<img>` tags
 * in a sentence are its images (inline-icons.ts); emoji shortcodes are their emoji (emoji.ts).
 */
import type { Workflow } from '../model/workflow.js';
import { footnoteMarks } from './footnote-marks.js';
import { referenceLinks } from './reference-links.js';
import { inlineIcons } from './inline-icons.js';
import { withEmoji } from './emoji.js';
import { plainMessage } from './inline-runs.js';
import { wordlessLinks } from './wordless-links.js';

type ArticleMarkup = Pick<Workflow, 'slug'> & Partial<Pick<Workflow, 'footnotes' | 'linkDefinitions'>>;

/**
 * The article a link from `fromSlug` leads to, titled in the reader's locale (markdown); undefined
 * for any other link; null for an article whose links the surface words itself (see wordless-links.ts).
 */
export type LinkedArticle = (fromSlug: string, url: string) => { title: string } | null | undefined;

/** Definitions made a map once per article's list of them. */
const definitionMaps = new WeakMap<object, ReadonlyMap<string, string>>();

export function flowText(flow: ArticleMarkup, text: (namespace: string, key: string) => string, linked?: LinkedArticle): (key: string) => string {
  const listed = flow.linkDefinitions;
  let definitions = listed && definitionMaps.get(listed);
  if (listed && !definitions) definitionMaps.set(listed, (definitions = new Map(listed)));
  const title = (url: string) => {
    const article = linked?.(flow.slug, url);
    return article ? plainMessage(article.title) : article;
  };
  return (key) => withEmoji(inlineIcons(wordlessLinks(referenceLinks(footnoteMarks(text(flow.slug, key), flow.footnotes), definitions), title)));
}
