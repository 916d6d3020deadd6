/**
 * `checklist --all` on articles that have not changed since the last run: their pages are left as
 * they are, without building the article, loading its strings or rendering anything. A memo, kept
 * in the parse cache, says what the last run of this docflow build wrote for an article under the
 * same inputs: its files and overlay, every resource file of it in locales/, the `ui` strings,
 * the languages each locale falls back to, the format. It holds while every page still has the
 * bytes written, the questions its build and its links asked (which articles exist, the
 * glossaries) get the same answers, and every article it linked to (whose titles its pages name)
 * has the same inputs. A warm `checklist --all` of 370 articles rendered every page again
 * (1.3–1.5 s).
 */
import path from 'node:path';
import { articleInputs, fileHash } from '../catalog/article-inputs.js';
import type { Question } from '../catalog/content-questions.js';
import { LocaleListing, resourcePath } from '../catalog/locale-files.js';
import { PackedMemo } from '../catalog/packed-memo.js';
import { UI_NAMESPACE } from '../catalog/i18n.js';
import { BUNDLED_LOCALES, type Workspace } from '../catalog/workspace.js';
import type { Session } from '../cli/context.js';

/** One page as written: where under the folder, the sha1 of its bytes, and its line in the index. */
export type PageRecord = [file: string, hash: string, locale: string, title: string, procedures: number];

export interface ArticlePages {
  pages: PageRecord[];
  /** Articles the pages link to or name (their titles), each with its inputs' key then. */
  linked: [slug: string, key: string][];
  questions: Question[];
}

export class SiteMemo {
  private readonly memo: PackedMemo<ArticlePages>;
  /** What every page of this run rests on besides its own article: the format, the languages, the `ui` strings. */
  private readonly run: string[];
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly session: Session,
    private readonly out: string,
    format: string,
    withSource: boolean,
  ) {
    const { workspace } = session;
    const cache = workspace.parseCache!;
    this.memo = new PackedMemo<ArticlePages>(cache, 'checklist-site', path.resolve(out), format, workspace.localesDir, ...workspace.content.dirs);
    const languages = session.i18n.services.languageUtils;
    this.run = [format, String(withSource), ...session.locales.map((locale) => `${locale}>${languages.toResolveHierarchy(locale).join('>')}`), ...uiFiles(workspace).map((file) => `${file}:${fileHash(workspace, file)}`)];
  }

  /** The article's pages as the last run left them, if they still hold. */
  recall(slug: string): ArticlePages | undefined {
    const { workspace } = this.session;
    return this.memo.get(
      slug,
      this.key(slug),
      (saved) =>
        saved.pages.every(([file, hash]) => fileHash(workspace, path.join(this.out, file)) === hash) &&
        saved.linked.every(([other, key]) => workspace.has(other) && this.inputsKey(other) === key) &&
        workspace.stillAnswered(saved.questions),
    );
  }

  remember(slug: string, pages: PageRecord[], linked: Iterable<string>, questions: Question[]): void {
    const { workspace } = this.session;
    const others = [...new Set(linked)].filter((other) => other !== slug && workspace.has(other)).sort();
    this.memo.put(slug, this.key(slug), { pages, linked: others.map((other) => [other, this.inputsKey(other)]), questions });
  }

  save(): void {
    this.memo.save();
  }

  private key(slug: string): string {
    return this.session.workspace.parseCache!.key('checklist-pages', ...this.run, this.inputsKey(slug));
  }

  /** An article and its resource files, as one key (asked once a run: many articles link to the same one). */
  private inputsKey(slug: string): string {
    let key = this.keys.get(slug);
    if (key === undefined) {
      key = this.session.workspace.parseCache!.key('article-inputs', ...articleInputs(this.session.workspace, slug, { resources: true }));
      this.keys.set(slug, key);
    }
    return key;
  }
}

/** The `ui` strings' files a page may read: the folder's, and the bundled ones under them. */
function uiFiles(workspace: Workspace): string[] {
  return [...new Set([workspace.localesDir, BUNDLED_LOCALES])].flatMap((root) => {
    const folders = root === workspace.localesDir ? workspace.localeListing().folders : new LocaleListing(root).folders;
    return [...folders.keys()].sort().map((locale) => resourcePath(root, locale, UI_NAMESPACE, folders));
  });
}
