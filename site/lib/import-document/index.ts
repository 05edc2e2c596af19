export { decodeDocumentBytes, type DecodedText } from './decode-text.ts';
export { parseDocument } from './parse-document.ts';
export { policyYaml, guessLevel, citedDocuments, type PolicyYamlOptions } from './policy-yaml.ts';
export { importSummary } from './summary.ts';
export type { ParsedDocument, ImportedClause, DocumentMetadata, UnplacedLine, RemovedLine } from './types.ts';
