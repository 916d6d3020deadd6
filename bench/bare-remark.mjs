// The baseline: bare unified + remark-parse (+gfm, +frontmatter) over every .md file of a folder.
import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
for (const entry of fs.readdirSync(process.argv[2], { recursive: true, withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.md')) processor.parse(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}
