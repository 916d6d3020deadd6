/** docflow's library API: the pieces the CLI is made of, for tools that embed them. */
export type { Block, Document, Label, Link, NoteKind, Procedure, Segment, Step } from './model/document.js';
export type { Choice, KeyBlock, Workflow, WorkflowStep } from './model/workflow.js';
export { parseDocument, type ParseOptions, type ParseResult } from './parse/parse-document.js';
export { scanDocument } from './parse/scan-document.js';
export { scanSegments, type RawSegment, type ScanProblem } from './parse/scan-segments.js';
export { default as remarkSxs } from './parse/remark-sxs.js';
export { normalizeLocale, environmentLocale, matchLocale } from './parse/locale.js';
export { Workspace, BUNDLED_CONTENT, BUNDLED_LOCALES, type Article } from './catalog/workspace.js';
export { extract, type ExtractReport } from './catalog/extract.js';
export { buildResources, SOURCE_LOCALE, type ArticleResources, type Messages } from './catalog/resources.js';
export { createI18n, loadNamespaces, translator, UI_NAMESPACE, type Translator } from './catalog/i18n.js';
export { buildWorkflows, DONE } from './flow/workflow.js';
export { createFlowMachine, type FlowEvent, type FlowMachine } from './flow/machine.js';
export { findWorkflow } from './flow/find-workflow.js';
export { checklistMarkdown } from './checklist/markdown.js';
export { walkthroughText } from './checklist/walkthrough.js';
