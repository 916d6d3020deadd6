/**
 * The procedures a finished flow offers: one per article it links to, that article's first. The
 * text links to an article, not to each of its procedures, so the done screen's numbers and the
 * graph's edges name the same flows (an article of seven procedures is one choice, not seven).
 */
export function relatedFlows<T extends { slug: string }>(slugs: readonly string[], flows: readonly T[]): T[] {
  return slugs.flatMap((slug) => flows.filter((flow) => flow.slug === slug).slice(0, 1));
}
