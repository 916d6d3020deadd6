/**
 * A table cell's markdown read on its own, outside its table: GFM takes the cell's escaped pipes
 * (`\|`) as pipes before it reads the cell's inline markdown, even inside code (`` `a \| b` ``
 * shows `a | b`), where markdown alone would keep the backslash.
 */
export function cellMarkdown(markdown: string): string {
  return markdown.replace(/\\\|/g, '|');
}

/**
 * A cell's markdown written into a table row: every pipe escaped, or it would end the cell (a
 * translation's "Oui | Non" made a third cell, which GFM drops, "Non" with it).
 */
export function cellInRow(markdown: string): string {
  return cellMarkdown(markdown).replace(/\|/g, '\\|');
}
