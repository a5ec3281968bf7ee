// Telling a PDF by content, without loading PDF.js: the `%PDF-` header, which readers accept
// anywhere in the first kilobyte (some files carry junk before it).
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}
