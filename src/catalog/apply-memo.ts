/**
 * `apply` on an article it found nothing to write into last time, whose files and resource files
 * have not changed since: nothing to write again, and the same translations it cannot place. A
 * memo, kept in the parse cache, says so while the article's files, its overlay and every
 * resource and provenance file of it in locales/ have the same bytes and the glossary questions
 * its build asked get the same answers. An article `apply` wrote into is not kept: its file
 * changed, and the next run looks again. A warm `apply` on 370 unchanged articles built and
 * matched every one (1.0–1.1 s).
 */
import { articleInputs } from './article-inputs.js';
import type { Question } from './content-questions.js';
import { itemsScope, PackedMemo } from './packed-memo.js';
import type { Unplaced } from './apply.js';
import type { Workspace } from './workspace.js';

export interface NothingToApply {
  /** The article files left as they were, and what could not be placed in them. */
  unchanged: string[];
  unplaced: Unplaced[];
  questions: Question[];
}

export class ApplyMemo {
  private readonly memo: PackedMemo<NothingToApply>;

  constructor(
    private readonly workspace: Workspace,
    slugs: readonly string[],
    /** The one locale applied, or every one. */
    private readonly locale: string | undefined,
  ) {
    this.memo = new PackedMemo<NothingToApply>(workspace.parseCache!, 'apply', locale ?? '*', workspace.localesDir, itemsScope(slugs, workspace.slugs()), ...workspace.content.dirs);
  }

  /** The article's outcome when the last run found nothing to write into it and that still holds. */
  recall(slug: string): NothingToApply | undefined {
    return this.memo.get(slug, this.key(slug), (saved) => this.workspace.stillAnswered(saved.questions));
  }

  remember(slug: string, outcome: NothingToApply): void {
    this.memo.put(slug, this.key(slug), outcome);
  }

  save(): void {
    this.memo.save();
  }

  private key(slug: string): string {
    return this.workspace.parseCache!.key('nothing-to-apply', this.locale ?? '*', ...articleInputs(this.workspace, slug, { resources: true }));
  }
}
