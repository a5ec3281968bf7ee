// Telling a PDF by content, without loading PDF.js: the `%PDF-` header at the start, or within the
// first kilobyte (readers accept junk before it) when the file also ends as a PDF does (`%%EOF`),
// so a text that quotes "%PDF-" near its top is still read as text.
export function isPdf(bytes: Uint8Array): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = view.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  if (at === 0) return true;
  return at > 0 && view.subarray(Math.max(0, view.length - 2048)).includes('%%EOF', 0, 'latin1');
}
