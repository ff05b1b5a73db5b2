// The working group's published documentation: hosted Markdown with versions, summaries and
// rationales, board approval for the code of conduct, and the starter set for a new organisation.
export { addDocumentVersion } from './add-document-version';
export { approveDocumentChange, listChangesAwaitingBoard } from './approve-document-change';
export { createDocument } from './create-document';
export { importDocuments } from './import-documents';
export { diffVersions, getDocumentForChair, getPublicDocument, listDocumentsForChair, listDocumentVersions, listPublicDocuments, type DocumentVersion, type PublicDocument, type PublicVersion } from './read-documents';
export { saveDocumentVersion } from './save-document-version';
export { installStarterDocuments, STARTER_DOCUMENTS } from './starter-set';
export type { DocumentWithVersions, VersionRow } from './store';
