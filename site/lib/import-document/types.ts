/** What the parser makes of a document's text; shared by the CLI command and the editor. */

/** A line of the source text, numbered from 1 as an editor shows it. */
export interface SourceLine {
  line: number;
  text: string;
}

/** A line left out of the clause tree, with why; it goes into the report and the YAML's note. */
export interface UnplacedLine extends SourceLine {
  reason: string;
}

/** A scanning artefact removed while cleaning (page-footer URL, repeated header line). */
export interface RemovedLine extends SourceLine {
  reason: string;
}

export interface ImportedClause {
  id: string;
  label?: string;
  heading?: string;
  text?: string;
  /** first source line of the clause */
  line: number;
  clauses?: ImportedClause[];
}

export interface DocumentMetadata {
  title?: string;
  /** the plan's own title when the document is a 关于印发《…》的通知 */
  innerTitle?: string;
  docNumber?: string;
  issuer?: string;
  addressee?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** the date as printed, when it could not be read or is a 印发 date */
  dateNote?: string;
  attachments: string[];
}

export interface ParsedDocument {
  metadata: DocumentMetadata;
  preamble?: string;
  numbering: 'nested' | 'continuous';
  clauses: ImportedClause[];
  unplaced: UnplacedLine[];
  removed: RemovedLine[];
  /** how many traditional characters were turned into simplified ones */
  traditionalFixed: number;
}
