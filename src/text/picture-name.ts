/** What names a picture in words: its alt text, else its file name (a picture is never shown). */
export function pictureName(alt: string | null | undefined, url: string): string {
  return alt || url.split(/[/\\]/).pop() || url;
}
