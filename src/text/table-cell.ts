/**
 * A table cell's markdown read on its own, outside its table: GFM takes the cell's escaped pipes
 * (`\|`) as pipes before it reads the cell's inline markdown, even inside code (`` `a \| b` ``
 * shows `a | b`), where markdown alone would keep the backslash.
 */
export function cellMarkdown(markdown: string): string {
  return markdown.replace(/\\\|/g, '|');
}
