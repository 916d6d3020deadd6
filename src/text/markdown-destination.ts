/** A link destination as markdown reads it back: in angle brackets when it has spaces or parentheses. */
export function markdownDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\n]/g, encodeURIComponent)}>` : url;
}
